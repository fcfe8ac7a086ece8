/**
 * SDG reference data: 17 goals (official titles, short titles, colours) and the 169 targets and
 * indicators in en/fr/es/de. Converted from open-sdg/sdg-translations (MIT) and the UN SDG logo
 * guidelines by `npm run data:sdg`; see README "Data sources".
 */
import goalsJson from './data/goals.json';
import codesJson from './data/codes.json';

export const LANGS = ['en', 'fr', 'es', 'de'] as const;
export type Lang = (typeof LANGS)[number];
export type GoalNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;

export interface Goal {
  n: GoalNumber;
  /** Official colour, `#RRGGBB`. */
  colour: string;
  short: Record<Lang, string>;
  title: Record<Lang, string>;
}

/** The 17 goals, index 0 is goal 1. */
export const GOALS = goalsJson as Goal[];
export const GOAL_NUMBERS = GOALS.map((g) => g.n);

/** Target codes ("8.7", "3.c") and indicator codes ("6.1.1") in official order. */
export const TARGET_CODES: readonly string[] = codesJson.targets;
export const INDICATOR_CODES: readonly string[] = codesJson.indicators;
const targetSet = new Set(TARGET_CODES);
const indicatorSet = new Set(INDICATOR_CODES);

export const isGoalNumber = (n: number): n is GoalNumber => Number.isInteger(n) && n >= 1 && n <= 17;
export const isTargetCode = (code: string): boolean => targetSet.has(code.toLowerCase());
export const isIndicatorCode = (code: string): boolean => indicatorSet.has(code.toLowerCase());

/** The goal record for a number (1–17). */
export function goal(n: GoalNumber): Goal {
  return GOALS[n - 1]!;
}

/** The official colour of goal n. */
export function goalColour(n: GoalNumber): string {
  return GOALS[n - 1]!.colour;
}
