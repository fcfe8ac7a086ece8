import { describe, expect, test } from 'vitest';
import { exportLibraryJson, normaliseReports } from '../../lib/export/json';
import { formatPath, lineColumn, locatePath, parseLibraryExport } from '../../lib/export/import';
import { fixtureReport } from './export-fixtures';

const good = () => exportLibraryJson([fixtureReport()]);

/** Replaces the first occurrence of `from` in the good file. */
const edit = (from: string, to: string) => {
  const s = good();
  if (!s.includes(from)) throw new Error(`fixture file lacks ${from}`);
  return s.replace(from, to);
};

describe('parseLibraryExport refuses bad files with a message that says where', () => {
  test.each([
    { name: 'an empty file', text: '   ', message: /empty/, path: '', line: 1 },
    { name: 'a truncated file', text: good().slice(0, 400), message: /truncated/, path: '', line: good().slice(0, 400).split('\n').length },
    { name: 'a syntax error', text: edit('"format": "sdg-lens-library",', '"format": "sdg-lens-library"'), message: /not valid JSON \(line 3/, path: '', line: 3 },
    { name: 'an array instead of an object', text: '[1, 2]', message: /expected a JSON object/, path: '', line: 1 },
    { name: 'another format', text: '{"format": "hypothesis", "version": 1}', message: /not an SDG Lens library export/, path: 'format', line: 1 },
    { name: 'a newer version', text: edit('"version": 1,\n  "reports"', '"version": 7,\n  "reports"'), message: /newer SDG Lens \(format version 7\)/, path: 'version', line: 3 },
    { name: 'a missing version', text: edit('"version": 1,\n', ''), message: /Unsupported format version \(missing\)/, path: 'version', line: 1 },
    {
      name: 'a bad verdict deep inside',
      text: edit('"verdict": null', '"verdict": "maybe"'),
      message: /reports\[0\]\.annotations\[0\]\.verdict/,
      path: 'reports[0].annotations[0].verdict',
      line: good().split('\n').findIndex((l) => l.includes('"verdict": null')) + 1,
    },
    {
      name: 'a quote that does not match the saved text (tampered)',
      text: edit('"exact": "SDG 8"', '"exact": "SDG 9"'),
      message: /quote does not match the text at its position/,
      path: 'reports[0].annotations[0].quote.exact',
      line: good().split('\n').findIndex((l) => l.includes('"exact": "SDG 8"')) + 1,
    },
    {
      name: 'a javascript: URL',
      text: edit('"url": "https://example.org/reports/2024.html"', '"url": "javascript:alert(1)"'),
      message: /reports\[0\]\.url/,
      path: 'reports[0].url',
      line: good().split('\n').findIndex((l) => l.includes('"url": "https://example.org')) + 1,
    },
    {
      name: 'an id with markup in it',
      text: edit('"id": "r-fixture-1"', '"id": "<img src=x onerror=alert(1)>"'),
      message: /reports\[0\]\.id/,
      path: 'reports[0].id',
      line: good().split('\n').findIndex((l) => l.includes('"id": "r-fixture-1"')) + 1,
    },
  ])('$name', ({ text, message, path, line }) => {
    const r = parseLibraryExport(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(message);
    expect(r.problems[0]?.path).toBe(path);
    expect(r.problems[0]?.line).toBe(line);
  });

  test('the same report twice in one file is refused and both places are named', () => {
    const one = JSON.parse(good());
    const text = JSON.stringify({ ...one, reports: [one.reports[0], one.reports[0]] }, null, 2);
    const r = parseLibraryExport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: 'reports[1].id', message: 'same id as reports[0]' });
  });

  test('many problems are summarised: the first five are listed and the rest counted', () => {
    const one = JSON.parse(good());
    const bad = { ...one, reports: Array.from({ length: 8 }, (_, i) => ({ ...one.reports[0], id: `r-${i}`, lang: 'xx' })) };
    const r = parseLibraryExport(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(5);
      expect(r.message).toMatch(/and 7 more problems/);
    }
  });
});

describe('parseLibraryExport accepts good files', () => {
  test('a fresh export parses back to the same reports', () => {
    const r = parseLibraryExport(good());
    expect(r.ok && r.reports).toEqual(normaliseReports([fixtureReport()]));
  });

  test('hostile strings in notes and titles are kept as inert data', () => {
    const hostile = '<script>alert(1)</script> =SUM(A1) ${process.exit()} \u202e';
    const r = parseLibraryExport(exportLibraryJson([fixtureReport({ title: hostile, organisation: hostile })]));
    expect(r.ok && r.reports[0]!.title).toBe(hostile);
  });

  test('a "__proto__" member is dropped without touching Object.prototype', () => {
    const file = good().replace('"format":', '"__proto__": {"polluted": true},\n  "format":');
    const r = parseLibraryExport(file);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && Object.getPrototypeOf(r.reports[0])).toBe(Object.prototype);
  });
});

describe('helpers', () => {
  test.each([
    [['reports', 2, 'annotations', 0, 'verdict'], 'reports[2].annotations[0].verdict'],
    [[], ''],
    [['format'], 'format'],
  ])('formatPath(%j) = %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  test.each([
    ['a\nb\nc', 0, { line: 1, column: 1 }],
    ['a\nb\nc', 2, { line: 2, column: 1 }],
    ['a\nbc\nd', 3, { line: 2, column: 2 }],
  ])('lineColumn(%j, %i)', (text, offset, expected) => {
    expect(lineColumn(text, offset)).toEqual(expected);
  });

  test.each([
    [['a'], 6],
    [['b', 1], 20],
    [['b', 5], 14],
    [['c', 'x'], 38],
  ])('locatePath(%j) points at the value, or at the deepest part that exists', (path, offset) => {
    const text = '{"a": 1, "b": ["x", {"y": "]"}], "c": {}}';
    expect(locatePath(text, path)).toBe(offset);
  });
});
