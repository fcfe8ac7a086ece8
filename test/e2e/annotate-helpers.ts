/**
 * Helpers for the annotate / popup / real-pages browser tests: talk to a tab's content script
 * through the service worker (the same `chrome.tabs.sendMessage` path the background and popup
 * use) and read our highlights from the page's main world (`CSS.highlights` is per document, so
 * highlights registered by the content script's isolated world are visible there).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer';
import type { ExtensionBrowser } from './support/browser';
import { TabSummarySchema, type TabSummary } from '../../lib/schema/messages';

/** The Chrome tab id of a puppeteer page: the tab whose content script reports the page's URL. */
export async function tabIdOf(eb: ExtensionBrowser, page: Page, timeout = 20_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const id = await eb.worker.evaluate(`(async (url) => {
      for (const t of await chrome.tabs.query({})) {
        try {
          const s = await chrome.tabs.sendMessage(t.id, { type: 'sdg:get-summary' }, { frameId: 0 });
          if (s && s.url === url) return t.id;
        } catch {}
      }
      return null;
    })(${JSON.stringify(page.url())})`);
    if (typeof id === 'number') return id;
    if (Date.now() > deadline) throw new Error(`no content script answered for ${page.url()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Send a protocol message to a tab's content script and return the raw answer. */
export async function sendToTab(eb: ExtensionBrowser, tabId: number, msg: unknown): Promise<unknown> {
  return eb.worker.evaluate(
    `chrome.tabs.sendMessage(${tabId}, ${JSON.stringify(msg)}, { frameId: 0 })`,
  );
}

/** Wait until the content script of `tabId` runs on `url` (it is injected at document idle). */
export async function waitForContentScript(eb: ExtensionBrowser, tabId: number, url: string, timeout = 30_000): Promise<TabSummary> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const s = TabSummarySchema.parse(await sendToTab(eb, tabId, { type: 'sdg:get-summary' }));
      if (s.url === url) return s;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) throw new Error(`content script never answered for ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The tab's summary, parsed with the protocol schema. */
export async function summaryOf(eb: ExtensionBrowser, tabId: number): Promise<TabSummary> {
  return TabSummarySchema.parse(await sendToTab(eb, tabId, { type: 'sdg:get-summary' }));
}

/** Wait until the tab's scan is finished; returns the summary. Throws on a scan error. */
export async function waitForScan(eb: ExtensionBrowser, tabId: number, timeout = 60_000): Promise<TabSummary> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = await summaryOf(eb, tabId);
    if (s.status === 'done') return s;
    if (s.status === 'error') throw new Error(`scan failed: ${s.error}`);
    if (Date.now() > deadline) throw new Error(`scan not finished after ${timeout} ms (status ${s.status})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Our highlights in the page: name → the text of each range. */
export async function highlightsOf(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sdg-')) continue;
      out[name] = [...h].map((r) => (r instanceof Range ? r.toString() : ''));
    }
    return out;
  });
}

/** Explicit-reference highlight counts per goal number, read from the page. */
export function goalCounts(highlights: Record<string, string[]>): Map<number, number> {
  const m = new Map<number, number>();
  for (const [name, texts] of Object.entries(highlights)) {
    const g = /^sdg-goal-(\d+)$/.exec(name);
    if (g) m.set(Number(g[1]), texts.length);
  }
  return m;
}

/** Centre of the first range of a highlight, in viewport coordinates (scrolled into view first). */
export async function highlightPoint(page: Page, name: string, index = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (n, i) => {
      const h = CSS.highlights.get(n);
      const r = h ? ([...h][i] as Range | undefined) : undefined;
      if (!r) throw new Error(`no range ${i} in highlight ${n}`);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 6), y: rect.top + rect.height / 2 };
    },
    name,
    index,
  );
}

/** The text of our card, or null when no card is shown. */
export async function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const card = document.querySelector('sdg-lens-ui')?.shadowRoot?.querySelector('.sdg-card');
    return card ? (card as HTMLElement).innerText : null;
  });
}

/** Wait for the card to show (or, with `shown: false`, to go away); returns its text. */
export async function waitForCard(page: Page, shown = true, timeout = 5_000): Promise<string | null> {
  await page.waitForFunction(
    (want) => !!document.querySelector('sdg-lens-ui')?.shadowRoot?.querySelector('.sdg-card') === want,
    { timeout },
    shown,
  );
  return cardText(page);
}

/** Record `document.body.innerText` and `innerHTML` at DOMContentLoaded, before any content script ran. */
export async function recordTextBeforeExtension(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as { __sdgBefore?: { text: string; html: string } };
      w.__sdgBefore = { text: document.body.innerText, html: document.body.innerHTML };
    });
  });
}

/** The recorded text and the current text and HTML of the body. */
export async function textBeforeAndAfter(page: Page): Promise<{ before: { text: string; html: string }; after: { text: string; html: string } }> {
  return page.evaluate(() => {
    const w = window as unknown as { __sdgBefore?: { text: string; html: string } };
    if (!w.__sdgBefore) throw new Error('recordTextBeforeExtension was not called before navigation');
    return { before: w.__sdgBefore, after: { text: document.body.innerText, html: document.body.innerHTML } };
  });
}

const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Run axe-core on part of a page. Injected by DevTools evaluation rather than a <script> tag:
 * extension pages' CSP blocks inline scripts, and a tag would change the page under test.
 */
export async function runAxe(page: Page, include: unknown): Promise<{ id: string; impact: string | null; nodes: number }[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (inc) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run({ include: inc }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  }, include as never);
}
