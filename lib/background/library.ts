/**
 * The library in the background: "Save report" from the popup, the side panel, the context menu
 * and the `save-report` keyboard command; the saved annotations of a URL for the content script
 * (re-anchoring on revisit) and the anchor results it sends back. Storage is the extension
 * origin's IndexedDB; content scripts reach it only through these zod-validated messages, and only
 * messages from this extension (`sender.id`) are accepted.
 */
import { browser, type Browser } from '#imports';
import { buildSavedReport, canonicalUrl } from '../anchor/annotations';
import { parseMessage, type Message } from '../schema/messages';
import type { LibraryForUrlResponse, LibrarySaveResponse } from '../schema/saved-report';
import { libraryStore } from '../store/shared';
import { toStoreError } from '../store/errors';
import { t } from '../i18n';
import { isFromExtension } from './router';
import { activeTab, sendToTab } from './send';

/** The context-menu item's id. */
export const SAVE_MENU_ID = 'sdg-save-report';
/** The context-menu item that opens the side panel (Chrome) or sidebar (Firefox). */
export const PANEL_MENU_ID = 'sdg-open-panel';
/** The manifest command that saves the active tab's report. */
export const SAVE_COMMAND = 'save-report';

function newReportId(): string {
  return `r-${crypto.randomUUID()}`;
}

/** Tell extension pages and the page itself that the library changed. */
export async function announceLibraryChange(
  change: Extract<Message, { type: 'sdg:library-changed' }>,
  tabId?: number,
): Promise<void> {
  await browser.runtime.sendMessage(change).catch(() => {
    // No extension page is open: nobody to tell.
  });
  if (tabId !== undefined) await browser.tabs.sendMessage(tabId, change, { frameId: 0 }).catch(() => {});
}

/** Saves the report of a tab: asks its content script for the analysed text and analysis, stores it. */
export async function saveTabReport(tabId: number, now = new Date()): Promise<LibrarySaveResponse> {
  let source;
  try {
    source = await sendToTab(tabId, { type: 'sdg:get-report-source' });
  } catch {
    return {
      ok: false,
      error: t('library_save_not_scanned'),
    };
  }
  try {
    const report = buildSavedReport(source, newReportId(), now.toISOString());
    const store = await libraryStore();
    const outcome = await store.saveReport(report);
    await announceLibraryChange({ type: 'sdg:library-changed', reportId: outcome.report.id, url: outcome.report.url, reason: 'saved' }, tabId);
    return {
      ok: true,
      reportId: outcome.report.id,
      replaced: outcome.replaced,
      lostNotes: outcome.lostNotes,
      annotations: outcome.report.annotations.length,
    };
  } catch (e) {
    return { ok: false, error: e instanceof RangeError ? e.message : toStoreError(e).message };
  }
}

/** The saved annotations of a URL (for re-anchoring), or null when the URL was never saved. */
export async function savedAnnotationsFor(url: string): Promise<LibraryForUrlResponse> {
  const report = await (await libraryStore()).findByUrl(canonicalUrl(url));
  return { report: report ? { id: report.id, annotations: report.annotations } : null };
}

async function handle(msg: Message): Promise<unknown> {
  switch (msg.type) {
    case 'sdg:library-save': {
      const tabId = msg.tabId ?? (await activeTab())?.id;
      if (tabId === undefined) return { ok: false, error: 'No tab to save.' } satisfies LibrarySaveResponse;
      return saveTabReport(tabId);
    }
    case 'sdg:library-for-url':
      return savedAnnotationsFor(msg.url);
    case 'sdg:library-anchor-results': {
      const store = await libraryStore();
      await store.setAnchorStatus(msg.reportId, msg.results);
      await announceLibraryChange({ type: 'sdg:library-changed', reportId: msg.reportId, reason: 'anchored' });
      return { ok: true };
    }
    default:
      return undefined;
  }
}

const HANDLED = new Set<Message['type']>(['sdg:library-save', 'sdg:library-for-url', 'sdg:library-anchor-results']);

/**
 * Forwards a library change to every tab's content script (tab URLs are not visible without the
 * "tabs" permission; each content script checks the URL itself and ignores other pages' changes).
 */
