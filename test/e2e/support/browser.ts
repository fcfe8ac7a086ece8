/**
 * Launches the system Chromium with the built extension installed, the way a user has it.
 * The extension directory is `$SDG_EXT_DIR` or `<SDG_OUT_DIR|.output>/chrome-mv3`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXT_DIR = path.resolve(
  process.env.SDG_EXT_DIR ?? path.join(process.env.SDG_OUT_DIR ?? '.output', 'chrome-mv3'),
);

/** Flags for a machine with no network and no display (root needs --no-sandbox). */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  worker: WebWorker;
  userDataDir: string;
  /** Errors reported by the extension's service worker since launch. */
  workerErrors: string[];
  close(): Promise<void>;
}

/** Launch Chromium headless with a fresh profile and the built extension installed. */
export async function launchWithExtension(opts: { userDataDir?: string; headless?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXT_DIR}: run \`npx wxt build\` first.`);
  }
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-lens-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    userDataDir,
    args: BASE_ARGS,
    pipe: true,
    enableExtensions: true,
  });
  const extensionId = await browser.installExtension(EXT_DIR);
  const worker = await serviceWorker(browser, extensionId);
  const workerErrors: string[] = [];
  worker.on('console', (msg) => {
    if (msg.type() === 'error') workerErrors.push(msg.text());
  });
  return {
    browser,
    extensionId,
    worker,
    userDataDir,
    workerErrors,
    async close() {
      await browser.close().catch(() => {});
      if (!opts.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Wait for the extension's service worker and for its `chrome` bindings (they can lag the target). */
export async function serviceWorker(browser: Browser, extensionId: string, timeout = 15_000): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('extension service worker target has no worker');
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      // Runs in the worker, where `chrome` is a global the Node-side types do not know.
      if (await worker.evaluate('typeof chrome !== "undefined" && !!chrome.runtime?.id')) return worker;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) throw new Error('extension service worker never bound `chrome`');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Open an extension page (popup.html, sidepanel.html, library.html, …) in a new tab. */
export async function openExtensionPage(eb: ExtensionBrowser, page: string): Promise<Page> {
  const tab = await eb.browser.newPage();
  await tab.goto(`chrome-extension://${eb.extensionId}/${page}`, { waitUntil: 'load' });
  return tab;
}

/** Collect page errors and console errors of a tab, to assert that the extension caused none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return errors;
}
