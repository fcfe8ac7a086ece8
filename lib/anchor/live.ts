/**
 * The library's part of the content script. It answers "what would a saved report of this page
 * hold" (`sdg:get-report-source`), and when the page's URL has a saved report it re-anchors the
 * saved annotations on the live text (exact, then fuzzy with the saved position as a hint),
 * marks those with a reader's note or verdict (`sdg-note` highlight, no DOM change) and reports
 * every outcome, orphans included, to the background.
 *
 * Wiring (entrypoints/annotate.content/annotator.ts): `registerLibraryContent({ getPage, signal })`
 * once at start-up, and `library.pageChanged()` after each (re-)scan; re-anchoring is debounced
 * (bursts of re-scans give one pass) and sliced so it never blocks the page.
 */
import { browser } from '#imports';
import type { Analysis } from '../schema/analysis';
import type { TextIndex } from '../dom/text-index';
import { rangeFromOffsets } from '../dom/ranges';
import { runSliced } from '../dom/slicing';
import { parseMessage, parseResponse } from '../schema/messages';
import type { ReportSource, SavedAnnotation } from '../schema/saved-report';
import { canonicalUrl } from './annotations';
import { reanchorAll, type ReanchorResult } from './reanchor';

/** What the content script knows about the page right now. */
export interface LibraryPage {
  index: TextIndex;
  analysis: Analysis;
}

/** The highlight that marks annotated (noted or judged) passages of a saved page. */
export const NOTE_HIGHLIGHT = 'sdg-note';
const NOTE_CSS = `::highlight(${NOTE_HIGHLIGHT}){background-color:rgba(0,114,178,.16);text-decoration:underline 2px dashed #0072B2}`;

function meta(doc: Document, selector: string): string {
  return doc.querySelector<HTMLMetaElement>(selector)?.content?.trim() ?? '';
}

/**
 * The organisation behind a page, guessed from its metadata: og:site_name, application-name,
 * a schema.org publisher/author name in JSON-LD, meta author, then the host without "www.".
 * The reader can correct it in the library.
 */
export function guessOrganisation(doc: Document, url: string): string {
  const fromMeta = meta(doc, 'meta[property="og:site_name"]') || meta(doc, 'meta[name="application-name"]');
  if (fromMeta) return fromMeta;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as Record<string, unknown>;
      for (const key of ['publisher', 'author', 'sourceOrganization']) {
        const v = data[key] as { name?: unknown } | undefined;
        if (v && typeof v.name === 'string' && v.name.trim()) return v.name.trim();
      }
    } catch {
      // A page's broken JSON-LD is not our concern.
    }
  }
  const author = meta(doc, 'meta[name="author"]');
  if (author) return author;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Handle on the library's content-side work. */
export interface LibraryContent {
  /** Call after each (re-)scan: re-anchors saved annotations on the new text. */
  pageChanged(): void;
  /** The last re-anchoring results (for the side panel and tests). */
  readonly results: readonly ReanchorResult[];
}

/** Registers the library's content-side message handling; see the module comment for wiring. */
export function registerLibraryContent(opts: { getPage: () => LibraryPage | undefined; signal?: AbortSignal; doc?: Document }): LibraryContent {
  const doc = opts.doc ?? document;
  let saved: { id: string; annotations: SavedAnnotation[] } | null = null;
  let results: ReanchorResult[] = [];
  let lastSent = '';
  let sheet: CSSStyleSheet | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const source = (): ReportSource | { error: string } => {
    const page = opts.getPage();
    if (!page) return { error: 'not-scanned' };
    return {
      url: canonicalUrl(location.href),
      title: doc.title.trim() || location.href,
      organisation: guessOrganisation(doc, location.href),
      text: page.index.text,
      lang: page.analysis.lang,
      analysis: page.analysis,
    };
  };

  const paint = (page: LibraryPage) => {
    const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
    if (!css?.highlights || typeof Highlight !== 'function') return;
    const judged = new Set(saved?.annotations.filter((a) => a.note || a.verdict).map((a) => a.id));
    const ranges = results.flatMap((r) => {
      if (r.status === 'orphan' || !judged.has(r.id)) return [];
      const range = rangeFromOffsets(page.index, r.start, r.end, doc);
      return range ? [range] : [];
    });
    if (!ranges.length) {
      css.highlights.delete(NOTE_HIGHLIGHT);
      return;
    }
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(NOTE_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    css.highlights.set(NOTE_HIGHLIGHT, new Highlight(...ranges));
  };

  const refresh = async () => {
    const page = opts.getPage();
    if (!page || opts.signal?.aborted) return;
    const raw: unknown = await browser.runtime.sendMessage({ type: 'sdg:library-for-url', url: canonicalUrl(location.href) }).catch(() => null);
    if (!raw) return;
    saved = parseResponse('sdg:library-for-url', raw).report;
    if (!saved) {
      results = [];
      paint(page);
      return;
    }
    // Sliced: fuzzy matches on a long page must not block it (each slice stays under 50 ms).
    const list = saved.annotations;
    const text = page.index.text;
    const out: ReanchorResult[] = [];
    let i = 0;
    const mine = ++generation;
    try {
      await runSliced((budget) => {
        while (i < list.length) {
          out.push(reanchorAll(text, [list[i++]!])[0]!);
          if (!budget()) break;
        }
        return i >= list.length || mine !== generation;
      }, opts.signal);
    } catch {
      return; // the content script was unloaded
    }
    if (mine !== generation || !saved) return; // a newer re-anchoring started meanwhile
    results = out;
    paint(page);
    // Only report changes: a page that re-scans often must not rewrite the library each time.
    const key = `${saved.id}|${JSON.stringify(results)}`;
    if (key === lastSent) return;
    lastSent = key;
    await browser.runtime.sendMessage({ type: 'sdg:library-anchor-results', reportId: saved.id, results }).catch(() => {});
  };

  const schedule = () => {
    clearTimeout(timer);
    // Batches bursts of re-scans (infinite scroll, expanding sections) into one re-anchoring.
    timer = setTimeout(() => void refresh().catch(() => {}), 150);
  };

  const listener = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const msg = parseMessage(raw);
    if (msg?.type === 'sdg:get-report-source') {
      sendResponse(source());
      return undefined;
    }
    if (msg?.type === 'sdg:library-changed' && msg.reason !== 'anchored' && (!msg.url || msg.url === canonicalUrl(location.href))) {
      lastSent = '';
      schedule();
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  opts.signal?.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(listener);
    clearTimeout(timer);
    const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
    css?.highlights?.delete(NOTE_HIGHLIGHT);
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  });

  return {
    pageChanged: schedule,
    get results() {
      return results;
    },
  };
}
