/**
 * Re-analysing only what changed: an analysis with an `AnalysisCache` of the page's earlier
 * analyses must equal a fresh one, edit after edit, while reusing the unchanged chunks and units;
 * the edit and keep helpers must rebuild exactly what the other side has.
 */
import { describe, expect, test } from 'vitest';
import { analyze, AnalysisCache, chunksOf } from '../../lib/analyze';
import { applyEdit, applyKeep, diffTexts, FINDING_LISTS, keepOf, middleOf, shiftFinding, type BlockedText, type ListKeep } from '../../lib/text/diff';
import { splitBlocks } from '../../lib/text/blocks';
import type { Analysis, Finding } from '../../lib/schema/analysis';
import { answerAnalyze, dropTab } from '../../lib/background/router';

/** A deterministic pseudo-random stream (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'In 2025 our cooperative connected 41,200 households to safely managed drinking water (SDG target 6.1).',
  'Solar mini-grids replaced diesel generators in eleven villages, bringing affordable renewable electricity to 3,900 homes.',
  'We are committed to supporting communities and promoting sustainability wherever possible.',
  'We contribute to SDGs 3, 4 and 5 through clinics and scholarships for girls.',
  'Food loss per tonne landed fell from 9.1% to 5.6% between 2021 and 2025 across four processing sites.',
  'Our operations are carbon neutral thanks to offsets, and we will reach net zero by 2040.',
  'The fund invests in smallholder farmers, improving yields and incomes in rural Kenya.',
  'Apprenticeships gave 310 young people decent work; 62% were women.',
  'Our green bonds finance mangrove restoration on 140 hectares (Goal 14, Goal 15).',
  'Progress on target 8.7 and indicator 8.7.1 is audited by an independent assurance provider.',
  'The programme trained 1,200 teachers and reached 48,000 pupils in primary schools.',
  'Everything we do supports all 17 Sustainable Development Goals.',
  'Nous contribuons aux ODD 5 et 10 par des programmes de formation.',
  'A new wastewater plant treats 80% of the municipal effluent before discharge.',
];

/** A long report (several explicit chunks): numbered paragraphs of varied sentences. */
function report(paragraphs: number, seed: number): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const n = 2 + Math.floor(r() * 4);
    const s: string[] = [];
    for (let i = 0; i < n; i++) s.push(SENTENCES[Math.floor(r() * SENTENCES.length)]!);
    out.push(p % 9 === 0 ? `Chapter ${p / 9 + 1}: results in district ${p}` : `${s.join(' ')} (Site ${p}.)`);
  }
  return out.join('\n\n');
}

/** One random edit of the kinds a live page makes: insert, delete or rewrite a paragraph, or type into one. */
function edit(text: string, r: () => number): string {
  const paras = text.split('\n\n');
  const at = Math.floor(r() * paras.length);
  const kind = Math.floor(r() * 5);
  const fresh = `Update ${Math.floor(r() * 1e6)}: progress on SDG ${1 + Math.floor(r() * 17)} in region ${Math.floor(r() * 40)}; ${SENTENCES[Math.floor(r() * SENTENCES.length)]}`;
  if (kind === 0) paras.splice(at, 0, fresh);
  else if (kind === 1 && paras.length > 2) paras.splice(at, 1);
  else if (kind === 2) paras[at] = fresh;
  else if (kind === 3) {
    const p = paras[at]!;
    const i = Math.floor(r() * p.length);
    paras[at] = `${p.slice(0, i)} and SDG 13 ${p.slice(i)}`;
  } else paras.push(fresh);
  return paras.join('\n\n');
}

describe('AnalysisCache: a re-analysis equals a fresh one', () => {
  test('a long report, 12 random edits: every result equals analyze() without a cache', () => {
    const r = rng(7);
    let text = report(700, 1);
    expect(chunksOf(text, splitBlocks(text)).length).toBeGreaterThanOrEqual(3);
    const cache = new AnalysisCache();
    expect(analyze(text, { cache })).toEqual(analyze(text));
    for (let i = 0; i < 12; i++) {
      text = edit(text, r);
      const cached = analyze(text, { cache });
      expect(cached).toEqual(analyze(text));
      const reuse = cache.reuse();
      // One edit touches one or two chunks and a unit or two; the rest comes from memory.
      expect(reuse.chunks.hits).toBeGreaterThan(0);
      expect(reuse.units.hits).toBeGreaterThan(reuse.units.misses * 20);
    }
  });

  test('unchanged text is served from memory entirely', () => {
    const text = report(300, 3);
    const cache = new AnalysisCache();
    analyze(text, { cache });
    analyze(text, { cache });
    const reuse = cache.reuse();
    expect(reuse.chunks.misses).toBe(0);
    expect(reuse.units.misses).toBe(0);
  });

  test('memory follows the page: what the last analysis did not use is dropped', () => {
    const cache = new AnalysisCache();
    analyze(report(300, 4), { cache });
    analyze(report(300, 5), { cache });
    analyze('A short page about SDG 6 and drinking water for 4,000 households.', { cache });
    analyze('A short page about SDG 6 and drinking water for 4,000 households.', { cache });
    expect(cache.reuse().units.misses).toBe(0);
  });

  test('chunk boundaries are chosen by content: text inserted early does not move the later ones', () => {
    const text = report(900, 9);
    const before = chunksOf(text, splitBlocks(text));
    const inserted = `An early insertion about SDG 2.\n\n${text}`;
    const after = chunksOf(inserted, splitBlocks(inserted));
    const shift = inserted.length - text.length;
    const ends = new Set(after.map(([, e]) => e - shift));
    // All boundaries but the first one or two come back at the same places.
    expect(before.slice(2).every(([, e]) => ends.has(e))).toBe(true);
  });
});

