/**
 * Text offsets of a `PdfTextIndex` → live DOM `Range`s over pdf.js text-layer spans (one span per
 * text item, `TextLayer.textDivs`), and a pointer position → text offset. The PDF twin of
 * lib/dom/ranges.ts: the same highlighter and hover card work on top of it.
 */
import { pdfRangeParts, type PdfTextIndex } from './text-index';

/** A rendered page's text layer: its spans in item order. */
export interface RenderedTextLayer {
  page: number;
  divs: readonly HTMLElement[];
}

function textNodeOf(div: HTMLElement | undefined): Text | null {
  const n = div?.firstChild;
  return n && n.nodeType === 3 ? (n as Text) : null;
}

/**
 * One Range per page for [start, end) on the pages in `layers` (pages not rendered are skipped:
 * the caller draws them when they render).
 */
export function pdfRangesFromOffsets(index: Pick<PdfTextIndex, 'segments'>, layers: ReadonlyMap<number, RenderedTextLayer>, start: number, end: number, doc: Document = document): Range[] {
  const byPage = new Map<number, { first: { node: Text; offset: number }; last: { node: Text; offset: number } }>();
  for (const part of pdfRangeParts(index, start, end)) {
    const layer = layers.get(part.page);
    const node = textNodeOf(layer?.divs[part.item]);
    if (!node || part.end > node.length) continue;
    const seen = byPage.get(part.page);
    if (seen) seen.last = { node, offset: part.end };
    else byPage.set(part.page, { first: { node, offset: part.start }, last: { node, offset: part.end } });
  }
  const out: Range[] = [];
  for (const { first, last } of byPage.values()) {
    const r = doc.createRange();
    try {
      r.setStart(first.node, first.offset);
      r.setEnd(last.node, last.offset);
      out.push(r);
    } catch {
      // The text layer was torn down (page scrolled far away) between lookup and drawing.
    }
  }
  return out;
}

/** The text offset of a position inside a text-layer span, or null when the node is not one of ours. */
export function pdfOffsetOf(index: Pick<PdfTextIndex, 'segments'>, page: number, item: number, offsetInItem: number): number | null {
  const segs = index.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (s.page < page || (s.page === page && s.item < item)) lo = mid + 1;
    else if (s.page > page || s.item > item) hi = mid - 1;
    else return Math.min(s.start + offsetInItem, s.end);
  }
  return null;
}
