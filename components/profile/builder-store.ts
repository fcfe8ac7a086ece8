/**
 * Profile builder state: signals with named actions. Reports come from the library in IndexedDB
 * (this page runs in the extension's origin); the profile is computed from them, never stored
 * apart from the reader's choices (reports, names, adjustments with their reasons, embed options),
 * which are kept per organisation in `storage.local` so a later visit starts where the reader left.
 */
import { computed, signal } from '@preact/signals';
import { z } from 'zod';
import { browser } from '#imports';
import { profileFromReports, type LevelAdjustment } from '../../lib/profile/build';
import { groupByOrganisation, type OrganisationGroup } from '../../lib/profile/organisations';
import { isHttpUrl, LEVELS, LIMITS } from '../../lib/profile/limits';
import { ProfileLevelSchema, type Profile } from '../../lib/schema/profile';
import type { SavedReport } from '../../lib/schema/saved-report';
import type { ReportSummary } from '../../lib/store/library-store';
import { libraryStore } from '../../lib/store/shared';
import { toStoreError } from '../../lib/store/errors';

/** What the reader chose for one organisation; parsed on every read from storage. */
export const BuilderDraftSchema = z.object({
  name: z.string().max(LIMITS.name),
  website: z.string().max(LIMITS.url),
  period: z.string().max(LIMITS.period),
  reportIds: z.array(z.string()).max(500),
  adjustments: z.array(z.object({ goal: z.number().int().min(1).max(17), level: ProfileLevelSchema, reason: z.string().max(LIMITS.reason) })).max(17),
  variant: z.enum(['badge', 'card', 'full']),
  theme: z.enum(['light', 'dark', 'auto']),
  lang: z.enum(['en', 'fr', 'es']),
  scriptUrl: z.string().max(LIMITS.url),
  width: z.number().int().min(200).max(1200),
});
/** The reader's choices for one organisation. */
export type BuilderDraft = z.infer<typeof BuilderDraftSchema>;

const draftKey = (orgKey: string) => `sdg-profile-draft:${orgKey}`;

export const loading = signal(true);
export const error = signal<string | null>(null);
export const summaries = signal<ReportSummary[]>([]);
/** Folded key of the chosen organisation. */
export const orgKey = signal<string | null>(null);
/** Full reports of the chosen organisation, by id (loaded on choice). */
export const fullReports = signal<Map<string, SavedReport>>(new Map());
export const draft = signal<BuilderDraft | null>(null);
/** Height the preview rendered at, for the snippet's reservation. */
export const previewHeight = signal(0);

/** Organisations present in the library. */
export const organisations = computed<OrganisationGroup<ReportSummary>[]>(() => groupByOrganisation(summaries.value));
export const organisation = computed(() => organisations.value.find((o) => o.key === orgKey.value) ?? null);

/** The goals whose adjusted level still lacks a reason. */
export const missingReasons = computed(() => new Set((draft.value?.adjustments ?? []).filter((a) => !a.reason.trim()).map((a) => a.goal)));

/** The profile from the chosen reports and the reader's choices, or why it cannot be made. */
export const result = computed<{ profile: Profile; computedOnly: Profile } | { error: string } | null>(() => {
  const d = draft.value;
  if (!d) return null;
  const chosen = d.reportIds.map((id) => fullReports.value.get(id)).filter((r): r is SavedReport => !!r);
  if (chosen.length === 0) return { error: 'reports' };
  if (d.website.trim() && !isHttpUrl(d.website.trim())) return { error: 'website' };
  try {
    const opts = {
      organisation: { name: d.name.trim() || organisation.value?.name || '?', ...(d.website.trim() ? { website: d.website.trim() } : {}) },
      period: d.period,
      // Reasons may be typed before the level changes: only differing levels are adjustments.
      now: new Date(),
    };
    const computedOnly = profileFromReports(chosen, opts);
    const adjustments: LevelAdjustment[] = d.adjustments.filter((a) => a.reason.trim() && computedOnly.goals.some((g) => g.goal === a.goal));
    return { profile: profileFromReports(chosen, { ...opts, adjustments }), computedOnly };
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0] ?? 'invalid' };
  }
});

/** Load the library's report list. */
export async function start(initialOrg: string | null): Promise<void> {
  try {
    const store = await libraryStore();
    summaries.value = await store.listReports();
    const first = organisations.value.find((o) => o.key === initialOrg || o.name === initialOrg) ?? organisations.value[0];
    if (first) await chooseOrganisation(first.key);
  } catch (e) {
    error.value = toStoreError(e).message;
  } finally {
    loading.value = false;
  }
}

function defaultDraft(group: OrganisationGroup<ReportSummary>): BuilderDraft {
  return {
    name: group.name,
    website: '',
    period: '',
    reportIds: group.reports.map((r) => r.id),
    adjustments: [],
    variant: 'card',
    theme: 'auto',
    lang: 'en',
    scriptUrl: 'https://example.org/js/sdg-profile.js',
    width: 360,
  };
}

/** Choose an organisation: load its reports and the reader's earlier choices. */
export async function chooseOrganisation(key: string): Promise<void> {
  const group = organisations.value.find((o) => o.key === key);
  if (!group) return;
  orgKey.value = key;
  draft.value = null;
  try {
    const store = await libraryStore();
    const loaded = await Promise.all(group.reports.map((r) => store.getReport(r.id)));
    fullReports.value = new Map(loaded.filter((r): r is SavedReport => !!r).map((r) => [r.id, r]));
    const stored = (await browser.storage.local.get(draftKey(key)))[draftKey(key)];
    const parsed = BuilderDraftSchema.safeParse(stored);
    const d = parsed.success ? parsed.data : defaultDraft(group);
    // Keep only reports that still exist.
    d.reportIds = d.reportIds.filter((id) => fullReports.value.has(id));
    draft.value = d;
  } catch (e) {
    error.value = toStoreError(e).message;
  }
}

/** Change the draft and keep it. */
export function update(patch: Partial<BuilderDraft>): void {
  if (!draft.value || !orgKey.value) return;
  draft.value = { ...draft.value, ...patch };
  void browser.storage.local.set({ [draftKey(orgKey.value)]: draft.value });
}

/** Include or leave out one report. */
export function toggleReport(id: string, on: boolean): void {
  const ids = draft.value?.reportIds ?? [];
  update({ reportIds: on ? [...new Set([...ids, id])] : ids.filter((x) => x !== id) });
}

/** Set a goal's shown level; back at the computed level, the adjustment goes away. */
export function setLevel(goal: number, level: (typeof LEVELS)[number], computedLevel: (typeof LEVELS)[number]): void {
  const rest = (draft.value?.adjustments ?? []).filter((a) => a.goal !== goal);
  const old = draft.value?.adjustments.find((a) => a.goal === goal);
  update({ adjustments: level === computedLevel ? rest : [...rest, { goal, level, reason: old?.reason ?? '' }] });
}

/** Set the reason of a goal's adjustment. */
export function setReason(goal: number, reason: string): void {
  update({ adjustments: (draft.value?.adjustments ?? []).map((a) => (a.goal === goal ? { ...a, reason: reason.slice(0, LIMITS.reason) } : a)) });
}
