/**
 * The popup in real Chromium, opened as a tab with `?tab=ID` pointing at a fixture page: counts
 * per goal match the page's analysis, the risk summary is shown, the controls act on the page,
 * unreadable pages get a clear message, and axe finds no violations.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer';
import { collectErrors, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './support/browser';
import { startServer, type FixtureServer } from './support/server';
import { highlightsOf, runAxe, summaryOf, tabIdOf, waitForScan } from './annotate-helpers';
import type { TabSummary } from '../../lib/schema/messages';

let eb: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let popup: Page;
let tabId: number;
let summary: TabSummary;
let popupErrors: string[];

beforeAll(async () => {
  eb = await launchWithExtension();
  server = await startServer({ '/fixtures': path.resolve('test/fixtures') });
  page = await eb.browser.newPage();
  await page.goto(server.url('/fixtures/pages/impact-report.html'), { waitUntil: 'load' });
  tabId = await tabIdOf(eb, page);
  summary = await waitForScan(eb, tabId);
  popup = await openExtensionPage(eb, `popup.html?tab=${tabId}`);
  popupErrors = collectErrors(popup);
  await popup.waitForSelector('[data-testid=total]');
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('popup for an analysed page', () => {
  test('the total counts match the page analysis', async () => {
    const total = await popup.$eval('[data-testid=total]', (el) => ({
      explicit: Number(el.getAttribute('data-explicit')),
      thematic: Number(el.getAttribute('data-thematic')),
    }));
    expect(total).toEqual({ explicit: summary.explicitTotal, thematic: summary.thematicTotal });
    expect(total.explicit).toBeGreaterThan(0);
  });

  test('one coloured tile per goal with findings, with its named and discussed counts', async () => {
    const tiles = await popup.$$eval('.sdg-tile', (els) =>
      els.map((el) => ({
        goal: Number(el.getAttribute('data-goal')),
        named: Number(el.getAttribute('data-named')),
        discussed: Number(el.getAttribute('data-discussed')),
        background: getComputedStyle(el).backgroundColor,
      })),
    );
    const expected = summary.goals
      .filter((g) => g.explicit > 0 || g.thematic > 0)
      .map((g) => ({ goal: g.goal, named: g.explicit, discussed: g.thematic }))
      .sort((a, b) => a.goal - b.goal);
    expect(tiles.map(({ background: _, ...t }) => t)).toEqual(expected);
    expect(new Set(tiles.map((t) => t.background)).size).toBe(tiles.length);
  });

  test.each([13, 6, 5])('the SDG %i tile says how often the goal is named', async (goal) => {
    const label = await popup.$eval(`.sdg-tile[data-goal="${goal}"]`, (el) => el.getAttribute('aria-label'));
    const row = summary.goals.find((g) => g.goal === goal)!;
    expect(label).toContain(`SDG ${goal}`);
    expect(label).toContain(`named ${row.explicit} times`);
  });

  test('the risk level and the flags per criterion are shown in plain words', async () => {
    const level = await popup.$eval('[data-testid=risk-level]', (el) => el.textContent);
    expect(level?.toLowerCase()).toBe(summary.risk!.level);
    const rows = await popup.$$eval('.sdg-crit-list li', (els) => els.map((el) => ({ criterion: el.getAttribute('data-criterion'), count: Number(el.getAttribute('data-count')), text: el.textContent })));
    expect(rows.map(({ criterion, count }) => ({ criterion, count }))).toEqual(summary.flagsByCriterion.map(({ criterion, count }) => ({ criterion, count })));
    for (const r of rows) expect(r.text!.length).toBeGreaterThan(10);
  });

  test('unticking "show highlights" hides them on the page; ticking brings them back', async () => {
    await popup.click('[data-testid=toggle-highlights]');
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('sdg-')));
    expect((await summaryOf(eb, tabId)).highlightsVisible).toBe(false);
    await popup.click('[data-testid=toggle-highlights]');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('sdg-goal-')));
    expect(Object.keys(await highlightsOf(page)).length).toBeGreaterThan(0);
  });

  test('the sensitivity switch is stored and reaches the page (strong flags only)', async () => {
    await popup.select('[data-testid=sensitivity]', 'strong');
    await popup.waitForFunction(`chrome.storage.local.get('sdg-settings').then((v) => v['sdg-settings']?.sensitivity === 'strong')`);
    const weak = await page.waitForFunction(() => !CSS.highlights.has('sdg-flag-weak')).then(() => true);
    expect(weak).toBe(true);
    const s = await summaryOf(eb, tabId);
    expect(s.flagsByCriterion.every((r) => r.count === r.strong)).toBe(true);
    await popup.select('[data-testid=sensitivity]', 'all');
  });

  test('the popup passes axe accessibility checks', async () => {
    const violations = await runAxe(popup, ['body']);
    expect(violations).toEqual([]);
  });

  test('controls are reachable with the keyboard in reading order', async () => {
    // A fresh load: sequential focus starts at the top of the document.
    await popup.reload({ waitUntil: 'load' });
    await popup.waitForSelector('[data-testid=toggle-highlights]');
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await popup.keyboard.press('Tab');
      order.push(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
    }
    expect(order).toEqual(['toggle-highlights', 'sensitivity', 'site-toggle']);
  });

  test('no errors in the popup', () => {
    expect(popupErrors).toEqual([]);
  });
});

describe('popup site switch and scan-on-click', () => {
  test('unticking "active on this site" switches the page off; ticking switches it back on', async () => {
    const p = await openExtensionPage(eb, `popup.html?tab=${tabId}`);
    await p.waitForSelector('[data-testid=site-toggle]');
    await p.click('[data-testid=site-toggle]');
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('sdg-')));
    await p.waitForFunction(() => document.body.innerText.includes('switched off'));
    await p.click('[data-testid=site-toggle]');
    await p.waitForSelector('[data-testid=total]');
    expect((await waitForScan(eb, tabId)).explicitTotal).toBe(summary.explicitTotal);
    await p.close();
  });

  test('with automatic scanning off the popup offers a scan button that fills in the counts', async () => {
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': { autoScan: false } })`);
    const fresh = await eb.browser.newPage();
    await fresh.goto(server.url('/fixtures/pages/impact-report.html?manual'), { waitUntil: 'load' });
    const id = await tabIdOf(eb, fresh);
    expect((await summaryOf(eb, id)).status).toBe('idle');
    const p = await openExtensionPage(eb, `popup.html?tab=${id}`);
    const button = await p.waitForSelector('.sdg-button');
    await button!.click();
    const total = await p.waitForSelector('[data-testid=total]');
    expect(Number(await total!.evaluate((el) => el.getAttribute('data-explicit')))).toBe(summary.explicitTotal);
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': {} })`);
    await p.close();
    await fresh.close();
  });
});

describe('popup for pages the extension cannot read', () => {
  test.each([['chrome://version/'], ['about:blank']])('%s gets a clear message instead of counts', async (url) => {
    const tab = await eb.browser.newPage();
    await tab.goto(url).catch(() => {});
    const id = (await eb.worker.evaluate(`chrome.tabs.query({}).then((ts) => ts.filter((t) => t.url === ${JSON.stringify(url)} || t.pendingUrl === ${JSON.stringify(url)}).map((t) => t.id))`)) as number[];
    // Without the `tabs` permission URLs are hidden; fall back to the newest tab, which is ours.
    const all = (await eb.worker.evaluate('chrome.tabs.query({}).then((ts) => ts.map((t) => t.id))')) as number[];
    const target = id[0] ?? Math.max(...all);
    const p = await openExtensionPage(eb, `popup.html?tab=${target}`);
    const msg = await p.waitForSelector('[data-testid=unreadable]');
    const text = await msg!.evaluate((el) => el.textContent ?? '');
    expect(text.length).toBeGreaterThan(20);
    expect(await p.$('[data-testid=total]')).toBeNull();
    await p.close();
    await tab.close();
  });
});
