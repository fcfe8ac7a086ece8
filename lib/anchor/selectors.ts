/**
 * W3C Web Annotation selectors made from text offsets. The quote carries 32 characters of context
 * on each side, as Hypothesis does: enough to tell repeated phrases apart, short enough to survive
 * nearby edits.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../schema/saved-report';

/** Characters of prefix/suffix context stored with each quote. */
export const CONTEXT_LENGTH = 32;

/** The selectors of a span: `text.slice(start, end)` with its context, and its offsets. */
export function selectorsFromOffsets(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!(start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`invalid span [${start}, ${end}) for a text of length ${text.length}`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** FNV-1a 32-bit hash in base 36: short stable ids from strings (not for security). */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
