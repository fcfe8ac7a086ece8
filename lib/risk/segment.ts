/**
 * Sentence and paragraph segmentation for the washing-risk checks (en/fr/es).
 *
 * WASHING.md scopes criteria by sentence (S), paragraph (P) or document (D), so every check needs
 * the same, stable split. Report text is messy: headings without full stops, bullet lists, table
 * rows with ` | ` cells, `[image: ALT]` tokens, abbreviations ("e.g.", "n°", "S.A.") and decimal
 * commas ("3,9 %"). A table (consecutive ` | ` rows) is one paragraph, as WASHING.md §1 asks.
 */

/** A half-open span [start, end) of the analysed text (UTF-16 offsets). */
export interface TextSpan {
  start: number;
  end: number;
}

/** A sentence, with the index of the paragraph that holds it. */
export interface Sentence extends TextSpan {
  /** Index into `Segmentation.paragraphs`. */
  paragraph: number;
  /** Index into `Segmentation.sentences`. */
  index: number;
}

/** A paragraph (block) and its sentences. */
export interface Paragraph extends TextSpan {
  index: number;
  /** Indices into `Segmentation.sentences`. */
  sentences: number[];
  /** True for a short line with no sentence-final punctuation (a title or heading). */
  heading: boolean;
  /** True when the paragraph is a table (rows with ` | ` cells). */
  table: boolean;
}

/** The segmentation of one text. */
export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/**
 * Abbreviations that end in a full stop without ending a sentence. Lower-cased, without the final
 * dot. Multi-dot forms ("e.g", "s.a") are matched on the token before the final dot.
 */
const ABBREVIATIONS = new Set([
  // en
  'e.g', 'i.e', 'etc', 'vs', 'approx', 'no', 'nos', 'fig', 'figs', 'p', 'pp', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st',
  'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'est', 'ca', 'cf', 'al', 'u.s', 'u.k', 'e.u', 'plc', 'dept', 'min', 'max', 'incl', 'excl', 'ref', 'vol', 'ed',
  // fr
  'm', 'mm', 'mme', 'mlle', 'art', 'env', 'cf', 'chap', 'éd', 'n', 's.a', 's.a.s', 'sarl', 'ex', 'av', 'bd',
  // es
  'sr', 'sra', 'srta', 'ud', 'uds', 'dña', 'd', 'núm', 'pág', 'págs', 'aprox', 'ej', 'p.ej', 's.l', 's.r.l', 'cía',
  'avda', 'tel', 'dto', 'ee.uu', 's.r.o', 'a.s', 'ag', 'gmbh', 'bv', 'nv', 'ab', 'oy', 'sa', 'sl',
]);

const TABLE_ROW = /\s\|\s|^\s*\|/;
const SENTENCE_FINAL = /[.!?…:;]["'»”)\]]*\s*$/;

/** Splits text into paragraphs: blank-line separated when the text has blank lines, else lines. */
function paragraphSpans(text: string, blocks?: readonly TextSpan[]): TextSpan[] {
  if (blocks && blocks.length) return mergeTables(text, blocks.map((b) => trimSpan(text, b.start, b.end)).filter(nonEmpty));
  const hasBlankLines = /\n[ \t\r]*\n/.test(text);
  const spans: TextSpan[] = [];
  const sep = hasBlankLines ? /\n[ \t\r]*\n\s*/g : /\r?\n/g;
  let last = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    spans.push(trimSpan(text, last, m.index));
    last = m.index + m[0].length;
  }
  spans.push(trimSpan(text, last, text.length));
  return mergeTables(text, spans.filter(nonEmpty));
}

function nonEmpty(s: TextSpan): boolean {
  return s.end > s.start;
}

function trimSpan(text: string, start: number, end: number): TextSpan {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Consecutive table rows, and a caption line right before them, form one paragraph. */
function mergeTables(text: string, spans: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const isRow = TABLE_ROW.test(text.slice(s.start, s.end));
    if (prev && isRow) {
      const prevText = text.slice(prev.start, prev.end);
      const prevIsRow = TABLE_ROW.test(prevText);
      const prevIsCaption = /^(table|tableau|tabla|cuadro)\b/i.test(prevText) && !SENTENCE_FINAL.test(prevText);
      if (prevIsRow || prevIsCaption) {
        prev.end = s.end;
        continue;
      }
    }
    out.push({ ...s });
  }
  return out;
}

/** Whether the full stop at `dot` ends an abbreviation, a decimal or an initial. */
function isNonTerminalDot(text: string, dot: number): boolean {
  const next = text[dot + 1];
  if (next !== undefined && /\d/.test(next) && /\d/.test(text[dot - 1] ?? '')) return true; // 3.9
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  const token = text.slice(i, dot).toLowerCase();
  if (!token) return false;
  if (ABBREVIATIONS.has(token)) return true;
  if (/^\p{L}$/u.test(token)) return true; // an initial: "J. Smith", "S. A."
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) return true; // "e.g", "S.A", "U.K"
  return false;
}

/** Splits one paragraph into sentence spans. Lines inside a paragraph are sentence boundaries. */
function sentenceSpans(text: string, para: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let start = para.start;
  const push = (end: number): void => {
    const s = trimSpan(text, start, end);
    // Strip list bullets so a span starts at the words.
    const bullet = /^([-•*·–—]|\d{1,2}[.)])\s+/.exec(text.slice(s.start, s.end));
    if (bullet && s.start + bullet[0].length < s.end) s.start += bullet[0].length;
    if (s.end > s.start) out.push(s);
  };
  // [image: …] tokens inside the paragraph: a dot inside one does not end anything.
  const images: TextSpan[] = [];
  const ptext = text.slice(para.start, para.end);
  for (const m of ptext.matchAll(/\[image:[^\]]*\]/gi)) images.push({ start: para.start + m.index, end: para.start + m.index + m[0].length });
  for (let i = para.start; i < para.end; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    if (images.some((im) => i > im.start && i < im.end)) continue;
    if (c === '.' && isNonTerminalDot(text, i)) continue;
    let j = i + 1;
    while (j < para.end && /[.!?"'»”)\]]/.test(text[j]!)) j++;
    if (j >= para.end) break;
    if (!/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < para.end && /\s/.test(text[k]!)) k++;
    const after = text[k] ?? '';
    // A sentence starts with an upper-case letter, a digit, a quote, a bracket or a bullet.
    if (!/[\p{Lu}\d"'«“¿¡([•-]/u.test(after)) continue;
    push(j);
    start = k;
    i = k - 1;
  }
  push(para.end);
  return out;
}

/**
 * Segments a text into paragraphs and sentences. `blocks`, when given (from the DOM layer), are
 * used as paragraph boundaries instead of blank lines.
 */
export function segment(text: string, blocks?: readonly TextSpan[]): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const p of paragraphSpans(text, blocks)) {
    const ptext = text.slice(p.start, p.end);
    const table = TABLE_ROW.test(ptext);
    const heading = !table && !ptext.includes('\n') && !SENTENCE_FINAL.test(ptext) && ptext.split(/\s+/).length <= 16;
    const para: Paragraph = { ...p, index: paragraphs.length, sentences: [], heading, table };
    for (const s of sentenceSpans(text, p)) {
      para.sentences.push(sentences.length);
      sentences.push({ ...s, paragraph: para.index, index: sentences.length });
    }
    paragraphs.push(para);
  }
  return { paragraphs, sentences };
}
