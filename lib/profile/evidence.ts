/**
 * The evidence ladder for one goal in one report, and the key-indicator extractor it relies on.
 * Pure functions on an `Analysis` and the analysed text.
 *
 * Rules (a goal only enters a profile when a report names it; thematic-only goals are not claims):
 * - **claimed**: the report names the goal (an explicit reference: number, name, list, range,
 *   target or indicator).
 * - **evidenced**: claimed, no S5 flag ("claimed goal without substance") overlaps a reference to
 *   the goal, and the report gives substance for it: it discusses the goal's subject (a thematic
 *   finding with score ≥ {@link THEMATIC_MIN}), or names one of its targets (S1's
 *   counter-evidence), or states a key indicator in the goal's passages (below).
 * - **measured**: evidenced, and the goal's passages state a key indicator: a number with a unit
 *   and a baseline or a reporting period, in one sentence ("-32 % compared with 2019", "1,200 t
 *   in 2024"). Future targets ("by 2030") do not count: they are pledges, not measurements
 *   (WASHING.md F1). A goal's passages are the paragraphs that name it or hold one of its thematic
 *   findings, plus up to {@link SECTION_FOLLOW} following paragraphs that name no goal (a report
 *   names the goal in a heading or lead sentence and gives the figures just below).
 * - **verified**: measured, and the report states independent assurance or verification anywhere
 *   (assurance statements sit in their own section, not beside each figure) and carries no E1
 *   flag ("no method or verification").
 * Findings the reader marked "disagree" in a saved report are left out before the rules apply.
 */
import type { Analysis } from '../schema/analysis';
import { splitBlocks } from '../text/blocks';
import { LEVELS, LIMITS, type Level } from './limits';

/** Thematic score from which a finding counts as the report discussing a goal's subject. */
export const THEMATIC_MIN = 0.5;
/** How many paragraphs after a goal's mention still belong to it when they name no goal. */
export const SECTION_FOLLOW = 2;

/** A key indicator found in text. */
export interface ExtractedIndicator {
  label: string;
  value: number;
  unit: string;
  baseline?: string;
  year?: number;
}

/** The evidence one report gives for one goal. */
export interface GoalEvidence {
  goal: number;
  level: Level;
  references: number;
  findings: number;
  targets: string[];
  indicators: ExtractedIndicator[];
}

const UNIT =
  String.raw`(?:%|per ?cent|pour ?cent|por ?ciento|tCO2e|tCO2|t ?CO2e?|kt|Mt|tonnes?|tons?|toneladas?|kWh|MWh|GWh|TWh|m³|m3|litres?|liters?|litros?|hectares?|hectáreas?|ha|km|people|personnes|personas|employees|salariés|empleados|jobs|emplois|empleos|students|élèves|estudiantes|women|femmes|mujeres|beneficiaries|bénéficiaires|beneficiarios|EUR|USD|€|\$)`;
// A number (with thousands separators or a decimal comma) followed by a unit, or a currency sign before it.
const FIGURE = new RegExp(
  String.raw`(?:(?<cur>[€$])\s?)?(?<num>[-−–]?\d{1,3}(?:[ , .\u00a0\u202f]\d{3})+(?:[.,]\d+)?|[-−–]?\d+(?:[.,]\d+)?)(?:\s?(?<unit>${UNIT})(?![\p{L}\d]))?`,
  'gu',
);
const BASELINE = new RegExp(
  String.raw`(?:since|from|compared (?:with|to)|relative to|against|vs\.?|versus|baseline(?: year)?(?: of)?|over|par rapport à|depuis|rapport à|respecto (?:a|al|de)|frente a|desde|con respecto a)\s+(?:the\s+|l'|el\s+|la\s+|le\s+|fiscal\s+|FY\s?)?(?<year>(?:19|20)\d{2})`,
  'iu',
);
// "up from 30 % in 2020", "contre 12 t en 2019", "frente a 40 en 2018": the comparison value's year.
const BASELINE_FROM = /(?:\bfrom|\bcontre|\bfrente a|\bdesde)\s+[^.;]{0,40}?\b(?:in|en)\s+(?<year>(?:19|20)\d{2})\b/iu;
const PERIOD = new RegExp(
  String.raw`(?:\bin|\bduring|\bfor|\bas of|\bat (?:the )?end of|\ben|\bdurante|\bau cours de|\bà fin|\ba finales de|\bFY)\s?(?<year>(?:19|20)\d{2})\b`,
  'iu',
);
const FUTURE = /\b(?:by|until|d'ici|à l'horizon|para|hasta|antes de)\s+(?:the end of\s+)?(?:19|20)\d{2}\b/iu;
const ASSURANCE =
  /\b(?:limited assurance|reasonable assurance|independent(?:ly)? (?:assured|verified|audited|assurance|verification)|assured by|verified by|audited by|ISAE ?3000|ISAE ?3410|AA1000(?:AS)?|assurance modérée|assurance raisonnable|vérifiée? par|vérification indépendante|organisme tiers indépendant|seguridad limitada|seguridad razonable|verificad[oa]s? (?:por|externamente)|verificación (?:independiente|externa))\b/iu;

/** Parse a figure as written ("1,200", "1 200", "12,5", "−32") into a number. */
export function parseFigure(raw: string): number {
  let s = raw.replace(/[−–]/g, '-').replace(/[\u00a0\u202f ]/g, '');
  // A comma or dot followed by exactly three digits is a thousands separator; otherwise a decimal mark.
  s = s.replace(/[.,](?=\d{3}(?:\D|$))/g, '').replace(',', '.');
  return Number(s);
}

