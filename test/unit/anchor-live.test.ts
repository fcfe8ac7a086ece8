import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerLibraryContent } from '../../lib/anchor/live';
import { buildTextIndex } from '../../lib/dom/text-index';
import type { Analysis } from '../../lib/schema/analysis';
import { annotationsFromAnalysis } from '../../lib/anchor/annotations';
import { ReportSourceSchema } from '../../lib/schema/saved-report';

const PAGE = `<main><p>We contribute to SDG 8 through fair work and training.</p>
<p id="gone">Our packaging supports SDG 14 and cleaner oceans everywhere.</p>
<p>Water use fell by 12% against 2019, audited by an independent body.</p></main>`;

/** An analysis naming every "SDG n" of the text (the library is tested apart from the detectors). */
function analyze(text: string): Analysis {
  const explicit = [...text.matchAll(/SDG (\d+)/g)].map((m) => ({
    kind: 'explicit' as const,
    start: m.index,
    end: m.index + m[0].length,
    goals: [Number(m[1])],
    form: 'number' as const,
    text: m[0],
    lang: 'en' as const,
  }));
  return {
    version: 1,
    lang: 'en',
    length: text.length,
    explicit,
    thematic: [],
    flags: [],
    risk: { score: 0, level: 'low', breakdown: [], summary: 'No flags.' },
    goals: explicit.map((e) => ({ goal: e.goals[0]!, explicit: 1, thematic: 0, score: 1 })),
  };
}

/** A page, its index and analysis, and the content-side library wired to them. */
function setUp(html: string) {
  document.body.innerHTML = html;
  document.title = 'Fixture report';
  const index = buildTextIndex(document.body);
  const analysis = analyze(index.text);
  const controller = new AbortController();
  const library = registerLibraryContent({ getPage: () => ({ index, analysis }), signal: controller.signal });
  return { index, analysis, library, controller };
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

describe('content side of the library', () => {
  test('answers a report-source request with the analysed text, its analysis and a guessed organisation', async () => {
    const { index, analysis, controller } = setUp(PAGE);
    const answer = await new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger({ type: 'sdg:get-report-source' }, {}, resolve);
    });
    const source = ReportSourceSchema.parse(answer);
    expect(source).toMatchObject({ title: 'Fixture report', text: index.text, lang: analysis.lang });
    expect(source.analysis.explicit.map((e) => e.text)).toEqual(analysis.explicit.map((e) => e.text));
    controller.abort();
  });

  test('after a scan it re-anchors the saved annotations and reports exact matches and orphans', async () => {
    // Saved when the page still had its second paragraph.
    const before = setUp(PAGE);
    const saved = { id: 'r-1', annotations: annotationsFromAnalysis(before.index.text, before.analysis) };
    before.controller.abort();
    const { library, controller } = setUp(PAGE.replace(/<p id="gone">.*?<\/p>/s, ''));
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: { type: string }) => {
      sent.push(msg);
      return msg.type === 'sdg:library-for-url' ? { report: saved } : { ok: true };
    }) as never);
    library.pageChanged();
    await vi.waitFor(() => expect(sent.some((m) => (m as { type: string }).type === 'sdg:library-anchor-results')).toBe(true), { timeout: 5_000 });
    const results = (sent.find((m) => (m as { type: string }).type === 'sdg:library-anchor-results') as { results: { id: string; status: string }[] }).results;
    const byQuote = new Map(saved.annotations.map((a) => [a.id, a.quote.exact]));
    const status = (quote: string) => results.filter((r) => byQuote.get(r.id) === quote).map((r) => r.status);
    expect(status('SDG 8')).toEqual(['exact']);
    expect(status('SDG 14')).toEqual(['orphan']);
    expect(results).toHaveLength(saved.annotations.length);
    controller.abort();
  });

  test('an unsaved page sends no anchor results', async () => {
    const { library, controller } = setUp(PAGE);
    const sent: { type: string }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: { type: string }) => {
      sent.push(msg);
      return { report: null };
    }) as never);
    library.pageChanged();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('sdg:library-for-url'), { timeout: 5_000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(sent.map((m) => m.type)).not.toContain('sdg:library-anchor-results');
    controller.abort();
  });
});
