/**
 * Every real page in ../shared/data/pages, served from 127.0.0.1, through the built extension in
 * one Chromium tab: no errors, the page's text and markup unchanged, and the expected references
 * on the `sdg-mentions/` pages (none from the church campaign's "God's Global Goals").
 *
 * Pages run with their own scripts disabled (saved copies: their scripts would fail offline and
 * change the DOM on their own) and sub-resources aborted, so any change or error is ours. Auto-scan
 * is switched off so the "before" text is read before the scan, which is then requested by message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startServer, type FixtureServer } from './support/server';
import { sendToTab, summaryOf, tabIdOf, waitForContentScript } from './annotate-helpers';
import { FindingsResponseSchema, TabSummarySchema, type FindingItem } from '../../lib/schema/messages';

const PAGES = path.resolve('../shared/data/pages');
const present = fs.existsSync(PAGES);
if (!present) console.warn(`[real-pages] skipped: ${PAGES} is absent (the shared corpora are not available here)`);

function listPages(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.html?$/i.test(f))
    .sort();
}
const ALL = listPages(PAGES);

let eb: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let tabId: number;
let errors: string[] = [];
const started = Date.now();

async function analysePage(rel: string): Promise<{ before: { text: string; html: string }; after: { text: string; html: string }; items: FindingItem[]; explicitTotal: number }> {
  errors = [];
  await page.goto(server.url(`/pages/${rel.split(path.sep).map(encodeURIComponent).join('/')}`), { waitUntil: 'domcontentloaded', timeout: 30_000 });
  tabId ??= await tabIdOf(eb, page);
  await waitForContentScript(eb, tabId, page.url());
  const snapshot = () => page.evaluate(() => ({ text: document.body?.innerText ?? '', html: document.body?.innerHTML ?? '' }));
  const before = await snapshot();
  const summary = TabSummarySchema.parse(await sendToTab(eb, tabId, { type: 'sdg:scan' }));
  if (summary.url !== page.url()) throw new Error(`answer from the wrong tab: ${summary.url}`);
  if (summary.status === 'error') throw new Error(`scan failed: ${summary.error}`);
  const { items } = FindingsResponseSchema.parse(await sendToTab(eb, tabId, { type: 'sdg:get-findings' }));
  if (items.length > 0) await sendToTab(eb, tabId, { type: 'sdg:step', direction: 'next' });
  const after = await snapshot();
  return { before, after, items, explicitTotal: summary.explicitTotal };
}

describe.skipIf(!present)(`real pages in ${PAGES}`, () => {
  beforeAll(async () => {
    eb = await launchWithExtension();
    server = await startServer({ '/pages': PAGES });
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': { autoScan: false } })`);
    page = await eb.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      // Only the page itself: images, fonts and third-party scripts would only fail offline.
      if (req.isNavigationRequest() && req.url().startsWith(server.origin)) void req.continue();
      else void req.abort('blockedbyclient');
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    // Page scripts are off, so every uncaught exception is ours; console errors count when they
    // come from the extension (resource-loading messages of the page itself do not).
    page.on('console', (msg) => {
      const from = msg.location()?.url ?? '';
      // (Saved pages may reference other extensions' files: those show as chrome-extension://invalid/.)
      if (msg.type() === 'error' && (from.startsWith(`chrome-extension://${eb.extensionId}/`) || /sdg-lens/i.test(msg.text()))) errors.push(msg.text());
    });
  });

  afterAll(async () => {
    await eb?.close();
    await server?.close();
    console.log(`[real-pages] ${ALL.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  test.each(ALL)('%s: scanned without errors, text and markup unchanged', async (rel) => {
    const r = await analysePage(rel);
    expect(r.after.text).toBe(r.before.text);
    expect(r.after.html).toBe(r.before.html);
    expect(errors).toEqual([]);
  });

  test.each([
    ['sdg-mentions/bmz.de-schulze.html', 'SDG 2 (Kein Hunger)', 2],
    ['sdg-mentions/bundeskanzleramt.gv.at-bundesminsterin.html', 'a general reference: Agenda 2030 / SDGs', /Agenda 2030|SDGs|Sustainable Development Goals/],
    ['sdg-mentions/springer.com-produkte.html', 'a general reference: Sustainable Development Goals (SDG)', /Sustainable Development Goals/],
    ['sdg-mentions/wcxb-dev-0718.html', 'a general reference: UN Sustainable Development Goals', /Sustainable Development Goals/],
  ] as const)('%s has the expected reference: %s', async (rel, _what, expected) => {
    const r = await analysePage(rel);
    const explicit = r.items.flatMap((i) => (i.finding.kind === 'explicit' ? [i.finding] : []));
    const found = typeof expected === 'number' ? explicit.some((f) => f.goals.includes(expected)) : explicit.some((f) => expected.test(f.text));
    expect(found).toBe(true);
  });

  test('livenet.ch: the church campaign "God\'s Global Goals" is not taken for the SDGs', async () => {
    const r = await analysePage('sdg-mentions/livenet.ch-sprache.html');
    const texts = r.items.filter((i) => i.finding.kind === 'explicit').map((i) => (i.finding.kind === 'explicit' ? i.finding.text : ''));
    expect(texts.filter((t) => /global goals/i.test(t))).toEqual([]);
    expect(r.before.text).toMatch(/Global Goals/);
  });

  test('the service worker logged no errors', async () => {
    await summaryOf(eb, tabId);
    expect(eb.workerErrors).toEqual([]);
  });
});