/** Split a passage into sentences (good enough for report prose; figures like "1.5" are kept whole). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+(?=[\p{Lu}\d"«(])/u).map((s) => s.trim()).filter(Boolean);
}

/**
 * Key indicators stated in a passage: a figure with a unit plus a baseline or a reporting period,
 * in one sentence. `maxYear` excludes future years (targets, typos).
 */
export function extractIndicators(passage: string, maxYear: number): ExtractedIndicator[] {
  const out: ExtractedIndicator[] = [];
  for (const sentence of sentences(passage)) {
    const base = BASELINE.exec(sentence) ?? BASELINE_FROM.exec(sentence);
    const period = PERIOD.exec(sentence);
    const baselineYear = base ? Number(base.groups!.year) : undefined;
    let year = period ? Number(period.groups!.year) : undefined;
    if (year !== undefined && (year > maxYear || year === baselineYear)) year = undefined;
    if (baselineYear !== undefined && baselineYear > maxYear) continue;
    if (baselineYear === undefined && year === undefined) continue;
    if (FUTURE.test(sentence) && baselineYear === undefined) continue;
    for (const m of sentence.matchAll(FIGURE)) {
      const unit = m.groups!.cur ?? m.groups!.unit;
      if (!unit) continue;
      const value = parseFigure(m.groups!.num!);
      // A bare year caught as a figure ("2019 %" never occurs; "2019 people" might) is not a KPI value.
      if (!Number.isFinite(value) || (value === baselineYear && !m.groups!.cur)) continue;
      const label = sentence.replace(/\s+/g, ' ');
      out.push({
        label: label.length > LIMITS.label ? label.slice(0, LIMITS.label - 1) + '…' : label,
        value,
        unit: unit.replace(/^(?:per ?cent|pour ?cent|por ?ciento)$/i, '%'),
        ...(baselineYear !== undefined ? { baseline: String(baselineYear) } : {}),
        ...(year !== undefined ? { year } : {}),
      });
      break; // one indicator per sentence: the first figure is the headline one
    }
  }
  return out;
}

/** Does the text state independent assurance or verification? */
export function hasAssurance(text: string): boolean {
  return ASSURANCE.test(text);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Which findings to ignore: indices the reader disagreed with, per kind. */
export interface Rejected {
  explicit: ReadonlySet<number>;
  thematic: ReadonlySet<number>;
  flag: ReadonlySet<number>;
}

const NONE: Rejected = { explicit: new Set(), thematic: new Set(), flag: new Set() };

/**
 * Evidence per named goal in one report. `text` is the analysed text (offsets of the analysis point
 * into it); without it no indicator can be read and the ladder stops at "evidenced".
 */
export function goalEvidence(analysis: Analysis, text: string | undefined, maxYear: number, rejected: Rejected = NONE): GoalEvidence[] {
  const explicit = analysis.explicit.filter((_, i) => !rejected.explicit.has(i));
  const thematic = analysis.thematic.filter((f, i) => !rejected.thematic.has(i) && f.score >= THEMATIC_MIN);
  const flags = analysis.flags.filter((_, i) => !rejected.flag.has(i));
  const blocks = text !== undefined ? splitBlocks(text) : [];
  const assured = text !== undefined && hasAssurance(text) && !flags.some((f) => f.criterion === 'E1');
  const named = [...new Set(explicit.flatMap((r) => r.goals))].sort((a, b) => a - b);
  const inBlock = (s: { start: number; end: number }, b: { start: number; end: number }) =>
    overlaps(s, b) || (s.start === s.end && s.start >= b.start && s.start < b.end);
  // Goals named in each paragraph, to know where a goal's section ends.
  const namesIn = blocks.map((b) => new Set(explicit.filter((r) => inBlock(r, b)).flatMap((r) => r.goals)));
  return named.map((goal) => {
    const refs = explicit.filter((r) => r.goals.includes(goal));
    const found = thematic.filter((f) => f.goal === goal);
    const targets = [...new Set(refs.map((r) => r.target?.toLowerCase()).filter((t): t is string => !!t && t.split('.')[0] === String(goal)))];
    const hollow = flags.some((f) => f.criterion === 'S5' && refs.some((r) => overlaps(r, f)));
    const indicators: ExtractedIndicator[] = [];
    if (!hollow && text !== undefined) {
      const spans = [...refs, ...found];
      const seen = new Set<string>();
      let follow = 0;
      blocks.forEach((b, i) => {
        const own = spans.some((s) => inBlock(s, b));
        if (own) follow = SECTION_FOLLOW;
        else if (follow > 0 && namesIn[i]!.size === 0) follow--;
        else {
          follow = 0;
          return;
        }
        for (const ind of extractIndicators(text.slice(b.start, b.end), maxYear)) {
          if (!seen.has(ind.label) && indicators.length < LIMITS.indicators) seen.add(ind.label), indicators.push(ind);
        }
      });
    }
    const evidenced = !hollow && (found.length > 0 || targets.length > 0 || indicators.length > 0);
    const level: Level = !evidenced ? 'claimed' : indicators.length === 0 ? 'evidenced' : assured ? 'verified' : 'measured';
    return { goal, level, references: refs.length, findings: found.length, targets, indicators };
  });
}

/** The higher of two levels. */
export function maxLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}
