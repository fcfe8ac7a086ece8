/**
 * Side panel state: the findings of one tab, the filters, and the tab's saved report (if any).
 *
 * Which tab: the `?tab=<id>` parameter when given (the panel opened as a normal tab, as the
 * browser tests do — it then stays on that tab), else the active tab of the panel's window,
 * followed across tab switches. Re-reads on the tab's `sdg:analysis-updated` broadcasts (re-scans
 * of dynamic pages), on navigations, and on `sdg:library-changed`.
 */
import { computed, signal } from '@preact/signals';
import { browser, type Browser } from '#imports';
import { parseMessage, type FindingItem, type ScanStatus, type TabSummary } from '../../lib/schema/messages';
import { LibrarySaveResponseSchema, type SavedAnnotation, type SavedReport } from '../../lib/schema/saved-report';
import type { Criterion, Finding } from '../../lib/schema/analysis';
import { canonicalUrl } from '../../lib/anchor/annotations';
import { sendToTab } from '../../lib/background/send';
import { libraryStore } from '../../lib/store/shared';
import { toStoreError } from '../../lib/store/errors';
import { t } from '../../lib/i18n';
import { findingTitle } from '../../components/library/finding-text';

/** A finding's kind, for the kind filter. */
export type Kind = Finding['kind'];
/** How the list is grouped. */
export type GroupBy = 'goal' | 'criterion';

/** The tab whose findings are shown. */
export const tabId = signal<number | null>(null);
/** True when `?tab=` fixed the tab. */
export const pinned = signal(false);
/** The tab's summary (URL, title, status). */
export const summary = signal<TabSummary | null>(null);
/** Every finding and flag of the tab. */
export const items = signal<FindingItem[]>([]);
/** 'unreachable': no content script answers on this tab. */
export const state = signal<'loading' | 'no-tab' | 'unreachable' | ScanStatus>('loading');
/** The tab's saved report, when its URL was saved. */
export const saved = signal<SavedReport | null>(null);
/** The analysed text of the tab, for showing each finding in its sentence. */
export const pageText = signal('');
/** A storage error for the reader. */
export const storeError = signal<string | null>(null);
/** The outcome of the last save. */
export const saveMessage = signal<{ ok: boolean; text: string } | null>(null);
/** True while a save runs. */
export const saving = signal(false);

/** The search box's text. */
export const query = signal('');
/** Filters; null means no filter. */
export const goalFilter = signal<number | null>(null);
export const kindFilter = signal<Kind | null>(null);
export const criterionFilter = signal<Criterion | null>(null);
export const strengthFilter = signal<'strong' | 'weak' | null>(null);
/** Grouping of the list. */
export const groupBy = signal<GroupBy>('goal');

/** Goals of a finding (explicit may name several; flags none). */
export function goalsOf(f: Finding): number[] {
  return f.kind === 'explicit' ? f.goals : f.kind === 'thematic' ? [f.goal] : [];
}

/** The words of a finding a search can match. */
function searchable(item: FindingItem): string {
  const f = item.finding;
  const words = [findingTitle(f)];
  if (f.kind === 'explicit') words.push(f.text);
  if (f.kind === 'thematic') words.push(...f.terms.map((x) => x.term));
  if (f.kind === 'flag') words.push(f.quote, f.explanation, f.cue);
  const a = annotationFor(item);
  if (a) words.push(a.quote.exact, a.note);
  return words.join(' ').toLowerCase();
}

/** Items that pass every filter. */
export const filtered = computed(() => {
  const q = query.value.trim().toLowerCase();
  const goal = goalFilter.value;
  const kind = kindFilter.value;
  const crit = criterionFilter.value;
  const strength = strengthFilter.value;
  return items.value.filter(({ finding: f, ...rest }) => {
    if (kind && f.kind !== kind) return false;
    if (goal !== null && !goalsOf(f).includes(goal)) return false;
    if (crit && (f.kind !== 'flag' || f.criterion !== crit)) return false;
    if (strength && (f.kind !== 'flag' || f.strength !== strength)) return false;
    return !q || searchable({ finding: f, ...rest }).includes(q);
  });
});