async function relayToTabs(change: Extract<Message, { type: 'sdg:library-changed' }>): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, change, { frameId: 0 }).catch(() => {}))),
  );
}

/** How this browser opens our panel: Chrome's side panel or Firefox's sidebar (undefined if neither). */
function panelApi(): ((tabId: number, windowId: number) => void) | undefined {
  const g = globalThis as {
    chrome?: { sidePanel?: { open(o: { tabId: number; windowId?: number }): Promise<void> } };
    browser?: { sidebarAction?: { open(): Promise<void> } };
  };
  const side = g.chrome?.sidePanel;
  if (side) return (tabId, windowId) => void side.open({ tabId, windowId }).catch(() => {});
  const sidebar = g.browser?.sidebarAction;
  if (sidebar) return () => void sidebar.open().catch(() => {});
  return undefined;
}

/**
 * The library's runtime message listener: answers its own message types (asynchronously, so it
 * returns true for them) and ignores everything else and everyone else (other extensions, pages).
 */
export function onLibraryMessage(raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void): true | undefined {
  if (!isFromExtension(sender)) return undefined;
  const msg = parseMessage(raw);
  // A change made in an extension page (library, side panel): pages showing saved notes refresh.
  if (msg?.type === 'sdg:library-changed' && !sender.tab && msg.reason !== 'anchored') {
    void relayToTabs(msg);
    return undefined;
  }
  if (!msg || !HANDLED.has(msg.type)) return undefined;
  void (async () => {
    try {
      sendResponse(await handle(msg));
    } catch (e) {
      sendResponse({ ok: false, error: toStoreError(e).message });
    }
  })();
  return true;
}

/** Registers the library's message listener, context-menu item and keyboard command. */
export function registerLibrary(): void {
  browser.runtime.onMessage.addListener(onLibraryMessage);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      {
        id: SAVE_MENU_ID,
        title: t('menu_save_report'),
        contexts: ['page', 'selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
      },
      () => void browser.runtime.lastError, // already created by a previous install: fine
    );
    if (panelApi()) {
      browser.contextMenus.create(
        { id: PANEL_MENU_ID, title: t('menu_open_panel'), contexts: ['page', 'selection'], documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'] },
        () => void browser.runtime.lastError,
      );
    }
  });
  browser.contextMenus.onClicked.addListener(onMenuClicked);
  browser.commands.onCommand.addListener(onLibraryCommand);
}

/**
 * Saves a tab's report and tells the reader on the page how it went: the context menu and the
 * shortcut have no UI of their own. Resolves to the save's outcome.
 */
export async function saveAndTell(tabId: number): Promise<LibrarySaveResponse> {
  const outcome = await saveTabReport(tabId);
  const notice: Message = outcome.ok
    ? { type: 'sdg:notice', tone: 'ok', text: t('library_saved_notice', [String(outcome.annotations)]) }
    : { type: 'sdg:notice', tone: 'error', text: outcome.error.slice(0, 500) };
  // A tab without our content script (a browser page) cannot show it; the save did not happen there either.
  await browser.tabs.sendMessage(tabId, notice, { frameId: 0 }).catch(() => {});
  return outcome;
}

/** The context-menu items: "Save report" saves the tab; "Open side panel" opens it. */
export function onMenuClicked(info: Pick<Browser.contextMenus.OnClickData, 'menuItemId'>, tab?: Pick<Browser.tabs.Tab, 'id' | 'windowId'>): Promise<unknown> | undefined {
  // Opening a panel needs the user gesture of this click: call it synchronously, no await first.
  if (info.menuItemId === PANEL_MENU_ID && tab?.id !== undefined) panelApi()?.(tab.id, tab.windowId);
  if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) return saveAndTell(tab.id);
  return undefined;
}

/** The `save-report` keyboard command (Alt+Shift+S by default): saves the active tab. */
export function onLibraryCommand(command: string): Promise<unknown> | undefined {
  if (command !== SAVE_COMMAND) return undefined;
  return activeTab().then((tab) => (tab ? saveAndTell(tab.id) : undefined));
}
