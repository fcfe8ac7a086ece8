/**
 * TextIndex: the visible text of a DOM subtree as one string, with an exact map between text
 * offsets and (Text node, offset) positions, plus block boundaries.
 *
 * DOM-agnostic on purpose: it touches only nodeType, firstChild/nextSibling (childNodes for
 * caret lookups), localName/tagName, getAttribute and nodeValue, so the same code runs in the
 * content script (real DOM), in happy-dom (unit tests) and in linkedom (the CLI). Sibling pointers
 * rather than childNodes for the walk: linkedom builds a fresh array on every childNodes read.
 *
 * Choices (documented because the highlighter and the core rely on them):
 * - **Whitespace is mapped 1:1.** Every whitespace code unit inside a text node (space, tab, line
 *   breaks, NBSP and other Unicode spaces) becomes one space in `text`. Nothing is collapsed, so a
 *   text offset inside a segment is `segment.start + offsetInNode` — no per-segment offset table.
 *   Runs of spaces remain; the detectors match `\s+` anyway.
 * - **Blocks are separated by one virtual "\n"** that maps to no node. Block boundaries come from
 *   block-level elements (p, li, h1–h6, td, div, …) and `<br>`. "SDG <b>13</b>" reads "SDG 13";
 *   "<p>SDG</p><p>13</p>" reads "SDG\n13". Because real whitespace is turned into spaces, every
 *   "\n" in `text` is a block separator.
 * - **Whitespace-only text nodes at the start of a block are dropped** (source indentation); they
 *   carry no visible text. Elsewhere they are kept so "<i>SDG</i> <i>13</i>" keeps its space.
 * - **Skipped subtrees:** script, style, noscript, template, head, iframe, object, embed, canvas,
 *   video, audio, textarea, input, select, option, datalist, svg (chart labels are not prose and
 *   ::highlight does not paint SVG text reliably), math, `[hidden]`, `[contenteditable]` (except
 *   "false"), `<sdg-*>` elements (our own UI), and whatever `opts.isHidden(el)` reports.
 *   `aria-hidden="true"` content is **kept**: it is visible on screen (icons, decorative
 *   duplicates), and the index describes what a reader sees.
 * - Shadow roots and same-origin iframes are not entered.
 */

/** A half-open span [start, end) of the index text. */
export interface Span {
  start: number;
  end: number;
}

/** The minimal node surface the index uses (satisfied by DOM, happy-dom and linkedom nodes). */
export interface IndexNode {
  nodeType: number;
  nodeValue: string | null;
  readonly childNodes: ArrayLike<IndexNode>;
  readonly firstChild: IndexNode | null;
  readonly nextSibling: IndexNode | null;
  localName?: string | null;
  tagName?: string;
  getAttribute?(name: string): string | null;
  parentNode?: IndexNode | null;
}

/** One text node's contribution: `text.slice(start, end)` is its (whitespace-normalised) value. */
export interface Segment {
  node: IndexNode;
  start: number;
  end: number;
}

/** Visible text of a subtree with the offset map and block spans. */
export interface TextIndex {
  /** Visible text; blocks separated by a virtual "\n". */
  text: string;
  /** Block spans, trimmed of surrounding spaces, in order, non-empty. */
  blocks: Span[];
  /** Text-node segments in document order, non-overlapping, increasing. */
  segments: Segment[];
  /** Text node → index into `segments`. */
  segmentOf: Map<IndexNode, number>;
}

/** Options for building an index. */
export interface TextIndexOptions {
  /** Extra hidden check (the browser passes a computed-style check; Node passes `staticIsHidden`). */
  isHidden?: (el: IndexNode) => boolean;
  /** Extra block check (e.g. computed `display`), added to the built-in block tag list. */
  isBlock?: (el: IndexNode) => boolean;
}

/** A position inside a text node. */
export interface NodePosition {
  node: IndexNode;
  offset: number;
}

/** A piece of a text range that lies inside one text node: `[start, end)` in node offsets. */
export interface RangePart {
  node: IndexNode;
  start: number;
  end: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'canvas', 'video', 'audio', 'textarea', 'input', 'select', 'option', 'optgroup', 'datalist',
  'svg', 'math', 'img', 'picture', 'source', 'track', 'map', 'meta', 'link', 'base',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'noframes',
]);

const WHITESPACE = /\s/g;
const NON_SPACE = /\S/;

/** Lower-case element name, namespace-free. */
export function tagOf(el: IndexNode): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

function attr(el: IndexNode, name: string): string | null {
  return typeof el.getAttribute === 'function' ? el.getAttribute(name) : null;
}

/**
 * Hidden check without layout, for Node (linkedom) and static documents: `hidden`, and an inline
 * style with `display:none` or `visibility:hidden|collapse`. Stylesheets are not evaluated.
 */
