/**
 * The content script's use of the pure core: index the page's visible text in slices, then
 * analyse it in slices, yielding to the page between slices (no long tasks on huge pages).
 */
import { createTextIndexBuilder, locate, type IndexNode, type Span, type TextIndex } from '../../lib/dom/text-index';
import { findExplicitReferences } from '../../lib/detect/explicit';
import { isBlockDisplay } from '../../lib/dom/static-style';
import { recordSlice, runSliced, SliceCancelled, type SliceStats } from '../../lib/dom/slicing';
import { browser } from '#imports';
import type { z } from 'zod';
import {
  AnalysisSchema,
  ExplicitReferenceSchema,
  FlagSchema,
  LangSchema,
  ThematicFindingSchema,
  type Analysis,
} from '../../lib/schema/analysis';

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

/** The page's declared language when the core knows it, as a hint. */
function declaredLang(doc: Document): Analysis['lang'] | undefined {
  const base = (doc.documentElement.lang || '').toLowerCase().split('-')[0];
  const r = LangSchema.safeParse(base);
  return r.success ? r.data : undefined;
}

/**
 * Runs of blocks inside elements that declare another supported language than the document
 * (`<section lang="fr">` in an English report). The core takes one language per text, and
 * "ODD 5" is an SDG reference only in French, so these runs get their own explicit pass.
 */
function foreignRuns(doc: Document, index: TextIndex, docLang: Analysis['lang']): { span: Span; lang: Analysis['lang'] }[] {
  if (!doc.body?.querySelector('[lang]')) return [];
  const runs: { span: Span; lang: Analysis['lang'] }[] = [];
  for (const b of index.blocks) {
    const pos = locate(index, b.start);
    const el = (pos?.node as unknown as Node | undefined)?.parentElement?.closest('[lang]');
    const r = LangSchema.safeParse((el?.getAttribute('lang') ?? '').toLowerCase().split('-')[0]);
    if (!r.success || r.data === docLang) continue;
    const last = runs[runs.length - 1];
    if (last && last.lang === r.data && last.span.end <= b.start) last.span = { start: last.span.start, end: b.end };
    else runs.push({ span: { start: b.start, end: b.end }, lang: r.data });
  }
  return runs;
}

/** Replace the explicit references inside foreign-language runs with a pass in their language; recount the goals. */
function withForeignRuns(analysis: Analysis, text: string, runs: { span: Span; lang: Analysis['lang'] }[]): Analysis {
  if (runs.length === 0) return analysis;
  const inRun = (start: number) => runs.some((r) => start >= r.span.start && start < r.span.end);
  const explicit = analysis.explicit.filter((f) => !inRun(f.start));
  for (const r of runs) {
    for (const ref of findExplicitReferences(text.slice(r.span.start, r.span.end), { lang: r.lang })) {
      explicit.push({ ...ref, start: ref.start + r.span.start, end: ref.end + r.span.start });
    }
  }
  explicit.sort((a, b) => a.start - b.start);
  const named = new Map<number, number>();
  for (const f of explicit) for (const g of new Set(f.goals)) named.set(g, (named.get(g) ?? 0) + 1);
  const goals = analysis.goals.map((g) => {
    const n = named.get(g.goal) ?? 0;
    // A named goal scores 1 (as in the core); one that lost its only names keeps a thematic score only.
    const score = n > 0 ? 1 : g.explicit > 0 && g.thematic === 0 ? 0 : g.score;
    return { ...g, explicit: n, score };
  });
  return { ...analysis, explicit, goals };
}

function addStats(into: SliceStats, s: SliceStats): void {
  into.busy += s.busy;
  into.longest = Math.max(into.longest, s.longest);
}

/** Validate a list item by item in slices (a 40,000-finding analysis would be one long parse). */
async function parseListSliced<T>(raw: unknown, schema: z.ZodType<T>, signal: AbortSignal, stats: SliceStats, out: T[]): Promise<void> {
  if (!Array.isArray(raw)) throw new Error('analysis from the background: list expected');
  let i = 0;
  addStats(
    stats,
    await runSliced((budget) => {
      while (i < raw.length) {
        out.push(schema.parse(raw[i++]));
        if (!budget()) break;
      }
      return i >= raw.length;
    }, signal),
  );
}

const PARTS = { explicit: ExplicitReferenceSchema, thematic: ThematicFindingSchema, flags: FlagSchema } as const;

/**
 * The core, run by the background: off the page's main thread, because its stages are too coarse
 * to slice under 50 ms on long pages, and so that the content script injected into every page
 * does not carry the core and its model. Long lists arrive in parts (`sdg:analysis-part`) and are
 * parsed in slices, so decoding never blocks the page either.
 */
async function analyzeInBackground(index: TextIndex, lang: Analysis['lang'] | undefined, signal: AbortSignal, stats: SliceStats): Promise<Analysis> {
  const first = (await browser.runtime.sendMessage({ type: 'sdg:analyze', text: index.text, blocks: index.blocks, ...(lang ? { lang } : {}) })) as
    | { id: string; totals: Record<keyof typeof PARTS, number>; analysis: Record<string, unknown> }
    | { error: string }
    | undefined;
  if (!first || typeof first !== 'object') throw new Error('the background did not answer the analysis request');
  if ('error' in first) throw new Error(`analysis failed: ${first.error}`);
  const t0 = performance.now();
  const head = AnalysisSchema.omit({ explicit: true, thematic: true, flags: true }).parse(first.analysis);
  recordSlice(stats, performance.now() - t0);
  const lists = { explicit: [] as Analysis['explicit'], thematic: [] as Analysis['thematic'], flags: [] as Analysis['flags'] };
  for (const name of ['explicit', 'thematic', 'flags'] as const) {
    const schema = PARTS[name] as z.ZodType<unknown>;
    const out = lists[name] as unknown[];
    await parseListSliced(first.analysis[name], schema, signal, stats, out);
    while (out.length < first.totals[name]) {
      if (signal.aborted) throw new SliceCancelled();
      const part = (await browser.runtime.sendMessage({ type: 'sdg:analysis-part', id: first.id, list: name, from: out.length })) as { items?: unknown[]; error?: string };
      if (!part?.items || part.items.length === 0) throw new Error(`analysis part missing: ${part?.error ?? name}`);
      await parseListSliced(part.items, schema, signal, stats, out);
    }
  }
  return { ...head, ...lists };
}

/** Index and analyse the page; reuses `previous` when the visible text did not change. */
export async function analyzePage(
  doc: Document,
  signal: AbortSignal,
  previous?: { text: string; analysis: Analysis },
): Promise<{ index: TextIndex; analysis: Analysis; indexing: SliceStats; analysing: SliceStats }> {
  const builder = createTextIndexBuilder(doc as unknown as IndexNode, { isHidden, isBlock });
  const indexing = await runSliced((budget) => builder.step(budget), signal);
  const index = builder.result();
  if (previous && previous.text === index.text) return { index, analysis: previous.analysis, indexing, analysing: { busy: 0, longest: 0 } };
  const lang = declaredLang(doc);
  const analysing: SliceStats = { busy: 0, longest: 0 };
  const analysis = await analyzeInBackground(index, lang, signal, analysing);
  const t0 = performance.now();
  const merged = withForeignRuns(analysis, index.text, foreignRuns(doc, index, analysis.lang));
  recordSlice(analysing, performance.now() - t0);
  return { index, analysis: merged, indexing, analysing };
}
