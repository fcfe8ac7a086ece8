/**
 * PdfTextIndex: the text of a PDF (as pdf.js reports it, page by page, item by item) as one
 * string with the same shape as the HTML `TextIndex` (text + blocks), plus an offset map that
 * knows page numbers and text-item positions. Pure: no pdf.js, no DOM, so it is tested with plain
 * item tables and used by the CLI (Node) and the reader page alike.
 *
 * Choices (the same contract as lib/dom/text-index.ts, so `analyze()` runs unchanged):
 * - **Whitespace is mapped 1:1**: each whitespace code unit of an item becomes one space.
 * - **Virtual characters** map to no item: a space where pdf.js puts two items on one line with a
 *   visible gap but no space between them ("SDG" "13"), a space at a line end inside a paragraph,
 *   and "\n" between blocks. Every "\n" in `text` is a block separator, as in the HTML index.
 * - **Blocks** come from layout, because a PDF has no paragraph markup: a new block starts at a
 *   vertical gap larger than 1.5 line heights, a change of column (the next line is higher on the
 *   page), a jump in font size, a wide horizontal gap on one line (table cells), and every page.
 * - A line ending in a hyphen is joined without a space ("well-" + "being"); the hyphen stays, so
 *   offsets still map 1:1 onto the text layer.
 */

/** A half-open span [start, end) of the index text. */
export interface Span {
  start: number;
  end: number;
}

/** The parts of a pdf.js `TextItem` the index needs (PDF user-space units, y grows upwards). */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** `transform[4]`: left edge of the item's baseline. */
  x: number;
  /** `transform[5]`: baseline height on the page. */
  y: number;
  width: number;
  /** Font height; 0 for some synthetic items (then the line's height is used). */
  height: number;
}

/** One text item's contribution: `text.slice(start, end)` is its whitespace-normalised `str`. */
export interface PdfSegment {
  /** 1-based page number. */
  page: number;
  /** Index among the page's text items (pdf.js `TextLayer.textDivs` index). */
  item: number;
  start: number;
  end: number;
}

/** Where a page's text lies in the index. */
export interface PdfPageSpan {
  /** 1-based page number. */
  page: number;
  start: number;
  end: number;
}

/** A PDF's text with page and item offset maps. */
export interface PdfTextIndex {
  /** Whole-document text; blocks separated by a virtual "\n". */
  text: string;
  /** Block spans, trimmed of surrounding spaces, in order, non-empty. */
  blocks: Span[];
  /** One entry per page (also pages without text), in page order. */
  pages: PdfPageSpan[];
  /** Item segments in document order, non-overlapping, increasing; empty items are left out. */
  segments: PdfSegment[];
}

/** A piece of a text range that lies inside one text item: `[start, end)` in item offsets. */
export interface PdfRangePart {
  page: number;
  item: number;
  start: number;
  end: number;
}

const WHITESPACE = /\s/g;

/**
 * Converts pdf.js `getTextContent().items` (text items and marked-content markers) into the
 * index's item shape. Markers are dropped, so positions in the result equal `TextLayer.textDivs`.
 */
export function itemsFromTextContent(items: readonly unknown[]): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const raw of items) {
    const it = raw as { str?: unknown; hasEOL?: unknown; transform?: unknown; width?: unknown; height?: unknown };
    if (typeof it.str !== 'string') continue;
    const t = Array.isArray(it.transform) ? (it.transform as number[]) : [1, 0, 0, 1, 0, 0];
    out.push({
      str: it.str,
      hasEOL: it.hasEOL === true,
      x: Number(t[4]) || 0,
      y: Number(t[5]) || 0,
      width: typeof it.width === 'number' ? it.width : 0,
      height: typeof it.height === 'number' ? it.height : Math.hypot(Number(t[2]) || 0, Number(t[3]) || 0),
    });
  }
  return out;
}

