/**
 * The content script's use of the pure core: index the page's visible text in slices, then
 * analyse it in slices, yielding to the page between slices (no long tasks on huge pages).
 */
import { createTextIndexBuilder, type IndexNode, type TextIndex } from '../../lib/dom/text-index';
import { isBlockDisplay } from '../../lib/dom/static-style';
import { blockLanguagesBuilder, declaredLang, foreignRuns, withForeignRuns, type BlockLang } from '../../lib/dom/lang-runs';
import { recordSlice, recordStep, runSliced, SliceCancelled, yieldToPage, type SliceStats, type StepMaxima } from '../../lib/dom/slicing';
import { browser } from '#imports';
import type { z } from 'zod';
import {
  AnalysisSchema,
  ExplicitReferenceSchema,
  FlagSchema,
  ThematicFindingSchema,
  type Analysis,
  type Finding,
} from '../../lib/schema/analysis';
import { diffTexts, FINDING_LISTS, keepBuilder, middleOf, type BlockedText, type FindingList, type ListKeep, type TextEdit } from '../../lib/text/diff';

/** Hidden by layout: `display:none` subtrees and `visibility:hidden` ones (their text is not seen). */
function isHidden(el: IndexNode): boolean {
  const e = el as unknown as Element;
  if (e.nodeType !== 1) return false;
  const cs = getComputedStyle(e);
  return cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse';
}

/** Inline elements styled as blocks (`display:block`, flex items…) separate blocks too. */
function isBlock(el: IndexNode): boolean {
  const e = el as unknown as Element;
  if (e.nodeType !== 1) return false;
  return isBlockDisplay(getComputedStyle(e).display);
}

function addStats(into: SliceStats, s: SliceStats): void {
  into.busy += s.busy;
  into.longest = Math.max(into.longest, s.longest);
}

/** Validate a list item by item in slices (a 40,000-finding analysis would be one long parse). */
async function parseListSliced<T>(raw: unknown, schema: z.ZodType<T>, signal: AbortSignal, stats: SliceStats, out: T[], steps?: StepMaxima): Promise<void> {
  if (!Array.isArray(raw)) throw new Error('analysis from the background: list expected');
  let i = 0;
  const s = await runSliced((budget) => {
    while (i < raw.length) {
      out.push(schema.parse(raw[i++]));
      if (!budget()) break;
    }
    return i >= raw.length;
  }, signal);
  recordStep(steps, 'decode', s.longest);
  addStats(stats, s);
}

/**
 * A long text goes to the background in pieces of at most this many characters and blocks
 * (`sdg:analyze-chunk`), each serialised in its own task: one 2 MB message with 40,000 blocks was
 * a long task on the page by itself.
 */
export const TEXT_CHUNK = 131_072;
export const BLOCKS_CHUNK = 2_000;

