/**
 * The PDF adapter's DOM side and small pure helpers: offsets → Ranges over text-layer spans,
 * pointer offsets back to text offsets, page citations for saved reports, reader URLs and the
 * site-access pattern asked for before opening a PDF.
 */
import { describe, expect, test } from 'vitest';
import { pdfOffsetOf, pdfRangesFromOffsets, type RenderedTextLayer } from '../../lib/pdf/ranges';
import { buildPdfTextIndex, type PdfTextItem } from '../../lib/pdf/text-index';
import { pageCitation, pageOfOffset } from '../../lib/pdf/pages';
import { readerUrl } from '../../lib/pdf/reader-bridge';
import { originPattern } from '../../lib/pdf/open';

function item(str: string, x: number, y: number, hasEOL = false): PdfTextItem {
  return { str, x, y, width: str.length * 6, height: 10, hasEOL };
}

/** A text layer like pdf.js builds it: one span per item, in item order. */
function layer(page: number, items: PdfTextItem[]): RenderedTextLayer {
  const div = document.createElement('div');
  const divs = items.map((it) => {
    const span = document.createElement('span');
    span.textContent = it.str;
    div.append(span);
    return span;
  });
  document.body.append(div);
  return { page, divs };
}

const page1 = [item('We support ', 0, 700), item('SDG', 66, 700), item('13', 90, 700)];
const page2 = [item('Target 6.1', 0, 700, true), item('matters.', 0, 688)];
const index = buildPdfTextIndex([page1, page2]);

describe('pdfRangesFromOffsets', () => {
  const layers = new Map([
    [1, layer(1, page1)],
    [2, layer(2, page2)],
  ]);

  test.each<[string, string, string[]]>([
    ['a reference split over two items is one range', 'SDG 13', ['SDG13']],
    ['a span inside one item', 'support', ['support']],
    ['a span across a line end', '6.1 matters', ['6.1matters']],
    ['a span across pages gives one range per page', '13\nTarget', ['13', 'Target']],
  ])('%s', (_name, needle, texts) => {
    const start = index.text.indexOf(needle);
    const ranges = pdfRangesFromOffsets(index, layers, start, start + needle.length);
    // Range#toString skips nothing but the virtual characters, which are not in the DOM.
    expect(ranges.map((r) => r.toString())).toEqual(texts);
  });

  test('pages without a rendered text layer are skipped', () => {
    const only1 = new Map([[1, layers.get(1)!]]);
    const start = index.text.indexOf('13');
    expect(pdfRangesFromOffsets(index, only1, start, index.text.indexOf('Target') + 6).map((r) => r.toString())).toEqual(['13']);
  });
});

describe('pdfOffsetOf', () => {
  test.each<[number, number, number, string]>([
    [1, 1, 0, 'SDG 13'],
    [1, 2, 1, '3\nTarget'],
    [2, 1, 0, 'matters.'],
  ])('page %i item %i offset %i points at "%s"', (page, it, off, expected) => {
    const o = pdfOffsetOf(index, page, it, off);
    expect(o).not.toBeNull();
    expect(index.text.slice(o!, o! + expected.length)).toBe(expected);
  });

  test('an unknown item gives null', () => {
    expect(pdfOffsetOf(index, 3, 0, 0)).toBeNull();
  });
});

describe('page citations of saved reports', () => {
  const pages = [
    { page: 1, start: 0, end: 100 },
    { page: 2, start: 101, end: 250 },
    { page: 42, start: 251, end: 400 },
  ];
  test.each<[number, string]>([
    [0, ' (p. 1)'],
    [100, ' (p. 1)'],
    [101, ' (p. 2)'],
    [300, ' (p. 42)'],
  ])('offset %i is cited as "%s"', (offset, cite) => {
    expect(pageCitation(pages, offset)).toBe(cite);
  });
  test('a web page (no page spans) cites nothing', () => {
    expect(pageCitation(undefined, 10)).toBe('');
    expect(pageOfOffset([], 10)).toBeUndefined();
  });
});

describe('ways in', () => {
  test.each<[string, string | undefined, string]>([
    ['chrome-extension://abc/', 'https://example.org/r.pdf?x=1', 'chrome-extension://abc/reader.html?src=https%3A%2F%2Fexample.org%2Fr.pdf%3Fx%3D1'],
    ['moz-extension://abc', undefined, 'moz-extension://abc/reader.html'],
  ])('readerUrl(%s, %s)', (base, src, url) => {
    expect(readerUrl(base, src)).toBe(url);
  });

  test.each<[string, string | undefined]>([
    ['https://www.example.org/reports/2024.pdf', 'https://www.example.org/*'],
    ['http://127.0.0.1:8080/r.pdf', 'http://127.0.0.1:8080/*'],
    ['file:///home/me/r.pdf', 'file:///*'],
    ['chrome://settings', undefined],
    ['not a url', undefined],
  ])('site access asked for %s is %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});
