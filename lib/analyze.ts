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
import { findThematicInUnits, scoringUnits, type GoalScore } from './detect/thematic';
import { UnitMemo } from './text/memo';
import { splitBlocks, type Span } from './text/blocks';
import { assess } from './risk/index';

/** Options for `analyze` / `analyzeSteps`. */
export interface AnalyzeOptions {
  /** Document language; detected from the text when omitted. */
  lang?: Lang;
  /** Block (paragraph) spans from the DOM layer; `splitBlocks(text)` when omitted. */
  blocks?: Span[];
  /**
   * Results of earlier analyses of the same page (see `AnalysisCache`): parts of the text seen
   * before are not analysed again. The result is the same with or without it.
   */
  cache?: AnalysisCache;
}

/** Explicit references of one chunk, relative to its slice with margins. */
interface ChunkResult {
  refs: ExplicitReference[];
  /** Strong references inside the chunk itself. */
  strong: number;
  /** Whether the chunk was read as an SDG document (told so, or two strong references in its slice). */
  sdgDocument: boolean;
}

/**
 * What a re-analysis of a changed page can reuse: explicit references per chunk and thematic
 * scores per scoring unit, keyed by their text. Chunks end on content-chosen block boundaries
 * (see `chunksOf`), so an edit changes the chunk it falls in and leaves the others as they were.
 * The risk stage reads the whole document (counter-evidence anywhere, document-level criteria)
 * and is run in full.
 */
export class AnalysisCache {
  readonly chunks = new UnitMemo<ChunkResult>();
  readonly units = new UnitMemo<GoalScore[]>();

  /** Share of the last analysis served from memory: explicit chunks and thematic units. */
  reuse(): { chunks: { hits: number; misses: number }; units: { hits: number; misses: number } } {
    return { chunks: { hits: this.chunks.hits, misses: this.chunks.misses }, units: { hits: this.units.hits, misses: this.units.misses } };
  }
}

/**
 * Explicit detection runs over chunks of whole blocks, with `CONTEXT` characters of margin on
 * each side so cue windows (≤ 400) see across chunk edges. A chunk ends at the first block end
 * past CHUNK_MIN characters whose own text picks it (about one block in CUT_ONE_IN), or at
 * CHUNK_MAX: boundaries depend on the blocks' content, not their position, so inserting text
 * early in a page does not move the later boundaries. A chunk is a few milliseconds of work.
 */
const CHUNK_MIN = 40_000;
const CHUNK_MAX = 160_000;
const CUT_ONE_IN = 8;
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
  const cache = opts.cache;
  cache?.chunks.nextGeneration();
  cache?.units.nextGeneration();

  // Explicit references, chunk by chunk. A document that names the SDGs outright (two strong
  // references anywhere) is an SDG document in every chunk: chunks that did not see two strong
  // references themselves are run again with that knowledge.
  const chunks = chunksOf(text, blocks);
  const found: ChunkResult[] = [];
  let strong = 0;
  for (const chunk of chunks) {
    const r = explicitInChunk(text, chunk, lang, false, cache);
    found.push(r);
    strong += r.strong;
    yield;
  }
  const explicit: ExplicitReference[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    let r = found[i]!;
    if (strong >= 2 && !r.sdgDocument) {
      r = explicitInChunk(text, chunk, lang, true, cache);
      yield;
    }
    const from = Math.max(0, chunk[0] - CONTEXT);
    for (const ref of r.refs) {
      const s = ref.start + from;
      if (explicit.length && s < explicit[explicit.length - 1]!.end) continue;
      explicit.push({ ...ref, start: s, end: ref.end + from });
    }
  }

  // Thematic findings (lib/detect/thematic.ts): scoring units (merged short blocks, windows of
  // long ones) in batches of about THEMATIC_BATCH_CHARS, yielding between batches.
  const thematic: ThematicFinding[] = [];
  /** Document-level relevance per goal (index 0 = goal 1): the best score of any unit. */
  const thematicScore: number[] = GOAL_NUMBERS.map(() => 0);
  for (const batch of batchesOf(scoringUnits(text, blocks), THEMATIC_BATCH_CHARS)) {
    thematic.push(...findThematicInUnits(text, batch, lang, thematicScore, cache?.units));
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

/**
 * [start, end) chunks that end on block boundaries and cover the text (see CHUNK_MIN). A block
 * ends a chunk when a hash of its length and edge characters says so: a choice made by the
 * block's content, so the same blocks give the same boundaries wherever they stand in the page.
 */
export function chunksOf(text: string, blocks: Span[]): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  for (const b of blocks) {
    const size = b.end - start;
    if (size < CHUNK_MIN) continue;
    const h = Math.imul((b.end - b.start) ^ Math.imul(text.charCodeAt(b.start), 0x9e3779b1) ^ Math.imul(text.charCodeAt(b.end - 1), 0x85ebca6b), 0xc2b2ae35) >>> 27;
    if (h % CUT_ONE_IN === 0 || size >= CHUNK_MAX) {
      chunks.push([start, b.end]);
      start = b.end;
    }
  }
  if (start < text.length || chunks.length === 0) chunks.push([start, text.length]);
  return chunks;
}

/**
 * Explicit references starting inside `chunk`, relative to the chunk's slice with its margins,
 * and the chunk's strong references. Memoised by the slice: the result depends on nothing else
 * but the language, the document flag and where the chunk lies inside its slice.
 */
function explicitInChunk(text: string, [start, end]: [number, number], lang: Lang, sdgDocument: boolean, cache: AnalysisCache | undefined): ChunkResult {
  const from = Math.max(0, start - CONTEXT);
  const slice = text.slice(from, Math.min(text.length, end + CONTEXT));
  const compute = (): ChunkResult => {
    const stats = { strong: [] as number[] };
    const refs: ExplicitReference[] = [];
    for (const ref of findExplicitReferences(slice, { lang, sdgDocument, stats })) {
      // Keep references that start inside this chunk; the margins only provide context.
      if (ref.start + from < start || ref.start + from >= end) continue;
      refs.push(ref);
    }
    return {
      refs,
      strong: stats.strong.filter((s) => s + from >= start && s + from < end).length,
      sdgDocument: sdgDocument || stats.strong.length >= 2,
    };
  };
  return cache ? cache.chunks.get(`${lang}|${sdgDocument ? 1 : 0}|${start - from}|${end - from}|${slice}`, compute) : compute();
}
