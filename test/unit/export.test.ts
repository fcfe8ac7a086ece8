import { describe, expect, test } from 'vitest';
import { exportLibraryJson } from '../../lib/export/json';
import { parseLibraryExport } from '../../lib/export/import';
import { analysisToW3C, libraryToW3C, reportToW3C } from '../../lib/export/w3c';
import { CSV_COLUMNS, csvField, reportsToCsv } from '../../lib/export/csv';
import { mdText, reportToMarkdown } from '../../lib/export/markdown';
import { canonicalJson } from '../../lib/export/canonical-json';
import { mergeReports } from '../../lib/export/merge';
import { exportFile, slug } from '../../lib/export/formats';
import { SavedReportSchema } from '../../lib/schema/saved-report';
import { TEXT, fixtureAnalysis, fixtureReport } from './export-fixtures';

/** A report with a note and verdict on its flag. */
function annotated() {
  const r = fixtureReport();
  r.annotations = r.annotations.map((a) =>
    a.kind === 'flag' ? { ...a, note: 'No baseline year, no scope.', verdict: 'agree' as const, updatedAt: '2026-11-20T11:00:00.000Z' } : a,
  );
  return r;
}

/** Minimal RFC 4180 reader for checking the writer (quoted fields, doubled quotes, CRLF). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('fixture', () => {
  test('the fixture report passes its own schema', () => {
    expect(SavedReportSchema.safeParse(annotated()).success).toBe(true);
  });
});

describe('canonical JSON', () => {
  test.each([
    ['sorts keys at every level', { b: 1, a: { d: 2, c: 3 } }, '{\n  "a": {\n    "c": 3,\n    "d": 2\n  },\n  "b": 1\n}\n'],
    ['leaves out undefined members', { a: undefined, b: null }, '{\n  "b": null\n}\n'],
    ['keeps a __proto__ key as plain data', JSON.parse('{"__proto__": {"x": 1}}'), '{\n  "__proto__": {\n    "x": 1\n  }\n}\n'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('JSON export', () => {
  test('export → import → export is byte-identical', () => {
    const older = fixtureReport({ id: 'r-older', savedAt: '2026-01-01T00:00:00.000Z' });
    const first = exportLibraryJson([annotated(), older]);
    const parsed = parseLibraryExport(first);
    expect(parsed.ok).toBe(true);
    const second = exportLibraryJson(parsed.ok ? [...parsed.reports].reverse() : []);
    expect(second).toBe(first);
  });

  test('the order reports and annotations are given in does not change the bytes', () => {
    const r = annotated();
    const shuffled = { ...r, annotations: [...r.annotations].reverse() };
    expect(exportLibraryJson([shuffled])).toBe(exportLibraryJson([r]));
  });

  test('the file names its format and version first-class', () => {
    const file = JSON.parse(exportLibraryJson([annotated()]));
    expect([file.format, file.version, file.reports.length]).toEqual(['sdg-lens-library', 1, 1]);
  });
});

describe('W3C Web Annotation export', () => {
  test('analysisToW3C makes one annotation per finding with quote and position selectors', () => {
    const doc = { url: 'https://example.org/r.html', title: 'R', text: TEXT };
    const c = analysisToW3C(doc, fixtureAnalysis());
    expect(c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(4);
    expect(c.first.items).toHaveLength(4);
    for (const a of c.first.items) {
      const [q, p] = a.target.selector;
      expect(a.target.source).toBe(doc.url);
      expect(TEXT.slice(p.start, p.end)).toBe(q.exact);
      expect(TEXT.slice(0, p.start).endsWith(q.prefix)).toBe(true);
      expect(TEXT.slice(p.end).startsWith(q.suffix)).toBe(true);
    }
    expect(new Set(c.first.items.map((a) => a.id)).size).toBe(4);
  });

  test.each([
    ['an explicit reference classifies with the UN SDG goal and target IRIs', 'x-', 'classifying', ['http://metadata.un.org/sdg/8', 'http://metadata.un.org/sdg/8.7']],
    ['a flag assesses and tags its criterion', 'fG1', 'assessing', []],
  ])('%s', (_name, idPart, motivation, sources) => {
    const c = analysisToW3C({ url: 'https://example.org/r.html', title: 'R', text: TEXT }, fixtureAnalysis());
    const items = c.first.items.filter((a) => a.id.includes(`:${idPart}`));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((a) => a.motivation === motivation)).toBe(true);
    const found = items.flatMap((a) => a.body.flatMap((b) => (b.type === 'SpecificResource' ? [b.source] : [])));
    for (const s of sources) expect(found).toContain(s);
  });

  test('the same input gives the same collection', () => {
    const doc = { url: 'https://example.org/r.html', title: 'R', text: TEXT };
    expect(JSON.stringify(analysisToW3C(doc, fixtureAnalysis()))).toBe(JSON.stringify(analysisToW3C(doc, fixtureAnalysis())));
  });

  test("a saved report's collection carries the reader's note and verdict", () => {
    const c = reportToW3C(annotated());
    const flag = c.first.items.find((a) => a.motivation === 'assessing')!;
    expect(flag.body).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: 'No baseline year, no scope.', format: 'text/plain' });
    expect(flag.body).toContainEqual({ type: 'TextualBody', purpose: 'assessing', value: 'agree' });
    expect(flag.modified).toBe('2026-11-20T11:00:00.000Z');
  });

  test('a library collection holds every report’s annotations, each targeting its own URL', () => {
    const other = fixtureReport({ id: 'r-2', url: 'https://example.com/other' });
    const c = libraryToW3C([annotated(), other]);
    expect(c.total).toBe(8);
    expect(new Set(c.first.items.map((a) => a.target.source))).toEqual(new Set(['https://example.org/reports/2024.html', 'https://example.com/other']));
  });
});

describe('CSV export', () => {
  test.each([
    ['plain text stays bare', 'hello', 'hello'],
    ['a comma is quoted', 'a,b', '"a,b"'],
    ['quotes are doubled', 'say "hi"', '"say ""hi"""'],
    ['a line break is quoted', 'a\nb', '"a\nb"'],
    ['a formula gets an apostrophe', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a leading plus is defused', '+1+2', "'+1+2"],
    ['a leading at-sign is defused', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading minus in text is defused', '-2+3', "'-2+3"],
    ['a negative number is written as a number', -2, '-2'],
    ['null is an empty field', null, ''],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('one row per finding or flag with the header first and CRLF line ends', () => {
    const csv = reportsToCsv([annotated()]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 4);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const flag = rows.find((r) => r[CSV_COLUMNS.indexOf('kind')] === 'flag')!;
    expect(flag[CSV_COLUMNS.indexOf('note')]).toBe('No baseline year, no scope.');
    expect(flag[CSV_COLUMNS.indexOf('verdict')]).toBe('agree');
  });

  test('a hostile title cannot become a formula or break the row structure', () => {
    const r = fixtureReport({ title: '=cmd|" /C calc"!A0\r\n,x' });
    const rows = readCsv(reportsToCsv([r]));
    expect(rows.slice(1).every((row) => row[CSV_COLUMNS.indexOf('title')] === `'=cmd|" /C calc"!A0\r\n,x`)).toBe(true);
  });
});

describe('Markdown memo', () => {
  test('names the report, the risk, the goals and the reader’s verdict and note', () => {
    const md = reportToMarkdown(annotated());
    expect(md).toContain('# Example Co\\. sustainability report 2024');
    expect(md).toContain('Washing risk: **medium** (35/100)');
    expect(md).toMatch(/\| SDG 8: .* \| 2 \| 0 \| 0\.90 \|/);
    expect(md).toContain("Reader's verdict: **agree**");
    expect(md).toContain("Reader's note: No baseline year, no scope\\.");
  });

  test.each([
    ['a heading cannot be injected', '# Owned', '\\# Owned'],
    ['HTML is neutralised', '<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
    ['a link cannot be injected', '[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['line breaks fold into one line', 'a\n\n# b', 'a \\# b'],
    ['table pipes are escaped', 'a|b', 'a\\|b'],
  ])('%s', (_name, input, expected) => {
    expect(mdText(input)).toBe(expected);
  });

  test('an orphaned annotation is marked as such', () => {
    const r = annotated();
    r.annotations[0] = { ...r.annotations[0]!, anchor: { status: 'orphan', checkedAt: '2026-11-21T00:00:00.000Z' } };
    expect(reportToMarkdown(r)).toContain('(orphan)');
  });
});

describe('mergeReports', () => {
  test.each([
    ['the later note wins when the incoming copy was edited later', '2026-11-20T12:00:00.000Z', 'Imported note'],
    ['the stored note stays when it was edited later', '2026-11-20T10:30:00.000Z', 'No baseline year, no scope.'],
  ])('%s', (_name, importedAt, expected) => {
    const stored = annotated();
    const incoming = annotated();
    incoming.annotations = incoming.annotations.map((a) => (a.kind === 'flag' ? { ...a, note: 'Imported note', updatedAt: importedAt } : a));
    const merged = mergeReports(stored, incoming);
    expect(merged.annotations.find((a) => a.kind === 'flag')!.note).toBe(expected);
  });
});

describe('export files', () => {
  test.each([
    ['json', /^sdg-lens-example-co-sustainability-report-2024\.sdg-lens\.json$/, 'application/json'],
    ['w3c', /\.w3c\.jsonld$/, 'application/ld+json'],
    ['csv', /\.csv$/, 'text/csv'],
    ['md', /\.md$/, 'text/markdown'],
  ] as const)('one report as %s is named after its title', (format, name, mime) => {
    const f = exportFile([annotated()], format);
    expect(f.filename).toMatch(name);
    expect(f.mime).toBe(mime);
    expect(f.text.length).toBeGreaterThan(100);
  });

  test('the whole library is named by date', () => {
    const f = exportFile([annotated(), fixtureReport({ id: 'r-2', url: 'https://example.com/x' })], 'json', new Date('2026-11-22T10:00:00Z'));
    expect(f.filename).toBe('sdg-lens-library-2026-11-22.sdg-lens.json');
  });

  test.each([
    ['Rapport de développement durable', 'rapport-de-developpement-durable'],
    ['../../etc/passwd', 'etc-passwd'],
    ['***', 'report'],
  ])('slug(%j) = %j', (title, expected) => {
    expect(slug(title)).toBe(expected);
  });
});
