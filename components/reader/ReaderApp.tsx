/**
 * The PDF reader page: toolbar (open, pages, zoom, find), the lazily rendered pages with their
 * highlights, and a findings list where every finding carries its page number (also for pages not
 * rendered yet). The hover card is the content script's overlay and card.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { effect } from '@preact/signals';
import { GOALS } from '../../lib/sdg/index';
import { caretFromPoint, rangeContainsPoint } from '../../lib/dom/ranges';
import { HIGHLIGHT_NAMES } from '../../lib/dom/highlight-styles';
import { pdfOffsetOf } from '../../lib/pdf/ranges';
import { pdfRangesFromOffsets } from '../../lib/pdf/ranges';
import { readerText } from '../../lib/pdf/strings';
import type { PdfProblem } from '../../lib/pdf/document';
import { createOverlay, type Overlay } from '../../entrypoints/annotate.content/overlay';
import type { Finding } from '../../lib/schema/analysis';
import { PdfViewer } from './pdf-viewer';
import {
  analysis,
  currentPage,
  docName,
  docTitle,
  failure,
  findCurrent,
  findMatches,
  hitsAt,
  highlighter,
  onLayer,
  openFile,
  pagedFindings,
  pdfDoc,
  problem,
  progress,
  runFind,
  status,
  textIndex,
  timings,
  type PagedFinding,
} from './reader-state';

let viewer: PdfViewer | null = null;
let overlay: Overlay | null = null;

/** Scrolls to a finding's page, renders it, and shows the card on the finding. */
export async function focusFinding(f: Finding, page: number): Promise<boolean> {
  if (!viewer || !textIndex.value) return false;
  viewer.goTo(page);
  await viewer.ensureRendered(page);
  const ranges = pdfRangesFromOffsets(textIndex.value, viewer.layers, f.start, f.end);
  const range = ranges[0];
  if (!range) return false;
  highlighter.set(HIGHLIGHT_NAMES.current, ranges, 10);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  overlay?.show({ findings: [f], anchor: range, source: 'keyboard' });
  return true;
}

function label(f: Finding): string {
  if (f.kind === 'explicit') return f.goals.length ? f.goals.map((g) => `SDG ${g}`).join(', ') : 'SDGs';
  if (f.kind === 'flag') return `${readerText('flag')} ${f.criterion}`;
  return `${readerText('theme')}: SDG ${f.goal}`;
}

function colour(f: Finding): string {
  if (f.kind === 'flag') return '#D55E00';
  const g = f.kind === 'explicit' ? f.goals[0] : f.goal;
  return g ? GOALS[g - 1]!.colour : '#009EDB';
}

function quote(f: Finding): string {
  const idx = textIndex.value;
  const s = idx ? idx.text.slice(f.start, f.end) : '';
  return s.length > 140 ? `${s.slice(0, 137)}…` : s;
}