export function staticIsHidden(el: IndexNode): boolean {
  if (attr(el, 'hidden') !== null) return true;
  const style = attr(el, 'style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i.test(style)) {
    return true;
  }
  return false;
}

function isSkipped(el: IndexNode, tag: string, opts: TextIndexOptions): boolean {
  if (SKIPPED_TAGS.has(tag) || tag.startsWith('sdg-')) return true;
  if (attr(el, 'hidden') !== null) return true;
  const editable = attr(el, 'contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return opts.isHidden ? opts.isHidden(el) : false;
}

interface Frame {
  /** The next child to visit, or null when the element is done. */
  next: IndexNode | null;
  block: boolean;
}

/** An incremental TextIndex builder: call `step` until it returns true, then `result()`. */
export interface TextIndexBuilder {
  /**
   * Processes nodes while `budget()` returns true (checked every few nodes, and always at least
   * one batch). Returns true when the whole subtree has been indexed.
   */
  step(budget: () => boolean): boolean;
  readonly done: boolean;
  /** The finished index (throws if called before `step` returned true). */
  result(): TextIndex;
}

/** Nodes processed between two `budget()` checks; keeps the clock calls cheap. */
const NODES_PER_CHECK = 32;

/**
 * Starts an incremental build over `root` (an element, fragment or document; a document starts at
 * its body). Lets the content script index a huge page in slices that yield to the page.
 */
export function createTextIndexBuilder(root: IndexNode, opts: TextIndexOptions = {}): TextIndexBuilder {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const segmentOf = new Map<IndexNode, number>();
  const blocks: Span[] = [];
  let length = 0;
  let pendingBreak = false;
  // Trimmed extent of the block being built: first and last non-space offsets.
  let blockFirst = -1;
  let blockLast = -1;
  let finished: TextIndex | null = null;

  const start = startNode(root);
  // The root frame holds only the start node (its siblings are not part of the subtree).
  let rootPending = start;
  const stack: Frame[] = [];

  const closeBlock = () => {
    if (blockFirst >= 0) blocks.push({ start: blockFirst, end: blockLast + 1 });
    blockFirst = blockLast = -1;
    if (length > 0) pendingBreak = true;
  };

  const addText = (node: IndexNode, raw: string) => {
    if (raw.length === 0) return;
    const hasContent = NON_SPACE.test(raw);
    if (!hasContent && (pendingBreak || length === 0)) return;
    if (pendingBreak) {
      parts.push('\n');
      length += 1;
      pendingBreak = false;
    }
    const value = raw.replace(WHITESPACE, ' ');
    const segStart = length;
    parts.push(value);
    length += value.length;
    segmentOf.set(node, segments.length);
    segments.push({ node, start: segStart, end: length });
    if (hasContent) {
      if (blockFirst < 0) blockFirst = segStart + value.search(NON_SPACE);
      blockLast = segStart + lastNonSpace(value);
    }
  };

  const visit = (node: IndexNode) => {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      addText(node, node.nodeValue ?? '');
      return;
    }
    if (type !== ELEMENT_NODE && type !== DOCUMENT_FRAGMENT_NODE) return;
    if (type === ELEMENT_NODE) {
      const tag = tagOf(node);
      if (isSkipped(node, tag, opts)) {
        // A hidden block still ends the visible block before it.
        if (BLOCK_TAGS.has(tag)) closeBlock();
        return;
      }
      const block = BLOCK_TAGS.has(tag) || (opts.isBlock ? opts.isBlock(node) : false);
      if (block) closeBlock();
      if (tag === 'br' || tag === 'hr') return;
      stack.push({ next: node.firstChild, block });
    } else {
      stack.push({ next: node.firstChild, block: false });
    }
  };

  const step = (budget: () => boolean): boolean => {
    if (finished) return true;
    for (;;) {
      for (let i = 0; i < NODES_PER_CHECK; i++) {
        if (rootPending) {
          const node = rootPending;
          rootPending = null;
          visit(node);
          continue;
        }
        const top = stack[stack.length - 1];
        if (!top) {
          closeBlock();
          finished = { text: parts.join(''), blocks, segments, segmentOf };
          return true;
        }
        const node = top.next;
        if (!node) {
          stack.pop();
          if (top.block) closeBlock();
          continue;
        }
        top.next = node.nextSibling;
        visit(node);
      }
      if (!budget()) return false;
    }
  };

  return {
    step,
    get done() {
      return finished !== null;
    },
    result() {
      if (!finished) throw new Error('TextIndex is not finished: call step() until it returns true');
      return finished;
    },
  };
}