describe('SDG documents are recognised across the whole document', () => {
  test('a lower-case "target 14.4" far from any cue counts once the document names the SDGs twice', () => {
    const filler = report(600, 11).replace(/SDG|ODD|Goal|target|indicator|Sustainable Development/gi, 'item');
    const text = `Our contribution to SDG 14 and SDG 15.\n\n${filler}\n\nWe report on target 14.4 each year.`;
    expect(chunksOf(text, splitBlocks(text)).length).toBeGreaterThan(1);
    const a = analyze(text);
    expect(a.explicit.some((e) => e.target === '14.4')).toBe(true);
    const plain = analyze(`Our contribution to the ocean.\n\n${filler}\n\nWe report on target 14.4 each year.`);
    expect(plain.explicit.some((e) => e.target === '14.4')).toBe(false);
  });
});

describe('diffTexts / applyEdit: the middle that travels rebuilds the new text exactly', () => {
  const r = rng(21);
  const cases: [string, BlockedText, BlockedText][] = [];
  const bt = (text: string): BlockedText => ({ text, blocks: splitBlocks(text) });
  cases.push(['identical', bt('One.\n\nTwo.'), bt('One.\n\nTwo.')]);
  cases.push(['from empty', bt(''), bt('Now SDG 5.\n\nAnd more.')]);
  cases.push(['to empty', bt('Gone SDG 5.'), bt('')]);
  cases.push(['append', bt('A.\n\nB.'), bt('A.\n\nB.\n\nC.')]);
  cases.push(['prepend', bt('A.\n\nB.'), bt('Z.\n\nA.\n\nB.')]);
  cases.push(['repeated text', bt('aaaa\n\naaaa'), bt('aaaa\n\naaaa\n\naaaa')]);
  cases.push(['same text, other blocks', { text: 'A. B.', blocks: [{ start: 0, end: 5 }] }, { text: 'A. B.', blocks: [{ start: 0, end: 2 }, { start: 3, end: 5 }] }]);
  let t = report(60, 2);
  for (let i = 0; i < 20; i++) {
    const n = edit(t, r);
    cases.push([`random edit ${i + 1}`, bt(t), bt(n)]);
    t = n;
  }
  test.each(cases)('%s', (_name, prev, next) => {
    const e = diffTexts(prev, next);
    const mid = middleOf(next, e);
    expect(applyEdit(prev, e, mid)).toEqual(next);
    expect(mid.text.length).toBeLessThanOrEqual(next.text.length);
  });

  test('an edit that does not fit its base is refused', () => {
    expect(() => applyEdit({ text: 'abc', blocks: [] }, { prefix: 3, suffix: 1, blocksPrefix: 0, blocksSuffix: 0 }, { text: '', blocks: [] })).toThrow(/does not fit/);
    expect(() => applyEdit({ text: 'abc', blocks: [] }, { prefix: 0, suffix: 0, blocksPrefix: 1, blocksSuffix: 0 }, { text: '', blocks: [] })).toThrow(/does not fit/);
  });

  test('a one-paragraph change to a long report sends that paragraph, not the report', () => {
    const prev = bt(report(500, 6));
    const paras = prev.text.split('\n\n');
    paras[250] = 'A replaced paragraph on SDG 16.';
    const next = bt(paras.join('\n\n'));
    const mid = middleOf(next, diffTexts(prev, next));
    expect(mid.text.length).toBeLessThan(400);
    expect(mid.blocks.length).toBeLessThanOrEqual(2);
  });
});

describe('keepOf / applyKeep: only the changed findings travel back', () => {
  test('random edits: the kept items plus the middle rebuild the new analysis exactly', () => {
    const r = rng(33);
    let text = report(200, 8);
    let prev = analyze(text);
    for (let i = 0; i < 10; i++) {
      const nextText = edit(text, r);
      const next = analyze(nextText);
      const delta = nextText.length - text.length;
      const keep = keepOf(prev, next, delta);
      let moved = 0;
      for (const name of FINDING_LISTS) {
        const [lead, trail] = keep[name];
        const middle = next[name].slice(lead, next[name].length - trail);
        expect(applyKeep<Finding>(prev[name], keep[name], middle, delta)).toEqual(next[name]);
        moved += middle.length;
      }
      // The document-level flags may change anywhere, but most findings stay where they were.
      expect(moved).toBeLessThan((next.explicit.length + next.thematic.length + next.flags.length) / 4);
      text = nextText;
      prev = next;
    }
  });

  test('shiftFinding moves thematic evidence spans with the finding', () => {
    const a = analyze('Safely managed drinking water reached 41,200 households and sanitation reached 9,000 more in rural districts this year.');
    const f = a.thematic[0]!;
    const g = shiftFinding(f, 10);
    expect(g.start).toBe(f.start + 10);
    expect(g.terms[0]!.spans![0]!.start).toBe(f.terms[0]!.spans![0]!.start + 10);
    expect(shiftFinding(f, 0)).toBe(f);
  });

  test('kept counts that do not fit are refused', () => {
    expect(() => applyKeep([], [1, 0], [], 0)).toThrow(/do not fit/);
  });
});