function FindingsList() {
  const list = pagedFindings.value.filter((p) => p.finding.kind !== 'thematic');
  const themes = pagedFindings.value.length - list.length;
  const a = analysis.value;
  if (!a) return null;
  return (
    <aside class="sdg-findings" aria-label={readerText('findings')}>
      <h2>
        {readerText('findingsCount', list.length)} <small>{readerText('thematicCount', themes)}</small>
      </h2>
      <p class="sdg-risk">
        {readerText('risk')}: <strong>{a.risk.level}</strong> ({a.risk.score}/100)
      </p>
      <ol>
        {list.map((p: PagedFinding) => (
          <li key={p.id}>
            <button type="button" class="sdg-finding" data-id={p.id} data-page={p.page} onClick={() => void focusFinding(p.finding, p.page)}>
              <span class="sdg-dot" style={{ background: colour(p.finding) }} aria-hidden="true" />
              <span class="sdg-finding-label">{label(p.finding)}</span>
              <span class="sdg-finding-page">{readerText('pageShort', p.page)}</span>
              <span class="sdg-finding-quote">{quote(p.finding)}</span>
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}

function Toolbar({ onZoom }: { onZoom: (factor: number) => void }) {
  const doc = pdfDoc.value;
  const [query, setQuery] = useState('');
  const go = (n: number) => viewer?.goTo(Math.max(1, Math.min(viewer.pageCount, n)));
  const step = (d: number) => {
    const m = findMatches.value;
    if (!m.length) return;
    const i = (findCurrent.value + d + m.length) % m.length;
    findCurrent.value = i;
    viewer?.goTo(m[i]!.page);
  };
  return (
    <header class="sdg-toolbar">
      <label class="sdg-open">
        {readerText('openButton')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          class="sdg-file"
          onChange={(e) => {
            const f = (e.currentTarget as HTMLInputElement).files?.[0];
            if (f) void openFile(f);
          }}
        />
      </label>
      <span class="sdg-title" title={docName.value}>
        {docTitle.value}
      </span>
      {doc && (
        <>
          <nav class="sdg-pages-nav" aria-label={readerText('pages')}>
            <button type="button" onClick={() => go(currentPage.value - 1)} aria-label={readerText('previousPage')}>
              ‹
            </button>
            <input
              class="sdg-page-input"
              aria-label={readerText('pageNumber')}
              value={currentPage.value}
              onChange={(e) => go(Number((e.currentTarget as HTMLInputElement).value) || 1)}
              size={4}
            />
            <span>/ {doc.numPages}</span>
            <button type="button" onClick={() => go(currentPage.value + 1)} aria-label={readerText('nextPage')}>
              ›
            </button>
          </nav>
          <span class="sdg-zoom">
            <button type="button" onClick={() => onZoom(1 / 1.2)} aria-label={readerText('zoomOut')}>
              −
            </button>
            <button type="button" onClick={() => onZoom(1.2)} aria-label={readerText('zoomIn')}>
              +
            </button>
          </span>
          <form
            class="sdg-find"
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              if (query !== '' && findMatches.value.length && findCurrent.value >= 0) step(1);
              else runFind(query);
            }}
          >
            <input type="search" placeholder={readerText('find')} aria-label={readerText('find')} value={query} onInput={(e) => { setQuery((e.currentTarget as HTMLInputElement).value); runFind((e.currentTarget as HTMLInputElement).value); }} />
            <span class="sdg-find-count" aria-live="polite">
              {findMatches.value.length ? `${findCurrent.value + 1}/${findMatches.value.length} (p. ${findMatches.value[findCurrent.value]?.page ?? '–'})` : ''}
            </span>
          </form>
        </>
      )}
    </header>
  );
}

/** The problem sentence in the UI language. */
function problemText(p: PdfProblem): string {
  return readerText(p === 'no-text' ? 'noText' : p);
}

function StatusLine() {
  const s = status.value;
  const t = timings.value;
  if (problem.value) return <p class="sdg-problem" role="alert" data-problem={problem.value}>{problemText(problem.value)}</p>;
  if (failure.value) return <p class="sdg-problem" role="alert">{failure.value}</p>;
  if (s === 'empty') return <p class="sdg-hint">{readerText('hint')}</p>;
  if (s === 'loading') return <p class="sdg-status" role="status">{readerText('opening')} {docName.value}…</p>;
  if (s === 'extracting') return <p class="sdg-status" role="status">{readerText('reading', progress.value.done, progress.value.of)}</p>;
  if (s === 'analysing') return <p class="sdg-status" role="status">{readerText('analysing')}</p>;
  return (
    <p
      class="sdg-status"
      role="status"
      data-status="done"
      data-extract-ms={t?.extractMs.toFixed(1)}
      data-analyze-ms={t?.analyzeMs.toFixed(1)}
      data-first-highlight-ms={t?.firstHighlightMs?.toFixed(1)}
    >
      {readerText('done', pdfDoc.value?.numPages ?? 0, t ? Math.round(t.extractMs + t.analyzeMs) : 0)}
    </p>
  );
}

/** The whole reader page. */
export function ReaderApp() {
  const scroller = useRef<HTMLDivElement>(null);
  const pagesEl = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);

  // (Re)build the page surface whenever a new document is opened.
  useEffect(
    () =>
      effect(() => {
        const doc = pdfDoc.value;
        if (!doc || !scroller.current || !pagesEl.current) return;
        const controller = new AbortController();
        pagesEl.current.replaceChildren();
        viewer = new PdfViewer(scroller.current, pagesEl.current, doc, {
          onLayer: (page, layer) => onLayer(page, layer, viewer!.layers),
          onCurrentPage: (page) => (currentPage.value = page),
        }, controller.signal);
        void viewer.init();
        return () => controller.abort();
      }),
    [],
  );

  useEffect(() => {
    const controller = new AbortController();
    const ctx = {
      onInvalidated: (fn: () => void) => {
        controller.signal.addEventListener('abort', fn);
        return () => controller.signal.removeEventListener('abort', fn);
      },
      setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    };
    overlay = createOverlay(ctx, () => {
      overlay?.hide();
      highlighter.set(HIGHLIGHT_NAMES.current, []);
    });
    // Escape closes the card, as on web pages.
    window.addEventListener(
      'keydown',
      (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || !overlay?.current) return;
        overlay.hide();
        highlighter.set(HIGHLIGHT_NAMES.current, []);
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, []);

  const onMove = (e: MouseEvent) => {
    if (!overlay || !textIndex.value) return;
    if (overlay.owns(e.composedPath()[0] ?? null)) return;
    const span = (e.target as HTMLElement).closest?.('.textLayer span');
    const pageEl = (e.target as HTMLElement).closest?.('.sdg-page') as HTMLElement | null;
    if (!span || !pageEl) {
      if (overlay.current?.source === 'hover') overlay.hide();
      return;
    }
    const page = Number(pageEl.dataset.page);
    const layer = viewer?.layers.get(page);
    const caret = caretFromPoint(document, e.clientX, e.clientY);
    if (!layer || !caret) return;
    const item = layer.divs.indexOf(caret.node.parentElement as HTMLElement);
    const offset = item >= 0 ? pdfOffsetOf(textIndex.value, page, item, caret.offset) : null;
    const found = offset === null ? [] : hitsAt(page, offset).filter((h) => rangeContainsPoint(h.range, e.clientX, e.clientY));
    if (!found.length) {
      if (overlay.current?.source === 'hover') overlay.hide();
      return;
    }
    const rank = { explicit: 0, flag: 1, thematic: 2 } as const;
    found.sort((a, b) => rank[a.finding.kind] - rank[b.finding.kind]);
    overlay.show({ findings: found.map((h) => h.finding), anchor: found[0]!.range, source: 'hover' });
  };

  return (
    <div
      class={`sdg-reader${dragging ? ' sdg-dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const f = e.dataTransfer?.files[0];
        if (f) void openFile(f);
      }}
    >
      <Toolbar onZoom={(factor) => viewer?.setZoom(viewer.zoom * factor)} />
      <StatusLine />
      <div class="sdg-body">
        <div class="sdg-scroller" ref={scroller} tabIndex={0} role="region" aria-label={docTitle.value || readerText('pages')} onMouseMove={onMove} onScroll={() => overlay?.refresh()}>
          <div class="sdg-pages" ref={pagesEl} />
        </div>
        <FindingsList />
      </div>
    </div>
  );
}