/** Send the text and blocks in chunks, the last one as the `sdg:analyze` request; its answer. */
async function sendForAnalysis(page: BlockedText, lang: Analysis['lang'] | undefined, base: AnalyzeBase | undefined, signal: AbortSignal, steps?: StepMaxima): Promise<unknown> {
  const { text, blocks } = page;
  const n = Math.max(1, Math.ceil(text.length / TEXT_CHUNK), Math.ceil(blocks.length / BLOCKS_CHUNK));
  const piece = (i: number) => ({
    text: i === n - 1 ? text.slice(i * TEXT_CHUNK) : text.slice(i * TEXT_CHUNK, (i + 1) * TEXT_CHUNK),
    blocks: i === n - 1 ? blocks.slice(i * BLOCKS_CHUNK) : blocks.slice(i * BLOCKS_CHUNK, (i + 1) * BLOCKS_CHUNK),
  });
  const scan = n > 1 ? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}` : undefined;
  for (let i = 0; i < n - 1; i++) {
    if (signal.aborted) throw new SliceCancelled();
    const t0 = performance.now();
    const sent = browser.runtime.sendMessage({ type: 'sdg:analyze-chunk', scan: scan!, seq: i, ...piece(i) });
    recordStep(steps, 'send', performance.now() - t0);
    const ack = (await sent) as { ok?: boolean; error?: string } | undefined;
    if (!ack?.ok) throw new Error(`analysis failed: ${ack?.error ?? 'the background did not take the text'}`);
  }
  if (signal.aborted) throw new SliceCancelled();
  const t0 = performance.now();
  const sent = browser.runtime.sendMessage({
    type: 'sdg:analyze',
    ...piece(n - 1),
    ...(lang ? { lang } : {}),
    ...(scan ? { scan, chunks: n - 1 } : {}),
    ...(base ? { base } : {}),
  });
  recordStep(steps, 'send', performance.now() - t0);
  return sent;
}

const PARTS = { explicit: ExplicitReferenceSchema, thematic: ThematicFindingSchema, flags: FlagSchema } as const;

/**
 * What a scan leaves for the next one: the page as analysed, the background's answer for it
 * (before foreign-language runs are merged in) and the id the background knows it by. A re-scan
 * sends only the difference from it, and gets back only the findings that changed.
 */
export interface ScanBase {
  id: string;
  page: BlockedText;
  analysis: Analysis;
}

type AnalyzeBase = TextEdit & { id: string };

type AnalyzeAnswer =
  | { id: string; totals: Record<FindingList, number>; analysis: Record<string, unknown>; keep?: ListKeep; delta?: number }
  | { error: string }
  | { rebase: true };

/**
 * The core, run by the background: off the page's main thread, because its stages are too coarse
 * to slice under 50 ms on long pages, and so that the content script injected into every page
 * does not carry the core and its model. Long lists arrive in parts (`sdg:analysis-part`) and are
 * parsed in slices, so decoding never blocks the page either. With a `previous` scan only the
 * changed middle of the text goes, and only the changed middle of each list comes back.
 */
async function analyzeInBackground(
  page: BlockedText,
  previous: ScanBase | undefined,
  lang: Analysis['lang'] | undefined,
  signal: AbortSignal,
  stats: SliceStats,
  steps?: StepMaxima,
  traffic?: { chars: number },
): Promise<{ id: string; analysis: Analysis }> {
  let first: AnalyzeAnswer | undefined;
  if (previous) {
    const t0 = performance.now();
    const edit = diffTexts(previous.page, page);
    const middle = middleOf(page, edit);
    recordSlice(stats, performance.now() - t0);
    recordStep(steps, 'diff', performance.now() - t0);
    if (traffic) traffic.chars = middle.text.length;
    first = (await sendForAnalysis(middle, lang, { id: previous.id, ...edit }, signal, steps)) as AnalyzeAnswer | undefined;
    // The background no longer holds that analysis (it was restarted): send the whole page.
    if (first && 'rebase' in first) first = undefined;
    else if (!first) throw new Error('the background did not answer the analysis request');
  }
  if (!first) {
    if (traffic) traffic.chars = page.text.length;
    first = (await sendForAnalysis(page, lang, undefined, signal, steps)) as AnalyzeAnswer | undefined;
  }
  if (!first || typeof first !== 'object') throw new Error('the background did not answer the analysis request');
  if ('error' in first) throw new Error(`analysis failed: ${first.error}`);
  if ('rebase' in first) throw new Error('analysis failed: the background lost the page it was sent');
  const t0 = performance.now();
  const head = AnalysisSchema.omit({ explicit: true, thematic: true, flags: true }).parse(first.analysis);
  recordSlice(stats, performance.now() - t0);
  recordStep(steps, 'head-parse', performance.now() - t0);
  const lists = { explicit: [] as Analysis['explicit'], thematic: [] as Analysis['thematic'], flags: [] as Analysis['flags'] };
  for (const name of FINDING_LISTS) {
    const schema = PARTS[name] as z.ZodType<unknown>;
    const out = lists[name] as unknown[];
    await parseListSliced(first.analysis[name], schema, signal, stats, out, steps);
    while (out.length < first.totals[name]) {
      if (signal.aborted) throw new SliceCancelled();
      const tp = performance.now();
      const asked = browser.runtime.sendMessage({ type: 'sdg:analysis-part', id: first.id, list: name, from: out.length });
      recordStep(steps, 'part-request', performance.now() - tp);
      const part = (await asked) as { items?: unknown[]; error?: string };
      if (!part?.items || part.items.length === 0) throw new Error(`analysis part missing: ${part?.error ?? name}`);
      await parseListSliced(part.items, schema, signal, stats, out, steps);
    }
  }
  if (first.keep && previous) {
    // Rebuild each list: the unchanged findings before the change, the new middle, and the
    // unchanged ones after it moved by the change in length. In slices: pages have 40,000.
    const delta = first.delta ?? 0;
    for (const name of FINDING_LISTS) {
      const builder = keepBuilder(previous.analysis[name] as Finding[], first.keep[name], lists[name] as Finding[], delta);
      const s = await runSliced((budget) => builder.step(budget), signal);
      recordStep(steps, 'rebuild', s.longest);
      addStats(stats, s);
      (lists as Record<FindingList, Finding[]>)[name] = builder.result();
    }
  }
  return { id: first.id, analysis: { ...head, ...lists } };
}

/** Index and analyse the page; reuses `previous` when the visible text and blocks did not change. */
export async function analyzePage(
  doc: Document,
  signal: AbortSignal,
  previous?: ScanBase & { merged: Analysis },
  steps?: StepMaxima,
): Promise<{ index: TextIndex; analysis: Analysis; base: ScanBase; indexing: SliceStats; analysing: SliceStats; sentChars: number }> {
  const builder = createTextIndexBuilder(doc as unknown as IndexNode, { isHidden, isBlock });
  let slice = 0;
  const indexing = await runSliced((budget) => {
    const t = performance.now();
    const done = builder.step(budget);
    // The first slice pays the page's first style computation, the last one the text's join.
    recordStep(steps, slice++ === 0 ? 'index-first' : done ? 'index-last' : 'index', performance.now() - t);
    return done;
  }, signal);
  let t0 = performance.now();
  const index = builder.result();
  recordSlice(indexing, performance.now() - t0);
  recordStep(steps, 'index-result', performance.now() - t0);
  const page: BlockedText = { text: index.text, blocks: index.blocks };
  if (previous && previous.page.text === page.text && sameSpans(previous.page.blocks, page.blocks)) {
    return { index, analysis: previous.merged, base: previous, indexing, analysing: { busy: 0, longest: 0 }, sentChars: 0 };
  }
  const lang = declaredLang(doc.documentElement.lang);
  const analysing: SliceStats = { busy: 0, longest: 0 };
  const traffic = { chars: 0 };
  const { id, analysis } = await analyzeInBackground(page, previous, lang, signal, analysing, steps, traffic);
  const base: ScanBase = { id, page, analysis };
  t0 = performance.now();
  // Only pages that declare a language below <html> can have foreign-language runs.
  const declares = !!doc.body?.querySelector('[lang]');
  recordSlice(analysing, performance.now() - t0);
  recordStep(steps, 'lang-check', performance.now() - t0);
  let blocks: BlockLang[] = [];
  if (declares) {
    const builder = blockLanguagesBuilder(index);
    const s = await runSliced((budget) => builder.step(budget), signal);
    addStats(analysing, s);
    recordStep(steps, 'block-languages', s.longest);
    blocks = builder.result();
    await yieldToPage();
  }
  t0 = performance.now();
  const merged = withForeignRuns(analysis, index.text, foreignRuns(blocks, analysis.lang));
  recordSlice(analysing, performance.now() - t0);
  recordStep(steps, 'foreign-runs', performance.now() - t0);
  return { index, analysis: merged, base, indexing, analysing, sentChars: traffic.chars };
}

function sameSpans(a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.start !== b[i]!.start || a[i]!.end !== b[i]!.end) return false;
  return true;
}
