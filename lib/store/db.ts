/**
 * The library database (IndexedDB of the extension's origin, via idb): schema versions and the
 * migrations between them. Each version's upgrade step stays here for good, so a browser that
 * skipped versions runs every step in order.
 *
 * - v1: one `reports` store (key `id`, indexes `url`, `savedAt`); annotations with notes inline.
 * - v2: annotations move to their own `annotations` store (key `[reportId, id]`, index
 *   `reportId`) so a note is saved without rewriting the report's text; reports gain derived,
 *   indexed fields: `orgKey` (organisation, folded), `goals` (multi-entry), `riskLevel` and
 *   `tokens` (multi-entry full-text index of title, organisation, URL and text).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { RiskSummary } from '../schema/analysis';
import type { SavedAnnotation, SavedReport } from '../schema/saved-report';
import { StoreError, storeErrorMessage, toStoreError } from './errors';
import { searchTokens } from './search';

/** The IndexedDB database name (extension origin). */
export const DB_NAME = 'sdg-lens-library';
/** The schema version this code writes. */
export const DB_VERSION = 2;

/** A report as stored from v2 on: everything but its annotations, plus indexed derived fields. */
export interface StoredReportV2 extends Omit<SavedReport, 'annotations'> {
  orgKey: string;
  goals: number[];
  riskLevel: RiskSummary['level'];
  tokens: string[];
}

/** An annotation as stored from v2 on. */
export interface StoredAnnotationV2 extends SavedAnnotation {
  reportId: string;
}

/** The v2 schema, for idb's typed API. */
export interface LibraryDB extends DBSchema {
  reports: {
    key: string;
    value: StoredReportV2;
    indexes: { url: string; savedAt: string; orgKey: string; goals: number; riskLevel: string; tokens: string };
  };
  annotations: {
    key: [string, string];
    value: StoredAnnotationV2;
    indexes: { reportId: string };
  };
}

/** Case- and accent-folded organisation, for sorting and grouping. */
export function orgKey(organisation: string): string {
  return organisation.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}

/** Goals a report names or discusses. */
export function reportGoals(r: Pick<SavedReport, 'analysis'>): number[] {
  return r.analysis.goals.filter((g) => g.explicit > 0 || g.thematic > 0).map((g) => g.goal).sort((a, b) => a - b);
}

/** Splits a report into its stored record and its annotation records. */
export function toStored(r: SavedReport): { report: StoredReportV2; annotations: StoredAnnotationV2[] } {
  const { annotations, ...rest } = r;
  return {
    report: {
      ...rest,
      orgKey: orgKey(r.organisation),
      goals: reportGoals(r),
      riskLevel: r.analysis.risk.level,
      tokens: searchTokens(`${r.title} ${r.organisation} ${r.url} ${r.text}`),
    },
    annotations: annotations.map((a) => ({ ...a, reportId: r.id })),
  };
}

/** Joins a stored report and its annotations back into a SavedReport. */
export function fromStored(report: StoredReportV2, annotations: StoredAnnotationV2[]): SavedReport {
  const { orgKey: _o, goals: _g, riskLevel: _r, tokens: _t, ...rest } = report;
  return { ...rest, annotations: annotations.map(({ reportId: _id, ...a }) => a) };
}

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
type UpgradeDb = IDBPDatabase<unknown>;

/** Upgrade steps: `STEPS[v - 1]` turns a version v-1 database into version v. */
const STEPS: ((db: UpgradeDb, tx: UpgradeTx) => Promise<void> | void)[] = [
  // v1: the first schema.
  (db) => {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('url', 'url');
    reports.createIndex('savedAt', 'savedAt');
  },
  // v2: annotations in their own store; indexed organisation, goals, risk level and full text.
  async (db, tx) => {
    const annotations = db.createObjectStore('annotations', { keyPath: ['reportId', 'id'] });
    annotations.createIndex('reportId', 'reportId');
    const reports = tx.objectStore('reports');
    reports.createIndex('orgKey', 'orgKey');
    reports.createIndex('goals', 'goals', { multiEntry: true });
    reports.createIndex('riskLevel', 'riskLevel');
    reports.createIndex('tokens', 'tokens', { multiEntry: true });
    for (let cursor = await reports.openCursor(); cursor; cursor = await cursor.continue()) {
      const v1 = cursor.value as SavedReport;
      const { report, annotations: list } = toStored(v1);
      for (const a of list) await tx.objectStore('annotations').put(a);
      await cursor.update(report);
    }
  },
];

/** Options for opening the database (tests use other names and older versions). */
export interface OpenOptions {
  name?: string;
  /** Open at an older schema version (migration tests); defaults to DB_VERSION. */
  version?: number;
  /** Called when a newer version (another page, an update) needs this connection closed. */
  onVersionChange?: () => void;
}

/**
 * Opens (creating or upgrading) the library database. A blocked upgrade is reported as a
 * StoreError('blocked') instead of waiting silently; a database newer than this code is
 * StoreError('version').
 */
export function openLibraryDb(opts: OpenOptions = {}): Promise<IDBPDatabase<LibraryDB>> {
  const version = opts.version ?? DB_VERSION;
  if (typeof indexedDB === 'undefined') return Promise.reject(new StoreError('unavailable', storeErrorMessage('unavailable')));
  return new Promise((resolve, reject) => {
    let settled = false;
    const opening = openDB<LibraryDB>(opts.name ?? DB_NAME, version, {
      async upgrade(db, oldVersion, newVersion, tx) {
        const target = newVersion ?? version;
        for (let v = oldVersion + 1; v <= target; v++) {
          await STEPS[v - 1]!(db as unknown as UpgradeDb, tx as unknown as UpgradeTx);
        }
      },
      blocked() {
        if (settled) return;
        settled = true;
        reject(new StoreError('blocked', storeErrorMessage('blocked')));
      },
      blocking() {
        // Let a newer version (an updated extension in another page) upgrade: close ours.
        void opening.then((db) => db.close());
        opts.onVersionChange?.();
      },
    });
    opening.then(
      (db) => {
        if (settled) db.close(); // the caller already heard "blocked"
        else {
          settled = true;
          resolve(db);
        }
      },
      (e) => {
        if (settled) return;
        settled = true;
        reject(toStoreError(e));
      },
    );
  });
}

/** Store names of the current schema. */
export const STORE_NAMES: StoreNames<LibraryDB>[] = ['reports', 'annotations'];
