/**
 * The PDF reader in real Chromium with the built extension: fixture PDFs printed by Chromium from
 * test/fixtures/pdf are opened through the reader's file picker (the way a user opens a file from
 * disk), then highlights per page, the findings list's page numbers, the hover card, the popup's
 * summary of a reader tab, and the messages for image-only and encrypted PDFs.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer';
import { collectErrors, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './support/browser';
import os from 'node:os';
import { cardText, highlightPoint, waitForCard } from './annotate-helpers';
import { axeViolations, downloadsTo, waitForDownload } from './library-helpers';
import { pdfFixtures, type PdfFixtures } from '../fixtures/pdf/generate';
import { PDF_PROBLEM_MESSAGES } from '../../lib/pdf/document';
import { TabSummarySchema } from '../../lib/schema/messages';

let eb: ExtensionBrowser;
let fx: PdfFixtures;

beforeAll(async () => {
  fx = await pdfFixtures();
  eb = await launchWithExtension();
});
afterAll(async () => {
  await eb?.close();
});

/** Opens the reader and picks `file` in its file input. */
async function openInReader(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await openExtensionPage(eb, 'reader.html');
  const errors = collectErrors(page);
  await page.setViewport({ width: 1280, height: 900 });
  const input = await page.waitForSelector('input.sdg-file');
  await input!.uploadFile(file);
  return { page, errors };
}

/** Highlight name → [page number, text] of each range. */
async function highlightsByPage(page: Page): Promise<Record<string, [number, string][]>> {
  return page.evaluate(() => {
    const out: Record<string, [number, string][]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sdg-')) continue;
      out[name] = [...h].map((r) => {
        const range = r as Range;
        const el = range.startContainer.parentElement?.closest('.sdg-page') as HTMLElement | null;
        return [Number(el?.dataset.page ?? 0), range.toString()] as [number, string];
      });
    }
    return out;
  });
}

/** Scrolls the reader to page `n` and waits for its text layer. */
async function showPage(page: Page, n: number): Promise<void> {
  await page.evaluate((p) => {
    const el = document.querySelector(`.sdg-page[data-page="${p}"]`) as HTMLElement;
    (document.querySelector('.sdg-scroller') as HTMLElement).scrollTop = el.offsetTop;
  }, n);
  await page.waitForSelector(`.sdg-page[data-page="${n}"] .textLayer span`);
}

