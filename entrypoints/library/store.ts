/**
 * Library page state: signals with named actions. Reads and writes go straight to the library in
 * IndexedDB (this page runs in the extension's origin); every change is announced with
 * `sdg:library-changed` so the side panel and pages follow, and announcements from elsewhere
 * reload the list.
 */
import { computed, signal } from '@preact/signals';
import { browser } from '#imports';
import { t } from '../../lib/i18n';
import { parseMessage } from '../../lib/schema/messages';
import type { RiskSummary } from '../../lib/schema/analysis';
import type { SavedReport } from '../../lib/schema/saved-report';
import { libraryStore } from '../../lib/store/shared';
import { toStoreError } from '../../lib/store/errors';
import type { ReportSummary } from '../../lib/store/library-store';
import { parseLibraryExport, type ImportProblem } from '../../lib/export/import';
import { exportFile, type ExportFormat } from '../../lib/export/formats';
import { downloadFile } from '../../components/library/download';

/** How the list is ordered. */
export type SortKey = 'date' | 'org' | 'goal' | 'risk' | 'title';
type RiskLevel = RiskSummary['level'];

/** Summaries of every saved report. */
export const reports = signal<ReportSummary[]>([]);
/** True until the first load finished. */
export const loading = signal(true);
/** A storage error for the reader (quota, blocked upgrade, newer database). */
export const error = signal<string | null>(null);
/** The search box's text. */
export const query = signal('');
/** Ids matching the search, or null when there is no search. */
export const searchHits = signal<Set<string> | null>(null);
/** The chosen order. */
export const sortKey = signal<SortKey>('date');
/** Only reports about this goal (null: all). */
export const goalFilter = signal<number | null>(null);
/** Only reports at this risk level (null: all). */
export const riskFilter = signal<RiskLevel | null>(null);
/** The last deletion, undoable until the next one. */
export const lastDeleted = signal<SavedReport | null>(null);
/** A parsed import waiting for the reader's merge/skip choice. */
export const pendingImport = signal<{ reports: SavedReport[]; duplicates: string[] } | null>(null);
/** The outcome of the last import, for the reader. */
export const importResult = signal<{ ok: boolean; text: string; problems?: ImportProblem[] } | null>(null);
/** The report open in the read view (`#report=<id>`), or null for the list. */
export const openId = signal<string | null>(null);

const RISK_ORDER: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2 };

/** The list as shown: filtered by search, goal and risk, then sorted. */
export const visible = computed(() => {
  const hits = searchHits.value;
  const goal = goalFilter.value;
  const risk = riskFilter.value;
  const list = reports.value.filter(
    (r) => (!hits || hits.has(r.id)) && (goal === null || r.goals.includes(goal)) && (risk === null || r.riskLevel === risk),
  );
  const by: Record<SortKey, (a: ReportSummary, b: ReportSummary) => number> = {
    date: (a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0),
    org: (a, b) => a.organisation.localeCompare(b.organisation) || (a.savedAt < b.savedAt ? 1 : -1),
    // By the lowest goal a report is about (SDG 1 first); reports about no goal last.
    goal: (a, b) => (a.goals[0] ?? 99) - (b.goals[0] ?? 99) || (a.savedAt < b.savedAt ? 1 : -1),
    risk: (a, b) => RISK_ORDER[a.riskLevel] - RISK_ORDER[b.riskLevel] || b.riskScore - a.riskScore,
    title: (a, b) => a.title.localeCompare(b.title),
  };
  return [...list].sort(by[sortKey.value]);
});

/** Goals present in the library, for the goal filter. */
export const goalsInLibrary = computed(() => [...new Set(reports.value.flatMap((r) => r.goals))].sort((a, b) => a - b));

async function announce(reason: 'deleted' | 'imported' | 'edited', reportId?: string): Promise<void> {
  await browser.runtime.sendMessage({ type: 'sdg:library-changed', reason, ...(reportId ? { reportId } : {}) }).catch(() => {});
}

async function guarded<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    const out = await fn();
    error.value = null;
    return out;
  } catch (e) {
    error.value = toStoreError(e).message;
    return undefined;
  }
}

