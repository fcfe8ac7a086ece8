import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { CRITERIA, type Analysis, type Criterion } from '../../lib/schema/analysis';
import { parseProfile, type Profile } from '../../lib/schema/profile';
import { validateProfile } from '../../widget/validate';
import { GOALS } from '../../lib/sdg';
import { GOAL_META, PROFILE_LANGS, contrast, inkOn } from '../../lib/profile/goal-meta';
import { CRITERION_IDS, LIMITS } from '../../lib/profile/limits';
import { extractIndicators, goalEvidence, hasAssurance, parseFigure } from '../../lib/profile/evidence';
import { adjustGoal, profileFromReports, type ProfileReportInput } from '../../lib/profile/build';
import { embedSnippet, inlineJson } from '../../lib/profile/embed';
import { fmt, pickLang, STRINGS } from '../../lib/profile/i18n';

const FIXTURE: Profile = JSON.parse(fs.readFileSync(path.resolve('test/fixtures/widget/profile-acme.json'), 'utf8'));
const clone = (): Profile => structuredClone(FIXTURE);
/** The fixture with one change applied (the change may break the shape on purpose). */
const mutate = (fn: (p: any) => void): unknown => {
  const p = clone();
  fn(p);
  return p;
};

const MINIMAL = {
  format: 'sdg-lens-profile',
  version: 1,
  organisation: { name: 'X' },
  goals: [],
  risk: { score: 0, level: 'low', summary: '' },
  criteria: [],
  sources: [],
  generator: { name: 'SDG Lens', version: '0.1.0' },
  generated: '2025-01-01',
};

// One table for both validators: a case is [name, data, valid?].
const CASES: [string, unknown, boolean][] = [
  ['the Acme fixture', FIXTURE, true],
  ['a minimal profile with no goal, criterion or source', MINIMAL, true],
  ['markup in every text field (it is data, shown as text)', mutate((p) => {
    p.organisation.name = '</script><img src=x onerror=alert(1)>';
    p.goals[0].reason = '<b onmouseover=alert(1)>';
    p.goals[0].computed = 'claimed';
    p.goals[0].indicators[0].label = '"><svg onload=alert(1)>';
    p.risk.summary = '<style>*{display:none}</style>';
  }), true],
  ['a target letter code and an empty unit', mutate((p) => {
    p.goals[0].targets = ['6.a'];
    p.goals[0].indicators[0].unit = '';
  }), true],
  ['null', null, false],
  ['an array', [FIXTURE], false],
  ['a string', JSON.stringify(FIXTURE), false],
  ['another format', mutate((p) => (p.format = 'other')), false],
  ['version 2', mutate((p) => (p.version = 2)), false],
  ['no organisation', mutate((p) => delete p.organisation), false],
  ['an empty organisation name', mutate((p) => (p.organisation.name = '')), false],
  ['a huge organisation name', mutate((p) => (p.organisation.name = 'A'.repeat(1_000_000))), false],
  ['a name one past the limit', mutate((p) => (p.organisation.name = 'A'.repeat(LIMITS.name + 1))), false],
  ['a name at the limit', mutate((p) => (p.organisation.name = 'A'.repeat(LIMITS.name))), true],
  ['a javascript: website', mutate((p) => (p.organisation.website = 'javascript:alert(1)')), false],
  ['a JavaScript: website in mixed case with spaces', mutate((p) => (p.organisation.website = ' JavaScript:alert(1)')), false],
  ['a data: website', mutate((p) => (p.organisation.website = 'data:text/html,<script>alert(1)</script>')), false],
  ['a relative website', mutate((p) => (p.organisation.website = '/about')), false],
  ['a website without host', mutate((p) => (p.organisation.website = 'http://')), false],
  ['an unknown top-level key', mutate((p) => (p.html = '<script>')), false],
  ['an unknown goal key', mutate((p) => (p.goals[0].onclick = 'x')), false],
  ['a __proto__ key from JSON', JSON.parse(JSON.stringify(FIXTURE).replace('{', '{"__proto__":{"polluted":1},')), false],
  ['goal 0', mutate((p) => (p.goals[0].goal = 0)), false],
  ['goal 18', mutate((p) => (p.goals[0].goal = 18)), false],
  ['goal 1.5', mutate((p) => (p.goals[0].goal = 1.5)), false],
  ['goal "6" as a string', mutate((p) => (p.goals[0].goal = '6')), false],
  ['a duplicate goal', mutate((p) => p.goals.push(structuredClone(p.goals[0]))), false],
  ['an unknown level', mutate((p) => (p.goals[0].level = 'gold')), false],
  ['an adjusted level without reason', mutate((p) => delete p.goals[2].reason), false],
  ['an adjusted level with a blank reason', mutate((p) => (p.goals[2].reason = '   ')), false],
  ['a target of another goal', mutate((p) => (p.goals[0].targets = ['7.1'])), false],
  ['a malformed target', mutate((p) => (p.goals[0].targets = ['6.1<script>'])), false],
  ['a non-finite indicator value', mutate((p) => (p.goals[0].indicators[0].value = Infinity)), false],
  ['an indicator value as a string', mutate((p) => (p.goals[0].indicators[0].value = '18')), false],
  ['an indicator year 1800', mutate((p) => (p.goals[0].indicators[0].year = 1800)), false],
  ['a too long unit', mutate((p) => (p.goals[0].indicators[0].unit = 'u'.repeat(LIMITS.unit + 1))), false],
  ['too many indicators', mutate((p) => (p.goals[0].indicators = Array(LIMITS.indicators + 1).fill(p.goals[0].indicators[0]))), false],
  ['a javascript: goal source', mutate((p) => (p.goals[0].sources = ['javascript:alert(1)'])), false],
  ['a vbscript: report source', mutate((p) => (p.sources[0].url = 'vbscript:msgbox(1)')), false],
  ['a negative reference count', mutate((p) => (p.goals[0].references = -1)), false],
  ['a risk score of 101', mutate((p) => (p.risk.score = 101)), false],
  ['an unknown risk level', mutate((p) => (p.risk.level = 'extreme')), false],
  ['an unknown criterion', mutate((p) => (p.criteria[0].criterion = 'X9')), false],
  ['a duplicate criterion', mutate((p) => p.criteria.push({ criterion: 'F1', count: 3 })), false],
  ['a criterion count of 0', mutate((p) => (p.criteria[0].count = 0)), false],
  ['a generated date in words', mutate((p) => (p.generated = 'yesterday')), false],
  ['an impossible generated date', mutate((p) => (p.generated = '2025-13-45')), false],
  ['18 goals', mutate((p) => (p.goals = Array.from({ length: 18 }, (_, i) => ({ ...p.goals[4], goal: (i % 17) + 1 })))), false],
  ['goals as an object', mutate((p) => (p.goals = { 0: p.goals[0] })), false],
];

