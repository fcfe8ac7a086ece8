/**
 * Highlights follow the page's own DOM edits after the first scan: a paragraph replaced by a new
 * node, removed, rewritten in place (its text node's data changed) or appended. After each edit
 * the content script re-scans; the highlights then name exactly the goals on the page, never a
 * range into a removed node, and the page's text is exactly what the page itself made it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startServer, type FixtureServer } from './support/server';
import { highlightsOf, sendToTab, tabIdOf, waitForScan } from './annotate-helpers';
import { FindingsResponseSchema } from '../../lib/schema/messages';

const PAGE = '/fixtures/pages/replaced-nodes.html';

let eb: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  eb = await launchWithExtension();
  server = await startServer({ '/fixtures': path.resolve('test/fixtures') });
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('highlights after the page replaces its own nodes', () => {
  test.each([
    ['a paragraph naming SDG 13 replaced by a new one naming SDG 6', 'replaceClimate', [6, 14], [13]],
    ['a paragraph naming SDG 13 removed', 'removeClimate', [14], [13]],
    ['a paragraph rewritten in place from SDG 13 to SDG 3', 'rewriteClimate', [3, 14], [13]],
    ['a paragraph naming SDG 6 appended', 'appendWater', [6, 13, 14], []],
  ] as const)('%s: the highlights name exactly the goals now on the page', async (_what, edit, present, absent) => {
    const page = await eb.browser.newPage();
    try {
      const errors = collectErrors(page);
      await page.goto(server.url(`${PAGE}?edit=${edit}`), { waitUntil: 'load' });
      const tabId = await tabIdOf(eb, page);
      await waitForScan(eb, tabId);
      expect((await highlightsOf(page))['sdg-goal-13']).toEqual(['SDG 13']);

      const expectedText = await page.evaluate((fn) => {
        (window as unknown as Record<string, () => void>)[fn]!();
        return document.body.innerText;
      }, edit);
      // Removed text leaves the highlights at once (no collapsed range stays registered)…
      await page.waitForFunction(
        (gone: number[]) => gone.every((n) => !CSS.highlights.has(`sdg-goal-${n}`)),
        { timeout: 10_000, polling: 50 },
        [...absent],
      );
      // …and the re-scan that follows finds and draws exactly the goals now on the page.
      const goalsFound = async () => {
        const { status, items } = FindingsResponseSchema.parse(await sendToTab(eb, tabId, { type: 'sdg:get-findings' }));
        const goals = new Set(items.flatMap((i) => (i.finding.kind === 'explicit' ? i.finding.goals : [])));
        return { status, goals: [...goals].sort((x, y) => x - y) };
      };
      const deadline = Date.now() + 20_000;
      let found = await goalsFound();
      while ((found.status !== 'done' || found.goals.join() !== present.join()) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        found = await goalsFound();
      }
      expect(found).toEqual({ status: 'done', goals: [...present] });
      const h = await highlightsOf(page);
      for (const g of absent) expect(h[`sdg-goal-${g}`]).toBeUndefined();
      for (const g of present) {
        // Each goal's one range reads "SDG n" and lies in the paragraph that names it now.
        const ranges = await page.evaluate(
          (name: string, selector: string) =>
            [...(CSS.highlights.get(name) ?? [])].map((r) => [r instanceof Range ? r.toString() : '', r instanceof Range && !!document.querySelector(selector)?.contains(r.startContainer)]),
          `sdg-goal-${g}`,
          g === 14 ? '#stable' : '#news',
        );
        expect(ranges).toEqual([[`SDG ${g}`, true]]);
      }
      // The page's text is what the page made it: highlights add nothing to it.
      expect(await page.evaluate(() => document.body.innerText)).toBe(expectedText);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/**
 * A long report that edits itself: a re-scan must send the background only the changed text and
 * must end with the same findings as a fresh scan of the edited page (a second tab that makes the
 * same edits before its first scan). A background that lost the page it held (a restarted
 * service worker) is covered by test/unit/rescan-protocol.test.ts.
 */
