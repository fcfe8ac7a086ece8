/**
 * The library's repositories: saved reports and their annotations (notes, verdicts, anchor
 * status). Every write is one IndexedDB transaction over both stores, so a failure (quota,
 * a crash, invalid data) leaves nothing half-written. Records are parsed with zod on the way in
 * and on the way out: a corrupt record is reported, never passed on.
 */
import type { IDBPDatabase } from 'idb';
import type { ReanchorResult } from '../anchor/reanchor';
import { mergeReports, type DuplicatePolicy } from '../export/merge';
import { normaliseReports } from '../export/json';
import {
  AnnotationEditSchema,
  SavedReportSchema,
  type AnnotationEdit,
  type SavedAnnotation,
  type SavedReport,
} from '../schema/saved-report';
import type { RiskSummary } from '../schema/analysis';
import { fromStored, openLibraryDb, toStored, type LibraryDB, type OpenOptions, type StoredReportV2 } from './db';
import { StoreError, storeErrorMessage, toStoreError } from './errors';
import { searchTokens } from './search';

/** What the library list shows of a report (no text, no annotations). */
export interface ReportSummary {
  id: string;
  url: string;
  title: string;
  organisation: string;
  savedAt: string;
  lang: SavedReport['lang'];
  goals: number[];
  riskLevel: RiskSummary['level'];
  riskScore: number;
  explicitCount: number;
  thematicCount: number;
  flagCount: number;
  noteCount: number;
  orphanCount: number;
}

/** The outcome of an import. */
export interface ImportOutcome {
  added: number;
  merged: number;
  skipped: number;
}

/** The outcome of saving a page. */
export interface SaveOutcome {
  report: SavedReport;
  /** True when the URL was already saved: the report was updated in place, notes carried over. */
  replaced: boolean;
  /** Notes or verdicts whose finding no longer exists in the new analysis (kept out of the new copy). */
  lostNotes: number;
}

function validate(r: SavedReport): SavedReport {
  const parsed = SavedReportSchema.safeParse(r);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StoreError('invalid', `${storeErrorMessage('invalid')} (${first?.path.join('.') || 'report'}: ${first?.message})`);
  }
  return parsed.data;
}

function summarise(r: StoredReportV2, annotations: readonly SavedAnnotation[]): ReportSummary {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    organisation: r.organisation,
    savedAt: r.savedAt,
    lang: r.lang,
    goals: r.goals,
    riskLevel: r.riskLevel,
    riskScore: r.analysis.risk.score,
    explicitCount: r.analysis.explicit.length,
    thematicCount: r.analysis.thematic.length,
    flagCount: r.analysis.flags.length,
    noteCount: annotations.filter((a) => a.note || a.verdict).length,
    orphanCount: annotations.filter((a) => a.anchor.status === 'orphan').length,
  };
}

/**
 * A re-save of a page: the new text and analysis, with the reader's notes and verdicts carried
 * over to the findings that are still there (same id and same quote).
 */
function carryOverJudgements(previous: SavedReport, next: SavedReport): SavedReport {
  const old = new Map(previous.annotations.map((a) => [a.id, a]));
  return {
    ...next,
    annotations: next.annotations.map((a) => {
      const o = old.get(a.id);
      return o && o.quote.exact === a.quote.exact && (o.note || o.verdict) ? { ...a, note: o.note, verdict: o.verdict, updatedAt: o.updatedAt } : a;
    }),
  };
}

/** The library repositories over one open database connection. */
export class LibraryStore {
  private constructor(private readonly db: IDBPDatabase<LibraryDB>) {}

  /** Opens the library (creating or upgrading the database as needed). */
  static async open(opts: OpenOptions = {}): Promise<LibraryStore> {
    return new LibraryStore(await openLibraryDb(opts));
  }

  /** Closes the connection. */
  close(): void {
    this.db.close();
  }

