/** A half-open span [start, end) of a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Paragraph-like blocks of plain text: runs separated by line breaks, trimmed, empty ones dropped.
 * The DOM layer passes its own block boundaries instead (from block-level elements).
 */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  const re = /[^\n\r]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) blocks.push({ start, end });
  }
  return blocks;
}
