/** Pure derivations for the page UI: shown flags, keyboard-navigation stops and the popup summary. */
import { describe, expect, test } from 'vitest';
import { navigationStops, navigationStopsBuilder, summarize, visibleFlags, type NavStop } from '../../entrypoints/annotate.content/summary';
import { IntervalIndex } from '../../lib/dom/interval-index';
import { findingId } from '../../lib/schema/messages';
import type { ThematicFinding } from '../../lib/schema/analysis';
import type { Analysis, Flag } from '../../lib/schema/analysis';

const flag = (criterion: Flag['criterion'], start: number, end: number, scope: Flag['scope'], strength: Flag['strength']): Flag => ({
  kind: 'flag', criterion, start, end, scope, strength, quote: 'q', cue: 'c', missing: 'm', explanation: 'e', source: 's',
});

const analysis: Analysis = {
  version: 1,
  lang: 'en',
  length: 300,
  explicit: [
    { kind: 'explicit', start: 20, end: 26, goals: [13], form: 'number', text: 'SDG 13', lang: 'en' },
    { kind: 'explicit', start: 200, end: 210, goals: [], form: 'general', text: 'the 2030 Agenda', lang: 'en' },
  ],
  thematic: [
    { kind: 'thematic', start: 100, end: 180, goal: 6, score: 0.6, terms: [] },
    { kind: 'thematic', start: 100, end: 180, goal: 14, score: 0.9, terms: [] },
  ],
  flags: [
    flag('S1', 10, 40, 'S', 'strong'),
    flag('I3', 150, 161, 'P', 'weak'),
    flag('E1', 0, 300, 'D', 'strong'),
  ],
  risk: { score: 40, level: 'medium', breakdown: [], summary: 'x' },
  goals: [
    { goal: 6, explicit: 0, thematic: 1, score: 0.6 },
    { goal: 13, explicit: 1, thematic: 0, score: 1 },
  ],
};

describe('visibleFlags', () => {
  test.each([
    ['all', ['S1', 'I3']],
    ['strong', ['S1']],
  ] as const)('at sensitivity %s the page draws %j (document-level flags are popup-only)', (sensitivity, expected) => {
    expect(visibleFlags(analysis, sensitivity).map((f) => f.criterion)).toEqual(expected);
  });
});

describe('navigationStops', () => {
  test('are in text order; a sentence flag around a reference shares its card; one stop per thematic block, best goal first', () => {
    const stops = navigationStops(analysis, 'all');
    expect(stops.map((s) => [s.start, s.findings.map((f) => (f.kind === 'thematic' ? `t${f.goal}` : f.kind === 'flag' ? f.criterion : 'x'))])).toEqual([
      [10, ['S1']],
      [20, ['x', 'S1']],
      [100, ['t14', 't6']],
      [150, ['I3']],
      [200, ['x']],
    ]);
  });

  test('built in slices (any cut points), a long analysis gives the same stops as one pass of the original algorithm', () => {
    const big: Analysis = {
      ...analysis,
      explicit: Array.from({ length: 3_000 }, (_, i) => ({ kind: 'explicit' as const, start: i * 50 + 5, end: i * 50 + 11, goals: [(i % 17) + 1], form: 'number' as const, text: 'SDG 1', lang: 'en' as const })),
      thematic: Array.from({ length: 2_000 }, (_, i) => ({ kind: 'thematic' as const, start: Math.floor(i / 2) * 150, end: Math.floor(i / 2) * 150 + 140, goal: (i % 17) + 1, score: (i % 7) / 7, terms: [] })),
      flags: Array.from({ length: 900 }, (_, i) => flag(i % 2 ? 'S1' : 'I3', i * 160, i * 160 + 30, i % 3 ? 'S' : 'P', i % 4 ? 'strong' : 'weak')),
    };
    // The algorithm as it was before it was sliced.
    const reference = (an: Analysis, sensitivity: 'all' | 'strong'): NavStop[] => {
      const stops: NavStop[] = [];
      const flags = visibleFlags(an, sensitivity);
      const sentenceFlags = new IntervalIndex(flags.filter((g) => g.scope === 'S').map((g) => ({ start: g.start, end: g.end, value: g })));
      for (const f of an.explicit) {
        const onIt = sentenceFlags.at(f.start).filter((i) => i.end >= f.end).map((i) => i.value);
        stops.push({ id: findingId(f), start: f.start, end: f.end, findings: [f, ...onIt] });
      }
      for (const f of flags) stops.push({ id: findingId(f), start: f.start, end: f.end, findings: [f] });
      const byBlock = new Map<string, ThematicFinding[]>();
      for (const f of an.thematic) byBlock.set(`${f.start}-${f.end}`, [...(byBlock.get(`${f.start}-${f.end}`) ?? []), f]);
      for (const group of byBlock.values()) {
        const first = group[0]!;
        stops.push({ id: findingId(first), start: first.start, end: first.end, findings: group.sort((a, b) => b.score - a.score) });
      }
      return stops.sort((a, b) => a.start - b.start || b.end - a.end);
    };
    for (const sensitivity of ['all', 'strong'] as const) {
      const want = reference(big, sensitivity);
      expect(navigationStops(big, sensitivity)).toEqual(want);
      const b = navigationStopsBuilder(big, sensitivity);
      let c = 0;
      let slices = 1;
      while (!b.step(() => ++c % 5 !== 0)) slices++;
      expect(b.result()).toEqual(want);
      expect(slices).toBeGreaterThan(10);
    }
  });

  test('weak flags are not stops at "strong only"', () => {
    expect(navigationStops(analysis, 'strong').some((s) => s.findings.some((f) => f.kind === 'flag' && f.strength === 'weak'))).toBe(false);
  });
});

describe('summarize', () => {
  const ctx = { url: 'https://x.org/', title: 'T', status: 'done', highlightsVisible: true, highlightSupport: true } as const;
  test.each([
    ['all', 3, [['S1', 1, 1], ['I3', 1, 0], ['E1', 1, 1]]],
    ['strong', 2, [['S1', 1, 1], ['E1', 1, 1]]],
  ] as const)('at %s: %i flags, per criterion %j, risk as the core computed it', (sensitivity, total, rows) => {
    const s = summarize(analysis, { ...ctx, sensitivity });
    expect(s.flagTotal).toBe(total);
    expect(s.flagsByCriterion.map((r) => [r.criterion, r.count, r.strong])).toEqual(rows);
    expect(s.risk).toEqual(analysis.risk);
    expect(s.explicitTotal).toBe(2);
    expect(s.thematicTotal).toBe(2);
  });

  test('without an analysis the summary is empty but valid', () => {
    const s = summarize(null, { ...ctx, status: 'idle', sensitivity: 'all' });
    expect([s.explicitTotal, s.flagTotal, s.goals.length, s.risk]).toEqual([0, 0, 0, undefined]);
  });
});
