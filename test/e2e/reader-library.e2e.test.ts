/**
 * A PDF report through the library, as a user does it: the French fixture PDF (printed by
 * Chromium from test/fixtures/pdf) is served over http and opened with `reader.html?src=<url>`,
 * saved from the side panel pointed at the reader tab, given a note and a verdict on the SDG 8
 * reference of page 2; the reader tab is closed, the same PDF is opened in a new reader tab and the
 * note comes back anchored on page 2 (highlight and side panel, no orphan); the library then exports
 * that report's Markdown memo, which cites page 2 beside the note and the verdict.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer';
import { collectErrors, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './support/browser';
import { downloadsTo, waitForDownload } from './library-helpers';
import { pdfFixtures, type PdfFixtures } from '../fixtures/pdf/generate';

let eb: ExtensionBrowser;
let fx: PdfFixtures;
let server: { origin: string; close: () => Promise<void> };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-reader-library-'));

/** Serves the generated PDFs with a CORS header, as many report hosts do (the reader fetches them). */
async function pdfServer(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const srv = http.createServer((req, res) => {
    const file = path.join(dir, path.basename(new URL(req.url ?? '/', 'http://x').pathname));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/pdf', 'access-control-allow-origin': '*' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        srv.closeAllConnections(); // the browser keeps PDF connections alive
        srv.close(() => r());
      }),
  };
}

