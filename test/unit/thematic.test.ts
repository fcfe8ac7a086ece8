import { describe, expect, test } from 'vitest';
import { findThematic, relevantGoals, scoreGoals, scoringUnits, thematicModel, THEMATIC_THRESHOLD } from '../../lib/detect/thematic';
import { features, fold, tokenize } from '../../lib/detect/thematic-text';
import { classifyRecord } from '../../lib/cli/commands/classify';
import { analyze } from '../../lib/analyze';
import { AnalysisSchema, ThematicFindingSchema } from '../../lib/schema/analysis';
import { splitBlocks } from '../../lib/text/blocks';
import { BORDERLINE_CASE, NEGATIVE_CASES, PARALLEL_CASES } from '../eval/thematic-cases';

const LANGS = ['en', 'fr', 'es'] as const;
const cases = PARALLEL_CASES.flatMap((c) => LANGS.map((lang) => ({ goal: c.goal, lang, text: c[lang], word: c.evidence[lang] })));

describe('scoreGoals on clear paragraphs', () => {
  test.each(cases)('goal $goal ($lang): judged relevant and scored highest', ({ goal, lang, text }) => {
    const scores = scoreGoals(text, lang);
    expect(scores[goal - 1]!.score).toBeGreaterThanOrEqual(THEMATIC_THRESHOLD);
    const top = [...scores].sort((a, b) => b.score - a.score)[0]!;
    expect(top.goal).toBe(goal);
  });

  test.each(cases)('goal $goal ($lang): evidence lists one of "$word" with its spans', ({ goal, lang, text, word }) => {
    const terms = scoreGoals(text, lang)[goal - 1]!.terms;
    const words = word.split('|').map(fold);
    const hit = terms.find((t) => words.some((w) => fold(t.term).includes(w) || w.includes(fold(t.term))));
    expect(hit, `terms: ${terms.map((t) => t.term).join(', ')}`).toBeDefined();
    for (const s of hit!.spans) expect(fold(text.slice(s.start, s.end))).toBe(fold(hit!.term));
  });

  test.each(PARALLEL_CASES.map((c) => ({ goal: c.goal, c })))('goal $goal: the French and Spanish versions get the English judgement', ({ c }) => {
    const en = relevantGoals(c.en, 'en');
    expect(relevantGoals(c.fr, 'fr')).toContain(c.goal);
    expect(relevantGoals(c.es, 'es')).toContain(c.goal);
    expect(en).toContain(c.goal);
  });
});

describe('negatives', () => {
  test.each(NEGATIVE_CASES)('generic corporate prose ($lang) is about no goal: "$text"', ({ lang, text }) => {
    expect(relevantGoals(text, lang)).toEqual([]);
  });

  test('corporate audit prose stays near the threshold at most (known weakness: 8 and 16 borderline)', () => {
    const scores = scoreGoals(BORDERLINE_CASE, 'en');
    for (const g of scores) expect(g.score).toBeLessThan([8, 16].includes(g.goal) ? 0.7 : THEMATIC_THRESHOLD);
  });

  test.each([
    ['the SDG slogan words alone', 'Sustainable development goals: our sustainable development agenda for sustainable development.'],
    ['French slogan words', 'Objectifs de développement durable : notre agenda de développement durable.'],
    ['an empty text', ''],
    ['numbers only', '2023 2024 12.5 % 17'],
  ])('%s scores no goal', (_name, text) => {
    expect(relevantGoals(text)).toEqual([]);
  });

  test.each(['sustainable', 'development', 'goal', 'durable', 'sostenible', 'objetivo'])('the generic word "%s" carries no weight in the model', (word) => {
    const keys = tokenize(word).map((t) => t.key);
    expect(keys).toEqual([]);
    expect(Object.keys(thematicModel().terms).some((k) => k.split(' ').includes(fold(word).slice(0, 8)))).toBe(false);
  });
});

