import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Analysis } from '../../lib/schema/analysis';
import type { SavedReport } from '../../lib/schema/saved-report';
import * as store from '../../components/profile/builder-store';

const TEXT = `Acme annual report
We contribute to SDG 6 and target 6.4 on water efficiency.
Water withdrawal fell 18% compared with 2019.
We also support SDG 13.`;

/** Explicit references only, made by hand: these tests are about the builder, not the detectors. */
function analysisOf(text: string): Analysis {
  const explicit = [...text.matchAll(/SDG (\d+)|target (\d+)\.(\d+)/g)].map((m) => ({
    kind: 'explicit' as const, start: m.index!, end: m.index! + m[0].length, goals: [Number(m[1] ?? m[2])],
    ...(m[2] ? { target: `${m[2]}.${m[3]}` } : {}), form: m[2] ? ('target' as const) : ('number' as const), text: m[0], lang: 'en' as const,
  }));
  return { version: 1, lang: 'en', length: text.length, explicit, thematic: [], flags: [], risk: { score: 10, level: 'low', breakdown: [], summary: '' }, goals: [] };
}

const REPORT: SavedReport = {
  id: 'r-1', url: 'https://acme.example/r1', title: 'Report', organisation: 'Acme', savedAt: '2025-01-01T00:00:00.000Z',
  text: TEXT, lang: 'en', analysis: analysisOf(TEXT), annotations: [],
};

beforeEach(() => {
  fakeBrowser.reset();
  store.orgKey.value = 'acme';
  store.fullReports.value = new Map([[REPORT.id, REPORT]]);
  store.draft.value = {
    name: 'Acme', website: '', period: '', reportIds: [REPORT.id], adjustments: [],
    variant: 'card', theme: 'auto', lang: 'en', scriptUrl: 'https://x.example/w.js', width: 360,
  };
});

const profile = () => {
  const r = store.result.value;
  if (!r || 'error' in r) throw new Error(`no profile: ${JSON.stringify(r)}`);
  return r.profile;
};
const goal = (n: number) => profile().goals.find((g) => g.goal === n)!;

describe('profile builder state', () => {
  test('computes the profile of the chosen reports', () => {
    expect(profile().goals.map((g) => [g.goal, g.computed])).toEqual([[6, 'measured'], [13, 'claimed']]);
  });

  test('a changed level without a reason is pending: listed as missing, not published', () => {
    store.setLevel(13, 'evidenced', 'claimed');
    expect([...store.missingReasons.value]).toEqual([13]);
    expect(goal(13)).toMatchObject({ level: 'claimed', computed: 'claimed' });
  });

  test('with a reason the adjustment is published beside the computed level', () => {
    store.setLevel(13, 'evidenced', 'claimed');
    store.setReason(13, 'Climate plan published separately.');
    expect(store.missingReasons.value.size).toBe(0);
    expect(goal(13)).toEqual(expect.objectContaining({ level: 'evidenced', computed: 'claimed', reason: 'Climate plan published separately.' }));
  });

  test('setting the computed level again removes the adjustment', () => {
    store.setLevel(6, 'claimed', 'measured');
    store.setReason(6, 'x');
    store.setLevel(6, 'measured', 'measured');
    expect(store.draft.value!.adjustments).toEqual([]);
    expect(goal(6)).not.toHaveProperty('reason');
  });

  test('the reader’s choices are kept in storage, parsed back by the draft schema', async () => {
    store.setLevel(13, 'evidenced', 'claimed');
    store.setReason(13, 'kept');
    await new Promise((r) => setTimeout(r, 0));
    const stored = (await fakeBrowser.storage.local.get('sdg-profile-draft:acme'))['sdg-profile-draft:acme'];
    expect(store.BuilderDraftSchema.parse(stored).adjustments).toEqual([{ goal: 13, level: 'evidenced', reason: 'kept' }]);
  });

  test.each([
    ['no report chosen', { reportIds: [] }, 'reports'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website'],
  ])('%s: no profile, a reason instead', (_n, patch, error) => {
    store.update(patch);
    expect(store.result.value).toEqual({ error });
  });
});
