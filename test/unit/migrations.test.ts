import { describe, expect, test } from 'vitest';
import { DB_VERSION, openLibraryDb } from '../../lib/store/db';
import { LibraryStore } from '../../lib/store/library-store';
import { exportLibraryJson } from '../../lib/export/json';
import type { SavedReport } from '../../lib/schema/saved-report';
import { fixtureReport } from './export-fixtures';

/** Writes reports the way version 1 stored them: whole, annotations and notes inline. */
async function writeV1(name: string, reports: SavedReport[]): Promise<void> {
  const db = await openLibraryDb({ name, version: 1 });
  expect([...db.objectStoreNames]).toEqual(['reports']);
  const tx = db.transaction('reports' as never, 'readwrite');
  for (const r of reports) await (tx.objectStore('reports' as never) as unknown as IDBObjectStore & { put(v: unknown): Promise<unknown> }).put(r);
  await tx.done;
  db.close();
}

function v1Library(): SavedReport[] {
  const a = fixtureReport();
  a.annotations[3] = { ...a.annotations[3]!, note: 'Written under v1', verdict: 'disagree', updatedAt: '2026-01-02T00:00:00.000Z' };
  const b = fixtureReport({ id: 'r-v1-b', url: 'https://example.com/b', organisation: 'Ünïcode Org', savedAt: '2026-02-01T00:00:00.000Z' });
  return [a, b];
}

describe('schema migrations', () => {
  test('the current schema version is 2', () => {
    expect(DB_VERSION).toBe(2);
  });

  test('a database written by version 1 upgrades to version 2 without losing anything', async () => {
    const name = `migrate-${Math.random()}`;
    await writeV1(name, v1Library());
    const store = await LibraryStore.open({ name });
    try {
      expect(exportLibraryJson(await store.allReports())).toBe(exportLibraryJson(v1Library()));
      const flag = (await store.getReport('r-fixture-1'))!.annotations.find((x) => x.kind === 'flag');
      expect(flag).toMatchObject({ note: 'Written under v1', verdict: 'disagree' });
    } finally {
      store.close();
    }
  });

  test.each([
    ['the goals index', (s: LibraryStore) => s.idsBy('goals', 6), ['r-fixture-1', 'r-v1-b']],
    ['the organisation index (folded)', (s: LibraryStore) => s.idsBy('orgKey', 'unicode org'), ['r-v1-b']],
    ['the risk level index', (s: LibraryStore) => s.idsBy('riskLevel', 'medium'), ['r-fixture-1', 'r-v1-b']],
    ['the full-text index', (s: LibraryStore) => s.search('independent'), ['r-fixture-1', 'r-v1-b']],
    ['the note search', (s: LibraryStore) => s.search('under v1'), ['r-fixture-1']],
  ])('after the upgrade %s covers the migrated reports', async (_n, query, expected) => {
    const name = `migrate-idx-${Math.random()}`;
    await writeV1(name, v1Library());
    const store = await LibraryStore.open({ name });
    try {
      expect((await query(store)).sort()).toEqual(expected);
    } finally {
      store.close();
    }
  });

  test('a migrated library accepts new notes in the new annotations store', async () => {
    const name = `migrate-write-${Math.random()}`;
    await writeV1(name, v1Library());
    const store = await LibraryStore.open({ name });
    try {
      const id = v1Library()[1]!.annotations[0]!.id;
      await store.updateAnnotation({ reportId: 'r-v1-b', annotationId: id, note: 'after upgrade' });
      expect((await store.getReport('r-v1-b'))!.annotations.find((a) => a.id === id)?.note).toBe('after upgrade');
    } finally {
      store.close();
    }
  });

  test('a fresh database is created at the current version with both stores', async () => {
    const db = await openLibraryDb({ name: `fresh-${Math.random()}` });
    expect([db.version, [...db.objectStoreNames].sort()]).toEqual([2, ['annotations', 'reports']]);
    db.close();
  });
});