beforeAll(async () => {
  fx = await pdfFixtures();
  server = await pdfServer(fx.dir);
  eb = await launchWithExtension();
});
afterAll(async () => {
  await eb?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const NOTE = 'Emplois locaux : quelle source ?';

/** The reader opened on `reader.html?src=<pdf url>` in a new tab, once its analysis is done. */
async function openReader(src: string): Promise<{ page: Page; tabId: number; errors: string[] }> {
  const page = await openExtensionPage(eb, `reader.html?src=${encodeURIComponent(src)}`);
  const errors = collectErrors(page);
  await page.setViewport({ width: 1280, height: 900 });
  await page.waitForSelector('[data-status="done"]', { timeout: 60_000 });
  const url = page.url();
  const tabId = (await eb.worker.evaluate(`(async () => (await chrome.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)}).id)()`)) as number;
  return { page, tabId, errors };
}

/** Scrolls the reader to page `n` and waits for its text layer. */
async function showPage(page: Page, n: number): Promise<void> {
  await page.evaluate((p) => {
    const el = document.querySelector(`.sdg-page[data-page="${p}"]`) as HTMLElement;
    (document.querySelector('.sdg-scroller') as HTMLElement).scrollTop = el.offsetTop;
  }, n);
  await page.waitForSelector(`.sdg-page[data-page="${n}"] .textLayer span`);
}

/** [page number, text] of each range of one highlight. */
async function highlightPages(page: Page, name: string): Promise<[number, string][]> {
  return page.evaluate((n) => {
    return [...(CSS.highlights.get(n) ?? [])].map((r) => {
      const range = r as Range;
      const el = range.startContainer.parentElement?.closest('.sdg-page') as HTMLElement | null;
      return [Number(el?.dataset.page ?? 0), range.toString()] as [number, string];
    });
  }, name);
}

/** The side panel's explicit-reference item whose context quotes `quote` (its finding id). */
async function explicitItem(panel: Page, quote: string): Promise<string> {
  await panel.waitForSelector('[data-testid=finding-item][data-kind=explicit]');
  const id = await panel.$$eval(
    '[data-testid=finding-item][data-kind=explicit]',
    (els, q) => els.find((e) => (e.textContent ?? '').includes(q))?.getAttribute('data-finding-id') ?? null,
    quote,
  );
  if (!id) throw new Error(`no explicit finding quoting "${quote}" in the side panel`);
  return `[data-testid=finding-item][data-finding-id="${id}"]`;
}

describe('a PDF report saved, annotated, reopened and exported', () => {
  let pdfUrl: string;
  beforeAll(() => {
    pdfUrl = `${server.origin}/report-fr.pdf`;
  });

  test('the SDG 8 reference is listed on page 2 of the reader', async () => {
    const { page } = await openReader(pdfUrl);
    try {
      const rows = await page.$$eval('.sdg-finding', (els) =>
        els.map((e) => [e.querySelector('.sdg-finding-label')!.textContent, e.querySelector('.sdg-finding-page')!.textContent]),
      );
      expect(rows).toContainEqual(['SDG 8', 'p. 2']);
    } finally {
      await page.close();
    }
  });

  test('saved from the side panel with a note and a verdict, the note is re-anchored on page 2 in a new reader tab and exported with "p. 2"', async () => {
    // 1. Open the PDF, point the side panel at the reader tab, save.
    const first = await openReader(pdfUrl);
    const panel = await openExtensionPage(eb, `sidepanel.html?tab=${first.tabId}`);
    try {
      await panel.waitForSelector('[data-testid=save-report]:not([disabled])');
      await panel.click('[data-testid=save-report]');
      await panel.waitForSelector('[data-testid=save-status][data-saved=true]');

      // 2. A note and a verdict on the SDG 8 reference (page 2).
      const item = await explicitItem(panel, 'ODD 8');
      await panel.waitForSelector(`${item} details summary`);
      await panel.click(`${item} details summary`);
      await panel.type(`${item} textarea`, NOTE);
      await panel.keyboard.press('Tab');
      await panel.waitForFunction((sel) => document.querySelector(`${sel} [role=status]`)?.textContent === 'Saved', { polling: 100 }, item);
      await panel.click(`${item} input[type=radio][value=disagree]`);
      await panel.waitForFunction((sel) => /Disagree/i.test(document.querySelector(`${sel} summary`)?.textContent ?? ''), { polling: 100 }, item);
      // The open reader marks the noted reference at once, on page 2.
      await first.page.bringToFront();
      await showPage(first.page, 2);
      await first.page.waitForFunction(() => [...(CSS.highlights.get('sdg-note') ?? [])].length > 0, { polling: 100, timeout: 10_000 });
      expect(await highlightPages(first.page, 'sdg-note')).toEqual([[2, 'ODD 8']]);
    } finally {
      await panel.close();
    }
    expect(first.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    // 3. Close the reader tab.
    await first.page.close();
    expect(await eb.worker.evaluate(`chrome.tabs.get(${first.tabId}).then(() => true, () => false)`)).toBe(false);

    // 4. The same PDF in a new reader tab: the note is back on page 2, in the page and in the side panel.
    const again = await openReader(pdfUrl);
    expect(again.tabId).not.toBe(first.tabId);
    try {
      await showPage(again.page, 2);
      await again.page.waitForFunction(() => [...(CSS.highlights.get('sdg-note') ?? [])].length > 0, { polling: 100, timeout: 10_000 });
      expect(await highlightPages(again.page, 'sdg-note')).toEqual([[2, 'ODD 8']]);
      const panel2 = await openExtensionPage(eb, `sidepanel.html?tab=${again.tabId}`);
      try {
        await panel2.waitForSelector('[data-testid=save-status][data-saved=true]');
        const item = await explicitItem(panel2, 'ODD 8');
        await panel2.waitForSelector(`${item} details[open] textarea`);
        expect(await panel2.$eval(`${item} textarea`, (e) => (e as HTMLTextAreaElement).value)).toBe(NOTE);
        expect(await panel2.$eval(`${item} input[type=radio][value=disagree]`, (e) => (e as HTMLInputElement).checked)).toBe(true);
        expect(await panel2.$eval(`${item} [data-anchor-status]`, (e) => e.getAttribute('data-anchor-status'))).not.toBe('orphan');
        expect(await panel2.$('[data-testid=orphans]')).toBeNull();
      } finally {
        await panel2.close();
      }
      expect(again.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    } finally {
      await again.page.close();
    }

    // 5. The library exports that report's Markdown memo: the finding cites page 2, with the note and verdict.
    const dir = path.join(tmp, 'dl');
    const library = await openExtensionPage(eb, 'library.html');
    try {
      await library.waitForSelector('[data-testid=library-row]');
      expect(await library.$$eval('[data-testid=library-row]', (els) => els.length)).toBe(1);
      await library.click('[data-testid=library-row] .sdg-row-title a');
      await library.waitForSelector('[data-testid=report-view] [data-testid=export-one]');
      await downloadsTo(eb, dir);
      await library.select('[data-testid=export-one-format]', 'md');
      await library.click('[data-testid=export-one]');
      const memo = fs.readFileSync(await waitForDownload(dir, /\.md$/), 'utf8');
      expect(memo).toMatch(/^# Rapport d'impact 2024 — Coopérative Solaire du Lac$/m);
      const lines = memo.split('\n');
      const at = lines.findIndex((l) => /^- \*\*SDG 8\*\* \(\w+\) \(p\. \d+\)$/.test(l));
      expect(at).toBeGreaterThan(-1);
      expect(lines.slice(at, at + 4)).toEqual([
        expect.stringMatching(/^- \*\*SDG 8\*\* \(\w+\) \(p\. 2\)$/),
        '  > ODD 8',
        "  - Reader's verdict: **disagree**",
        "  - Reader's note: Emplois locaux : quelle source ?",
      ]);
      expect(memo).toMatch(/^- \*\*SDG 7\*\* \(\w+\) \(p\. 1\)$/m);
    } finally {
      await library.close();
    }
  });
});
