/**
 * Helpers for the library and side panel browser tests: downloads into a folder, axe checks on
 * extension pages, and the tab id of a fixture page (asked from the service worker).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer';
import type { ExtensionBrowser } from './support/browser';

const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core violations on a page (WCAG 2.x A/AA rules), as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() goes through the DevTools protocol, so the extension page's CSP does not block it.
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)) as string[];
  return result;
}

/** Sends the browser's downloads to `dir` (created if needed). */
export async function downloadsTo(eb: ExtensionBrowser, dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const cdp = await eb.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
}

/** Waits for a finished download whose name matches, and returns its path. */
export async function waitForDownload(dir: string, pattern: RegExp, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const name = fs.readdirSync(dir).find((f) => pattern.test(f) && !f.endsWith('.crdownload'));
    if (name) {
      const file = path.join(dir, name);
      // A finished download keeps its size between two looks.
      const size = fs.statSync(file).size;
      await new Promise((r) => setTimeout(r, 150));
      if (size > 0 && fs.statSync(file).size === size) return file;
    }
    if (Date.now() > deadline) throw new Error(`no download matching ${pattern} in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The Chrome tab id of a puppeteer page: the tab whose content script reports the page's URL
 * (tab URLs are hidden from an extension without the "tabs" permission).
 */
export async function tabIdByUrl(eb: ExtensionBrowser, page: Page, timeout = 20_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const id = await eb.worker.evaluate(`(async (url) => {
      for (const t of await chrome.tabs.query({})) {
        const s = await chrome.tabs.sendMessage(t.id, { type: 'sdg:get-summary' }, { frameId: 0 }).catch(() => null);
        if (s && s.url === url) return t.id;
      }
      return null;
    })(${JSON.stringify(page.url())})`);
    if (typeof id === 'number') return id;
    if (Date.now() > deadline) throw new Error(`no content script answered for ${page.url()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends a protocol message to a tab's content script; the raw answer, or null when none answers. */
export async function askTab(eb: ExtensionBrowser, tabId: number, msg: unknown): Promise<unknown> {
  return eb.worker.evaluate(`chrome.tabs.sendMessage(${tabId}, ${JSON.stringify(msg)}, { frameId: 0 }).catch(() => null)`);
}

/** Waits until the tab's content script reports a finished scan. */
export async function waitForScanDone(eb: ExtensionBrowser, tabId: number, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = (await askTab(eb, tabId, { type: 'sdg:get-summary' })) as { status?: string } | null;
    if (s?.status === 'done') return;
    if (Date.now() > deadline) throw new Error(`scan of tab ${tabId} not done (status ${s?.status ?? 'no answer'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the built extension has a content script (the save and re-anchor tests need one). */
export function builtWithContentScript(extDir: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(extDir, 'manifest.json'), 'utf8')) as { content_scripts?: unknown[] };
    return (manifest.content_scripts?.length ?? 0) > 0;
  } catch {
    return false;
  }
}