describe('the background answers re-scans with what changed (router)', () => {
  type Answer = { id: string; totals: Record<string, number>; analysis: Record<string, unknown>; keep?: ListKeep; delta?: number };
  const full = (text: string) => ({ type: 'sdg:analyze' as const, text, blocks: splitBlocks(text) });
  /** The content script's side: the lists rebuilt from its base, the middle and `keep`. */
  const rebuild = (prev: Analysis, a: Answer): Pick<Analysis, 'explicit' | 'thematic' | 'flags'> => {
    const out = {} as Pick<Analysis, 'explicit' | 'thematic' | 'flags'>;
    for (const name of FINDING_LISTS) {
      const middle = a.analysis[name] as Finding[];
      expect(middle.length).toBe(a.totals[name]); // short lists: one part
      (out as Record<string, Finding[]>)[name] = a.keep ? applyKeep<Finding>(prev[name], a.keep[name], middle, a.delta ?? 0) : middle;
    }
    return out;
  };
  const rescan = (tab: number, base: { id: string; text: string }, text: string) => {
    const prev = { text: base.text, blocks: splitBlocks(base.text) };
    const next = { text, blocks: splitBlocks(text) };
    const edit = diffTexts(prev, next);
    return { msg: { type: 'sdg:analyze' as const, ...middleOf(next, edit), base: { id: base.id, ...edit } }, sent: middleOf(next, edit).text.length };
  };

  test('a re-scan sends the changed paragraph and gets back the changed findings; the rebuilt analysis equals a fresh one', () => {
    const text = report(120, 12);
    const first = answerAnalyze(1, 0, full(text)) as Answer;
    const firstAnalysis = { ...analyze(text), ...rebuild(analyze(text), first) };
    expect(firstAnalysis).toEqual(analyze(text));
    const paras = text.split('\n\n');
    paras[60] = 'Our clinics reached 12,000 patients, contributing to SDG 3 and target 3.8.';
    const next = paras.join('\n\n');
    const { msg, sent } = rescan(1, { id: first.id, text }, next);
    expect(sent).toBeLessThan(200);
    const second = answerAnalyze(1, 0, msg) as Answer;
    expect(second.keep).toBeDefined();
    const moved = FINDING_LISTS.reduce((n, l) => n + second.totals[l]!, 0);
    const fresh = analyze(next);
    expect(moved).toBeLessThan((fresh.explicit.length + fresh.thematic.length) / 4);
    expect(rebuild(firstAnalysis, second)).toEqual({ explicit: fresh.explicit, thematic: fresh.thematic, flags: fresh.flags });
  });

  test('a base the background no longer holds asks for the whole page; the two latest are held', () => {
    const a = answerAnalyze(2, 0, full('Page one names SDG 1.')) as Answer;
    const b = answerAnalyze(2, 0, full('Page two names SDG 2.')) as Answer;
    const c = answerAnalyze(2, 0, full('Page three names SDG 3.')) as Answer;
    expect(answerAnalyze(2, 0, rescan(2, { id: a.id, text: 'Page one names SDG 1.' }, 'Page one names SDG 4.').msg)).toEqual({ rebase: true });
    expect(answerAnalyze(2, 0, rescan(2, { id: b.id, text: 'Page two names SDG 2.' }, 'Page two names SDG 5.').msg)).toHaveProperty('keep');
    expect(answerAnalyze(2, 0, rescan(2, { id: 'made-up', text: 'Page three names SDG 3.' }, 'x').msg)).toEqual({ rebase: true });
    // Another frame of the tab, and a closed tab, hold nothing.
    expect(answerAnalyze(2, 5, rescan(2, { id: c.id, text: 'Page three names SDG 3.' }, 'Page three names SDG 6.').msg)).toEqual({ rebase: true });
    dropTab(2);
    expect(answerAnalyze(2, 0, rescan(2, { id: c.id, text: 'Page three names SDG 3.' }, 'Page three names SDG 6.').msg)).toEqual({ rebase: true });
  });

  test('an edit that does not fit the held page is an error, not a wrong analysis', () => {
    const a = answerAnalyze(3, 0, full('Short page on SDG 7.')) as Answer;
    expect(() => answerAnalyze(3, 0, { type: 'sdg:analyze', text: '', blocks: [], base: { id: a.id, prefix: 50, suffix: 0, blocksPrefix: 0, blocksSuffix: 0 } })).toThrow(/does not fit/);
  });
});