/** Builds the whole index at once (see `createTextIndexBuilder` for the sliced form). */
export function buildTextIndex(root: IndexNode, opts: TextIndexOptions = {}): TextIndex {
  const builder = createTextIndexBuilder(root, opts);
  builder.step(() => true);
  return builder.result();
}

function startNode(root: IndexNode): IndexNode | null {
  if (root.nodeType !== DOCUMENT_NODE) return root;
  const doc = root as IndexNode & { body?: IndexNode | null; documentElement?: IndexNode | null };
  return doc.body ?? doc.documentElement ?? null;
}

function lastNonSpace(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === 32) i--;
  return i;
}

/** Index of the last segment whose start is <= offset, or -1. */
function segmentAtOrBefore(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The node position of a text offset. An offset on a virtual separator (or at a segment's end)
 * resolves to the end of the preceding text node when `affinity` is 'backward', otherwise to the
 * start of the following one. Returns null for an empty index.
 */
export function locate(
  index: TextIndex,
  offset: number,
  affinity: 'forward' | 'backward' = 'forward',
): NodePosition | null {
  const { segments } = index;
  if (segments.length === 0) return null;
  const clamped = Math.max(0, Math.min(offset, index.text.length));
  const i = segmentAtOrBefore(segments, clamped);
  const seg = i >= 0 ? segments[i]! : undefined;
  if (seg && clamped < seg.end && (clamped > seg.start || affinity === 'forward')) {
    return { node: seg.node, offset: clamped - seg.start };
  }
  if (seg && clamped === seg.start && affinity === 'backward') {
    const prev = segments[i - 1];
    if (prev && prev.end === clamped) return { node: prev.node, offset: prev.end - prev.start };
    return { node: seg.node, offset: 0 };
  }
  if (affinity === 'backward' && seg) return { node: seg.node, offset: Math.min(clamped, seg.end) - seg.start };
  const next = segments[i + 1];
  if (next) return { node: next.node, offset: 0 };
  const last = segments[segments.length - 1]!;
  return { node: last.node, offset: last.end - last.start };
}

/**
 * The text offset of a DOM position (e.g. from `caretPositionFromPoint`). Accepts a text node or
 * an element plus child index; null when the position is outside the indexed text.
 */
export function offsetOf(index: TextIndex, node: IndexNode, offsetInNode: number): number | null {
  const direct = index.segmentOf.get(node);
  if (direct !== undefined) {
    const seg = index.segments[direct]!;
    return seg.start + Math.max(0, Math.min(offsetInNode, seg.end - seg.start));
  }
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) return null;
  const children = node.childNodes;
  for (let i = Math.max(0, offsetInNode); i < children.length; i++) {
    const seg = firstSegmentIn(index, children[i]!);
    if (seg) return seg.start;
  }
  for (let i = Math.min(offsetInNode, children.length) - 1; i >= 0; i--) {
    const seg = lastSegmentIn(index, children[i]!);
    if (seg) return seg.end;
  }
  return null;
}

function firstSegmentIn(index: TextIndex, node: IndexNode): Segment | undefined {
  const i = index.segmentOf.get(node);
  if (i !== undefined) return index.segments[i];
  const children = node.childNodes;
  for (let c = 0; c < children.length; c++) {
    const seg = firstSegmentIn(index, children[c]!);
    if (seg) return seg;
  }
  return undefined;
}

function lastSegmentIn(index: TextIndex, node: IndexNode): Segment | undefined {
  const i = index.segmentOf.get(node);
  if (i !== undefined) return index.segments[i];
  const children = node.childNodes;
  for (let c = children.length - 1; c >= 0; c--) {
    const seg = lastSegmentIn(index, children[c]!);
    if (seg) return seg;
  }
  return undefined;
}

/**
 * The text nodes covered by `[start, end)`, one part per node with node offsets, in order.
 * Virtual separators produce no part. The highlighter can turn each part into a Range, or use the
 * first part's start and the last part's end for one Range.
 */
export function rangeParts(index: TextIndex, start: number, end: number): RangePart[] {
  const parts: RangePart[] = [];
  if (end <= start) return parts;
  const { segments } = index;
  let i = Math.max(0, segmentAtOrBefore(segments, start));
  for (; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= end) break;
    const s = Math.max(start, seg.start);
    const e = Math.min(end, seg.end);
    if (e > s) parts.push({ node: seg.node, start: s - seg.start, end: e - seg.start });
  }
  return parts;
}

/** The blocks that overlap `[start, end)` (binary search; blocks are sorted). */
export function blocksIn(index: TextIndex, start: number, end: number): Span[] {
  const { blocks } = index;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < blocks.length && blocks[i]!.start < end; i++) out.push(blocks[i]!);
  return out;
}
