import { afterEach, describe, expect, test } from 'vitest';
import { LibraryStore } from '../../lib/store/library-store';
import { StoreError } from '../../lib/store/errors';
import { openLibraryDb } from '../../lib/store/db';
import { searchTokens } from '../../lib/store/search';
import { exportLibraryJson } from '../../lib/export/json';
import type { SavedReport } from '../../lib/schema/saved-report';
import { fixtureReport } from './export-fixtures';

let n = 0;
const opened: LibraryStore[] = [];
async function freshStore(): Promise<{ store: LibraryStore; name: string }> {
  const name = `store-test-${++n}-${Math.random().toString(36).slice(2)}`;
  const store = await LibraryStore.open({ name });
  opened.push(store);
  return { store, name };
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const second = (): SavedReport =>
  fixtureReport({ id: 'r-second', url: 'https://example.com/développement', title: 'Rapport de développement durable', organisation: 'Société Générale', savedAt: '2026-11-21T09:00:00.000Z' });

describe('saving and reading', () => {
  test('a saved report reads back unchanged', async () => {
    const { store } = await freshStore();
    await store.saveReport(fixtureReport());
    const back = await store.getReport('r-fixture-1');
    expect(exportLibraryJson([back!])).toBe(exportLibraryJson([fixtureReport()]));
  });

  test('an invalid report is refused with a StoreError naming the field, and nothing is written', async () => {
    const { store } = await freshStore();
    const bad = fixtureReport({ url: 'not a url' });
    await expect(store.saveReport(bad)).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/url/) });
    expect(await store.listReports()).toEqual([]);
  });

  test('saving the same URL again keeps the id, the corrected organisation and the notes of findings that remain', async () => {
    const { store } = await freshStore();
    await store.saveReport(fixtureReport());
    await store.setOrganisation('r-fixture-1', 'Example Company Ltd');
    const flag = fixtureReport().annotations.find((a) => a.kind === 'flag')!;
    const sdg8 = fixtureReport().annotations[0]!;
    await store.updateAnnotation({ reportId: 'r-fixture-1', annotationId: flag.id, note: 'keep me', verdict: 'agree' });
    await store.updateAnnotation({ reportId: 'r-fixture-1', annotationId: sdg8.id, note: 'I will be lost' });
    const again = fixtureReport({ id: 'r-new-id', savedAt: '2026-11-22T00:00:00.000Z', organisation: 'guessed again' });
    again.annotations = again.annotations.filter((a) => a.id !== sdg8.id);
    const out = await store.saveReport(again);
    expect(out).toMatchObject({ replaced: true, lostNotes: 1 });
    expect(out.report.id).toBe('r-fixture-1');
    const back = await store.getReport('r-fixture-1');
    expect(back?.organisation).toBe('Example Company Ltd');
    expect(back?.annotations.find((a) => a.id === flag.id)).toMatchObject({ note: 'keep me', verdict: 'agree' });
    expect(await store.getReport('r-new-id')).toBeUndefined();
    expect(await store.listReports()).toHaveLength(1);
  });

  test('a re-save always takes the new text and analysis, even within the same millisecond', async () => {
    const { store } = await freshStore();
    await store.saveReport(fixtureReport());
    const again = fixtureReport({ id: 'r-again', title: 'Retitled report' });
    again.analysis = { ...again.analysis, risk: { ...again.analysis.risk, level: 'high', score: 80 } };
    await store.saveReport(again);
    const back = await store.getReport('r-fixture-1');
    expect([back?.title, back?.analysis.risk.level]).toEqual(['Retitled report', 'high']);
  });

  test('findByUrl finds the saved report of a page', async () => {
    const { store } = await freshStore();
    await store.saveReport(fixtureReport());
    expect((await store.findByUrl('https://example.org/reports/2024.html'))?.id).toBe('r-fixture-1');
    expect(await store.findByUrl('https://example.org/other')).toBeUndefined();
  });
});

