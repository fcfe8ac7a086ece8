// @vitest-environment node
/**
 * The PDF adapter: the pure page/item index on hand-made item tables, then real PDFs printed by
 * Chromium from test/fixtures/pdf (en/fr/es, multi-column, table, image-only) and two broken files.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { runScan } from '../../lib/cli/commands/scan';
import type { CliIo } from '../../lib/cli/io';
import { PDF_PROBLEM_MESSAGES, PdfReadError, type PdfProblem } from '../../lib/pdf/document';
import { readPdfInNode } from '../../lib/pdf/node';
import { buildPdfTextIndex, pageAt, pdfRangeParts, type PdfTextIndex, type PdfTextItem } from '../../lib/pdf/text-index';
import { pdfFixtures, type PdfFixtures } from '../fixtures/pdf/generate';
import { buildSavedReport } from '../../lib/anchor/annotations';
import { reportToMarkdown } from '../../lib/export/markdown';
import { SavedReportSchema } from '../../lib/schema/saved-report';

/** An item at (x, y) with a width of 6 units per character and a 10-unit font. */
function item(str: string, x: number, y: number, hasEOL = false): PdfTextItem {
  return { str, x, y, width: str.length * 6, height: 10, hasEOL };
}

describe('buildPdfTextIndex (pure)', () => {
  test.each<[string, PdfTextItem[][], string]>([
    ['items that carry their own spaces are joined as they are', [[item('SDG ', 0, 700), item('13', 24, 700)]], 'SDG 13'],
    ['a visible gap between items on one line becomes a virtual space', [[item('SDG', 0, 700), item('13', 24, 700)]], 'SDG 13'],
    ['touching items on one line are joined without a space', [[item('SD', 0, 700), item('G', 12, 700)]], 'SDG'],
    ['a line end inside a paragraph becomes a space', [[item('clean', 0, 700, true), item('water', 0, 688)]], 'clean water'],
    ['a line ending in a hyphen is joined without a space', [[item('well-', 0, 700, true), item('being', 0, 688)]], 'well-being'],
    ['a gap of several line heights starts a new block', [[item('Title', 0, 700, true), item('Body', 0, 650)]], 'Title\nBody'],
    ['a line higher on the page (next column) starts a new block', [[item('left', 0, 100, true), item('right', 300, 700)]], 'left\nright'],
    ['a wide gap on one line (table cells) starts a new block', [[item('Goal', 0, 700), item('Measure', 200, 700)]], 'Goal\nMeasure'],
    ['pages are separate blocks and empty items are skipped', [[item('one', 0, 700), item('', 18, 700, true)], [], [item('three', 0, 700)]], 'one\nthree'],
    ['whitespace inside an item maps 1:1 to spaces', [[item('a\u00a0\tb', 0, 700)]], 'a  b'],
  ])('%s', (_name, pages, text) => {
    expect(buildPdfTextIndex(pages).text).toBe(text);
  });

  const idx = buildPdfTextIndex([[item('We support ', 0, 700), item('SDG', 66, 700), item('13', 90, 700)], [], [item('Target 6.1 here', 0, 700)]]);

  test('every segment maps back to its item text', () => {
    expect(idx.segments.map((s) => [s.page, s.item, idx.text.slice(s.start, s.end)])).toEqual([
      [1, 0, 'We support '],
      [1, 1, 'SDG'],
      [1, 2, '13'],
      [3, 0, 'Target 6.1 here'],
    ]);
  });

  test.each<[string, number, number]>([
    ['We support', 1, 0],
    ['13', 1, 0],
    ['Target', 3, 0],
  ])('"%s" lies on page %i', (needle, page) => {
    expect(pageAt(idx, idx.text.indexOf(needle))).toBe(page);
  });

  test('an empty page keeps its number and span', () => {
    expect(idx.pages.map((p) => [p.page, p.end - p.start])).toEqual([
      [1, 17],
      [2, 0],
      [3, 15],
    ]);
  });

  test('a range across items gives one part per item, skipping the virtual space', () => {
    const start = idx.text.indexOf('SDG');
    expect(pdfRangeParts(idx, start, start + 'SDG 13'.length)).toEqual([
      { page: 1, item: 1, start: 0, end: 3 },
      { page: 1, item: 2, start: 0, end: 2 },
    ]);
  });

  test('blocks are the trimmed spans between separators', () => {
    expect(idx.blocks.map((b) => idx.text.slice(b.start, b.end))).toEqual(['We support SDG 13', 'Target 6.1 here']);
  });
});

/** The page of every explicit reference whose text matches `re`. */
function pagesOf(index: PdfTextIndex, refs: { start: number; text: string }[], re: RegExp): number[] {
  return refs.filter((r) => re.test(r.text)).map((r) => pageAt(index, r.start));
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) console.warn(`pdf.test.ts: no Chromium at ${CHROMIUM}; the fixture PDFs cannot be printed, real-PDF tests skipped`);

