/**
 * The reader's state and actions: load a PDF (URL or file), extract its text with the shared
 * adapter, analyse it in time slices with the same core as web pages, and keep the highlights of
 * the rendered pages in the shared highlight registry. Components read the signals; they do not
 * load or analyse anything themselves.
 */
import { computed, signal } from '@preact/signals';
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { analyzeSteps } from '../../lib/analyze';
import { Highlighter } from '../../lib/dom/highlighter';
import { HIGHLIGHT_NAMES } from '../../lib/dom/highlight-styles';
import { IntervalIndex } from '../../lib/dom/interval-index';
import { sliceBudget, yieldToPage } from '../../lib/dom/slicing';
import { extractPdfText, openPdf, PdfReadError, type PdfJs, type PdfProblem } from '../../lib/pdf/document';
import { pdfRangesFromOffsets, type RenderedTextLayer } from '../../lib/pdf/ranges';
import { pageAt, type PdfTextIndex } from '../../lib/pdf/text-index';
import { readerText } from '../../lib/pdf/strings';
import { AnalysisSchema, type Analysis, type Finding } from '../../lib/schema/analysis';
import { findingId } from '../../lib/schema/messages';
import { NOTE_HIGHLIGHT } from '../../lib/anchor/live';
import type { Settings } from '../../lib/settings/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { navigationStops, visibleFlags, type NavStop } from '../../entrypoints/annotate.content/summary';

// The worker ships inside the extension (Vite copies it as an asset); nothing is fetched remotely.
pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Where the reader is in its work. */
export type ReaderStatus = 'empty' | 'loading' | 'extracting' | 'analysing' | 'done' | 'error';

/** A finding as the reader lists it: with its page. */
export interface PagedFinding {
  id: string;
  finding: Finding;
  page: number;
}

/** A drawn finding: what hit-testing and the card use. */
export interface DrawnHit {
  finding: Finding;
  range: Range;
}

/** Where the reader is in its work. */
export const status = signal<ReaderStatus>('empty');
/** Why the open PDF gives no text (encrypted, image-only, corrupt), or null. */
export const problem = signal<PdfProblem | null>(null);
/** A non-PDF failure (network, HTTP status), shown as is. */
export const failure = signal<string | null>(null);
/** Text extraction progress in pages. */
export const progress = signal<{ done: number; of: number }>({ done: 0, of: 0 });
/** File name of the open PDF. */
export const docName = signal('');
/** The PDF's URL (a `file:///name.pdf` stand-in for picked files): the saved report's URL. */
export const docSource = signal('');
/** Title metadata of the PDF, else its file name. */
export const docTitle = signal('');
/** The open pdf.js document (also for image-only PDFs, whose pages still render). */
export const pdfDoc = signal<PDFDocumentProxy | null>(null);
/** The extracted text with its page/item offset map. */
export const textIndex = signal<PdfTextIndex | null>(null);
/** The core's analysis of the whole text. */
export const analysis = signal<Analysis | null>(null);
/** The user's settings (sensitivity, highlight style, UI language). */
export const settings = signal<Settings>(DEFAULT_SETTINGS);
/** The page most in view. */
export const currentPage = signal(1);
/** Pages whose text layer is in the DOM right now. */
export const renderedPages = signal<ReadonlySet<number>>(new Set());
/** Passages of a saved report with a note or verdict (re-anchored), drawn as `sdg-note`. */
export const noteSpans = signal<{ start: number; end: number }[]>([]);
/** Busy times of the last load, for the status line and the bench. */
export const timings = signal<{ extractMs: number; analyzeMs: number; firstHighlightMs?: number } | null>(null);

/** Findings shown (flags at the user's sensitivity), each with its page, in text order. */
export const pagedFindings = computed<PagedFinding[]>(() => {
  const a = analysis.value;
  const idx = textIndex.value;
  if (!a || !idx) return [];
  const list: Finding[] = [...a.explicit, ...visibleFlags(a, settings.value.sensitivity), ...a.thematic];
  return list
    .map((f) => ({ id: findingId(f), finding: f, page: pageAt(idx, f.start) }))
    .sort((x, y) => x.finding.start - y.finding.start || x.finding.end - y.finding.end);
});

/** Keyboard / side-panel stops (same grouping as on web pages). */
export const stops = computed<NavStop[]>(() => (analysis.value ? navigationStops(analysis.value, settings.value.sensitivity) : []));

/** The shared highlight registry wrapper (lib/dom/highlighter.ts) for this page. */
export const highlighter = new Highlighter(document);

/** Per rendered page: its highlight ranges per layer name, and its hits for the hover card. */
const pageDrawings = new Map<number, { layers: Map<string, Range[]>; hits: IntervalIndex<DrawnHit> }>();
let layers: ReadonlyMap<number, RenderedTextLayer> = new Map();
let loadStarted = 0;
let loadController: AbortController | null = null;

