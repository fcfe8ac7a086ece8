/**
 * Hand-made reports for the library's unit tests (no dependency on the detectors, so these tests
 * pin the library's behaviour alone).
 */
import type { Analysis } from '../../lib/schema/analysis';
import type { SavedReport } from '../../lib/schema/saved-report';
import { annotationsFromAnalysis } from '../../lib/anchor/annotations';

export const TEXT =
  'Our 2024 report. We contribute to SDG 8 and target 8.7 through fair work.\n' +
  'Our company is fully committed to a greener planet and sustainable oceans.\n' +
  'We reduced water use by 12% against 2019, audited by an independent body.';

const at = (s: string) => {
  const start = TEXT.indexOf(s);
  if (start < 0) throw new Error(`fixture text lacks "${s}"`);
  return { start, end: start + s.length };
};

/** An analysis of TEXT with one finding of each kind. */
export function fixtureAnalysis(): Analysis {
  return {
    version: 1,
    lang: 'en',
    length: TEXT.length,
    explicit: [
      { kind: 'explicit', ...at('SDG 8'), goals: [8], form: 'number', text: 'SDG 8', lang: 'en' },
      { kind: 'explicit', ...at('target 8.7'), goals: [8], target: '8.7', form: 'target', text: 'target 8.7', lang: 'en' },
    ],
    thematic: [
      {
        kind: 'thematic',
        ...at('We reduced water use by 12% against 2019, audited by an independent body.'),
        goal: 6,
        score: 0.71,
        terms: [{ term: 'water', weight: 1.2 }],
      },
    ],
    flags: [
      {
        kind: 'flag',
        criterion: 'G1',
        ...at('fully committed to a greener planet'),
        quote: 'fully committed to a greener planet',
        cue: 'greener',
        missing: 'a measurable target nearby',
        explanation: 'A broad green claim without a figure or a scope nearby.',
        source: 'EU Green Claims Directive art. 3',
        scope: 'S',
        strength: 'strong',
      },
    ],
    risk: { score: 35, level: 'medium', breakdown: [{ criterion: 'G1', count: 1, points: 35 }], summary: 'One strong vague claim.' },
    goals: [
      { goal: 6, explicit: 0, thematic: 1, score: 0.71 },
      { goal: 8, explicit: 2, thematic: 0, score: 0.9 },
    ],
  };
}

/** A saved report of TEXT; `overrides` replace top-level fields. */
export function fixtureReport(overrides: Partial<SavedReport> = {}): SavedReport {
  const analysis = fixtureAnalysis();
  return {
    id: 'r-fixture-1',
    url: 'https://example.org/reports/2024.html',
    title: 'Example Co. sustainability report 2024',
    organisation: 'Example Co.',
    savedAt: '2026-11-20T10:00:00.000Z',
    text: TEXT,
    lang: 'en',
    analysis,
    annotations: annotationsFromAnalysis(TEXT, analysis),
    ...overrides,
  };
}
