/**
 * Finds a saved quote in a (possibly changed) text, after Hypothesis's `anchoring/match-quote.ts`:
 * exact occurrences first, then approximate ones, each scored on the quote, its prefix/suffix
 * context and its distance from the saved position. Pure string work, no DOM.
 * @see https://github.com/hypothesis/client/blob/main/src/annotator/anchoring/match-quote.ts
 */

/** A quote and its context, as stored in a TextQuoteSelector. */
export interface QuoteContext {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where a quote was found, and how well it matched (score in [0, 1]). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  /** Edit distance between the stored quote and the matched text. */
  errors: number;
}

/** Tuning of `matchQuote`; the defaults suit page text. */
export interface MatchOptions {
  /** The saved start offset: the tie-breaker between equally good matches. */
  hint?: number;
  /** Below this combined score a fuzzy match is rejected (the annotation becomes an orphan). */
  minScore?: number;
  /** Quotes shorter than this only match exactly: one edit in "SDG 8" makes it a different goal. */
  minFuzzyLength?: number;
  /** Largest share of the quote that may differ in a fuzzy match. */
  maxErrorRate?: number;
}

// Weights as in Hypothesis: the quote matters most, context next, position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/** Beyond this many candidate windows the text is too repetitive to search piecewise. */
const MAX_CANDIDATES = 500;
/** Beyond this many exact piece hits the text is too repetitive for the filter. */
const MAX_VOTES = 20_000;
/** Shortest piece of the quote the candidate filter searches for exactly. */
const MIN_PIECE = 6;
const MAX_EXACT = 1_000;
/** Quotes longer than this (whole paragraphs, document-level flags) are anchored by their ends. */
const LONG_QUOTE = 1_000;
const END_LENGTH = 64;

/** Levenshtein distance (two rows; the strings compared here are at most a few dozen characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Similarity of two strings in [0, 1]; an empty stored context says nothing, so it scores 1. */
function similarity(stored: string, actual: string): number {
  if (!stored.length) return 1;
  return Math.max(0, 1 - editDistance(stored, actual) / stored.length);
}

/**
 * Approximate occurrences of `pattern` in `text.slice(from, to)` with at most `maxErrors` edits
 * (Sellers' dynamic programme, tracking where each match starts). Overlapping results are reduced
 * to the one with fewest errors.
 */