function layerNameOf(f: Finding): { name: string; priority: number } {
  if (f.kind === 'explicit') {
    const g = f.goals[0];
    return { name: g ? HIGHLIGHT_NAMES.goal(g) : HIGHLIGHT_NAMES.general, priority: 2 };
  }
  if (f.kind === 'flag') return { name: f.strength === 'strong' ? HIGHLIGHT_NAMES.flag : HIGHLIGHT_NAMES.flagWeak, priority: 3 };
  return { name: HIGHLIGHT_NAMES.theme(f.goal), priority: 1 };
}

/** Spans a finding is drawn on (thematic findings: their evidence terms, as on web pages). */
function drawnSpans(f: Finding): { start: number; end: number }[] {
  if (f.kind !== 'thematic') return [{ start: f.start, end: f.end }];
  const spans = f.terms.flatMap((term) => term.spans ?? []).filter((s) => s.start >= f.start && s.end <= f.end);
  return spans.length ? spans : [{ start: f.start, end: f.end }];
}

/** Rebuilds the drawing of one page (after it rendered, or after the analysis finished). */
function drawPage(page: number): void {
  const idx = textIndex.value;
  const layer = layers.get(page);
  if (!idx || !layer || !analysis.value) {
    pageDrawings.delete(page);
    return;
  }
  const span = idx.pages[page - 1];
  const byName = new Map<string, Range[]>();
  const hits: { start: number; end: number; value: DrawnHit }[] = [];
  if (span) {
    const one = new Map([[page, layer]]);
    for (const pf of pagedFindings.value) {
      const f = pf.finding;
      if (f.end <= span.start || f.start >= span.end) continue;
      const { name } = layerNameOf(f);
      for (const s of drawnSpans(f)) {
        for (const range of pdfRangesFromOffsets(idx, one, s.start, s.end)) {
          const list = byName.get(name);
          if (list) list.push(range);
          else byName.set(name, [range]);
          hits.push({ start: s.start, end: s.end, value: { finding: f, range } });
        }
      }
    }
  }
  if (span) {
    const one = new Map([[page, layer]]);
    const notes = noteSpans.value.filter((n) => n.end > span.start && n.start < span.end).flatMap((n) => pdfRangesFromOffsets(idx, one, n.start, n.end));
    if (notes.length) byName.set(NOTE_HIGHLIGHT, notes);
  }
  pageDrawings.set(page, { layers: byName, hits: new IntervalIndex(hits) });
}

/** Hands the union of every rendered page's ranges to the highlighter. */
function paint(): void {
  const union = new Map<string, { ranges: Range[]; priority: number }>();
  for (const d of pageDrawings.values()) {
    for (const [name, ranges] of d.layers) {
      const priority = name.startsWith('sdg-goal') || name === HIGHLIGHT_NAMES.general ? 2 : name.startsWith('sdg-flag') ? 3 : name === NOTE_HIGHLIGHT ? 0 : 1;
      const u = union.get(name);
      if (u) u.ranges.push(...ranges);
      else union.set(name, { ranges: [...ranges], priority });
    }
  }
  for (const [name, { ranges, priority }] of union) highlighter.set(name, ranges, priority);
  const keep = new Set(union.keys());
  for (const extra of [HIGHLIGHT_NAMES.current, FIND_HIGHLIGHT]) if (highlighter.names().includes(extra)) keep.add(extra);
  highlighter.retain(keep);
  if (timings.value && timings.value.firstHighlightMs === undefined && union.size > 0) {
    timings.value = { ...timings.value, firstHighlightMs: performance.now() - loadStarted };
  }
}

/** The viewer tells us a page's text layer appeared (or went away). */
export function onLayer(page: number, layer: RenderedTextLayer | undefined, all: ReadonlyMap<number, RenderedTextLayer>): void {
  layers = all;
  const next = new Set(renderedPages.value);
  if (layer) next.add(page);
  else next.delete(page);
  renderedPages.value = next;
  if (layer) drawPage(page);
  else pageDrawings.delete(page);
  paint();
  refreshFind(page);
}

/** Redraws every rendered page (after analysis, or a sensitivity change). */
export function redrawAll(): void {
  for (const page of layers.keys()) drawPage(page);
  paint();
}

/** Findings drawn under a text offset of `page`. */
export function hitsAt(page: number, offset: number): DrawnHit[] {
  return pageDrawings.get(page)?.hits.at(offset).map((h) => h.value) ?? [];
}