/** Builds the index from each page's items (pages in order; `pages[0]` is page 1). */
export function buildPdfTextIndex(pages: readonly (readonly PdfTextItem[])[]): PdfTextIndex {
  const parts: string[] = [];
  let length = 0;
  const segments: PdfSegment[] = [];
  const pageSpans: PdfPageSpan[] = [];
  /** Last character pushed (virtual or not), to avoid doubled separators. */
  let last = '\n';

  const push = (s: string): void => {
    parts.push(s);
    length += s.length;
    last = s[s.length - 1]!;
  };
  const separator = (sep: ' ' | '\n'): void => {
    if (length === 0 || last === '\n') return;
    if (sep === ' ' && last === ' ') return;
    push(sep);
  };

  pages.forEach((items, p) => {
    const page = p + 1;
    separator('\n');
    const pageStart = length;
    let prev: PdfTextItem | null = null;
    let lineHeight = 0;
    let breakPending = false;
    items.forEach((it, i) => {
      if (it.str.length === 0) {
        if (it.hasEOL) breakPending = true;
        return;
      }
      const h = it.height > 0 ? it.height : lineHeight || 10;
      if (prev) {
        const newLine = breakPending || Math.abs(it.y - prev.y) > 0.5 * Math.min(h, lineHeight || h);
        if (newLine) {
          const drop = prev.y - it.y;
          const sizeJump = lineHeight > 0 && (h > lineHeight * 1.3 || h * 1.3 < lineHeight);
          if (drop > 1.5 * Math.max(h, lineHeight) * 1.2 || drop < -0.5 * h || sizeJump) separator('\n');
          else if (!/[-\u00AD]$/.test(prev.str)) separator(' ');
          lineHeight = h;
        } else {
          const gap = it.x - (prev.x + prev.width);
          if (gap > 2.5 * h) separator('\n');
          else if (gap > 0.15 * h && !/\s$/.test(prev.str) && !/^\s/.test(it.str)) separator(' ');
          lineHeight = Math.max(lineHeight, h);
        }
      } else {
        lineHeight = h;
      }
      const start = length;
      push(it.str.replace(WHITESPACE, ' '));
      segments.push({ page, item: i, start, end: length });
      prev = it;
      breakPending = it.hasEOL;
    });
    pageSpans.push({ page, start: pageStart, end: length });
  });

  const text = parts.join('');
  return { text, blocks: blockSpans(text), pages: pageSpans, segments };
}

/** Non-empty spans between "\n" separators, trimmed of spaces. */
function blockSpans(text: string): Span[] {
  const blocks: Span[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    let s = from;
    let e = i;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    if (e > s) blocks.push({ start: s, end: e });
    from = i + 1;
  }
  return blocks;
}

/** The 1-based page that holds `offset` (the nearest following page for a separator), or 0 for no pages. */
export function pageAt(index: Pick<PdfTextIndex, 'pages'>, offset: number): number {
  const pages = index.pages;
  if (pages.length === 0) return 0;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  // Empty pages share their start with the next page: prefer the one whose span holds the offset.
  while (lo > 0 && pages[lo]!.start === pages[lo]!.end && pages[lo - 1]!.start <= offset && offset < pages[lo - 1]!.end) lo--;
  return pages[lo]!.page;
}

/** The item pieces covering [start, end) of the text; virtual characters are skipped. */
export function pdfRangeParts(index: Pick<PdfTextIndex, 'segments'>, start: number, end: number): PdfRangePart[] {
  const segs = index.segments;
  const out: PdfRangePart[] = [];
  if (end <= start) return out;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.start >= end) break;
    const a = Math.max(start, s.start);
    const b = Math.min(end, s.end);
    if (b > a) out.push({ page: s.page, item: s.item, start: a - s.start, end: b - s.start });
  }
  return out;
}

/** Pages (1-based, ascending, unique) touched by [start, end). */
export function pagesOfSpan(index: PdfTextIndex, start: number, end: number): number[] {
  const first = pageAt(index, start);
  const lastPage = pageAt(index, Math.max(start, end - 1));
  const out: number[] = [];
  for (let p = first; p <= lastPage; p++) out.push(p);
  return out;
}