describe('notes and verdicts', () => {
  test.each([
    ['a note alone', { note: 'Vague.' }, { note: 'Vague.', verdict: null }],
    ['a verdict alone', { verdict: 'disagree' as const }, { note: '', verdict: 'disagree' }],
    ['both', { note: 'Fair.', verdict: 'unsure' as const }, { note: 'Fair.', verdict: 'unsure' }],
  ])('%s is saved with a timestamp and survives reopening the database', async (_n, edit, expected) => {
    const { store, name } = await freshStore();
    await store.saveReport(fixtureReport());
    const id = fixtureReport().annotations[1]!.id;
    await store.updateAnnotation({ reportId: 'r-fixture-1', annotationId: id, ...edit }, '2026-11-22T01:00:00.000Z');
    store.close();
    const reopened = await LibraryStore.open({ name });
    opened.push(reopened);
    const a = (await reopened.getReport('r-fixture-1'))!.annotations.find((x) => x.id === id);
    expect(a).toMatchObject({ ...expected, updatedAt: '2026-11-22T01:00:00.000Z' });
  });

  test('editing an annotation that does not exist is a not-found StoreError', async () => {
    const { store } = await freshStore();
    await store.saveReport(fixtureReport());
    await expect(store.updateAnnotation({ reportId: 'r-fixture-1', annotationId: 'nope', note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  test('anchor results are stored per annotation, orphans included', async () => {
    const { store } = await freshStore();
    await store.saveReport(fixtureReport());
    const [a, b] = fixtureReport().annotations;
    await store.setAnchorStatus('r-fixture-1', [
      { id: a!.id, status: 'exact', start: 50, end: 55, score: 1 },
      { id: b!.id, status: 'orphan' },
    ], '2026-11-22T02:00:00.000Z');
    const back = (await store.getReport('r-fixture-1'))!;
    expect(back.annotations.find((x) => x.id === a!.id)?.anchor).toEqual({ status: 'exact', start: 50, end: 55, checkedAt: '2026-11-22T02:00:00.000Z' });
    expect(back.annotations.find((x) => x.id === b!.id)?.anchor).toEqual({ status: 'orphan', checkedAt: '2026-11-22T02:00:00.000Z' });
    expect((await store.listReports())[0]?.orphanCount).toBe(1);
  });
});

describe('listing, indexes and search', () => {
  test('the list is newest first with counts', async () => {
    const { store } = await freshStore();
    await store.saveReport(fixtureReport());
    await store.saveReport(second());
    const list = await store.listReports();
    expect(list.map((r) => r.id)).toEqual(['r-second', 'r-fixture-1']);
    expect(list[1]).toMatchObject({ goals: [6, 8], riskLevel: 'medium', explicitCount: 2, thematicCount: 1, flagCount: 1, noteCount: 0 });
  });

  test.each([
    ['goals', 8, ['r-fixture-1', 'r-second']],
    ['goals', 13, []],
    ['riskLevel', 'medium', ['r-fixture-1', 'r-second']],
    ['orgKey', 'societe generale', ['r-second']],
  ] as const)('index %s = %j finds %j', async (index, value, expected) => {
    const { store } = await freshStore();
    await store.saveReport(fixtureReport());
    await store.saveReport(second());
    expect((await store.idsBy(index, value)).sort()).toEqual([...expected].sort());
  });

  test.each([
    ['a word of the text', 'fair', ['r-fixture-1', 'r-second']],
    ['a word of the title', 'rapport', ['r-second']],
    ['a word prefix', 'audit', ['r-fixture-1', 'r-second']],
    ['every word must match', 'water développement', ['r-second']],
    ['accents are folded', 'developpement', ['r-second']],
    ['case is folded', 'SOCIÉTÉ', ['r-second']],
    ['a reader note', 'baseline missing', ['r-fixture-1']],
    ['nothing', 'zzzz', []],
  ])('search by %s', async (_n, query, expected) => {
    const { store } = await freshStore();
    await store.saveReport(fixtureReport());
    await store.saveReport(second());
    await store.updateAnnotation({ reportId: 'r-fixture-1', annotationId: fixtureReport().annotations[3]!.id, note: 'Baseline missing here' });
    expect((await store.search(query)).sort()).toEqual([...expected].sort());
  });

  test.each([
    ['Développement DURABLE, 2030!', ['developpement', 'durable', '2030']],
    ['a b cd', ['cd']],
    ['repeat repeat', ['repeat']],
  ])('searchTokens(%j)', (text, tokens) => {
    expect(searchTokens(text)).toEqual(tokens);
  });
});

describe('delete, undo and import', () => {
  test('a deleted report is gone with its annotations and comes back whole on undo', async () => {
    const { store } = await freshStore();
    await store.saveReport(fixtureReport());
    await store.updateAnnotation({ reportId: 'r-fixture-1', annotationId: fixtureReport().annotations[0]!.id, note: 'n' });
    const before = exportLibraryJson(await store.allReports());
    const deleted = await store.deleteReport('r-fixture-1');
    expect(await store.getReport('r-fixture-1')).toBeUndefined();
    expect(await store.search('baseline')).toEqual([]);
    await store.restoreReport(deleted!);
    expect(exportLibraryJson(await store.allReports())).toBe(before);
  });

  test.each([
    ['skip keeps the stored note', 'skip' as const, { added: 1, merged: 0, skipped: 1 }, 'stored note'],
    ['merge takes the later note', 'merge' as const, { added: 1, merged: 1, skipped: 0 }, 'imported later note'],
  ])('duplicates on import: %s', async (_n, policy, outcome, note) => {
    const { store } = await freshStore();
    const id = fixtureReport().annotations[0]!.id;
    await store.saveReport(fixtureReport());
    await store.updateAnnotation({ reportId: 'r-fixture-1', annotationId: id, note: 'stored note' }, '2026-11-21T00:00:00.000Z');
    const incoming = fixtureReport();
    incoming.annotations[0] = { ...incoming.annotations[0]!, note: 'imported later note', updatedAt: '2026-11-22T00:00:00.000Z' };
    expect(await store.importReports([incoming, second()], policy)).toEqual(outcome);
    expect((await store.getReport('r-fixture-1'))!.annotations.find((a) => a.id === id)?.note).toBe(note);
  });

  test('an import with one invalid report writes nothing', async () => {
    const { store } = await freshStore();
    await expect(store.importReports([second(), fixtureReport({ lang: 'xx' as 'en' })], 'merge')).rejects.toBeInstanceOf(StoreError);
    expect(await store.listReports()).toEqual([]);
  });

  test('quota exceeded in the middle of an import is a clear error and leaves nothing half-written', async () => {
    const { store } = await freshStore();
    await store.saveReport(second());
    const proto = globalThis.IDBObjectStore.prototype;
    const put = proto.put;
    let calls = 0;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 4) throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      const err = await store.importReports([fixtureReport(), fixtureReport({ id: 'r-third', url: 'https://example.net/' })], 'merge').catch((e) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(err).toMatchObject({ code: 'quota', message: expect.stringMatching(/no more room/) });
    } finally {
      proto.put = put;
    }
    expect((await store.listReports()).map((r) => r.id)).toEqual(['r-second']);
    expect((await store.allReports()).flatMap((r) => r.annotations)).toHaveLength(second().annotations.length);
  });
});

describe('opening the database', () => {
  test('an upgrade blocked by an old connection that will not close is a "blocked" StoreError', async () => {
    const name = `blocked-${Math.random()}`;
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      // A v1 library page from before an update, which does not close on "versionchange".
      req.onupgradeneeded = () => {
        const reports = req.result.createObjectStore('reports', { keyPath: 'id' });
        reports.createIndex('url', 'url');
        reports.createIndex('savedAt', 'savedAt');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      await expect(openLibraryDb({ name })).rejects.toMatchObject({ code: 'blocked', message: expect.stringMatching(/another SDG Lens page/) });
    } finally {
      old.close();
    }
  });

  test('a database written by a newer version is a "version" StoreError', async () => {
    const name = `newer-${Math.random()}`;
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 99);
      req.onsuccess = () => (req.result.close(), resolve());
      req.onerror = () => reject(req.error);
    });
    await expect(openLibraryDb({ name })).rejects.toMatchObject({ code: 'version', message: expect.stringMatching(/newer version/) });
  });
});