  /** Runs `fn` in one read-write transaction over both stores; aborts it on any error. */
  private async write<T>(fn: (tx: ReturnType<LibraryStore['rwTx']>) => Promise<T>): Promise<T> {
    const tx = this.rwTx();
    try {
      const result = await fn(tx);
      await tx.done;
      return result;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the browser (quota): nothing was committed either way.
      }
      await tx.done.catch(() => {});
      throw toStoreError(e);
    }
  }

  private rwTx() {
    return this.db.transaction(['reports', 'annotations'], 'readwrite');
  }

  private async readReport(tx: ReturnType<LibraryStore['rwTx']> | ReturnType<LibraryStore['roTx']>, id: string): Promise<SavedReport | undefined> {
    const stored = await tx.objectStore('reports').get(id);
    if (!stored) return undefined;
    const annotations = await tx.objectStore('annotations').index('reportId').getAll(id);
    return fromStored(stored, annotations);
  }

  private roTx() {
    return this.db.transaction(['reports', 'annotations'], 'readonly');
  }

  private async putReport(tx: ReturnType<LibraryStore['rwTx']>, r: SavedReport): Promise<void> {
    const { report, annotations } = toStored(r);
    const annStore = tx.objectStore('annotations');
    // Replace the whole annotation set: delete the old rows of this report first.
    for (const key of await annStore.index('reportId').getAllKeys(r.id)) await annStore.delete(key);
    await tx.objectStore('reports').put(report);
    for (const a of annotations) await annStore.put(a);
  }

  /**
   * Saves a report. When its URL is already in the library, the stored report is updated in place
   * (same id) and the reader's notes and verdicts are carried over to the findings that remain.
   */
  async saveReport(input: SavedReport): Promise<SaveOutcome> {
    const r = validate(input);
    return this.write(async (tx) => {
      const sameUrl = await tx.objectStore('reports').index('url').getAll(r.url);
      const previousStored = sameUrl.find((p) => p.id === r.id) ?? sameUrl[0];
      const previous = previousStored ? await this.readReport(tx, previousStored.id) : undefined;
      let next = r;
      let lostNotes = 0;
      if (previous) {
        // The organisation may have been corrected by the reader: it outlives a re-save.
        next = carryOverJudgements(previous, { ...r, id: previous.id, organisation: previous.organisation || r.organisation });
        const kept = new Set(next.annotations.filter((a) => a.note || a.verdict).map((a) => a.id));
        lostNotes = previous.annotations.filter((a) => (a.note || a.verdict) && !kept.has(a.id)).length;
        for (const p of sameUrl) if (p.id !== previous.id) await this.deleteIn(tx, p.id);
      }
      await this.putReport(tx, next);
      return { report: next, replaced: !!previous, lostNotes };
    });
  }

  private async deleteIn(tx: ReturnType<LibraryStore['rwTx']>, id: string): Promise<void> {
    const annStore = tx.objectStore('annotations');
    for (const key of await annStore.index('reportId').getAllKeys(id)) await annStore.delete(key);
    await tx.objectStore('reports').delete(id);
  }

  /** The report with this id, or undefined. */
  async getReport(id: string): Promise<SavedReport | undefined> {
    try {
      const r = await this.readReport(this.roTx(), id);
      return r && validate(r);
    } catch (e) {
      throw toStoreError(e);
    }
  }

  /** The saved report of a URL (the most recently saved one if several), or undefined. */
  async findByUrl(url: string): Promise<SavedReport | undefined> {
    try {
      const tx = this.roTx();
      const list = await tx.objectStore('reports').index('url').getAll(url);
      const latest = list.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1))[0];
      const r = latest && (await this.readReport(tx, latest.id));
      return r ? validate(r) : undefined;
    } catch (e) {
      throw toStoreError(e);
    }
  }

  /** Summaries of every saved report, newest first. */
  async listReports(): Promise<ReportSummary[]> {
    try {
      const tx = this.roTx();
      const [reports, annotations] = await Promise.all([tx.objectStore('reports').getAll(), tx.objectStore('annotations').getAll()]);
      const byReport = new Map<string, SavedAnnotation[]>();
      for (const a of annotations) {
        const list = byReport.get(a.reportId) ?? [];
        list.push(a);
        byReport.set(a.reportId, list);
      }
      return reports.map((r) => summarise(r, byReport.get(r.id) ?? [])).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    } catch (e) {
      throw toStoreError(e);
    }
  }

  /** Ids of the reports stored under an index value (goal number, risk level, folded organisation). */
  async idsBy(index: 'goals' | 'riskLevel' | 'orgKey', value: number | string): Promise<string[]> {
    try {
      const keys = await this.db.getAllKeysFromIndex('reports', index, value as never);
      return [...new Set(keys)];
    } catch (e) {
      throw toStoreError(e);
    }
  }

  /**
   * Full-text search: ids of reports whose title, organisation, URL or text hold every query word
   * (as a word prefix), or whose reader notes contain the query. Newest first is the caller's choice.
   */
  async search(query: string): Promise<string[]> {
    const words = searchTokens(query);
    const needle = query.trim().toLowerCase();
    if (!words.length && !needle) return [];
    try {
      const tx = this.roTx();
      let hits: Set<string> | null = null;
      for (const w of words) {
        const keys = await tx.objectStore('reports').index('tokens').getAllKeys(IDBKeyRange.bound(w, `${w}\uffff`));
        const set = new Set<string>(keys);
        const prev: Set<string> | null = hits;
        hits = prev ? new Set([...prev].filter((id: string) => set.has(id))) : set;
        if (!hits.size) break;
      }
      const out = new Set(hits ?? []);
      if (needle) {
        for (let c = await tx.objectStore('annotations').openCursor(); c; c = await c.continue()) {
          if (c.value.note.toLowerCase().includes(needle)) out.add(c.value.reportId);
        }
      }
      return [...out];
    } catch (e) {
      throw toStoreError(e);
    }
  }

  /** Deletes a report and its annotations; returns what was deleted so the UI can undo. */
  async deleteReport(id: string): Promise<SavedReport | undefined> {
    return this.write(async (tx) => {
      const existing = await this.readReport(tx, id);
      if (existing) await this.deleteIn(tx, id);
      return existing;
    });
  }

  /** Puts a deleted report back exactly as it was (undo). */
  async restoreReport(r: SavedReport): Promise<void> {
    const valid = validate(r);
    await this.write((tx) => this.putReport(tx, valid));
  }

  /** Changes an annotation's note and/or verdict; stamps `updatedAt`. */
  async updateAnnotation(edit: AnnotationEdit, now = new Date().toISOString()): Promise<SavedAnnotation> {
    const e = AnnotationEditSchema.parse(edit);
    return this.write(async (tx) => {
      const store = tx.objectStore('annotations');
      const a = await store.get([e.reportId, e.annotationId]);
      if (!a) throw new StoreError('not-found', storeErrorMessage('not-found'));
      const next = {
        ...a,
        ...(e.note !== undefined ? { note: e.note } : {}),
        ...(e.verdict !== undefined ? { verdict: e.verdict } : {}),
        updatedAt: now,
      };
      await store.put(next);
      const { reportId: _r, ...out } = next;
      return out;
    });
  }

  /** Records where the annotations of a report were found on the live page (or that they were not). */
  async setAnchorStatus(reportId: string, results: readonly ReanchorResult[], checkedAt = new Date().toISOString()): Promise<void> {
    await this.write(async (tx) => {
      const store = tx.objectStore('annotations');
      for (const r of results) {
        const a = await store.get([reportId, r.id]);
        if (!a) continue;
        const anchor = r.status === 'orphan' ? { status: r.status, checkedAt } : { status: r.status, start: r.start, end: r.end, checkedAt };
        await store.put({ ...a, anchor });
      }
    });
  }

  /** Renames the organisation of a report (it was guessed from the page). */
  async setOrganisation(reportId: string, organisation: string): Promise<void> {
    await this.write(async (tx) => {
      const r = await this.readReport(tx, reportId);
      if (!r) throw new StoreError('not-found', storeErrorMessage('not-found'));
      await this.putReport(tx, validate({ ...r, organisation: organisation.trim() }));
    });
  }

  /** Every saved report, in export order. */
  async allReports(): Promise<SavedReport[]> {
    try {
      const tx = this.roTx();
      const [reports, annotations] = await Promise.all([tx.objectStore('reports').getAll(), tx.objectStore('annotations').getAll()]);
      return normaliseReports(reports.map((r) => fromStored(r, annotations.filter((a) => a.reportId === r.id))));
    } catch (e) {
      throw toStoreError(e);
    }
  }

  /** Which of these report ids are already in the library. */
  async existingIds(ids: readonly string[]): Promise<string[]> {
    try {
      const tx = this.db.transaction('reports', 'readonly');
      const found = await Promise.all(ids.map((id) => tx.store.getKey(id)));
      return ids.filter((_, i) => found[i] !== undefined);
    } catch (e) {
      throw toStoreError(e);
    }
  }

  /**
   * Imports validated reports in one transaction: all of them or none. Reports whose id is already
   * stored are merged (the later note per annotation wins) or skipped, as the reader chose.
   */
  async importReports(reports: readonly SavedReport[], policy: DuplicatePolicy): Promise<ImportOutcome> {
    const valid = reports.map(validate);
    return this.write(async (tx) => {
      const outcome: ImportOutcome = { added: 0, merged: 0, skipped: 0 };
      for (const r of valid) {
        const existing = await this.readReport(tx, r.id);
        if (!existing) {
          await this.putReport(tx, r);
          outcome.added++;
        } else if (policy === 'skip') outcome.skipped++;
        else {
          await this.putReport(tx, mergeReports(existing, r));
          outcome.merged++;
        }
      }
      return outcome;
    });
  }
}
