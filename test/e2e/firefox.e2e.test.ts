/**
 * The Firefox build (MV2) at runtime: Debian's firefox-esr (153+, which has the CSS Custom
 * Highlight API) driven by puppeteer over WebDriver BiDi, the add-on installed as a temporary
 * add-on. Skips with a message when Firefox or the Firefox build is missing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type FixtureServer } from './support/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FF_DIR = path.resolve(process.env.SDG_OUT_DIR ?? '.output', 'firefox-mv2');
const FIXTURE = 'test/fixtures/pages/impact-report.html';
const missing = !fs.existsSync(FIREFOX)
  ? `${FIREFOX} is not installed (apt-get install firefox-esr)`
  : !fs.existsSync(path.join(FF_DIR, 'manifest.json'))
    ? `no Firefox build at ${FF_DIR} (npx wxt build -b firefox)`
    : '';
if (missing) console.warn(`firefox.e2e: skipped, ${missing}`);

/** The goals the CLI finds named in the same file: the page must highlight exactly these. */
function cliExplicitGoals(file: string): number[] {
  const r = spawnSync(process.execPath, ['lib/cli/bin.mjs', 'scan', file, '--format', 'json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sdg-lens scan failed: ${r.stderr}`);
  const [report] = JSON.parse(r.stdout) as { analysis: { explicit: { goals: number[] }[] } }[];
  return [...new Set(report!.analysis.explicit.flatMap((e) => e.goals))].sort((a, b) => a - b);
}

async function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]);
}

describe.skipIf(!!missing)('Firefox build', () => {
  let browser: Browser;
  let server: FixtureServer;
  let profile: string;
  let page: Page;
  let textBefore: string;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ '/fixtures': 'test/fixtures' });
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-lens-firefox-'));
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: profile });
    await browser.installExtension(FF_DIR);
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    // The page's own text, read before the content script has run on it.
    await page.goto(server.url('/fixtures/pages/impact-report.html'), { waitUntil: 'domcontentloaded' });
    textBefore = await page.evaluate(() => document.body.innerText);
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  test('highlights every goal the page names, in the goal layers, as the CLI finds them', async () => {
    const expected = cliExplicitGoals(FIXTURE);
    expect(expected.length).toBeGreaterThan(0);
    await page.waitForFunction(
      (n: number) => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter((k) => /^sdg-goal-\d+$/.test(k)).length >= n,
      { timeout: 30_000, polling: 200 },
      expected.length,
    );
    const goals = (await highlightNames(page))
      .filter((k) => /^sdg-goal-\d+$/.test(k))
      .map((k) => Number(k.slice('sdg-goal-'.length)))
      .sort((a, b) => a - b);
    expect(goals).toEqual(expected);
  });

  test('thematic and flag layers are drawn too', async () => {
    const names = await highlightNames(page);
    expect(names.some((k) => k.startsWith('sdg-theme-'))).toBe(true);
    expect(names.some((k) => k === 'sdg-flag' || k === 'sdg-flag-weak')).toBe(true);
  });

  test("the page's text is unchanged and our UI host sits outside <body>", async () => {
    expect(await page.evaluate(() => document.body.innerText)).toBe(textBefore);
    expect(await page.evaluate(() => !!document.querySelector('sdg-lens-ui') && !document.body.querySelector('sdg-lens-ui'))).toBe(true);
  });

  test('no page errors', () => {
    expect(errors).toEqual([]);
  });
});