/** (Re)load the list, and re-run the search if there is one. */
export async function load(): Promise<void> {
  await guarded(async () => {
    const store = await libraryStore();
    reports.value = await store.listReports();
    if (query.value.trim()) searchHits.value = new Set(await store.search(query.value));
  });
  loading.value = false;
}

let searchSeq = 0;
/** Search the library (title, organisation, URL, full text, notes). */
export async function setQuery(q: string): Promise<void> {
  query.value = q;
  const seq = ++searchSeq;
  if (!q.trim()) {
    searchHits.value = null;
    return;
  }
  const ids = await guarded(async () => (await libraryStore()).search(q));
  // A slower earlier search must not overwrite a later one.
  if (seq === searchSeq && ids) searchHits.value = new Set(ids);
}

/** Delete a report; it can be restored with `undoDelete` until the next deletion. */
export async function remove(id: string): Promise<void> {
  const deleted = await guarded(async () => (await libraryStore()).deleteReport(id));
  if (deleted) {
    lastDeleted.value = deleted;
    if (openId.value === id) openReport(null);
    await announce('deleted', id);
  }
  await load();
}

/** Put the last deleted report back, notes and all. */
export async function undoDelete(): Promise<void> {
  const r = lastDeleted.value;
  if (!r) return;
  await guarded(async () => (await libraryStore()).restoreReport(r));
  lastDeleted.value = null;
  await announce('edited', r.id);
  await load();
}

/** Download some reports (or all when `ids` is null) in a format. */
export async function exportReports(ids: readonly string[] | null, format: ExportFormat): Promise<void> {
  await guarded(async () => {
    const all = await (await libraryStore()).allReports();
    const chosen = ids ? all.filter((r) => ids.includes(r.id)) : all;
    downloadFile(exportFile(chosen, format));
  });
}

/** Validate an export file; ask about duplicates, or import at once when there are none. */
export async function importText(text: string): Promise<void> {
  importResult.value = null;
  const parsed = parseLibraryExport(text);
  if (!parsed.ok) {
    importResult.value = { ok: false, text: t('import_failed', parsed.message), problems: parsed.problems };
    return;
  }
  const duplicates = await guarded(async () => (await libraryStore()).existingIds(parsed.reports.map((r) => r.id)));
  if (!duplicates) return;
  if (duplicates.length) pendingImport.value = { reports: parsed.reports, duplicates };
  else await commitImport(parsed.reports, 'skip');
}

async function commitImport(list: SavedReport[], policy: 'merge' | 'skip'): Promise<void> {
  try {
    const outcome = await (await libraryStore()).importReports(list, policy);
    importResult.value = { ok: true, text: t('import_done', [outcome.added, outcome.merged, outcome.skipped]) };
    await announce('imported');
  } catch (e) {
    importResult.value = { ok: false, text: t('import_failed', toStoreError(e).message) };
  }
  await load();
}

/** The reader's answer to "some reports are already here". */
export async function resolveImport(choice: 'merge' | 'skip' | 'cancel'): Promise<void> {
  const pending = pendingImport.value;
  pendingImport.value = null;
  if (!pending || choice === 'cancel') return;
  await commitImport(pending.reports, choice);
}

/** Show a report (or the list, with null); kept in the URL hash so it can be bookmarked. */
export function openReport(id: string | null): void {
  openId.value = id;
  const hash = id ? `#report=${encodeURIComponent(id)}` : '';
  if (location.hash !== hash) history.pushState(null, '', hash || location.pathname);
}

function readHash(): void {
  const m = /^#report=(.+)$/.exec(location.hash);
  openId.value = m ? decodeURIComponent(m[1]!) : null;
}

/** Load the list and follow the hash and library changes made elsewhere. */
export async function start(): Promise<void> {
  readHash();
  addEventListener('popstate', readHash);
  addEventListener('hashchange', readHash);
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = parseMessage(raw);
    if (msg?.type === 'sdg:library-changed') void load();
    return undefined;
  });
  await load();
}
