/**
 * Highlights follow the page's own DOM edits after the first scan: a paragraph replaced by a new
 * node, removed, rewritten in place (its text node's data changed) or appended. After each edit
 * the content script re-scans; the highlights then name exactly the goals on the page, never a
 * range into a removed node, and the page's text is exactly what the page itself made it.
 */
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
