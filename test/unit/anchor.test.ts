import { describe, expect, test } from 'vitest';
import { approximateSearch, editDistance, matchQuote } from '../../lib/anchor/match-quote';
import { CONTEXT_LENGTH, selectorsFromOffsets } from '../../lib/anchor/selectors';
import { reanchorAll } from '../../lib/anchor/reanchor';
import { annotationsFromAnalysis } from '../../lib/anchor/annotations';
import { TEXT, fixtureAnalysis } from './export-fixtures';

const quoteOf = (text: string, start: number, end: number) => selectorsFromOffsets(text, start, end).quote;

describe('selectorsFromOffsets', () => {
  test.each([
    ['span at the start has an empty prefix', 0, 4, '', TEXT.slice(4, 4 + CONTEXT_LENGTH)],
    ['span in the middle carries 32 characters each side', 100, 110, TEXT.slice(68, 100), TEXT.slice(110, 142)],
    ['span at the end has an empty suffix', TEXT.length - 5, TEXT.length, TEXT.slice(TEXT.length - 37, TEXT.length - 5), ''],
  ])('%s', (_name, start, end, prefix, suffix) => {
    const { quote, position } = selectorsFromOffsets(TEXT, start, end);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: TEXT.slice(start, end), prefix, suffix });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  test.each([
    ['an empty span', 5, 5],
    ['a span past the end', 10, TEXT.length + 1],
    ['a negative start', -1, 3],
  ])('refuses %s', (_name, start, end) => {
    expect(() => selectorsFromOffsets(TEXT, start, end)).toThrow(RangeError);
  });
});

describe('editDistance', () => {
  test.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
    ['flaw', 'lawn', 2],
  ])('distance(%j, %j) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('approximateSearch', () => {
  test.each([
    ['finds an exact occurrence with 0 errors', 'the quick brown fox', 'quick', 1, [{ start: 4, end: 9, errors: 0 }]],
    ['finds a substitution with 1 error', 'the quack brown fox', 'quick', 1, [{ start: 4, end: 9, errors: 1 }]],
    ['finds nothing beyond the error budget', 'the qu brown fox', 'quick', 1, []],
  ])('%s', (_name, text, pattern, k, expected) => {
    expect(approximateSearch(text, pattern, k)).toEqual(expected);
  });
});

const PARA = 'Water stewardship is central to our strategy across all sites and suppliers.';

describe('matchQuote', () => {
  test.each([
    {
      name: 'an unchanged text anchors exactly at the saved place',
      saved: `Intro. ${PARA} Outro.`,
      live: `Intro. ${PARA} Outro.`,
      exact: PARA,
      expected: PARA,
      errors: 0,
    },
    {
      name: 'text inserted before the quote moves the anchor, still exact',
      saved: `Intro. ${PARA} Outro.`,
      live: `Intro. A new opening paragraph was added here by the editors. ${PARA} Outro.`,
      exact: PARA,
      expected: PARA,
      errors: 0,
    },
    {
      name: 'a small edit inside the quote anchors fuzzily',
      saved: `Intro. ${PARA} Outro.`,
      live: `Intro. ${PARA.replace('central', 'centrall').replace('suppliers', 'supplier')} Outro.`,
      exact: PARA,
      expected: PARA.replace('central', 'centrall').replace('suppliers', 'supplier'),
      errors: 2,
    },
    {
      name: 'a short quote that was edited becomes an orphan (SDG 8 is not SDG 3)',
      saved: 'We support SDG 8 in all markets.',
      live: 'We support SDG 3 in all markets.',
      exact: 'SDG 8',
      expected: null,
      errors: 0,
    },
    {
      name: 'a removed quote becomes an orphan',
      saved: `Intro. ${PARA} Outro.`,
      live: 'Intro. Something else entirely is said here now, about finance. Outro.',
      exact: PARA,
      expected: null,
      errors: 0,
    },
  ])('$name', ({ saved, live, exact, expected, errors }) => {
    const start = saved.indexOf(exact);
    const m = matchQuote(live, quoteOf(saved, start, start + exact.length), { hint: start });
    if (expected === null) {
      expect(m).toBeNull();
      return;
    }
    expect(m).not.toBeNull();
    expect(live.slice(m!.start, m!.end)).toBe(expected);
    expect(m!.errors).toBe(errors);
  });

  test('among repeated exact quotes the one whose context matches wins over the nearer one', () => {
    const saved = 'First: we back SDG 8 fully. Later: jobs matter and SDG 8 guides us.';
    const start = saved.lastIndexOf('SDG 8');
    const q = quoteOf(saved, start, start + 5);
    // The live page lost its first sentence's context but keeps the second's.
    const live = 'First: we back SDG 8 fully. Later: jobs matter and SDG 8 guides us.';
    const m = matchQuote(live, q, { hint: 0 });
    expect(m?.start).toBe(live.lastIndexOf('SDG 8'));
  });

  test('among repeated exact quotes with identical context the position hint decides', () => {
    const unit = 'xx SDG 8 xx ';
    const text = unit.repeat(6);
    const third = unit.length * 2 + 3;
    const q = { exact: 'SDG 8', prefix: '', suffix: '' };
    expect(matchQuote(text, q, { hint: third })?.start).toBe(third);
    expect(matchQuote(text, q, { hint: 3 })?.start).toBe(3);
  });

  test('a long paragraph edited in the middle is found by its ends', () => {
    const long = Array.from({ length: 60 }, (_, i) => `Sentence ${i} about responsible sourcing and audits.`).join(' ');
    const saved = `Head. ${long} Tail.`;
    const start = saved.indexOf(long);
    const q = quoteOf(saved, start, start + long.length);
    const live = `Head. ${long.replace('Sentence 30 about', 'Sentence thirty on')} Tail.`;
    const m = matchQuote(live, q, { hint: start });
    expect(m && live.slice(m.start, m.end)).toBe(long.replace('Sentence 30 about', 'Sentence thirty on'));
  });
});