/** A group of the list: a heading and its items (an item may sit in several goal groups). */
export interface Group {
  key: string;
  label: string;
  goal?: number;
  items: FindingItem[];
}

/** The filtered items grouped by goal (general references and flags last) or by criterion. */
export const groups = computed<Group[]>(() => {
  const map = new Map<string, Group>();
  const push = (key: string, label: string, item: FindingItem, goal?: number) => {
    const g = map.get(key) ?? { key, label, items: [], ...(goal ? { goal } : {}) };
    g.items.push(item);
    map.set(key, g);
  };
  for (const item of filtered.value) {
    const f = item.finding;
    if (groupBy.value === 'criterion') {
      if (f.kind === 'flag') push(`c-${f.criterion}`, `${f.criterion}: ${t(`crit_${f.criterion}`)}`, item);
      else push('findings', t('group_findings'), item);
      continue;
    }
    if (f.kind === 'flag') push('flags', t('group_flags'), item);
    else if (!goalsOf(f).length) push('general', t('group_general'), item);
    else for (const g of goalsOf(f)) push(`g-${String(g).padStart(2, '0')}`, '', item, g);
  }
  const order = (k: string) => (k.startsWith('g-') || k.startsWith('c-') ? 0 : k === 'general' || k === 'findings' ? 1 : 2);
  return [...map.values()].sort((a, b) => order(a.key) - order(b.key) || (a.key < b.key ? -1 : 1));
});

/** Goals and criteria present, for the filter menus. */
export const presentGoals = computed(() => [...new Set(items.value.flatMap((i) => goalsOf(i.finding)))].sort((a, b) => a - b));
export const presentCriteria = computed(() => [
  ...new Set(items.value.flatMap((i) => (i.finding.kind === 'flag' ? [i.finding.criterion] : []))),
].sort());

/** The kind-and-subject part of a finding id ("fG1-10-20" → "fG1"). */
function idSubject(id: string): string {
  return id.replace(/-\d+-\d+(~\d+)?$/, '');
}

/**
 * The saved annotation of a live finding: the same id (unchanged page), or, when the page moved
 * since saving, the annotation re-anchored exactly onto this finding's span with the same subject.
 */
export function annotationFor(item: FindingItem): SavedAnnotation | undefined {
  const list = saved.value?.annotations;
  if (!list) return undefined;
  const f = item.finding;
  return (
    list.find((a) => a.id === item.id) ??
    list.find((a) => a.anchor.start === f.start && a.anchor.end === f.end && a.anchor.status !== 'orphan' && idSubject(a.id) === idSubject(item.id))
  );
}

/** A finding in its sentence: up to 70 characters each side, within its paragraph. */
export function contextOf(f: Finding): { before: string; match: string; after: string } | null {
  const text = pageText.value;
  if (!text || f.end > text.length) return null;
  const match = text.slice(f.start, f.end);
  // The text of an older scan no longer fits this finding: show nothing rather than wrong words.
  if ((f.kind === 'explicit' && match !== f.text) || (f.kind === 'flag' && match !== f.quote)) return null;
  if (f.kind === 'thematic') return { before: '', match: '', after: match };
  const blockStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const nl = text.indexOf('\n', f.end);
  const blockEnd = nl === -1 ? text.length : nl;
  let from = Math.max(blockStart, f.start - 70);
  let to = Math.min(blockEnd, f.end + 70);
  // Cut at word boundaries, not inside words.
  if (from > blockStart) from = Math.min(f.start, text.indexOf(' ', from) + 1 || f.start);
  if (to < blockEnd) to = Math.max(f.end, text.lastIndexOf(' ', to));
  return {
    before: (from > blockStart ? '…' : '') + text.slice(from, f.start),
    match,
    after: text.slice(f.end, to) + (to < blockEnd ? '…' : ''),
  };
}

