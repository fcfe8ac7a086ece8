import { describe, expect, test } from 'vitest';
import { analyze, analyzeSteps } from '../../lib/analyze';
import { findExplicitReferences } from '../../lib/detect/explicit';
import { AnalysisSchema } from '../../lib/schema/analysis';

const report = [
  'Our 2024 impact report follows the 2030 Agenda.',
  'We contribute to SDG 13: Climate Action and SDGs 6/7.',
  'Target 8.7 guides our supplier audits; SDG 8 overall.',
  'The weather was fine.',
].join('\n');

describe('analyze', () => {
  test('returns an Analysis that passes the schema', () => {
    expect(() => AnalysisSchema.parse(analyze(report))).not.toThrow();
  });

  test('fills explicit references, language and length', () => {
    const a = analyze(report);
    expect(a.lang).toBe('en');
    expect(a.length).toBe(report.length);
    expect(a.explicit.map((r) => r.text)).toEqual(['2030 Agenda', 'SDG 13: Climate Action', 'SDGs 6/7', 'Target 8.7', 'SDG 8']);
  });

  test.each([
    [13, 1],
    [6, 1],
    [7, 1],
    [8, 2],
    [1, 0],
  ])('goal %i is named %i time(s) in the roll-up', (goal, count) => {
    const a = analyze(report);
    expect(a.goals).toHaveLength(17);
    expect(a.goals[goal - 1]).toMatchObject({ goal, explicit: count });
  });

  test('a given language overrides detection', () => {
    expect(analyze('SDG 12 und die Agenda 2030', { lang: 'fr' }).lang).toBe('fr');
  });

  test('empty text gives an empty analysis', () => {
    const a = analyze('');
    expect(a.explicit).toEqual([]);
    expect(a.goals.every((g) => g.explicit === 0)).toBe(true);
  });
});

describe('analyzeSteps', () => {
  // ~300 kB of paragraphs, so the explicit stage runs over many chunks.
  const paragraphs = Array.from({ length: 3000 }, (_, i) =>
    i % 7 === 0
      ? `Paragraph ${i}: under the SDGs, Goal ${(i % 17) + 1} and target 8.7 matter to our suppliers and staff.`
      : `Paragraph ${i} is about the weather, the markets and the people we met during the year in review.`,
  );
  const big = paragraphs.join('\n');

  test('chunked explicit detection finds the same references as one pass over the text', () => {
    const whole = findExplicitReferences(big, { lang: 'en' });
    const a = analyze(big, { lang: 'en' });
    expect(a.explicit.length).toBe(whole.length);
    expect(a.explicit).toEqual(whole);
  }, 30_000);

  test('yields between chunks and returns the same Analysis as analyze', () => {
    const it = analyzeSteps(big, { lang: 'en' });
    let yields = 0;
    let r = it.next();
    while (!r.done) {
      yields++;
      r = it.next();
    }
    expect(yields).toBeGreaterThan(2);
    expect(r.value).toEqual(analyze(big, { lang: 'en' }));
  }, 30_000);
});
