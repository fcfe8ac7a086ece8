/**
 * A page long enough to go to the background in several `sdg:analyze-chunk` pieces (text and
 * blocks) and to come back in many result parts: every reference found once, at the right place,
 * in the right goal's layer, and the page's text unchanged. (No timings here: the annotate bench
 * reports them.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer';
import { collectErrors, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startServer, type FixtureServer } from './support/server';
import { FindingsResponseSchema } from '../../lib/schema/messages';
import { goalCounts, highlightsOf, recordTextBeforeExtension, sendToTab, tabIdOf, textBeforeAndAfter, waitForScan } from './annotate-helpers';

/** Paragraphs (blocks): over 2 × BLOCKS_CHUNK, and ~500,000 characters (several TEXT_CHUNKs). */
const PARAGRAPHS = 6_000;
const goalOf = (i: number) => (i % 17) + 1;

function longPage(): string {
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Long report</title></head><body><main>'];
  for (let i = 0; i < PARAGRAPHS; i++) {
    parts.push(`<p>Paragraph ${i + 1}: our cooperative's work towards SDG ${goalOf(i)} continued this year with local partners, and the results were measured by an independent auditor.</p>`);
  }
  parts.push('</main></body></html>');
  return parts.join('\n');
}

let eb: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let tabId: number;
let errors: string[];
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-long-'));
  fs.writeFileSync(path.join(tmp, 'long.html'), longPage());
  eb = await launchWithExtension();
  server = await startServer({ '/gen': tmp });
  page = await eb.browser.newPage();
  errors = collectErrors(page);
  await recordTextBeforeExtension(page);
  await page.goto(server.url('/gen/long.html'), { waitUntil: 'load' });
  tabId = await tabIdOf(eb, page);
  await waitForScan(eb, tabId, 120_000);
}, 180_000);

afterAll(async () => {
  await eb?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a page sent in chunks and answered in parts', () => {
  test('the whole text was analysed: its length is past several chunks', async () => {
    const s = await waitForScan(eb, tabId);
    expect(s.length).toBeGreaterThan(4 * 131_072);
    expect(s.explicitTotal).toBe(PARAGRAPHS);
  });

  test('every reference once, in page order, with the text and goal of its own paragraph', async () => {
    const { items } = FindingsResponseSchema.parse(await sendToTab(eb, tabId, { type: 'sdg:get-findings' }));
    const explicit = items.flatMap((i) => (i.finding.kind === 'explicit' ? [i.finding] : []));
    expect(explicit).toHaveLength(PARAGRAPHS);
    explicit.forEach((f, i) => {
      expect(f.text).toBe(`SDG ${goalOf(i)}`);
      expect(f.goals).toEqual([goalOf(i)]);
    });
    expect(new Set(explicit.map((f) => f.start)).size).toBe(PARAGRAPHS);
  }, 60_000);

  test('each goal layer holds exactly its references', async () => {
    const hl = await highlightsOf(page);
    const counts = goalCounts(hl);
    for (let g = 1; g <= 17; g++) {
      const want = Array.from({ length: PARAGRAPHS }, (_, i) => goalOf(i)).filter((x) => x === g).length;
      expect(counts.get(g)).toBe(want);
      expect(new Set(hl[`sdg-goal-${g}`])).toEqual(new Set([`SDG ${g}`]));
    }
  }, 60_000);

  test("the page's text is unchanged and nothing failed", async () => {
    const { before, after } = await textBeforeAndAfter(page);
    expect(after.text).toBe(before.text);
    expect(errors).toEqual([]);
  });
});