/** Saved annotations that were not found on the live page at the last check. */
export const orphans = computed(() => saved.value?.annotations.filter((a) => a.anchor.status === 'orphan') ?? []);

async function loadSaved(): Promise<void> {
  const url = summary.value?.url;
  if (!url) {
    saved.value = null;
    return;
  }
  try {
    saved.value = (await (await libraryStore()).findByUrl(canonicalUrl(url))) ?? null;
    storeError.value = null;
  } catch (e) {
    storeError.value = toStoreError(e).message;
  }
}

let seq = 0;
/** Re-read the tab's summary, findings and saved report. */
export async function refresh(): Promise<void> {
  const id = tabId.value;
  const mine = ++seq;
  if (id === null) {
    state.value = 'no-tab';
    items.value = [];
    summary.value = null;
    return;
  }
  try {
    const s = await sendToTab(id, { type: 'sdg:get-summary' });
    const f = await sendToTab(id, { type: 'sdg:get-findings' });
    if (mine !== seq) return; // a newer refresh (tab switch) won
    summary.value = s;
    items.value = f.items;
    state.value = f.status;
    const source = f.items.length ? await sendToTab(id, { type: 'sdg:get-report-source' }).catch(() => null) : null;
    if (mine === seq) pageText.value = source?.text ?? '';
  } catch {
    if (mine !== seq) return;
    summary.value = null;
    items.value = [];
    pageText.value = '';
    state.value = 'unreachable';
  }
  await loadSaved();
}

/** Scroll the page to a finding and focus its highlight. */
export async function focusFinding(id: string): Promise<void> {
  if (tabId.value === null) return;
  await sendToTab(tabId.value, { type: 'sdg:focus-finding', id }).catch(() => {});
}

/** Ask the tab to scan now (on-click mode). */
export async function scanNow(): Promise<void> {
  if (tabId.value === null) return;
  await sendToTab(tabId.value, { type: 'sdg:scan' }).catch(() => {});
  await refresh();
}

/** Save the tab's report to the library (through the background, which reads the page). */
export async function save(): Promise<void> {
  if (tabId.value === null) return;
  saving.value = true;
  saveMessage.value = null;
  try {
    const raw: unknown = await browser.runtime.sendMessage({ type: 'sdg:library-save', tabId: tabId.value });
    const r = LibrarySaveResponseSchema.parse(raw);
    if (r.ok) {
      const parts = [r.replaced ? t('save_replaced') : t('save_done', r.annotations)];
      if (r.lostNotes) parts.push(t('save_lost_notes', r.lostNotes));
      saveMessage.value = { ok: true, text: parts.join(' ') };
    } else saveMessage.value = { ok: false, text: t('save_failed', r.error) };
  } catch (e) {
    saveMessage.value = { ok: false, text: t('save_failed', e instanceof Error ? e.message : String(e)) };
  } finally {
    saving.value = false;
  }
  await loadSaved();
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Pick the tab and subscribe to everything that changes what the panel shows. */
export async function start(): Promise<void> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    pinned.value = true;
    tabId.value = Number(param);
  } else tabId.value = await activeTabId();

  browser.tabs.onActivated.addListener((info: Browser.tabs.OnActivatedInfo) => {
    if (pinned.value) return;
    void browser.windows.getCurrent().then((w) => {
      if (w.id !== info.windowId) return;
      tabId.value = info.tabId;
      saveMessage.value = null;
      void refresh();
    });
  });
  browser.tabs.onUpdated.addListener((id: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (id === tabId.value && (change.status === 'complete' || change.url)) void refresh();
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const msg = parseMessage(raw);
    if (msg?.type === 'sdg:analysis-updated' && sender.tab?.id === tabId.value) void refresh();
    if (msg?.type === 'sdg:library-changed') void loadSaved();
    return undefined;
  });
  await refresh();
}
