/**
 * Text offsets → live DOM `Range`s, and pointer positions → text offsets, on top of the TextIndex
 * offset map. Ranges are live: they follow DOM edits, and collapse when their text is removed.
 */
import { offsetOf, rangeParts, type TextIndex } from './text-index';

/** One Range covering [start, end) of the index text, or null when no text node lies inside. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number, doc: Document = document): Range | null {
  const parts = rangeParts(index, start, end);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return null;
  const range = doc.createRange();
  try {
    range.setStart(first.node as Node, first.start);
    range.setEnd(last.node as Node, last.end);
  } catch {
    // The node changed length or left the document since indexing.
    return null;
  }
  return range;
}

/**
 * Ranges for a redraw that reuse the previous draw's live `Range` objects wherever one still
 * covers exactly the same text nodes and offsets (live ranges follow the page's edits, so the
 * text of an unchanged finding keeps its range). A re-scan of a page that changed in one place
 * then creates ranges only for what changed: the rest of the page keeps its Range objects instead
 * of allocating thousands of new ones (DOM objects the garbage collector traces, and live ranges
 * every DOM edit of the page has to update while the old ones wait to be collected).
 */
export class RangeReuse {
  /** Previous ranges by start node, then by "startOffset:endOffset". */
  private readonly previous = new Map<Node, Map<string, Range[]>>();
  /** How many ranges `range()` took from the previous draw. */
  reused = 0;
  /** How many ranges `range()` created. */
  created = 0;

  constructor(previous: Iterable<Range>) {
    for (const r of previous) {
      if (r.collapsed) continue;
      let byOffsets = this.previous.get(r.startContainer);
      if (!byOffsets) this.previous.set(r.startContainer, (byOffsets = new Map()));
      const key = `${r.startOffset}:${r.endOffset}`;
      const list = byOffsets.get(key);
      if (list) list.push(r);
      else byOffsets.set(key, [r]);
    }
  }

  /** Like `rangeFromOffsets`, returning a previous range when one covers the same text exactly. */
  range(index: TextIndex, start: number, end: number, doc: Document = document): Range | null {
    const parts = rangeParts(index, start, end);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) return null;
    const old = this.previous
      .get(first.node as Node)
      ?.get(`${first.start}:${last.end}`)
      ?.find((r) => r.endContainer === (last.node as Node) && r.startContainer === (first.node as Node) && r.startOffset === first.start && r.endOffset === last.end);
    if (old) {
      this.reused++;
      return old;
    }
    const range = doc.createRange();
    try {
      range.setStart(first.node as Node, first.start);
      range.setEnd(last.node as Node, last.end);
    } catch {
      return null;
    }
    this.created++;
    return range;
  }
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The DOM position under viewport point (x, y), with whichever caret API the browser has. */
export function caretFromPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * Text offsets near viewport point (x, y): the caret offset and the one before it (the caret
 * lands between characters, the pointer is over the character on either side). Empty when the
 * point is not over indexed text.
 */
export function offsetsAtPoint(index: TextIndex, doc: Document, x: number, y: number): number[] {
  const caret = caretFromPoint(doc, x, y);
  if (!caret) return [];
  const off = offsetOf(index, caret.node, caret.offset);
  if (off === null) return [];
  return off > 0 ? [off, off - 1] : [off];
}

/** Whether viewport point (x, y) lies inside one of the range's line boxes (with a small tolerance). */
export function rangeContainsPoint(range: Range, x: number, y: number, slop = 2): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}
