/**
 * Re-scans send what changed, not the page: the changed middle of a page's text and blocks
 * (everything between the longest common prefix and suffix), and the analysis comes back the
 * same way, as the changed middle of each list of findings. Pure helpers for both directions,
 * used by the content script and the background.
 */
import type { Analysis, Finding } from '../schema/analysis';
import type { Span } from './blocks';

/** A page's text with its block spans, as indexed. */
export interface BlockedText {
  text: string;
  blocks: Span[];
}

/**
 * How a new text differs from an old one: `prefix` characters at the start and `suffix` at the
 * end are the same; of the blocks, the first `blocksPrefix` are identical and lie in the common
 * prefix, and the last `blocksSuffix` are identical up to the shift and lie in the common suffix.
 */
export interface TextEdit {
  prefix: number;
  suffix: number;
  blocksPrefix: number;
  blocksSuffix: number;
}

/** The changed middle of `next` against `prev` (see `TextEdit`). */
export function diffTexts(prev: BlockedText, next: BlockedText): TextEdit {
  const a = prev.text;
  const b = next.text;
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  const delta = b.length - a.length;
  const pa = prev.blocks;
  const pb = next.blocks;
  const maxBlocks = Math.min(pa.length, pb.length);
  let blocksPrefix = 0;
  while (blocksPrefix < maxBlocks) {
    const x = pa[blocksPrefix]!;
    const y = pb[blocksPrefix]!;
    if (x.start !== y.start || x.end !== y.end || x.end > prefix) break;
    blocksPrefix++;
  }
  let blocksSuffix = 0;
  while (blocksSuffix < maxBlocks - blocksPrefix) {
    const x = pa[pa.length - 1 - blocksSuffix]!;
    const y = pb[pb.length - 1 - blocksSuffix]!;
    if (x.start + delta !== y.start || x.end + delta !== y.end || x.start < a.length - suffix) break;
    blocksSuffix++;
  }
  return { prefix, suffix, blocksPrefix, blocksSuffix };
}

/** What travels for an edit: the middle text and the middle blocks (offsets in the new text). */
export function middleOf(next: BlockedText, edit: TextEdit): BlockedText {
  return {
    text: next.text.slice(edit.prefix, next.text.length - edit.suffix),
    blocks: next.blocks.slice(edit.blocksPrefix, next.blocks.length - edit.blocksSuffix),
  };
}

/** Rebuilds the new text and blocks from the old ones, an edit and its middle. */
export function applyEdit(prev: BlockedText, edit: TextEdit, middle: BlockedText): BlockedText {
  const { prefix, suffix, blocksPrefix, blocksSuffix } = edit;
  if (prefix < 0 || suffix < 0 || prefix + suffix > prev.text.length) throw new Error('edit does not fit the text it is based on');
  if (blocksPrefix < 0 || blocksSuffix < 0 || blocksPrefix + blocksSuffix > prev.blocks.length) throw new Error('edit does not fit the blocks it is based on');
  const text = prev.text.slice(0, prefix) + middle.text + prev.text.slice(prev.text.length - suffix);
  const delta = text.length - prev.text.length;
  const blocks: Span[] = prev.blocks.slice(0, blocksPrefix);
  for (const b of middle.blocks) blocks.push(b);
  for (let i = prev.blocks.length - blocksSuffix; i < prev.blocks.length; i++) {
    const b = prev.blocks[i]!;
    blocks.push({ start: b.start + delta, end: b.end + delta });
  }
  return { text, blocks };
}

/** A finding moved by `delta` characters (its span and its evidence terms' spans). */
export function shiftFinding<F extends Finding>(f: F, delta: number): F {
  if (delta === 0) return f;
  if (f.kind === 'thematic') {
    return {
      ...f,
      start: f.start + delta,
      end: f.end + delta,
      terms: f.terms.map((t) => (t.spans ? { ...t, spans: t.spans.map((s) => ({ start: s.start + delta, end: s.end + delta })) } : t)),
    };
  }
  return { ...f, start: f.start + delta, end: f.end + delta };
}

/** The lists of findings an analysis carries. */
export const FINDING_LISTS = ['explicit', 'thematic', 'flags'] as const;
export type FindingList = (typeof FINDING_LISTS)[number];

/** Of a list, `keep[0]` leading items equal the old ones and `keep[1]` trailing ones the old ones moved by `delta`. */
export type ListKeep = Record<FindingList, [number, number]>;

/**
 * How each list of `next` relates to `prev` when the text grew by `delta` characters: the
 * leading items that are unchanged and the trailing ones that are unchanged but moved. Items are
 * compared whole (every field), so a flag whose explanation changed travels again.
 */
export function keepOf(prev: Analysis, next: Analysis, delta: number): ListKeep {
  const keep = {} as ListKeep;
  for (const name of FINDING_LISTS) {
    const a: readonly Finding[] = prev[name];
    const b: readonly Finding[] = next[name];
    const max = Math.min(a.length, b.length);
    let lead = 0;
    while (lead < max && same(a[lead]!, b[lead]!)) lead++;
    let trail = 0;
    while (trail < max - lead && same(shiftFinding(a[a.length - 1 - trail]!, delta), b[b.length - 1 - trail]!)) trail++;
    keep[name] = [lead, trail];
  }
  return keep;
}

/**
 * Rebuilds a list from the old one, what was kept and the changed middle, in steps: `step(budget)`
 * copies items while `budget()` allows (checked every few items) and returns true when done.
 * The content script runs it in time slices (pages have 40,000 findings); `applyKeep` in one go.
 */
export function keepBuilder<F extends Finding>(prev: readonly F[], keep: [number, number], middle: readonly F[], delta: number): { step(budget: () => boolean): boolean; result(): F[] } {
  const [lead, trail] = keep;
  if (lead < 0 || trail < 0 || lead + trail > prev.length) throw new Error('kept findings do not fit the analysis they are based on');
  const out = prev.slice(0, lead);
  let m = 0;
  let i = prev.length - trail;
  return {
    step(budget) {
      while (m < middle.length) {
        out.push(middle[m++]!);
        if ((m & 255) === 0 && !budget()) return false;
      }
      while (i < prev.length) {
        out.push(shiftFinding(prev[i++]!, delta));
        if ((i & 63) === 0 && !budget()) return false;
      }
      return true;
    },
    result: () => out,
  };
}

/** Rebuilds a list from the old one, what was kept and the changed middle (see `keepBuilder`). */
export function applyKeep<F extends Finding>(prev: readonly F[], keep: [number, number], middle: readonly F[], delta: number): F[] {
  const b = keepBuilder(prev, keep, middle, delta);
  b.step(() => true);
  return b.result();
}

function same(a: Finding, b: Finding): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