describe.skipIf(!fs.existsSync(CHROMIUM))('real PDFs printed by Chromium', () => {
  let fx: PdfFixtures;
  beforeAll(async () => {
    fx = await pdfFixtures();
  }, 120_000);

  async function read(name: keyof Omit<PdfFixtures, 'dir'>) {
    return readPdfInNode(new Uint8Array(fs.readFileSync(fx[name])));
  }

  test('the English report: three pages, title from the PDF metadata', async () => {
    const { numPages, title } = await read('report-en');
    expect(numPages).toBe(3);
    expect(title).toBe('Riverside Water Impact Report 2024');
  });

  test.each<[keyof PdfFixtures, RegExp, number[]]>([
    ['report-en', /^SDG 6$/, [1, 3]],
    ['report-en', /target 6\.1/, [1]],
    ['report-en', /^SDG 1$/, [2]],
    ['report-en', /^SDG 5$/, [2]],
    ['report-en', /indicator 13\.2\.2/, [3]],
    ['report-en', /^SDG 7$/, [3]],
    ['report-fr', /ODD 7/, [1]],
    ['report-fr', /cible 7\.2/, [1]],
    ['report-fr', /ODD 8/, [2]],
    ['report-es', /ODS 6/, [1]],
    ['report-es', /meta 6\.1/, [1]],
    ['report-es', /ODS 4/, [2]],
  ])('%s: references matching %s are found on pages %j', async (name, re, pages) => {
    const { index } = await read(name as 'report-en');
    const a = analyze(index.text, { blocks: index.blocks });
    expect(pagesOf(index, a.explicit, re)).toEqual(pages);
  });

  test('two-column page: paragraphs come out whole and in reading order', async () => {
    const { index } = await read('report-en');
    const blocks = index.blocks.map((b) => index.text.slice(b.start, b.end));
    const order = ['Our social tariff', 'We employ 2,300', 'Women hold 38%', 'We ran water-safety'].map((s) => blocks.findIndex((b) => b.startsWith(s)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(blocks).toContain(
      'Our social tariff helps households on low incomes pay their bills. It supports SDG 1 by keeping essential services affordable for the poorest families in the region.',
    );
  });

  test('a washing-prone claim is flagged on its page', async () => {
    const { index } = await read('report-en');
    const a = analyze(index.text, { blocks: index.blocks });
    const claim = a.flags.find((f) => /greenest water company/.test(index.text.slice(f.start, f.end)));
    expect(claim).toBeDefined();
    expect(pageAt(index, claim!.start)).toBe(3);
  });

  test.each<[keyof PdfFixtures, PdfProblem]>([
    ['image-only', 'no-text'],
    ['encrypted', 'encrypted'],
    ['corrupt', 'corrupt'],
  ])('%s PDF is refused as %s', async (name, problem) => {
    const err = await read(name as 'report-en').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PdfReadError);
    expect((err as PdfReadError).problem).toBe(problem);
  });

  test('a saved PDF report keeps its pages and the Markdown memo cites them', async () => {
    const { index, title } = await read('report-en');
    const a = analyze(index.text, { blocks: index.blocks });
    const report = SavedReportSchema.parse(
      buildSavedReport({ url: 'file:///report-en.pdf', title, organisation: 'Riverside Water', text: index.text, lang: a.lang, analysis: a, pages: index.pages }, 'r1', '2026-01-01T00:00:00.000Z'),
    );
    expect(report.pages).toEqual(index.pages);
    const memo = reportToMarkdown(report);
    expect(memo).toMatch(/^- \*\*SDG 1\*\* \(number\) \(p\. 2\)$/m);
    expect(memo).toMatch(/^- \*\*SDG 6\*\* target 6\\\.1 \(target\) \(p\. 1\)$/m);
    expect(reportToMarkdown({ ...report, pages: undefined })).not.toMatch(/\(p\. \d+\)/);
  });

  async function scan(argv: string[]) {
    let out = '';
    let err = '';
    const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: () => '' };
    const code = await runScan(argv, io);
    return { code, out, err };
  }

  test('sdg-lens scan report.pdf reports the same analysis as the adapter', async () => {
    const r = await scan([fx['report-en']]);
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.out) as { title: string; analysis: { explicit: { text: string }[] } }[];
    expect(report!.title).toBe('Riverside Water Impact Report 2024');
    const { index } = await read('report-en');
    expect(report!.analysis.explicit.map((x) => x.text)).toEqual(analyze(index.text, { blocks: index.blocks }).explicit.map((x) => x.text));
  });

  test('sdg-lens scan --format md cites the page of each reference; json carries the page spans', async () => {
    const md = await scan([fx['report-fr'], '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^- \*\*SDG 7\*\*: “ODD 7” \(number, \d+–\d+\) \(p\. 1\)$/m);
    expect(md.out).toMatch(/^- \*\*SDG 8\*\*: “ODD 8” \(number, \d+–\d+\) \(p\. 2\)$/m);
    const json = JSON.parse((await scan([fx['report-fr']])).out) as { pages?: { page: number }[] }[];
    expect(json[0]!.pages?.map((p) => p.page)).toEqual([1, 2]);
  });

  test.each<[keyof PdfFixtures, PdfProblem]>([
    ['image-only', 'no-text'],
    ['encrypted', 'encrypted'],
    ['corrupt', 'corrupt'],
  ])('sdg-lens scan of the %s PDF exits 1 with the %s message', async (name, problem) => {
    const file = fx[name];
    const r = await scan([file]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(`sdg-lens scan: ${file}: ${PDF_PROBLEM_MESSAGES[problem]}\n`);
  });
});