describe('a re-scan sends only what changed', () => {
  const SENTENCES = [
    'In 2025 our cooperative connected 41,200 households to safely managed drinking water (SDG target 6.1).',
    'Solar mini-grids replaced diesel generators in eleven villages, bringing renewable electricity to 3,900 homes.',
    'We are committed to supporting communities and promoting sustainability wherever possible.',
    'Apprenticeships gave 310 young people decent work (SDG 8); 62% were women.',
    'Our operations are carbon neutral thanks to offsets (SDG 13).',
    'The programme trained 1,200 teachers and reached 48,000 pupils in primary schools.',
  ];
  const paragraphs = Array.from({ length: 400 }, (_, i) => `<p id="p${i}">Site ${i}: ${SENTENCES[i % 6]} ${SENTENCES[(i * 7 + 3) % 6]}</p>`);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Long report</title></head><body><main>
<h1>Impact report</h1>
${paragraphs.join('\n')}
</main><script>
  const p = (text) => Object.assign(document.createElement('p'), { textContent: text });
  window.edits = [
    () => document.getElementById('p200').replaceWith(p('Our justice programme supports SDG 16 in nine districts.')),
    () => document.getElementById('p17').remove(),
    () => { document.getElementById('p350').firstChild.data = 'Site 350: partnerships for the goals (SDG 17) with 40 municipalities.'; },
    () => document.querySelector('main').append(p('Update: clinics advanced SDG 3 with 40,000 vaccinations.')),
  ];
  const n = Number(new URLSearchParams(location.search).get('early') ?? 0);
  for (let i = 0; i < n; i++) window.edits[i]();
</script></body></html>`;
  let dir: string;
  let gen: FixtureServer;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-long-report-'));
    fs.writeFileSync(path.join(dir, 'long.html'), html);
    gen = await startServer({ '/gen': dir });
  });
  afterAll(async () => {
    await gen?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Count, in the service worker, the characters content scripts send for analysis. */
  const countTraffic = () =>
    eb.worker.evaluate(`(() => {
      if (globalThis.__sdgTraffic) return;
      const c = (globalThis.__sdgTraffic = { chars: 0, requests: 0 });
      chrome.runtime.onMessage.addListener((m) => {
        if (m && (m.type === 'sdg:analyze' || m.type === 'sdg:analyze-chunk') && typeof m.text === 'string') c.chars += m.text.length;
        if (m && m.type === 'sdg:analyze') c.requests++;
        return undefined;
      });
    })()`);
  const traffic = async () => (await eb.worker.evaluate('globalThis.__sdgTraffic')) as { chars: number; requests: number };
  const findingIds = async (tabId: number) => {
    const { items } = FindingsResponseSchema.parse(await sendToTab(eb, tabId, { type: 'sdg:get-findings' }));
    return items.map((i) => i.id).sort();
  };
  /** Wait until the tab has re-scanned after an edit (`done` with the expected goal drawn or gone). */
  const waitFor = async (tabId: number, ok: (goals: Set<number>) => boolean) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { status, items } = FindingsResponseSchema.parse(await sendToTab(eb, tabId, { type: 'sdg:get-findings' }));
      const goals = new Set(items.flatMap((i) => (i.finding.kind === 'explicit' ? i.finding.goals : [])));
      if (status === 'done' && ok(goals)) return;
      if (Date.now() > deadline) throw new Error(`re-scan did not finish: ${status}, goals ${[...goals].join(',')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  /** The findings of a fresh first scan of the page with its first `n` edits made before it. */
  const freshScan = async (n: number) => {
    const page = await eb.browser.newPage();
    try {
      await page.goto(gen.url(`/gen/long.html?early=${n}`), { waitUntil: 'load' });
      const tabId = await tabIdOf(eb, page);
      await waitForScan(eb, tabId);
      return await findingIds(tabId);
    } finally {
      await page.close();
    }
  };

  test('each edit sends a few hundred characters of a long page, and ends where a fresh scan of the edited page ends', async () => {
    await countTraffic();
    const page = await eb.browser.newPage();
    const errors = collectErrors(page);
    try {
      await page.goto(gen.url('/gen/long.html?early=0'), { waitUntil: 'load' });
      const tabId = await tabIdOf(eb, page);
      await waitForScan(eb, tabId);
      const pageChars = (await traffic()).chars;
      expect(pageChars).toBeGreaterThan(50_000);
      const checks: [number, (g: Set<number>) => boolean][] = [
        [0, (g) => g.has(16)],
        [1, (g) => g.has(16)],
        [2, (g) => g.has(17)],
        [3, (g) => g.has(3)],
      ];
      for (const [i, ok] of checks) {
        const before = await traffic();
        await page.evaluate((k) => (window as unknown as { edits: (() => void)[] }).edits[k]!(), i);
        await waitFor(tabId, ok);
        // Let a re-scan that started before the check settle before reading the counters.
        await new Promise((r) => setTimeout(r, 700));
        await waitForScan(eb, tabId);
        const after = await traffic();
        const sent = after.chars - before.chars;
        expect(after.requests - before.requests).toBeGreaterThan(0);
        expect(sent, `edit ${i + 1}: characters sent for ${after.requests - before.requests} re-scans`).toBeLessThan(400 * (after.requests - before.requests));
        expect(await findingIds(tabId), `edit ${i + 1}`).toEqual(await freshScan(i + 1));
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