export function approximateSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): { start: number; end: number; errors: number }[] {
  const m = pattern.length;
  if (!m) return [];
  let prev = new Uint32Array(m + 1);
  let prevStart = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  let curStart = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevStart[i] = from;
  }
  const found: { start: number; end: number; errors: number }[] = [];
  for (let j = from + 1; j <= to; j++) {
    const c = text.charCodeAt(j - 1);
    cur[0] = 0;
    curStart[0] = j;
    for (let i = 1; i <= m; i++) {
      let best = prev[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let start = prevStart[i - 1]!;
      if (cur[i - 1]! + 1 < best) {
        best = cur[i - 1]! + 1;
        start = curStart[i - 1]!;
      }
      if (prev[i]! + 1 < best) {
        best = prev[i]! + 1;
        start = prevStart[i]!;
      }
      cur[i] = best;
      curStart[i] = start;
    }
    if (cur[m]! <= maxErrors) found.push({ start: curStart[m]!, end: j, errors: cur[m]! });
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  found.sort((a, b) => a.errors - b.errors || a.end - a.start - (b.end - b.start) || a.start - b.start);
  const kept: typeof found = [];
  for (const f of found) {
    if (f.end > f.start && !kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept;
}

/** All exact occurrences of `needle` (capped: a quote repeated a thousand times is not a quote). */
function exactOccurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1 && out.length < MAX_EXACT; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Windows of the text that can hold the quote with at most k errors. Generalised pigeonhole: cut
 * the quote into k + s disjoint pieces; a match with at most k edits leaves at least s pieces
 * intact, each found exactly at its offset (give or take k). So only places where s pieces agree
 * on where the quote starts need the dynamic programme. Null when the text is too repetitive.
 */
function candidateWindows(text: string, quote: string, k: number, s: number): [number, number][] | null {
  const m = quote.length;
  const pieces = k + s;
  const size = Math.floor(m / pieces);
  const votes: { start: number; piece: number }[] = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * size;
    const piece = quote.slice(offset, p === pieces - 1 ? m : offset + size);
    for (let i = text.indexOf(piece); i !== -1; i = text.indexOf(piece, i + 1)) {
      votes.push({ start: i - offset, piece: p });
      if (votes.length > MAX_VOTES) return null;
    }
  }
  votes.sort((a, b) => a.start - b.start);
  const windows: [number, number][] = [];
  // Slide over the implied starts: a cluster no wider than 2k with s distinct pieces is a candidate.
  for (let lo = 0, hi = 0; hi < votes.length; hi++) {
    while (votes[hi]!.start - votes[lo]!.start > 2 * k) lo++;
    const distinct = new Set<number>();
    for (let j = lo; j <= hi; j++) distinct.add(votes[j]!.piece);
    if (distinct.size >= s) {
      const from = Math.max(0, votes[lo]!.start - k);
      const to = Math.min(text.length, votes[hi]!.start + m + 2 * k);
      const last = windows[windows.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else windows.push([from, to]);
      if (windows.length > MAX_CANDIDATES) return null;
    }
  }
  return windows;
}

/** Combined score of a candidate span for a quote (Hypothesis's weighting). */
function scoreMatch(text: string, quote: QuoteContext, start: number, end: number, errors: number, hint?: number): number {
  const quoteScore = 1 - errors / quote.exact.length;
  const prefixScore = similarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
  const suffixScore = similarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const posScore = hint === undefined ? 1 : 1 - Math.abs(start - hint) / Math.max(text.length, 1);
  return (
    (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * posScore) /
    TOTAL_WEIGHT
  );
}

/**
 * Finds the best match of a quote in `text`, or null when it cannot be found well enough.
 * Exact occurrences win over fuzzy ones; among several, context decides and the position hint
 * breaks ties.
 */
export function matchQuote(text: string, quote: QuoteContext, opts: MatchOptions = {}): QuoteMatch | null {
  const { hint, minScore = 0.6, minFuzzyLength = 12, maxErrorRate = 0.25 } = opts;
  const m = quote.exact.length;
  if (!m) return null;
  let best: QuoteMatch | null = null;
  for (const start of exactOccurrences(text, quote.exact)) {
    const score = scoreMatch(text, quote, start, start + m, 0, hint);
    if (!best || score > best.score) best = { start, end: start + m, score, errors: 0 };
  }
  if (best) return best;
  if (m < minFuzzyLength) return null;
  if (m > LONG_QUOTE) return matchLongQuote(text, quote, opts);
  // Pieces of at least MIN_PIECE characters keep the filter selective (short pieces occur
  // everywhere); requiring s intact pieces instead of one rules out chance hits of common phrases.
  // Long quotes afford more intact pieces (a third of them), which keeps their candidates few.
  const maxPieces = Math.floor(m / MIN_PIECE);
  const s = Math.max(2, Math.floor(maxPieces / 3));
  const k = Math.max(1, Math.min(Math.floor(m * maxErrorRate), maxPieces - s));
  // A very repetitive text defeats the piece filter: fall back to the neighbourhood of the hint.
  const windows = candidateWindows(text, quote.exact, k, s) ?? [
    [Math.max(0, (hint ?? 0) - 4 * m), Math.min(text.length, (hint ?? 0) + 5 * m)],
  ];
  for (const [from, to] of windows) {
    for (const f of approximateSearch(text, quote.exact, k, from, to)) {
      const score = scoreMatch(text, quote, f.start, f.end, f.errors, hint);
      if (!best || score > best.score) best = { ...f, score };
    }
  }
  return best && best.score >= minScore ? best : null;
}

/**
 * A long quote (a paragraph, a whole-document flag) is found by its first and last 64 characters:
 * the dynamic programme over the whole quote would cost quadratic time, and a paragraph whose
 * middle was edited is still the same paragraph.
 */
function matchLongQuote(text: string, quote: QuoteContext, opts: MatchOptions): QuoteMatch | null {
  const m = quote.exact.length;
  const hint = opts.hint;
  const head = matchQuote(text, { exact: quote.exact.slice(0, END_LENGTH), prefix: quote.prefix, suffix: '' }, opts);
  const tailHint = hint === undefined ? undefined : hint + m - END_LENGTH;
  const tail = matchQuote(text, { exact: quote.exact.slice(-END_LENGTH), prefix: '', suffix: quote.suffix }, { ...opts, hint: tailHint });
  if (!head || !tail || tail.end <= head.start) return null;
  const length = tail.end - head.start;
  // The span between the ends may have changed, but not beyond recognition.
  if (Math.abs(length - m) > m * (opts.maxErrorRate ?? 0.25)) return null;
  return { start: head.start, end: tail.end, score: Math.min(head.score, tail.score), errors: head.errors + tail.errors + Math.abs(length - m) };
}
