/**
 * The library in real Chromium with the built extension.
 *
 * 1. Library page seeded through its own import: list, search, sort, filters, malformed file,
 *    duplicates (skip), delete with undo, read view with a note, export → import into a fresh
 *    profile → export byte-identical, axe.
 * 2. Saving a real page (side panel "Save report"), adding a note, reloading the page and seeing
 *    the note re-anchored, then editing the page so a passage disappears and seeing its
 *    annotations listed as orphans. Needs the content script (skipped, with a message, in a build
 *    without one).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer';
import { EXT_DIR, collectErrors, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './support/browser';
import { startServer, type FixtureServer } from './support/server';
import { axeViolations, builtWithContentScript, downloadsTo, tabIdByUrl, waitForDownload, waitForScanDone } from './library-helpers';
import { exportLibraryJson } from '../../lib/export/json';
import { fixtureReport } from '../unit/export-fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-lens-library-e2e-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function seedFile(): string {
  const second = fixtureReport({
    id: 'r-second',
    url: 'https://example.com/developpement',
    title: 'Rapport de développement durable',
    organisation: 'Société Exemple',
    savedAt: '2026-11-21T09:00:00.000Z',
  });
  // A different profile for the filters: low risk, about SDG 13 only.
  second.analysis.risk = { ...second.analysis.risk, score: 10, level: 'low' };
  second.analysis.goals = [{ goal: 13, explicit: 0, thematic: 1, score: 0.5 }];
  const file = path.join(tmp, 'seed.sdg-lens.json');
  fs.writeFileSync(file, exportLibraryJson([fixtureReport(), second]));
  return file;
}

async function upload(page: Page, file: string): Promise<void> {
  const input = (await page.$('[data-testid=import-file]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
}

const rowIds = (page: Page) => page.$$eval('[data-testid=library-row]', (els) => els.map((e) => e.getAttribute('data-report-id')));

async function waitForRows(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => document.querySelectorAll('[data-testid=library-row]').length === k, { timeout: 10_000, polling: 100 }, n);
}

async function exportJson(eb: ExtensionBrowser, page: Page, dir: string): Promise<string> {
  await downloadsTo(eb, dir);
  await page.select('[data-testid=export-format]', 'json');
  await page.click('[data-testid=export-all]');
  return fs.readFileSync(await waitForDownload(dir, /\.sdg-lens\.json$/), 'utf8');
}

describe('library page', () => {
  let eb: ExtensionBrowser;
  let library: Page;
  let errors: string[];
  const seed = seedFile();

  beforeAll(async () => {
    eb = await launchWithExtension();
    library = await openExtensionPage(eb, 'library.html');
    errors = collectErrors(library);
  });
  afterAll(async () => {
    await eb?.close();
  });

  test('an empty library says how to save a report', async () => {
    await library.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Loading'), { polling: 100 });
    const text = await library.$eval('main', (el) => el.textContent ?? '');
    expect(text).toContain('No saved reports yet');
  });

  test('importing an export lists its reports, newest first', async () => {
    await upload(library, seed);
    await library.waitForSelector('[data-testid=import-result][data-ok=true]');
    await waitForRows(library, 2);
    expect(await rowIds(library)).toEqual(['r-second', 'r-fixture-1']);
    expect(await library.$eval('[data-testid=import-result]', (e) => e.textContent)).toContain('2 added, 0 merged, 0 skipped');
  });

  test.each([
    ['a word of the full text (accents folded)', 'developpement', ['r-second']],
    ['an organisation', 'Société Exemple', ['r-second']],
    ['a word prefix of the text', 'audit', ['r-second', 'r-fixture-1']],
  ])('search by %s', async (_n, query, expected) => {
    await library.$eval('[data-testid=library-search]', (el) => ((el as HTMLInputElement).value = ''));
    await library.type('[data-testid=library-search]', query);
    await library.waitForFunction((k) => document.querySelectorAll('[data-testid=library-row]').length === k, { polling: 100 }, expected.length);
    expect(await rowIds(library)).toEqual(expected);
    await library.$eval('[data-testid=library-search]', (el) => {
      (el as HTMLInputElement).value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitForRows(library, 2);
  });

  test.each([
    ['title', ['r-fixture-1', 'r-second']],
    ['goal', ['r-fixture-1', 'r-second']],
    ['risk', ['r-fixture-1', 'r-second']],
    ['date', ['r-second', 'r-fixture-1']],
  ])('sorting by %s', async (key, expected) => {
    await library.select('[data-testid=library-sort]', key);
    expect(await rowIds(library)).toEqual(expected);
  });

  test.each([
    ['library-goal', '8', ['r-fixture-1']],
    ['library-goal', '13', ['r-second']],
    ['library-risk', 'low', ['r-second']],
    ['library-risk', 'high', []],
  ])('filter %s = %s', async (testid, value, expected) => {
    await library.select(`[data-testid=${testid}]`, value);
    expect(await rowIds(library)).toEqual(expected);
    await library.select(`[data-testid=${testid}]`, '');
    await waitForRows(library, 2);
  });

  test('a truncated file is refused with the line of the problem, and nothing is imported', async () => {
    const bad = path.join(tmp, 'truncated.json');
    fs.writeFileSync(bad, fs.readFileSync(seed, 'utf8').slice(0, 500));
    await upload(library, bad);
    await library.waitForSelector('[data-testid=import-result][data-ok=false]');
    const text = await library.$eval('[data-testid=import-result]', (e) => e.textContent ?? '');
    expect(text).toMatch(/truncated/);
    expect(text).toMatch(/line \d+/);
    expect(await rowIds(library)).toHaveLength(2);
  });

  test('importing reports that are already there asks, and "skip" keeps the library as it was', async () => {
    await upload(library, seed);
    await library.waitForSelector('[data-testid=import-duplicates]');
    expect(await library.$eval('[data-testid=import-duplicates]', (e) => e.textContent)).toContain('2 of the 2 reports');
    await library.click('[data-testid=import-skip]');
    await library.waitForSelector('[data-testid=import-result][data-ok=true]');
    expect(await library.$eval('[data-testid=import-result]', (e) => e.textContent)).toContain('0 added, 0 merged, 2 skipped');
  });

  test('a deleted report comes back with undo', async () => {
    await library.click('[data-testid=library-row][data-report-id=r-second] [data-testid=delete]');
    await waitForRows(library, 1);
    await library.click('[data-testid=undo]');
    await waitForRows(library, 2);
    expect(await rowIds(library)).toEqual(['r-second', 'r-fixture-1']);
  });

  test('a report opens offline with its text, highlights and annotations, and a note is kept', async () => {
    await library.click('[data-testid=library-row][data-report-id=r-fixture-1] h2 a');
    await library.waitForSelector('[data-testid=report-view]');
    const text = await library.$eval('[data-testid=saved-text]', (e) => e.textContent ?? '');
    expect(text).toContain('We contribute to SDG 8 and target 8.7');
    expect(await library.$$eval('[data-testid=report-annotation]', (els) => els.length)).toBe(4);
    const layers = await library.evaluate(() => [...CSS.highlights.keys()].sort());
    expect(layers).toEqual(expect.arrayContaining(['sdg-flag', 'sdg-goal-8', 'sdg-theme-6']));
    const flag = '[data-testid=report-annotation][data-annotation-id^=fG1]';
    await library.click(`${flag} details summary`);
    await library.type(`${flag} textarea`, 'No figure, no scope, no date.');
    await library.click(`${flag} input[value=disagree]`);
    await library.waitForFunction((sel) => document.querySelector(`${sel} [role=status]`)?.textContent === 'Saved', { polling: 100 }, flag);
    await library.reload({ waitUntil: 'load' });
    await library.waitForSelector(`${flag} textarea`);
    expect(await library.$eval(`${flag} textarea`, (e) => (e as HTMLTextAreaElement).value)).toBe('No figure, no scope, no date.');
    expect(await library.$eval(`${flag} input[value=disagree]`, (e) => (e as HTMLInputElement).checked)).toBe(true);
  });

  test('the read view and the list pass axe', async () => {
    expect(await axeViolations(library)).toEqual([]);
    await library.goto(library.url().replace(/#.*$/, ''), { waitUntil: 'load' });
    await waitForRows(library, 2);
    expect(await axeViolations(library)).toEqual([]);
  });

  test('export → import into a fresh profile → export is byte-identical', async () => {
    const first = await exportJson(eb, library, path.join(tmp, 'dl-1'));
    expect(JSON.parse(first).reports).toHaveLength(2);
    const file = path.join(tmp, 'exported.sdg-lens.json');
    fs.writeFileSync(file, first);
    const fresh = await launchWithExtension();
    try {
      const page = await openExtensionPage(fresh, 'library.html');
      await upload(page, file);
      await page.waitForSelector('[data-testid=import-result][data-ok=true]');
      await waitForRows(page, 2);
      const second = await exportJson(fresh, page, path.join(tmp, 'dl-2'));
      expect(second).toBe(first);
    } finally {
      await fresh.close();
    }
  });

  test.each([
    ['w3c', /\.w3c\.jsonld$/, (text: string) => expect(JSON.parse(text)).toMatchObject({ type: 'AnnotationCollection', total: 8 })],
    ['csv', /\.csv$/, (text: string) => expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 8)],
    ['md', /\.md$/, (text: string) => expect(text).toMatch(/^# Rapport de développement durable/m)],
  ] as const)('the whole library exports as %s', async (format, name, check) => {
    const dir = path.join(tmp, `dl-${format}`);
    await downloadsTo(eb, dir);
    await library.select('[data-testid=export-format]', format);
    await library.click('[data-testid=export-all]');
    check(fs.readFileSync(await waitForDownload(dir, name), 'utf8'));
  });

  test('the options page stores language, style, scan mode and sites switched off, and the library follows the language', async () => {
    const options = await openExtensionPage(eb, 'options.html');
    await options.waitForSelector('[data-testid=lang-fr]');
    expect(await axeViolations(options)).toEqual([]);
    await options.click('[data-testid=lang-fr]');
    await library.waitForFunction(() => document.querySelector('h1')?.textContent === 'Bibliothèque SDG Lens', { timeout: 5_000, polling: 100 });
    expect(await library.evaluate(() => document.documentElement.lang)).toBe('fr');
    await options.click('[data-testid=style-high-contrast]');
    await options.click('[data-testid=lang-en]');
    await library.waitForFunction(() => document.querySelector('h1')?.textContent === 'SDG Lens library', { timeout: 5_000, polling: 100 });
    await options.type('[data-testid=site-input]', 'not a host');
    await options.keyboard.press('Enter');
    await options.waitForSelector('#opt-site-err');
    await options.$eval('[data-testid=site-input]', (el) => ((el as HTMLInputElement).value = ''));
    await options.type('[data-testid=site-input]', 'https://www.example.org/some/page');
    await options.keyboard.press('Enter');
    await options.waitForFunction(() => document.querySelector('[data-testid=sites-off]')?.textContent?.includes('www.example.org'), { polling: 100 });
    await options.click('[data-testid=scan-click]');
    const stored = await eb.worker.evaluate(`chrome.storage.local.get('sdg-settings').then((r) => r['sdg-settings'])`);
    expect(stored).toMatchObject({ uiLang: 'en', highlightStyle: 'high-contrast', autoScan: false, sites: { 'www.example.org': false } });
    await options.close();
  });

  test('the page raised no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('notes survive a browser restart', () => {
  test('a verdict given before closing the browser is there after reopening it with the same profile', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-lens-profile-keep-'));
    try {
      const first = await launchWithExtension({ userDataDir: profile });
      const page = await openExtensionPage(first, 'library.html');
      await upload(page, seedFile());
      await waitForRows(page, 2);
      await page.goto(page.url().replace(/#.*$/, '') + '#report=r-fixture-1', { waitUntil: 'load' });
      const flag = '[data-testid=report-annotation][data-annotation-id^=fG1]';
      await page.waitForSelector(flag);
      await page.click(`${flag} details summary`);
      await page.click(`${flag} input[value=agree]`);
      await page.waitForFunction((sel) => document.querySelector(`${sel} [role=status]`)?.textContent === 'Saved', { polling: 100 }, flag);
      await first.close();
      const second = await launchWithExtension({ userDataDir: profile });
      try {
        const again = await openExtensionPage(second, 'library.html#report=r-fixture-1');
        await again.waitForSelector(`${flag} input[value=agree]`);
        expect(await again.$eval(`${flag} input[value=agree]`, (e) => (e as HTMLInputElement).checked)).toBe(true);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!builtWithContentScript(EXT_DIR))('saving a page, re-anchoring on revisit, orphans', () => {
  let eb: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;
  let panel: Page;
  let tabId: number;
  const site = path.join(tmp, 'site');
  const fixture = fs.readFileSync(path.resolve('test/fixtures/library/report.html'), 'utf8');
  const noteItem = () => panel.$('[data-testid=finding-item][data-kind=explicit] .sdg-item-title');

  beforeAll(async () => {
    fs.mkdirSync(site, { recursive: true });
    fs.writeFileSync(path.join(site, 'report.html'), fixture);
    eb = await launchWithExtension();
    server = await startServer({ '/site': site });
    page = await eb.browser.newPage();
    await page.goto(server.url('/site/report.html'), { waitUntil: 'load' });
    tabId = await tabIdByUrl(eb, page);
    await waitForScanDone(eb, tabId);
    panel = await openExtensionPage(eb, `sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid=finding-item]');
  });
  afterAll(async () => {
    await eb?.close();
    await server?.close();
  });

  test('"Save report" in the side panel stores the page in the library', async () => {
    await panel.click('[data-testid=save-report]');
    await panel.waitForSelector('[data-testid=save-status][data-saved=true]');
    expect(await panel.$eval('[data-testid=save-status]', (e) => e.textContent)).toMatch(/Saved in the library \(\d+ findings and flags\)/);
    const lib = await openExtensionPage(eb, 'library.html');
    await waitForRows(lib, 1);
    expect(await lib.$eval('[data-testid=library-row]', (e) => e.textContent)).toContain('Northwind Foods');
    await lib.close();
  });

  test('a note added in the side panel is re-anchored on the reloaded page', async () => {
    expect(await noteItem()).not.toBeNull();
    const sdg13 = await panel.$$eval('[data-testid=finding-item][data-kind=explicit]', (els) =>
      els.find((e) => e.textContent?.includes('SDG 2'))?.getAttribute('data-finding-id'),
    );
    const item = `[data-testid=finding-item][data-finding-id="${sdg13}"]`;
    await panel.click(`${item} details summary`);
    await panel.type(`${item} textarea`, 'Which target of SDG 2?');
    await panel.keyboard.press('Tab');
    await panel.waitForFunction((sel) => document.querySelector(`${sel} [role=status]`)?.textContent === 'Saved', { polling: 100 }, item);
    await page.reload({ waitUntil: 'load' });
    await waitForScanDone(eb, tabId);
    // The page is a background tab (the panel is in front): poll, requestAnimationFrame does not run there.
    await page.waitForFunction(() => CSS.highlights.has('sdg-note'), { timeout: 10_000, polling: 100 });
    const noted = await page.evaluate(() => [...CSS.highlights.get('sdg-note')!].map((r) => (r as Range).toString()));
    expect(noted).toEqual(['SDG 2']);
    await panel.waitForSelector(`${item} [data-anchor-status=exact]`, { timeout: 10_000 });
  });

  test('a passage removed from the page is listed as an orphan, never dropped; moved passages keep their notes', async () => {
    const edited = fixture
      .replace(/<p id="removable">[\s\S]*?<\/p>/, '')
      .replace('<h1>', '<p>An update: this report was revised in March to add new figures.</p><h1>');
    fs.writeFileSync(path.join(site, 'report.html'), edited);
    await page.reload({ waitUntil: 'load' });
    await waitForScanDone(eb, tabId);
    await panel.waitForSelector('[data-testid=orphans]', { timeout: 10_000 });
    const orphans = await panel.$$eval('[data-testid=orphan]', (els) => els.map((e) => e.textContent ?? ''));
    expect(orphans.some((o) => o.includes('SDG 13'))).toBe(true);
    expect(orphans.some((o) => o.includes('SDG 2'))).toBe(false);
    // The noted passage moved (text was inserted before it): its note follows it in the panel.
    await panel.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid=finding-item][data-kind=explicit]')].some(
          (e) => e.textContent?.includes('SDG 2') && (e.querySelector('textarea') as HTMLTextAreaElement | null)?.value === 'Which target of SDG 2?',
        ),
      { timeout: 10_000, polling: 100 },
    );
    const lib = await openExtensionPage(eb, 'library.html');
    await waitForRows(lib, 1);
    await lib.click('[data-testid=library-row] h2 a');
    await lib.waitForSelector('[data-testid=report-view] [data-testid=orphans]');
    const listed = await lib.$$eval('[data-testid=report-view] [data-testid=orphan]', (els) => els.length);
    expect(listed).toBe(orphans.length);
    await lib.close();
  });
});