describe('scores and evidence', () => {
  test('17 scores in [0, 1], one per goal in order, deterministic', () => {
    const text = PARALLEL_CASES[5]!.en;
    const a = scoreGoals(text);
    expect(a.map((g) => g.goal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const g of a) expect(g.score).toBeGreaterThanOrEqual(0), expect(g.score).toBeLessThanOrEqual(1);
    expect(scoreGoals(text)).toEqual(a);
  });

  test('evidence is strongest first, with positive weights', () => {
    const terms = scoreGoals(PARALLEL_CASES[12]!.en)[12]!.terms;
    expect(terms.length).toBeGreaterThan(1);
    const weights = terms.map((t) => t.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(Math.min(...weights)).toBeGreaterThan(0);
  });

  test.each([
    ['drinking water', 'drinking water'],
    ['eau potable', 'eau potable'],
    ['agua potable', 'agua potable'],
  ])('two-word phrase "%s" is a bigram feature', (text, phrase) => {
    const keys = features(text).map((f) => f.key);
    expect(keys.some((k) => k.includes(' '))).toBe(true);
    expect(features(text).find((f) => f.key.includes(' '))!.end - features(text).find((f) => f.key.includes(' '))!.start).toBe(phrase.length);
  });

  test('no bigram across a sentence boundary', () => {
    expect(features('clean water. Energy').map((f) => f.key)).not.toContain(expect.stringMatching(/water energ/));
  });

  test.each([
    ['Éducation', 'education'],
    ['SALUD', 'salud'],
    ['Straße', 'strasse'],
  ])('fold(%s) = %s', (input, out) => {
    expect(fold(input)).toBe(out);
  });
});

describe('findThematic', () => {
  const doc = [
    'Annual report 2023',
    PARALLEL_CASES[5]!.en,
    NEGATIVE_CASES[1]!.text,
    PARALLEL_CASES[13]!.fr,
  ].join('\n');
  const blocks = splitBlocks(doc);
  const findings = findThematic(doc, blocks, 'en');

  test('findings are valid ThematicFinding records', () => {
    for (const f of findings) expect(ThematicFindingSchema.parse(f)).toEqual(f);
  });

  test('the water paragraph yields goal 6 and the French fisheries paragraph goal 14, the finance paragraph nothing', () => {
    expect(findings.map((f) => f.goal)).toContain(6);
    expect(findings.map((f) => f.goal)).toContain(14);
    const finance = blocks[2]!;
    expect(findings.filter((f) => f.start >= finance.start && f.end <= finance.end)).toEqual([]);
  });

  test('evidence spans point at the evidence words inside the finding', () => {
    for (const f of findings) {
      for (const t of f.terms) {
        for (const s of t.spans ?? []) {
          expect(s.start).toBeGreaterThanOrEqual(f.start);
          expect(s.end).toBeLessThanOrEqual(f.end);
          expect(fold(doc.slice(s.start, s.end)).slice(0, 3)).toBe(fold(t.term).slice(0, 3));
        }
      }
    }
  });

  test('a short heading is judged together with the paragraph after it', () => {
    const units = scoringUnits(doc, blocks);
    expect(units[0]).toEqual({ start: blocks[0]!.start, end: blocks[1]!.end });
  });

  test('a long block is cut into sentence windows that cover it', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence ${i} talks about water pipes and latrines in the village.`).join(' ');
    const units = scoringUnits(long, splitBlocks(long));
    expect(units.length).toBeGreaterThan(2);
    expect(units[0]!.start).toBe(0);
    expect(units[units.length - 1]!.end).toBe(long.length);
  });
});

describe('classify decision rule', () => {
  test.each([
    ['a named goal counts even without thematic words', 'We support SDG 14.', [14], [14]],
    ['a thematic paragraph without a name', PARALLEL_CASES[6]!.en, [7], []],
    ['generic prose, nothing named', NEGATIVE_CASES[0]!.text, [], []],
  ])('%s', (_name, text, goalsIncluded, explicit) => {
    const r = classifyRecord({ id: 'x', text });
    for (const g of goalsIncluded) expect(r.goals).toContain(g);
    if (!goalsIncluded.length) expect(r.goals).toEqual([]);
    expect(r.explicit).toEqual(explicit);
    for (const g of r.goals) expect(r.scores[String(g)]).toBeGreaterThanOrEqual(0.5);
    expect(Object.keys(r.scores)).toHaveLength(17);
  });
});

describe('analyze() thematic stage', () => {
  test('fills thematic findings and the per-goal "discussed" counts and scores', () => {
    const text = [PARALLEL_CASES[5]!.en, NEGATIVE_CASES[0]!.text, PARALLEL_CASES[1]!.es].join('\n\n');
    const a = analyze(text);
    const goals = new Set(a.thematic.map((f) => f.goal));
    expect(goals.has(6) && goals.has(2)).toBe(true);
    for (const g of a.goals) {
      expect(g.thematic).toBe(a.thematic.filter((f) => f.goal === g.goal).length);
      if (g.thematic > 0) expect(g.score).toBeGreaterThanOrEqual(THEMATIC_THRESHOLD);
    }
    expect(AnalysisSchema.parse(a)).toBeTruthy();
  });
});
