/**
 * The core entry: plain text (plus optional block spans from the DOM layer) → `Analysis`.
 * Used by the content script, the CLI and the widget's scan mode. Pure and deterministic.
 *
 * Stages, in order: language → explicit references → thematic findings →
 * flags + risk → per-goal roll-up. `analyzeSteps` runs the same stages as a
 * generator that yields between chunks, so the content script can time-slice a huge page;
 * `analyze` simply runs it to the end.
 */
import {
  ANALYSIS_VERSION,
  type Analysis,
  type ExplicitReference,
  type Flag,
  type RiskSummary,
  type ThematicFinding,
} from './schema/analysis';
import { GOAL_NUMBERS, type Lang } from './sdg/index';
import { findExplicitReferences } from './detect/explicit';
import { detectLang } from './detect/lang';
import { findThematicInUnits, scoringUnits } from './detect/thematic';
import { splitBlocks, type Span } from './text/blocks';
import { assess } from './risk/index';

/** Options for `analyze` / `analyzeSteps`. */
export interface AnalyzeOptions {
  /** Document language; detected from the text when omitted. */
  lang?: Lang;
  /** Block (paragraph) spans from the DOM layer; `splitBlocks(text)` when omitted. */
  blocks?: Span[];
}

/**
 * Explicit detection runs over chunks of whole blocks of about this many characters, with
 * `CONTEXT` characters of margin on each side so cue windows (≤ 400) see across chunk edges.
 * At the core's throughput a chunk is a few milliseconds of work.
 */
const CHUNK_CHARS = 100_000;
const CONTEXT = 500;

/**
 * Thematic scoring runs over batches of scoring units of about this many characters; at the
 * classifier's Node throughput (see test/bench/thematic.bench.ts) a batch is a few milliseconds.
 */
const THEMATIC_BATCH_CHARS = 20_000;

/**
 * The analysis as a generator: each `next()` does one bounded piece of work (one chunk of
 * explicit detection, one stage) and the final `next()` returns the `Analysis`. Callers that
 * time-slice do `for (;;) { const r = it.next(); if (r.done) return r.value; if (overBudget) await yieldToPage(); }`.
 */
export function* analyzeSteps(text: string, opts: AnalyzeOptions = {}): Generator<void, Analysis, void> {
  const lang = opts.lang ?? detectLang(text);
  const blocks = opts.blocks ?? splitBlocks(text);

  // Explicit references, chunk by chunk.
  const explicit: ExplicitReference[] = [];
  for (const [start, end] of chunksOf(text.length, blocks)) {
    const from = Math.max(0, start - CONTEXT);
    const slice = text.slice(from, Math.min(text.length, end + CONTEXT));
    for (const ref of findExplicitReferences(slice, { lang })) {
      const s = ref.start + from;
      // Keep references that start inside this chunk; the margins only provide context.
      if (s < start || s >= end) continue;
      if (explicit.length && s < explicit[explicit.length - 1]!.end) continue;
      explicit.push({ ...ref, start: s, end: ref.end + from });
    }
    yield;
  }

  // Thematic findings (lib/detect/thematic.ts): scoring units (merged short blocks, windows of
  // long ones) in batches of about THEMATIC_BATCH_CHARS, yielding between batches.
  const thematic: ThematicFinding[] = [];
  /** Document-level relevance per goal (index 0 = goal 1): the best score of any unit. */
  const thematicScore: number[] = GOAL_NUMBERS.map(() => 0);
  for (const batch of batchesOf(scoringUnits(text, blocks), THEMATIC_BATCH_CHARS)) {
    thematic.push(...findThematicInUnits(text, batch, lang, thematicScore));
    yield;
  }

  // Flags and risk (WASHING.md criteria, lib/risk). Only DOM block boundaries are passed on:
  // for plain text the risk segmenter finds paragraphs itself (blank lines, tables as one).
  const assessment = assess(text, { lang, explicit, thematic, blocks: opts.blocks });
  const flags: Flag[] = assessment.flags;
  const risk: RiskSummary = assessment.risk;
  yield;

  return {
    version: ANALYSIS_VERSION,
    lang,
    length: text.length,
    explicit,
    thematic,
    flags,
    risk,
    goals: goalSummaries(explicit, thematic, thematicScore),
  };
}

/** Analyses `text` in one go (see `analyzeSteps` for the time-sliced form). */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const steps = analyzeSteps(text, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Per-goal roll-up for all 17 goals in order: how often the goal is named (a list counts once
 * per goal it names; general references name none), how many thematic findings it has, and its
 * document-level score (a named goal scores 1).
 */
function goalSummaries(explicit: ExplicitReference[], thematic: ThematicFinding[], thematicScore: number[]): Analysis['goals'] {
  const named = GOAL_NUMBERS.map(() => 0);
  for (const ref of explicit) for (const g of new Set(ref.goals)) named[g - 1]!++;
  const discussed = GOAL_NUMBERS.map(() => 0);
  for (const f of thematic) discussed[f.goal - 1]!++;
  return GOAL_NUMBERS.map((goal, i) => ({
    goal,
    explicit: named[i]!,
    thematic: discussed[i]!,
    score: Math.max(thematicScore[i]!, named[i]! > 0 ? 1 : 0),
  }));
}

/** Consecutive runs of spans whose total length stays about `chars` (a longer span is a run of its own). */
function batchesOf(spans: Span[], chars: number): Span[][] {
  const out: Span[][] = [];
  let run: Span[] = [];
  let size = 0;
  for (const s of spans) {
    if (run.length && size + (s.end - s.start) > chars) {
      out.push(run);
      run = [];
      size = 0;
    }
    run.push(s);
    size += s.end - s.start;
  }
  if (run.length) out.push(run);
  return out;
}

/** [start, end) chunks of about CHUNK_CHARS that end on block boundaries and cover the text. */
function chunksOf(length: number, blocks: Span[]): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  for (const b of blocks) {
    if (b.end - start >= CHUNK_CHARS) {
      chunks.push([start, b.end]);
      start = b.end;
    }
  }
  if (start < length || chunks.length === 0) chunks.push([start, length]);
  return chunks;
}
