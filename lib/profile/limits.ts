/**
 * The profile format's constants and leaf predicates, free of zod and of the SDG JSON data so the
 * widget can import them. Both the zod schema (`lib/schema/profile.ts`) and the widget's
 * hand-written validator (`widget/validate.ts`) use these, so the two cannot disagree on a limit.
 */

/** Evidence levels, weakest first. The order is the ladder `profileFromReports` climbs. */
export const LEVELS = ['claimed', 'evidenced', 'measured', 'verified'] as const;
/** One rung of the evidence ladder. */
export type Level = (typeof LEVELS)[number];

/** Washing-risk criteria ids (a copy of `CRITERIA` in lib/schema/analysis.ts, kept equal by a unit test). */
export const CRITERION_IDS = [
  'G1', 'G2', 'G3', 'G4', 'G5', 'F1', 'V1', 'Q1', 'S1', 'S2', 'S3', 'S4', 'S5', 'I1', 'I2', 'I3', 'E1', 'E2',
] as const;

/** The `format` marker every profile carries, so a stray JSON file is recognised as not a profile. */
export const PROFILE_FORMAT = 'sdg-lens-profile';
/** Current profile format version; bump on any incompatible change. */
export const PROFILE_VERSION = 1;

/**
 * Upper bounds for every string and list. A profile is shown on third-party pages: the bounds keep a
 * hostile or broken file from flooding the page (huge strings, thousands of rows).
 */
export const LIMITS = {
  name: 200,
  url: 2048,
  period: 40,
  label: 160,
  unit: 24,
  baseline: 80,
  reason: 500,
  summary: 600,
  title: 200,
  generatorName: 60,
  generatorVersion: 20,
  date: 40,
  goals: 17,
  targets: 30,
  indicators: 12,
  goalSources: 20,
  sources: 50,
  count: 1_000_000,
  /** Largest profile file the widget will read, in characters. */
  fileChars: 262_144,
} as const;

/** An absolute http(s) URL with a host; anything else (javascript:, data:, relative) is refused. */
export function isHttpUrl(value: string): boolean {
  if (value.length > LIMITS.url || !/^https?:\/\//i.test(value)) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A target code's shape, "8.7" or "3.c" (the CLI and the detector produce official codes only). */
export function isTargetCodeShape(value: string): boolean {
  return /^(?:[1-9]|1[0-7])\.(?:[1-9]|1[0-9]|[a-g])$/.test(value);
}

/** An ISO 8601 date or date-time ("2025-03-01" or "2025-03-01T10:00:00.000Z") that parses. */
export function isIsoDate(value: string): boolean {
  return (
    value.length <= LIMITS.date &&
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/.test(value) &&
    Number.isFinite(Date.parse(value))
  );
}

/** A reporting year as used for indicators. */
export const YEAR_MIN = 1990;
/** Latest year accepted for an indicator or a baseline. */
export const YEAR_MAX = 2100;