/** Reads `?src=` bytes (the PDF itself is the only thing the reader fetches); false when the download failed. */
export async function openUrl(src: string): Promise<boolean> {
  reset(src.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? src, src);
  let data: Uint8Array;
  try {
    const res = await fetch(src, { credentials: 'include' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    data = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    status.value = 'error';
    failure.value = readerText('download', (e as Error).message);
    return false;
  }
  await openBytes(data);
  return true;
}

/** Opens a file picked or dropped by the user. */
export async function openFile(file: File): Promise<void> {
  reset(file.name, `file:///${encodeURIComponent(file.name)}`);
  await openBytes(new Uint8Array(await file.arrayBuffer()));
}

function reset(name: string, source: string): void {
  loadController?.abort();
  loadController = new AbortController();
  loadStarted = performance.now();
  status.value = 'loading';
  problem.value = null;
  failure.value = null;
  docName.value = name;
  docSource.value = source;
  docTitle.value = name;
  analysis.value = null;
  textIndex.value = null;
  timings.value = null;
  noteSpans.value = [];
  pageDrawings.clear();
  highlighter.retain(new Set());
  const old = pdfDoc.value;
  pdfDoc.value = null;
  void old?.destroy();
}

async function openBytes(data: Uint8Array): Promise<void> {
  const signal = loadController!.signal;
  try {
    const doc = await openPdf(pdfjs as unknown as PdfJs, data, { systemFonts: true });
    if (signal.aborted) return;
    pdfDoc.value = doc;
    status.value = 'extracting';
    const t0 = performance.now();
    const text = await extractPdfText(doc, async (done, of) => {
      progress.value = { done, of };
      if (signal.aborted) throw new DOMException('superseded', 'AbortError');
    });
    const extractMs = performance.now() - t0;
    if (text.title) docTitle.value = text.title;
    textIndex.value = text.index;
    status.value = 'analysing';
    const t1 = performance.now();
    const result = (await analyseInWorker(text.index, signal)) ?? (await analyseSliced(text.index, signal));
    if (!result || signal.aborted) return;
    analysis.value = result;
    timings.value = { extractMs, analyzeMs: performance.now() - t1 };
    status.value = 'done';
    redrawAll();
  } catch (e) {
    if (signal.aborted) return;
    status.value = 'error';
    if (e instanceof PdfReadError) {
      problem.value = e.problem;
      // An image-only PDF still renders: keep the document so the user sees the pages.
    } else {
      failure.value = e instanceof Error ? e.message : String(e);
    }
  }
}

/**
 * Runs the analysis in a worker (the main thread stays free); null when workers are unavailable
 * or the worker failed, and the caller falls back to time slices on the main thread.
 */
async function analyseInWorker(index: PdfTextIndex, signal: AbortSignal): Promise<Analysis | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  try {
    return await new Promise<Analysis | null>((resolve) => {
      signal.addEventListener('abort', () => resolve(null));
      worker.onerror = () => resolve(null);
      worker.onmessage = (e: MessageEvent<unknown>) => {
        const r = AnalysisSchema.safeParse((e.data as { analysis?: unknown } | null)?.analysis);
        resolve(r.success ? r.data : null);
      };
      worker.postMessage({ text: index.text, blocks: index.blocks });
    });
  } finally {
    worker.terminate();
  }
}

/** The same analysis on the main thread, yielding between the core's steps. */
async function analyseSliced(index: PdfTextIndex, signal: AbortSignal): Promise<Analysis | null> {
  const steps = analyzeSteps(index.text, { blocks: index.blocks });
  let budget = sliceBudget();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (!budget()) {
      await yieldToPage();
      if (signal.aborted) return null;
      budget = sliceBudget();
    }
  }
}

// ---- find -------------------------------------------------------------------------------------

/** Highlight name of find-in-document matches. */
export const FIND_HIGHLIGHT = 'sdg-find';
/** The find box's text. */
export const findQuery = signal('');
/** Every match of the find query in the whole text, with its page. */
export const findMatches = signal<{ start: number; end: number; page: number }[]>([]);
/** Index of the current find match (-1: none). */
export const findCurrent = signal(-1);

/** Searches the whole text (case-insensitive), so matches on unrendered pages are counted too. */
export function runFind(query: string): void {
  findQuery.value = query;
  const idx = textIndex.value;
  const out: { start: number; end: number; page: number }[] = [];
  const q = query.trim().toLowerCase();
  if (idx && q.length >= 2) {
    const hay = idx.text.toLowerCase();
    for (let i = hay.indexOf(q); i >= 0 && out.length < 5000; i = hay.indexOf(q, i + q.length)) {
      out.push({ start: i, end: i + q.length, page: pageAt(idx, i) });
    }
  }
  findMatches.value = out;
  findCurrent.value = out.length ? 0 : -1;
  refreshFind();
}

/** Paints the matches on rendered pages (called when pages render too). */
export function refreshFind(_page?: number): void {
  const idx = textIndex.value;
  if (!idx) return;
  const ranges: Range[] = [];
  for (const m of findMatches.value) if (layers.has(m.page)) ranges.push(...pdfRangesFromOffsets(idx, layers, m.start, m.end));
  highlighter.set(FIND_HIGHLIGHT, ranges, 5);
}