describe('profile schema (zod) and widget validator', () => {
  test.each(CASES)('%s: both accept it = %s', (_name, data, valid) => {
    expect(parseProfile(data).ok).toBe(valid);
    expect(validateProfile(data).ok).toBe(valid);
  });

  test('the validator names where a profile went wrong', () => {
    const r = validateProfile(mutate((p) => (p.goals[1].indicators[0].year = 3000)));
    expect(r).toEqual({ ok: false, error: 'goals.1.indicators.0.year' });
  });
});

describe('copies kept equal to their sources', () => {
  test('goal colours and short titles equal lib/sdg GOALS in every widget language', () => {
    expect(GOAL_META.map(([c, ...names]) => [c, ...names])).toEqual(
      GOALS.map((g) => [g.colour, ...PROFILE_LANGS.map((l) => g.short[l])]),
    );
  });
  test('criterion ids equal CRITERIA of the analysis schema, and every language names each', () => {
    expect([...CRITERION_IDS]).toEqual([...CRITERIA]);
    for (const l of PROFILE_LANGS) expect(Object.keys(STRINGS[l].criterionNames).sort()).toEqual([...CRITERIA].sort());
  });
  test.each(GOAL_META.map(([c], i) => [i + 1, c] as const))('goal %i: the ink on its colour reaches WCAG AA (4.5:1)', (_n, colour) => {
    expect(contrast(colour, inkOn(colour))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('i18n helpers', () => {
  test.each([
    ['fr-CA', 'fr'], ['es', 'es'], ['ES-mx', 'es'], ['de', 'en'], ['', 'en'], [null, 'en'],
  ] as const)('pickLang(%s) is %s', (tag, lang) => expect(pickLang(tag)).toBe(lang));
  test('fmt does not re-expand placeholders found inside values', () => {
    expect(fmt('{a} and {b}', { a: '{b}', b: 'x' })).toBe('{b} and x');
  });
});

describe('key indicator extraction', () => {
  test.each([
    ['We cut scope 1 and 2 emissions by 32% compared with 2019.', { value: 32, unit: '%', baseline: '2019' }],
    ['Water use fell 1,200 m3 in 2024.', { value: 1200, unit: 'm3', year: 2024 }],
    ['Nous avons réduit nos émissions de 12,5 % par rapport à 2018.', { value: 12.5, unit: '%', baseline: '2018' }],
    ['En 2023, 1 500 personnes ont été formées.', { value: 1500, unit: 'personnes', year: 2023 }],
    ['Redujimos el consumo un 20 por ciento desde 2020.', { value: 20, unit: '%', baseline: '2020' }],
    ['We invested €4.5 in 2024 per employee.', { value: 4.5, unit: '€', year: 2024 }],
    ['Women hold 41% of management positions in 2024, up from 30% in 2020.', { value: 41, unit: '%', baseline: '2020', year: 2024 }],
    ['Les déchets atteignent 120 tonnes en 2024 contre 150 tonnes en 2021.', { value: 120, unit: 'tonnes', baseline: '2021', year: 2024 }],
  ])('reads %j', (text, expected) => {
    expect(extractIndicators(text, 2025)[0]).toMatchObject(expected);
  });

  test.each([
    ['a pledge: we will cut emissions 50% by 2030', 'We will cut emissions by 50% by 2030.'],
    ['a figure with no baseline or period', 'Emissions are down 30%.'],
    ['a year with no unit-bearing figure', 'In 2024 we joined the initiative.'],
    ['a future reporting year', 'Emissions fell 10% in 2031.'],
  ])('ignores %s', (_name, text) => {
    expect(extractIndicators(text, 2025)).toEqual([]);
  });

  test.each([
    ['1,200', 1200], ['1 200', 1200], ['12,5', 12.5], ['1.5', 1.5], ['−32', -32], ['1.234.567', 1234567],
  ])('parseFigure(%s) is %d', (raw, n) => expect(parseFigure(raw)).toBe(n));

  test.each([
    ['The figures were assured by KPMG under ISAE 3000 (limited assurance).', true],
    ['Données vérifiées par un organisme tiers indépendant.', true],
    ['Datos verificados externamente.', true],
    ['We verify our suppliers every year.', false],
  ])('assurance cue in %j: %s', (text, yes) => expect(hasAssurance(text)).toBe(yes));
});

// --- analyses made by hand, so the ladder is tested independently of the detectors ---
function analysisFor(
  text: string,
  opts: { thematic?: [goal: number, needle: string, score: number][]; flags?: [Criterion, needle: string][]; risk?: number } = {},
): Analysis {
  const explicit = [...text.matchAll(/SDG (\d+)(?:\.(\w+))?/g)].map((m) => ({
    kind: 'explicit' as const,
    start: m.index!,
    end: m.index! + m[0].length,
    goals: [Number(m[1])],
    ...(m[2] ? { target: `${m[1]}.${m[2]}` } : {}),
    form: m[2] ? ('target' as const) : ('number' as const),
    text: m[0],
    lang: 'en' as const,
  }));
  const block = (needle: string) => {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`needle not in text: ${needle}`);
    const start = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    return { start, end: nl < 0 ? text.length : nl };
  };
  const score = opts.risk ?? 20;
  return {
    version: 1,
    lang: 'en',
    length: text.length,
    explicit,
    thematic: (opts.thematic ?? []).map(([goal, needle, s]) => ({ kind: 'thematic', ...block(needle), goal, score: s, terms: [] })),
    flags: (opts.flags ?? []).map(([criterion, needle]) => {
      const at = text.indexOf(needle);
      return {
        kind: 'flag', criterion, start: at, end: at + needle.length, quote: needle, cue: needle, missing: 'x',
        explanation: 'x', source: 'x', scope: 'S', strength: 'strong',
      };
    }),
    risk: { score, level: score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low', breakdown: [], summary: `risk ${score}` },
    goals: [],
  };
}

const report = (url: string, text: string, opts: Parameters<typeof analysisFor>[1] = {}, extra: Partial<ProfileReportInput> = {}): ProfileReportInput => ({
  url, title: 'Report', organisation: 'Acme', text, analysis: analysisFor(text, opts), ...extra,
});

const WATER = 'We contribute to SDG 6.\nOur plants treat drinking water for nearby towns.\nWater withdrawal fell 18% compared with 2019.';
const ASSURED = WATER + '\nThe water data were assured by Bureau Veritas (limited assurance, ISAE 3000).';

describe('evidence ladder', () => {
  test.each([
    ['named only: claimed', 'We support SDG 6.', {}, 'claimed'],
    ['named, discussed below the threshold: claimed', 'We support SDG 6.\nWater matters.', { thematic: [[6, 'Water matters', 0.3]] }, 'claimed'],
    ['named and discussed: evidenced', 'We support SDG 6.\nWe treat drinking water.', { thematic: [[6, 'drinking water', 0.8]] }, 'evidenced'],
    ['named and discussed, but flagged S5 on the reference: claimed', 'We support SDG 6.\nWe treat drinking water.',
      { thematic: [[6, 'drinking water', 0.8]], flags: [['S5', 'SDG 6']] }, 'claimed'],
    ['discussed with a KPI (number, unit, baseline) in the goal passage: measured', WATER,
      { thematic: [[6, 'drinking water', 0.8], [6, 'Water withdrawal', 0.9]] }, 'measured'],
    ['a KPI in a passage about another goal does not count: evidenced', 'We support SDG 6.\nWe treat drinking water.\nFor SDG 8, sales rose 18% compared with 2019.',
      { thematic: [[6, 'drinking water', 0.8]] }, 'evidenced'],
    ['a KPI three paragraphs after the mention is out of the goal section: claimed', 'We support SDG 6.\nWe hired.\nWe moved.\nSales rose 18% compared with 2019.',
      {}, 'claimed'],
    ['a KPI in the paragraph after the mention, with no thematic finding: measured', 'We support SDG 6.\nWater withdrawal fell 18% compared with 2019.', {}, 'measured'],
    ['a target named is substance: evidenced', 'We support SDG 6 and target SDG 6.4.', {}, 'evidenced'],
    ['a KPI next to an S5-flagged mention does not count: claimed', 'We support SDG 6.\nWater withdrawal fell 18% compared with 2019.', { flags: [['S5', 'SDG 6']] }, 'claimed'],
    ['measured and independently assured: verified', ASSURED, { thematic: [[6, 'drinking water', 0.8], [6, 'Water withdrawal', 0.9]] }, 'verified'],
    ['assurance wording but an E1 flag: measured', ASSURED,
      { thematic: [[6, 'drinking water', 0.8], [6, 'Water withdrawal', 0.9]], flags: [['E1', 'We contribute']] }, 'measured'],
  ] as const)('%s', (_name, text, opts, level) => {
    const [ev] = goalEvidence(analysisFor(text, opts as any), text, 2025);
    expect(ev?.level).toBe(level);
  });

  test('without the text the ladder stops at evidenced', () => {
    const a = analysisFor(ASSURED, { thematic: [[6, 'drinking water', 0.8], [6, 'Water withdrawal', 0.9]] });
    expect(goalEvidence(a, undefined, 2025)[0]?.level).toBe('evidenced');
  });

  test('a finding the reader disagreed with is left out', () => {
    const r = report('https://a.example/1', 'We support SDG 6.\nWe treat drinking water.', { thematic: [[6, 'drinking water', 0.8]] }, {
      annotations: [{ kind: 'thematic', index: 0, verdict: 'disagree' }],
    });
    expect(profileFromReports([r], { now: new Date('2025-01-01') }).goals[0]?.computed).toBe('claimed');
  });
});

describe('profileFromReports', () => {
  const now = new Date('2025-06-01T00:00:00.000Z');
  const reports = [
    report('https://acme.example/2024', WATER + '\nSee SDG 6.4 and SDG 13.', { thematic: [[6, 'drinking water', 0.8], [6, 'Water withdrawal', 0.9]], flags: [['S1', 'SDG 13']], risk: 35 }),
    report('https://acme.example/2023', ASSURED, { thematic: [[6, 'drinking water', 0.8], [6, 'Water withdrawal', 0.9]], flags: [['S1', 'SDG 6']], risk: 70 }),
    report('file:///home/me/draft.html', 'SDG 5 only.', {}),
  ];

  test('takes the highest level over reports and sums counts', () => {
    const p = profileFromReports(reports, { now });
    expect(p.goals.map((g) => [g.goal, g.computed, g.references])).toEqual([[5, 'claimed', 1], [6, 'verified', 3], [13, 'claimed', 1]]);
    expect(p.goals[1]?.targets).toEqual(['6.4']);
    expect(p.goals[1]?.indicators[0]).toMatchObject({ value: 18, unit: '%', baseline: '2019' });
  });
  test('keeps only http(s) sources and records them per goal', () => {
    const p = profileFromReports(reports, { now });
    expect(p.sources.map((s) => s.url)).toEqual(['https://acme.example/2024', 'https://acme.example/2023']);
    expect(p.goals[0]?.sources).toEqual([]);
    expect(p.goals[1]?.sources).toEqual(['https://acme.example/2024', 'https://acme.example/2023']);
  });
  test('takes the risk of the most worrying report and counts criteria over all reports', () => {
    const p = profileFromReports(reports, { now });
    expect(p.risk).toMatchObject({ score: 70, level: 'high' });
    expect(p.criteria).toEqual([{ criterion: 'S1', count: 2 }]);
  });
  test('is valid for both validators, deterministic, and names the generator and date', () => {
    const p = profileFromReports(reports, { now, organisation: { name: 'Acme', website: 'https://acme.example' }, period: '2023–2024' });
    expect(validateProfile(JSON.parse(JSON.stringify(p))).ok).toBe(true);
    expect(p).toEqual(profileFromReports(reports, { now, organisation: { name: 'Acme', website: 'https://acme.example' }, period: '2023–2024' }));
    expect(p.generated).toBe('2025-06-01T00:00:00.000Z');
    expect(p.generator.name).toBe('SDG Lens');
  });
  test('applies a reader adjustment and keeps the computed level and the reason', () => {
    const p = profileFromReports(reports, { now, adjustments: [{ goal: 6, level: 'measured', reason: 'Assurance covers 2023 only.' }] });
    expect(p.goals[1]).toMatchObject({ level: 'measured', computed: 'verified', reason: 'Assurance covers 2023 only.' });
  });
  test.each([
    ['no report', [], {}],
    ['an adjustment without reason', reports, { adjustments: [{ goal: 6, level: 'claimed', reason: ' ' }] }],
    ['a javascript: website', reports, { organisation: { name: 'A', website: 'javascript:alert(1)' } }],
  ] as const)('refuses %s', (_n, rs, opts) => {
    expect(() => profileFromReports(rs as any, { now, ...(opts as any) })).toThrow();
  });
  test('adjustGoal back to the computed level may drop the reason', () => {
    const g = adjustGoal(clone().goals[2]!, 'measured', '');
    expect(g).not.toHaveProperty('reason');
    expect(g.level).toBe('measured');
  });
});

describe('embed snippet', () => {
  const hostile = mutate((p) => (p.organisation.name = '</script><img src=x onerror=alert(1)> & \u2028')) as Profile;
  test('inline JSON cannot close its script element and parses back', () => {
    const s = inlineJson(hostile);
    expect(s).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(s)).toEqual(hostile);
  });
  test('the snippet holds one widget element whose JSON and fallback SVG survive an HTML parser', () => {
    const html = embedSnippet(hostile, { scriptUrl: 'https://cdn.example/sdg-profile.js', variant: 'full', lang: 'fr' });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const el = document.querySelector('sdg-profile')!;
    expect(el.getAttribute('variant')).toBe('full');
    expect(document.querySelectorAll('img').length).toBe(0);
    expect(JSON.parse(el.querySelector('script[type="application/json"]')!.textContent!)).toEqual(hostile);
    expect(el.querySelector('a')!.getAttribute('href')).toBe('https://acme.example/');
    expect(el.querySelector('a svg title')!.textContent).toContain('</script><img');
  });
});

describe('organisations for the builder', async () => {
  const { groupByOrganisation, slug } = await import('../../lib/profile/organisations');
  const r = (id: string, organisation: string, savedAt: string) => ({ id, organisation, savedAt });
  test('groups spellings that differ in case, accents and spacing, named by the commonest spelling', () => {
    const groups = groupByOrganisation([
      r('a', 'Société Générale', '2024-01-01'), r('b', 'societe  generale', '2025-01-01'), r('c', 'Société Générale', '2023-01-01'),
      r('d', 'Acme', '2024-05-01'), r('e', '  ', '2024-05-01'),
    ]);
    expect(groups.map((g) => [g.name, g.reports.map((x) => x.id)])).toEqual([['Société Générale', ['b', 'a', 'c']], ['Acme', ['d']]]);
  });
  test.each([
    ['Acme Water & Energy', 'acme-water-energy'], ['Société Générale', 'societe-generale'], ['<script>', 'script'], ['***', 'organisation'],
  ])('slug(%j) is %j', (name, s) => expect(slug(name)).toBe(s));
  test('the snippet reserves a measured height', () => {
    expect(embedSnippet(FIXTURE, { scriptUrl: 'https://x.example/w.js', minHeight: 412.3 })).toContain('style="--sdg-min-height: 413px"');
  });
});
