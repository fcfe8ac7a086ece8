/**
 * The side panel in real Chromium, opened as a tab at `sidepanel.html?tab=<id>` (the `tab`
 * parameter pins it to the fixture tab; without it the panel follows the active tab of its
 * window). Lists every finding, filters and groups them, focuses a finding on the page, works
 * from the keyboard, follows content added to the page, and passes axe. Needs the content script.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer';
import { EXT_DIR, collectErrors, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './support/browser';
import { startServer, type FixtureServer } from './support/server';
import { askTab, axeViolations, builtWithContentScript, tabIdByUrl, waitForScanDone } from './library-helpers';
import { FindingsResponseSchema, type FindingItem } from '../../lib/schema/messages';

const itemIds = (panel: Page, selector = '[data-testid=finding-item]') =>
  panel.$$eval(selector, (els) => [...new Set(els.map((e) => e.getAttribute('data-finding-id')!))].sort());

describe.skipIf(!builtWithContentScript(EXT_DIR))('side panel', () => {
  let eb: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;
  let panel: Page;
  let tabId: number;
  let findings: FindingItem[];
  let errors: string[];

  const findingsOfTab = async () => FindingsResponseSchema.parse(await askTab(eb, tabId, { type: 'sdg:get-findings' })).items;
  const setSelect = async (testid: string, value: string) => {
    await panel.select(`[data-testid=${testid}]`, value);
  };

  beforeAll(async () => {
    eb = await launchWithExtension();
    server = await startServer({ '/fixtures': path.resolve('test/fixtures') });
    page = await eb.browser.newPage();
    await page.goto(server.url('/fixtures/library/report.html'), { waitUntil: 'load' });
    tabId = await tabIdByUrl(eb, page);
    await waitForScanDone(eb, tabId);
    findings = await findingsOfTab();
    panel = await openExtensionPage(eb, `sidepanel.html?tab=${tabId}`);
    errors = collectErrors(panel);
    await panel.waitForSelector('[data-testid=finding-item]');
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  test('every finding and flag of the tab is listed, each once per goal group', async () => {
    expect(findings.length).toBeGreaterThan(5);
    expect(await itemIds(panel)).toEqual(findings.map((f) => f.id).sort());
    expect(await panel.$eval('[data-testid=page-title]', (e) => e.textContent)).toContain('Northwind Foods');
  });

  test('findings are grouped by goal, with general references and flags in their own groups', async () => {
    const groups = await panel.$$eval('[data-testid=group]', (els) => els.map((e) => e.getAttribute('data-group')));
    const goals = [...new Set(findings.flatMap((f) => (f.finding.kind === 'explicit' ? f.finding.goals : f.finding.kind === 'thematic' ? [f.finding.goal] : [])))].sort((a, b) => a - b);
    expect(groups.filter((g) => g?.startsWith('g-'))).toEqual(goals.map((g) => `g-${String(g).padStart(2, '0')}`));
    expect(groups).toContain('flags');
  });

  test.each([
    ['kind = flags', 'filter-kind', 'flag', (f: FindingItem) => f.finding.kind === 'flag'],
    ['kind = explicit', 'filter-kind', 'explicit', (f: FindingItem) => f.finding.kind === 'explicit'],
    ['goal = SDG 13', 'filter-goal', '13', (f: FindingItem) => f.finding.kind !== 'flag' && (f.finding.kind === 'explicit' ? f.finding.goals.includes(13) : f.finding.goal === 13)],
    ['strength = strong', 'filter-strength', 'strong', (f: FindingItem) => f.finding.kind === 'flag' && f.finding.strength === 'strong'],
  ])('the filter %s shows exactly the matching findings', async (_n, testid, value, keep) => {
    await setSelect(testid, value);
    const expected = findings.filter(keep).map((f) => f.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await itemIds(panel)).toEqual(expected);
    await setSelect(testid, '');
    expect(await itemIds(panel)).toEqual(findings.map((f) => f.id).sort());
  });

  test('the criterion filter and grouping by criterion', async () => {
    const flag = findings.find((f) => f.finding.kind === 'flag')!;
    const criterion = flag.finding.kind === 'flag' ? flag.finding.criterion : '';
    await setSelect('filter-criterion', criterion);
    const expected = findings.filter((f) => f.finding.kind === 'flag' && f.finding.criterion === criterion).map((f) => f.id).sort();
    expect(await itemIds(panel)).toEqual(expected);
    await setSelect('filter-criterion', '');
    await panel.click('input[name=group-by][value=criterion]');
    const groups = await panel.$$eval('[data-testid=group]', (els) => els.map((e) => e.getAttribute('data-group')));
    expect(groups).toContain(`c-${criterion}`);
    expect(groups.at(-1)).toBe('findings');
    await panel.click('input[name=group-by][value=goal]');
  });

  test('search narrows the list to findings whose words match', async () => {
    await panel.type('[data-testid=sidepanel-search]', 'SDG 8');
    await panel.waitForFunction(() => document.querySelectorAll('[data-testid=finding-item]').length > 0, { polling: 100 });
    const texts = await panel.$$eval('[data-testid=finding-item]', (els) => els.map((e) => e.textContent ?? ''));
    expect(texts.length).toBeLessThan(findings.length);
    expect(texts.every((t) => t.includes('SDG 8'))).toBe(true);
    await panel.$eval('[data-testid=sidepanel-search]', (el) => {
      (el as HTMLInputElement).value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });

  test('selecting an item focuses its highlight on the page', async () => {
    const target = findings.find((f) => f.finding.kind === 'explicit' && f.finding.text === 'SDG 8')!;
    await panel.click(`[data-testid=finding-item][data-finding-id="${target.id}"] .sdg-item-go`);
    await page.waitForFunction(() => CSS.highlights.has('sdg-current'), { timeout: 5_000, polling: 100 });
    const current = await page.evaluate(() => [...CSS.highlights.get('sdg-current')!].map((r) => (r as Range).toString()));
    expect(current).toEqual(['SDG 8']);
  });

  test('arrow keys move between items and Enter shows the item on the page', async () => {
    await panel.focus('.sdg-item-go');
    await panel.keyboard.press('ArrowDown');
    const second = await panel.evaluate(() => document.activeElement?.closest('[data-testid=finding-item]')?.getAttribute('data-finding-id'));
    const all = await panel.$$eval('.sdg-item-go', (els) => els.map((e) => e.closest('[data-testid=finding-item]')!.getAttribute('data-finding-id')));
    expect(second).toBe(all[1]);
    await panel.keyboard.press('Enter');
    const f = findings.find((x) => x.id === second)!;
    const quote = f.finding.kind === 'explicit' ? f.finding.text : f.finding.kind === 'flag' ? f.finding.quote : null;
    if (quote) {
      await page.waitForFunction((q) => [...(CSS.highlights.get('sdg-current') ?? [])].some((r) => (r as Range).toString() === q), { timeout: 5_000, polling: 100 }, quote);
    }
  });

  test('content added to the page later shows up in the list', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Since May we also report on gender equality under SDG 5 and its target 5.5.';
      document.querySelector('main')!.append(p);
    });
    await panel.waitForSelector('[data-testid=group][data-group=g-05]', { timeout: 15_000 });
    const now = await findingsOfTab();
    expect(now.length).toBeGreaterThan(findings.length);
  });

  test('the side panel passes axe', async () => {
    expect(await axeViolations(panel)).toEqual([]);
  });

  test('the panel raised no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!builtWithContentScript(EXT_DIR))('side panel on dynamic pages', () => {
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

  const groupsOf = (panel: Page) => panel.$$eval('[data-testid=group]', (els) => els.map((e) => e.getAttribute('data-group')));

  test('a single-page app that swaps its content: the list follows the new chapter', async () => {
    const page = await eb.browser.newPage();
    await page.goto(server.url('/fixtures/library/spa.html'), { waitUntil: 'load' });
    const tabId = await tabIdByUrl(eb, page);
    await waitForScanDone(eb, tabId);
    const panel = await openExtensionPage(eb, `sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid=group][data-group=g-03]');
    await page.bringToFront();
    await page.click('#next');
    await panel.waitForFunction(
      () => {
        const groups = [...document.querySelectorAll('[data-testid=group]')].map((e) => e.getAttribute('data-group'));
        return groups.includes('g-07') && !groups.includes('g-03');
      },
      { timeout: 15_000, polling: 100 },
    );
    expect(await groupsOf(panel)).not.toContain('g-03');
    await panel.waitForFunction(() => document.querySelector('[data-testid=page-title]')?.textContent?.includes('Energy'), { timeout: 15_000, polling: 100 });
    await panel.close();
    await page.close();
  });

  test('an infinite-scroll feed: stories loaded later join the list', async () => {
    const page = await eb.browser.newPage();
    await page.goto(server.url('/fixtures/library/infinite.html'), { waitUntil: 'load' });
    const tabId = await tabIdByUrl(eb, page);
    await waitForScanDone(eb, tabId);
    const panel = await openExtensionPage(eb, `sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid=group][data-group=g-04]');
    expect(await groupsOf(panel)).not.toContain('g-11');
    await page.bringToFront();
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForFunction((n) => document.querySelectorAll('article').length >= n, { timeout: 5_000, polling: 100 }, 3 + i);
    }
    await panel.waitForFunction(
      () => ['g-11', 'g-13', 'g-14'].every((g) => document.querySelector(`[data-testid=group][data-group=${g}]`)),
      { timeout: 15_000, polling: 100 },
    );
    expect(await groupsOf(panel)).toEqual(expect.arrayContaining(['g-04', 'g-06', 'g-11', 'g-13', 'g-14']));
    await panel.close();
    await page.close();
  });
});
