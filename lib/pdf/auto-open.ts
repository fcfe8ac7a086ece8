/**
 * "Open PDFs in SDG Lens automatically" (settings `autoOpenPdf`). The content script of a tab
 * showing a PDF (Chrome's viewer runs it in the top frame) tells the background, which sends the
 * tab to the reader. No new permission: there is no click, so host access cannot be asked for;
 * the tab is sent only when the reader can probably read the PDF (file access, host access
 * already granted) or to try (sites that allow cross-origin reads), and the reader goes back to
 * the browser's viewer when its download fails, where the popup and side panel keep the offer.
 */
import { z } from 'zod';
import { browser, storage, type Browser } from '#imports';
import { loadSettings } from '../settings/storage';
import { isEnabledFor } from '../settings/schema';
import { originPattern } from './open';
import { readerUrl } from './reader-bridge';
import { PdfTabMessageSchema } from './pdf-tab';


/** Query parameter of a reader URL opened automatically: on a failed download, go back to the PDF. */
export const AUTO_OPEN_PARAM = 'auto';

/** What the background did with a PDF tab (kept per tab in session storage; tests read it). */
export type AutoOpenAction = 'off' | 'unsupported' | 'already' | 'open' | 'try';

/** The last decision per tab id. */
const AutoOpenLogSchema = z.record(z.string(), z.object({ url: z.string(), action: z.enum(['off', 'unsupported', 'already', 'open', 'try']) }));
type AutoOpenLog = z.infer<typeof AutoOpenLogSchema>;

/** Session storage (cleared with the browser session): survives the service worker's restarts. */
export const autoOpenLog = storage.defineItem<unknown>('session:sdg-pdf-auto-open', { fallback: {} });

/**
 * The decision for a PDF tab. `previous` is the last URL this tab was sent to the reader for:
 * going Back from the reader (or the reader's fallback) returns to that PDF and must not loop.
 */
export function autoOpenAction(opts: { on: boolean; url: string; previous: string | undefined; hostAccess: boolean }): AutoOpenAction {
  if (!opts.on) return 'off';
  const origin = originPattern(opts.url);
  if (!origin) return 'unsupported';
  if (opts.previous === opts.url) return 'already';
  // file: the content script only runs there with "Allow access to file URLs", which the reader's read needs too.
  return origin === 'file:///*' || opts.hostAccess ? 'open' : 'try';
}

/** The reader URL a PDF tab is sent to automatically. */
export function autoReaderUrl(extensionBase: string, pdfUrl: string): string {
  return `${readerUrl(extensionBase, pdfUrl)}&${AUTO_OPEN_PARAM}=1`;
}

/** Whether the reader, opened automatically, may navigate back to `src` (web and file URLs only). */
export function fallbackTarget(search: string): string | undefined {
  const params = new URLSearchParams(search);
  const src = params.get('src');
  if (params.get(AUTO_OPEN_PARAM) !== '1' || !src) return undefined;
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(src).protocol) ? src : undefined;
  } catch {
    return undefined;
  }
}

/** Log updates run one after another: two tabs loading PDFs at once must not drop each other's entry. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readLog(): Promise<AutoOpenLog> {
  const r = AutoOpenLogSchema.safeParse(await autoOpenLog.getValue());
  return r.success ? r.data : {};
}

async function handlePdfTab(tabId: number, url: string): Promise<AutoOpenAction> {
  const [settings, log] = await Promise.all([loadSettings(), readLog()]);
  const last = log[String(tabId)];
  const previous = last && (last.action === 'open' || last.action === 'try' || last.action === 'already') ? last.url : undefined;
  const origin = originPattern(url);
  // SDG Lens switched off (everywhere or on this site) opens nothing by itself either.
  const on = settings.autoOpenPdf && isEnabledFor(settings, url);
  const hostAccess = on && origin !== undefined && origin !== 'file:///*' ? await browser.permissions.contains({ origins: [origin] }).catch(() => false) : false;
  const action = autoOpenAction({ on, url, previous, hostAccess });
  await autoOpenLog.setValue({ ...log, [String(tabId)]: { url, action } });
  if (action === 'open' || action === 'try') await browser.tabs.update(tabId, { url: autoReaderUrl(browser.runtime.getURL('/'), url) });
  return action;
}

/** Registers the background's handling of `sdg:pdf-tab` (answers `{ action }`). */
export function registerPdfAutoOpen(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    const msg = PdfTabMessageSchema.safeParse(raw);
    if (!msg.success || sender.id !== browser.runtime.id) return undefined;
    const tabId = sender.tab?.id;
    // Only the tab's own document: a PDF in a frame stays where the page put it.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
    serial(() => handlePdfTab(tabId, msg.data.url)).then(
      (action) => sendResponse({ action }),
      (e: unknown) => sendResponse({ error: String(e) }),
    );
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId: number) => {
    void serial(async () => {
      const log = await readLog();
      if (!(String(tabId) in log)) return;
      delete log[String(tabId)];
      await autoOpenLog.setValue(log);
    });
  });
}
