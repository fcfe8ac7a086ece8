/**
 * Matching helpers over the lexicon tables: compiled, cached, word-bounded, case-insensitive
 * regular expressions, and the number/measure/year patterns the checks share.
 */
import { NUM, NEGATION, UNIT, type CueLang, type CueTable } from './lexicon';

const cache = new Map<string, RegExp>();
const byArray = new WeakMap<readonly string[], RegExp>();

/** Compiles fragments into one global, case-insensitive, word-bounded regex (cached). */
export function compile(fragments: readonly string[], key?: string): RegExp {
  // Lexicon tables are stable arrays: cache by identity first, so no key string is built per call.
  const hit = key === undefined ? byArray.get(fragments) : undefined;
  if (hit) return hit;
  const k = key ?? fragments.join('\u0001');
  let re = cache.get(k);
  if (!re) {
    // A fragment may end in an apostrophe or space ("d'ici ", "de l'"): then no end boundary is needed.
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${fragments.join('|')})(?:(?<=['\\s])|(?![\\p{L}\\p{N}]))`, 'giu');
    cache.set(k, re);
  }
  if (key === undefined) byArray.set(fragments, re);
  return re;
}

/** The fragments of a table for a language. */
export function cues(table: CueTable, lang: CueLang): readonly string[] {
  return table[lang];
}

/** A match inside a string, with offsets relative to that string. */
export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** All matches of a table in `s`. */
export function findAll(table: CueTable, lang: CueLang, s: string): Hit[] {
  return findRe(compile(table[lang]), s);
}

/** All matches of a regex in `s`. */
export function findRe(re: RegExp, s: string): Hit[] {
  // An exec loop on the shared regex, not `matchAll`: that clones the regex on every call, and
  // the checks call this per sentence with large Unicode patterns (most of the risk stage's time).
  if (!re.global) throw new TypeError('findRe needs a global regex');
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    // Step over an empty match as matchAll does (by code point under the `u` flag).
    if (m[0].length === 0) re.lastIndex = m.index + (re.unicode && (s.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  re.lastIndex = 0;
  return out;
}

/** Whether any fragment of a table occurs in `s`. */
export function has(table: CueTable, lang: CueLang, s: string): boolean {
  const re = compile(table[lang]);
  re.lastIndex = 0;
  return re.test(s);
}

/** Whether any of a flat list of fragments occurs in `s`. */
export function hasAny(fragments: readonly string[], s: string): boolean {
  const re = compile(fragments);
  re.lastIndex = 0;
  return re.test(s);
}

/** A number followed by a unit: "38%", "2.41 MtCO2e", "40 million litres", "€1.1 billion". */
export const MEASURE = new RegExp(
  String.raw`(?:(?:€|\$|£|US\$|KES|USD|EUR)\s?(?:${NUM})(?:\s?(?:million|billion|bn|m|k))?|(?<![\p{L}\d])-?(?:${NUM})(?:\s?(?:million|billion|millions?|milliards?|millones|mil|thousand))?\s?${UNIT})(?![\p{L}\d])`,
  'giu',
);

/** A measure with a physical unit (not a bare percentage). */
export const PHYSICAL_MEASURE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${NUM})\s?(?:g|kg|t|tonnes?|kwh|mwh|gwh|mj|litres?|l|m[²³23]|cm|mm|km|g\/m²|gco2e?|kgco2e?|tco2e?|μm|µm|ha|hectares?)(?![\p{L}\d])`,
  'giu',
);

/** A calendar year (1950–2099), optionally as a season "2019/20" or "2019-2020". */
export const YEAR = /(?<![\d.,])(?:19[5-9]\d|20\d\d)(?:[/-]\d{2,4})?(?![\d%])/g;

/** A count: a number that is not a year, a page or a code. */
export const COUNT = new RegExp(String.raw`(?<![\p{L}\d.,/])(?:${NUM})(?:\s(?:million|billion|millions?|millones|mil))?(?![\d%.,]\d|[\p{L}])`, 'gu');

/** Distinct years written in `s`. */
export function years(s: string): number[] {
  return [...new Set([...s.matchAll(YEAR)].map((m) => Number(m[0].slice(0, 4))))];
}

/** Whether `s` holds a measure (number with unit). */
export function hasMeasure(s: string): boolean {
  MEASURE.lastIndex = 0;
  return MEASURE.test(s);
}

/** Whether `s` holds a measure with a physical unit. */
export function hasPhysicalMeasure(s: string): boolean {
  PHYSICAL_MEASURE.lastIndex = 0;
  return PHYSICAL_MEASURE.test(s);
}

/** Whether a count is really a year ("2024"). */
export function isYearNumber(n: string): boolean {
  return /^(?:19[5-9]\d|20\d\d)$/.test(n.trim());
}

const NEG_RE = new RegExp(`${NEGATION}[^.,;:]{0,25}$`, 'iu');

/** Whether the words just before `pos` in `s` negate what follows ("not carbon neutral"). */
export function negatedBefore(s: string, pos: number): boolean {
  const before = s.slice(Math.max(0, pos - 40), pos);
  return NEG_RE.test(before);
}

/** Clause bounds around [start, end) within a sentence string: split on , ; : ( ) — and " - ". */
export function clauseAround(s: string, start: number, end: number): { start: number; end: number } {
  const sep = /[,;:()—–]|\s-\s|\s\|\s/g;
  let cs = 0;
  let ce = s.length;
  for (const m of s.matchAll(sep)) {
    const i = m.index;
    if (i + m[0].length <= start) cs = i + m[0].length;
    else if (i >= end) {
      ce = i;
      break;
    }
  }
  while (cs < ce && /\s/.test(s[cs]!)) cs++;
  while (ce > cs && /[\s.!?]/.test(s[ce - 1]!)) ce--;
  return { start: Math.min(cs, start), end: Math.max(ce, end) };
}

/** Trims trailing punctuation and spaces from a span of `s`. */
export function trimEnd(s: string, start: number, end: number): { start: number; end: number } {
  while (end > start && /[\s.!?;,:]/.test(s[end - 1]!)) end--;
  while (start < end && /\s/.test(s[start]!)) start++;
  return { start, end };
}