describe('an English report opened from disk', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openInReader(fx['report-en']));
    await page.waitForSelector('[data-status="done"]', { timeout: 60_000 });
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the title comes from the PDF and every page has a placeholder', async () => {
    expect(await page.$eval('.sdg-title', (e) => e.textContent)).toBe('Riverside Water Impact Report 2024');
    expect(await page.title()).toBe('Riverside Water Impact Report 2024 — SDG Lens');
    expect(await page.$$eval('.sdg-page', (els) => els.length)).toBe(3);
  });

  test.each<[string, number]>([
    ['SDG 6', 1],
    ['SDG 1', 2],
    ['SDG 5', 2],
    ['SDG 7', 3],
  ])('the findings list shows %s with page %i', async (labelText, pageNo) => {
    const pages = await page.$$eval('.sdg-finding', (els) =>
      els.map((e) => [e.querySelector('.sdg-finding-label')!.textContent, e.querySelector('.sdg-finding-page')!.textContent]),
    );
    expect(pages).toContainEqual([labelText, `p. ${pageNo}`]);
  });

  test('references are highlighted on the page that holds them, once it renders', async () => {
    await showPage(page, 2);
    await page.waitForFunction(() => CSS.highlights.get('sdg-goal-1') !== undefined);
    const h = await highlightsByPage(page);
    expect(h['sdg-goal-1']).toContainEqual([2, 'SDG 1']);
    expect(h['sdg-goal-5']).toContainEqual([2, 'SDG 5']);
    await showPage(page, 3);
    await page.waitForFunction(() => [...(CSS.highlights.get('sdg-goal-7') ?? [])].length > 0);
    const h3 = await highlightsByPage(page);
    expect(h3['sdg-goal-7']).toEqual([[3, 'SDG 7']]);
    expect((h3['sdg-flag'] ?? []).some(([p, text]) => p === 3 && /greenest water company/.test(text))).toBe(true);
  });

  test('hovering a highlighted reference shows the card', async () => {
    await showPage(page, 1);
    await page.waitForFunction(() => [...(CSS.highlights.get('sdg-goal-6') ?? [])].length > 0);
    const pt = await highlightPoint(page, 'sdg-goal-6');
    await page.mouse.move(pt.x, pt.y);
    const text = await waitForCard(page);
    expect(text).toMatch(/6/);
    expect(text).toMatch(/water/i);
  });

  test('clicking a finding on a far page scrolls there and marks it; Escape closes the card', async () => {
    await page.mouse.move(5, 5);
    await page.click('.sdg-finding[data-page="3"]');
    await page.waitForFunction(() => [...(CSS.highlights.get('sdg-current') ?? [])].length > 0);
    const h = await highlightsByPage(page);
    expect(h['sdg-current']![0]![0]).toBe(3);
    expect(await cardText(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
  });

  test('the popup opened on the reader tab shows its totals (it answers like a content script)', async () => {
    const tabId = (await eb.worker.evaluate(`(async () => (await chrome.tabs.query({})).find((t) => (t.url || '').includes('reader.html')).id)()`)) as number;
    const popup = await openExtensionPage(eb, `popup.html?tab=${tabId}`);
    try {
      const summary = TabSummarySchema.parse(
        await popup.evaluate(
          // Runs in the popup, where `chrome` is a global the Node-side types do not know.
          (id) => new Promise((resolve) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void } } }).chrome.runtime.sendMessage({ type: 'sdg:reader-request', tabId: id, message: { type: 'sdg:get-summary' } }, resolve)),
          tabId,
        ),
      );
      await popup.waitForSelector('[data-testid=total]');
      const total = await popup.$eval('[data-testid=total]', (el) => Number(el.getAttribute('data-explicit')));
      expect(total).toBe(summary.explicitTotal);
      expect(total).toBeGreaterThanOrEqual(7);
      expect(await popup.$('[data-testid=unreadable]')).toBeNull();
    } finally {
      await popup.close();
    }
  });

  test('the side panel lists the PDF findings and its entry jumps to the page', async () => {
    const tabId = (await eb.worker.evaluate(`(async () => (await chrome.tabs.query({})).find((t) => (t.url || '').includes('reader.html')).id)()`)) as number;
    const panel = await openExtensionPage(eb, `sidepanel.html?tab=${tabId}`);
    try {
      await panel.waitForSelector('[data-testid=finding-item]');
      const target = await panel.$$eval('[data-testid=finding-item]', (els) =>
        els.map((e) => e.getAttribute('data-finding-id') ?? '').find((id) => id.startsWith('x-') && /SDG 7\b/.test(document.querySelector(`[data-finding-id="${id}"]`)?.textContent ?? '')),
      );
      expect(target).toBeTruthy();
      await page.evaluate(() => CSS.highlights.delete('sdg-current'));
      await page.bringToFront(); // as beside a side panel: the reader tab is the visible one
      // A DOM click: the panel tab is in the background now, where puppeteer's mouse clicks wait for frames.
      await panel.$eval(`[data-testid=finding-item][data-finding-id="${target}"] .sdg-item-go`, (el) => (el as HTMLElement).click());
      await page.waitForFunction(() => [...(CSS.highlights.get('sdg-current') ?? [])].length > 0);
      const current = (await highlightsByPage(page))['sdg-current'];
      expect(current).toEqual([[3, 'SDG 7']]);

      // Save from the side panel, then export the library's Markdown memo: it cites the pages.
      await panel.$eval('[data-testid=save-report]', (el) => (el as HTMLElement).click());
      await panel.waitForSelector('[data-testid=save-status][data-saved=true]');

      // A note on the SDG 7 reference, then the same file opened again: the note is re-anchored on page 3.
      await panel.bringToFront();
      const item = `[data-testid=finding-item][data-finding-id="${target}"]`;
      await panel.waitForSelector(`${item} details summary`);
      await panel.click(`${item} details summary`);
      await panel.type(`${item} textarea`, 'Which target of SDG 7?');
      await panel.keyboard.press('Tab');
      await panel.waitForFunction((sel) => document.querySelector(`${sel} [role=status]`)?.textContent === 'Saved', { polling: 100 }, item);
    } finally {
      await panel.close();
    }
    const again = await openInReader(fx['report-en']);
    try {
      await again.page.waitForSelector('[data-status="done"]', { timeout: 60_000 });
      await showPage(again.page, 3);
      await again.page.waitForFunction(() => CSS.highlights.has('sdg-note'), { timeout: 10_000, polling: 100 });
      expect((await highlightsByPage(again.page))['sdg-note']).toEqual([[3, 'SDG 7']]);
    } finally {
      await again.page.close();
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-reader-dl-'));
    const library = await openExtensionPage(eb, 'library.html');
    try {
      await library.waitForSelector('[data-testid=library-row]');
      expect(await library.$eval('[data-testid=library-row]', (e) => e.textContent)).toContain('Riverside Water Impact Report 2024');
      await downloadsTo(eb, dir);
      await library.select('[data-testid=export-format]', 'md');
      await library.click('[data-testid=export-all]');
      const memo = fs.readFileSync(await waitForDownload(dir, /\.md$/), 'utf8');
      expect(memo).toMatch(/^- \*\*SDG 7\*\* \(number\) \(p\. 3\)$/m);
      expect(memo).toMatch(/^- \*\*SDG 1\*\* \(number\) \(p\. 2\)$/m);
    } finally {
      await library.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('zoom in makes the pages wider and keeps the highlights', async () => {
    const before = await page.$eval('.sdg-page[data-page="1"]', (e) => e.getBoundingClientRect().width);
    await page.click('.sdg-zoom button:last-child');
    await page.waitForFunction((w) => document.querySelector('.sdg-page[data-page="1"]')!.getBoundingClientRect().width > w * 1.1, {}, before);
    await showPage(page, 1);
    await page.waitForFunction(() => [...(CSS.highlights.get('sdg-goal-6') ?? [])].some((r) => (r as Range).toString() === 'SDG 6'));
  });

  test('find counts matches on every page and names the page of the current match', async () => {
    await page.type('.sdg-find input', 'SDG 7');
    await page.waitForFunction(() => /\/1 \(p\. 3\)/.test(document.querySelector('.sdg-find-count')?.textContent ?? ''));
    await page.evaluate(() => ((document.querySelector('.sdg-find input') as HTMLInputElement).value = ''));
  });

  test('the page number box goes to a page', async () => {
    await page.$eval('.sdg-page-input', (el) => {
      (el as HTMLInputElement).value = '3';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForFunction(() => (document.querySelector('.sdg-page-input') as HTMLInputElement).value === '3');
  });

  test('the reader with a document open passes axe', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  test('no errors on the reader page', () => {
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});

describe.each<[keyof PdfFixtures, 'no-text' | 'encrypted' | 'corrupt']>([
  ['image-only', 'no-text'],
  ['encrypted', 'encrypted'],
  ['corrupt', 'corrupt'],
])('the %s PDF', (name, problem) => {
  test(`shows the ${problem} message instead of findings`, async () => {
    const { page } = await openInReader(fx[name]);
    try {
      await page.waitForSelector(`[data-problem="${problem}"]`, { timeout: 30_000 });
      expect(await page.$eval('[data-problem]', (e) => e.textContent)).toBe(PDF_PROBLEM_MESSAGES[problem]);
      expect(await page.$$('.sdg-finding')).toHaveLength(0);
    } finally {
      await page.close();
    }
  });
});

/**
 * A server for the generated PDFs that allows cross-origin reads (as many CDNs do); with
 * `navigationOnly` it serves them to the browser's viewer only and refuses scripts' reads (403).
 */
async function pdfServer(dir: string, navigationOnly = false): Promise<{ url: (name: string) => string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.basename(new URL(req.url ?? '/', 'http://x').pathname));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    if (navigationOnly && req.headers['sec-fetch-mode'] !== 'navigate') return void res.writeHead(403).end();
    res.writeHead(200, { 'content-type': 'application/pdf', 'access-control-allow-origin': '*' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: (name) => `http://127.0.0.1:${port}/${name}`, close: () => new Promise((r) => {
    server.closeAllConnections(); // the browser keeps PDF connections alive
    server.close(() => r());
  }) };
}

describe('ways in', () => {
  test('reader.html?src=<url> downloads, renders and analyses the PDF', async () => {
    const server = await pdfServer(fx.dir);
    const page = await openExtensionPage(eb, `reader.html?src=${encodeURIComponent(server.url('report-fr.pdf'))}`);
    try {
      await page.waitForSelector('[data-status="done"]', { timeout: 60_000 });
      const rows = await page.$$eval('.sdg-finding', (els) =>
        els.map((e) => [e.querySelector('.sdg-finding-label')!.textContent, e.querySelector('.sdg-finding-page')!.textContent]),
      );
      expect(rows).toContainEqual(['SDG 7', 'p. 1']);
      expect(rows).toContainEqual(['SDG 8', 'p. 2']);
    } finally {
      await page.close();
      await server.close();
    }
  });

  test('the popup on a tab showing a PDF offers to open it in SDG Lens', async () => {
    const server = await pdfServer(fx.dir);
    const url = server.url('report-en.pdf');
    const tabId = (await eb.worker.evaluate(`chrome.tabs.create({ url: ${JSON.stringify(url)} }).then((t) => t.id)`)) as number;
    const popup = await openExtensionPage(eb, `popup.html?tab=${tabId}`);
    try {
      const offer = await popup.waitForSelector('[data-testid=pdf-offer]');
      expect(await offer!.evaluate((el) => el.textContent)).toMatch(/PDF/);
      expect(await popup.$('[data-testid=open-in-reader]')).not.toBeNull();
    } finally {
      await popup.close();
      await eb.worker.evaluate(`chrome.tabs.remove(${tabId})`);
      await server.close();
    }
  });

  test('the side panel on a tab showing a PDF offers to open it in SDG Lens', async () => {
    const server = await pdfServer(fx.dir);
    const tabId = (await eb.worker.evaluate(`chrome.tabs.create({ url: ${JSON.stringify(server.url('report-en.pdf'))} }).then((t) => t.id)`)) as number;
    const panel = await openExtensionPage(eb, `sidepanel.html?tab=${tabId}`);
    try {
      await panel.waitForSelector('[data-testid=pdf-offer] [data-testid=open-in-reader]');
    } finally {
      await panel.close();
      await eb.worker.evaluate(`chrome.tabs.remove(${tabId})`);
      await server.close();
    }
  });

  test('the library opens a picked PDF file in a new reader tab', async () => {
    const library = await openExtensionPage(eb, 'library.html');
    try {
      const input = await library.waitForSelector('[data-testid=open-pdf] input[type=file]');
      const opened = new Promise<Page>((resolve) =>
        eb.browser.once('targetcreated', (t) => void t.page().then((p) => p && resolve(p))),
      );
      await input!.uploadFile(fx['report-es']);
      const reader = await opened;
      await reader.waitForSelector('[data-status="done"]', { timeout: 60_000 });
      expect(await reader.$eval('.sdg-title', (e) => e.textContent)).toBe('Informe de impacto 2024 — Fundación Agua Clara');
      await reader.close();
    } finally {
      await library.close();
    }
  });
});

/** Switches "Open PDFs in SDG Lens automatically" on the options page and waits until it is stored. */
async function setAutoOpen(on: boolean): Promise<void> {
  const options = await openExtensionPage(eb, 'options.html');
  try {
    const stored = (await eb.worker.evaluate(`chrome.storage.local.get('sdg-settings').then((v) => (v['sdg-settings'] ?? {}).autoOpenPdf === true)`)) as boolean;
    // The box shows the stored value once the page has loaded the settings.
    await options.waitForFunction((want) => (document.querySelector('[data-testid=auto-open-pdf]') as HTMLInputElement | null)?.checked === want, {}, stored);
    if (stored !== on) await options.click('[data-testid=auto-open-pdf]');
    await eb.worker.evaluate(`(async () => {
      while (((await chrome.storage.local.get('sdg-settings'))['sdg-settings'] ?? {}).autoOpenPdf !== ${on}) await new Promise((r) => setTimeout(r, 50));
    })()`);
  } finally {
    await options.close();
  }
}

/** Opens `url` in a new tab; its id. */
async function newTab(url: string): Promise<number> {
  return (await eb.worker.evaluate(`chrome.tabs.create({ url: ${JSON.stringify(url)} }).then((t) => t.id)`)) as number;
}

/** Waits until the background has decided about the PDF in `tabId` with `action` (its session log). */
async function autoOpenDecision(tabId: number, action: string): Promise<{ url: string; action: string }> {
  return (await eb.worker.evaluate(`(async () => {
    for (;;) {
      const entry = ((await chrome.storage.session.get('sdg-pdf-auto-open'))['sdg-pdf-auto-open'] ?? {})[${tabId}];
      if (entry && entry.action === ${JSON.stringify(action)}) return entry;
      await new Promise((r) => setTimeout(r, 50));
    }
  })()`)) as { url: string; action: string };
}

/** URLs of the open pages (tabs). */
async function pageUrls(): Promise<string[]> {
  return (await eb.browser.pages()).map((p) => p.url());
}

describe('"Open PDFs in SDG Lens automatically"', () => {
  const readerFor = (pdf: string) => `chrome-extension://${eb.extensionId}/reader.html?src=${encodeURIComponent(pdf)}`;

  /** Opens the PDF `name` in a new tab and checks that the background left it in the browser's viewer. */
  async function staysInViewer(name: string): Promise<void> {
    const server = await pdfServer(fx.dir);
    const url = server.url(name);
    const tabId = await newTab(url);
    try {
      expect(await autoOpenDecision(tabId, 'off')).toEqual({ url, action: 'off' });
      const urls = await pageUrls();
      expect(urls).toContain(url);
      expect(urls.filter((u) => u.startsWith(readerFor(url)))).toEqual([]);
    } finally {
      await eb.worker.evaluate(`chrome.tabs.remove(${tabId})`);
      await server.close();
    }
  }

  test('off by default: the options box is unchecked and a tab navigated to a PDF stays in the browser viewer', async () => {
    const options = await openExtensionPage(eb, 'options.html');
    const box = await options.waitForSelector('[data-testid=auto-open-pdf]');
    await options.waitForFunction(() => document.title !== ''); // settings loaded
    expect(await box!.evaluate((e) => (e as HTMLInputElement).checked)).toBe(false);
    await options.close();
    await staysInViewer('report-en.pdf');
  });

  test('on: a tab navigated to a PDF turns into the reader, which shows its highlights', async () => {
    await setAutoOpen(true);
    const server = await pdfServer(fx.dir);
    const url = server.url('report-en.pdf');
    const opened = eb.browser.waitForTarget((t) => t.url().startsWith(readerFor(url)), { timeout: 30_000 });
    const tabId = await newTab('about:blank');
    try {
      await eb.worker.evaluate(`chrome.tabs.update(${tabId}, { url: ${JSON.stringify(url)} })`);
      // No host access was granted (no click to ask at): the reader tries, and the server lets it read.
      expect(await autoOpenDecision(tabId, 'try')).toEqual({ url, action: 'try' });
      const reader = (await (await opened).page())!;
      await reader.setViewport({ width: 1280, height: 900 });
      await reader.waitForSelector('[data-status="done"]', { timeout: 60_000 });
      expect(await reader.$eval('.sdg-title', (e) => e.textContent)).toBe('Riverside Water Impact Report 2024');
      await showPage(reader, 2);
      await reader.waitForFunction(() => [...(CSS.highlights.get('sdg-goal-1') ?? [])].length > 0);
      expect((await highlightsByPage(reader))['sdg-goal-1']).toContainEqual([2, 'SDG 1']);
      expect(await pageUrls()).not.toContain(url); // the same tab, not a new one
    } finally {
      await eb.worker.evaluate(`chrome.tabs.remove(${tabId})`);
      await server.close();
    }
  });

  test('on, but the reader cannot download the PDF: the tab goes back to the browser viewer, once', async () => {
    await setAutoOpen(true);
    const server = await pdfServer(fx.dir, true);
    const url = server.url('report-es.pdf');
    const tabId = await newTab(url);
    try {
      // tried, the reader's download failed, the PDF came back and was left alone (no loop)
      expect(await autoOpenDecision(tabId, 'already')).toEqual({ url, action: 'already' });
      const urls = await pageUrls();
      expect(urls).toContain(url);
      expect(urls.filter((u) => u.startsWith(readerFor(url)))).toEqual([]);
      // and the popup still offers to open it
      const popup = await openExtensionPage(eb, `popup.html?tab=${tabId}`);
      await popup.waitForSelector('[data-testid=pdf-offer] [data-testid=open-in-reader]');
      await popup.close();
    } finally {
      await eb.worker.evaluate(`chrome.tabs.remove(${tabId})`);
      await server.close();
    }
  });

  test('on, but SDG Lens is switched off on the site: a tab navigated to a PDF stays in the browser viewer', async () => {
    await setAutoOpen(true);
    const setSites = (sites: Record<string, boolean>) =>
      eb.worker.evaluate(`chrome.storage.local.get('sdg-settings').then((v) => chrome.storage.local.set({ 'sdg-settings': { ...v['sdg-settings'], sites: ${JSON.stringify(sites)} } }))`);
    await setSites({ '127.0.0.1': false });
    try {
      await staysInViewer('report-es.pdf');
    } finally {
      await setSites({});
    }
  });

  test('switched off again: a tab navigated to a PDF stays in the browser viewer', async () => {
    await setAutoOpen(false);
    await staysInViewer('report-fr.pdf');
  });
});