describe('reanchorAll', () => {
  test('reports exact, fuzzy and orphan per annotation, in input order', () => {
    const annotations = annotationsFromAnalysis(TEXT, fixtureAnalysis());
    const live = TEXT.replace('target 8.7', 'goal eight')
      .replace('fully committed to a greener planet', 'fully commited to a greener planet')
      .replace('Our 2024 report.', 'Our 2024 report, revised.');
    const results = reanchorAll(live, annotations);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      [annotations[0]!.id, 'exact'],
      [annotations[1]!.id, 'orphan'],
      [annotations[2]!.id, 'exact'],
      [annotations[3]!.id, 'fuzzy'],
    ]);
    const sdg8 = results[0]!;
    expect(sdg8.status !== 'orphan' && live.slice(sdg8.start, sdg8.end)).toBe('SDG 8');
  });
});

describe('guessOrganisation', () => {
  test.each([
    ['og:site_name wins', '<meta property="og:site_name" content="Northwind Foods"><meta name="author" content="J. Doe">', 'Northwind Foods'],
    ['application-name next', '<meta name="application-name" content="Acme Portal">', 'Acme Portal'],
    ['a JSON-LD publisher', '<script type="application/ld+json">{"@type":"Report","publisher":{"@type":"Organization","name":"Contoso SA"}}</script>', 'Contoso SA'],
    ['broken JSON-LD is ignored', '<script type="application/ld+json">{oops</script><meta name="author" content="Fabrikam">', 'Fabrikam'],
    ['the host without www. last', '', 'example.org'],
  ])('%s', async (_n, head, expected) => {
    const { guessOrganisation } = await import('../../lib/anchor/live');
    const doc = document.implementation.createHTMLDocument('t');
    doc.head.innerHTML = head;
    expect(guessOrganisation(doc, 'https://www.example.org/report')).toBe(expected);
  });
});

describe('canonicalUrl and buildSavedReport', () => {
  test.each([
    ['https://a.org/x#frag', 'https://a.org/x'],
    ['https://a.org/x?q=1', 'https://a.org/x?q=1'],
  ])('canonicalUrl(%j) = %j', async (url, expected) => {
    const { canonicalUrl } = await import('../../lib/anchor/annotations');
    expect(canonicalUrl(url)).toBe(expected);
  });

  test('a report built from a page source passes the schema and anchors every finding on its text', async () => {
    const { buildSavedReport } = await import('../../lib/anchor/annotations');
    const { SavedReportSchema } = await import('../../lib/schema/saved-report');
    const r = buildSavedReport({ url: 'https://a.org/r#top', title: 'T', organisation: 'O', text: TEXT, lang: 'en', analysis: fixtureAnalysis() }, 'r-1', '2026-11-22T00:00:00.000Z');
    expect(SavedReportSchema.safeParse(r).success).toBe(true);
    expect(r.url).toBe('https://a.org/r');
    expect(reanchorAll(r.text, r.annotations).every((x) => x.status === 'exact')).toBe(true);
  });

  test('findings whose span lies outside the text are left out rather than saved broken', () => {
    const a = fixtureAnalysis();
    a.explicit.push({ kind: 'explicit', start: TEXT.length - 2, end: TEXT.length + 5, goals: [1], form: 'number', text: 'SDG 1', lang: 'en' });
    expect(annotationsFromAnalysis(TEXT, a)).toHaveLength(4);
  });
});
