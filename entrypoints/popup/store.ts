/**
 * Popup state as signals with named actions. The popup reads the tab's summary from its content
 * script and listens for `sdg:analysis-updated` broadcasts while open.
 */
import { signal } from '@preact/signals';
import { browser, type Browser } from '#imports';
import { parseMessage, type TabSummary } from '../../lib/schema/messages';
import { DEFAULT_SETTINGS, isEnabledFor, type Sensitivity, type Settings } from '../../lib/settings/schema';
import { loadSettings, setSiteEnabled, updateSettings, watchSettings } from '../../lib/settings/storage';
import { sendToTab } from '../../lib/background/send';
import { pageSupport, type PageSupport } from '../../lib/background/page-support';
import { setUiLanguage, uiLocale } from '../../lib/i18n';

/** Why the popup has no summary to show. */
export type Unreadable = Exclude<PageSupport, 'ok'> | 'no-content-script';

export const tabId = signal<number | null>(null);
export const tabUrl = signal<string | undefined>(undefined);
export const summary = signal<TabSummary | null>(null);
export const unreadable = signal<Unreadable | null>(null);
export const settings = signal<Settings>(DEFAULT_SETTINGS);
export const loading = signal(true);

/**
 * The tab the popup is about: the `?tab=` parameter when the page was opened as a normal tab
 * (tests, and a popup detached into a window), else the active tab of the focused window.
 */
async function targetTab(): Promise<Browser.tabs.Tab | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param)).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Counts broadcasts, so that an answer requested before the latest broadcast is not shown over it. */
let updates = 0;

async function refresh(): Promise<void> {
  const id = tabId.value;
  if (id === null) return;
  const before = updates;
  try {
    const s = await sendToTab(id, { type: 'sdg:get-summary' });
    if (updates !== before) return;
    summary.value = s;
    if (!tabUrl.value) tabUrl.value = summary.value.url;
    unreadable.value = null;
  } catch {
    summary.value = null;
    const support = pageSupport(tabUrl.value);
    if (support === 'file') {
      const allowed = await browser.extension.isAllowedFileSchemeAccess().catch(() => false);
      unreadable.value = allowed ? 'no-content-script' : 'file';
    } else unreadable.value = support === 'ok' ? 'no-content-script' : support;
  }
}

/** Load everything and subscribe to updates. */
export async function start(): Promise<void> {
  const applyLang = (s: Settings) => {
    setUiLanguage(s.uiLang);
    document.documentElement.lang = uiLocale();
  };
  settings.value = await loadSettings();
  applyLang(settings.value);
  watchSettings((s) => {
    applyLang(s);
    settings.value = s;
  });
  const tab = await targetTab();
  tabId.value = tab?.id ?? null;
  tabUrl.value = tab?.url;
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const msg = parseMessage(raw);
    if (msg?.type === 'sdg:analysis-updated' && sender.tab?.id === tabId.value) {
      updates++;
      summary.value = msg.summary;
      unreadable.value = null;
    }
    return undefined;
  });
  if (tabId.value === null) unreadable.value = 'browser';
  else await refresh();
  loading.value = false;
}

/** Show or hide the page's highlights. */
export async function setHighlights(visible: boolean): Promise<void> {
  const id = tabId.value;
  if (id === null) return;
  const r = await sendToTab(id, { type: 'sdg:set-highlights', visible });
  if (summary.value) summary.value = { ...summary.value, highlightsVisible: r.visible };
}

/** Change the flag sensitivity (the content script redraws and broadcasts a new summary). */
export async function setSensitivity(sensitivity: Sensitivity): Promise<void> {
  settings.value = await updateSettings({ sensitivity });
}

/** Switch the extension on or off for the tab's site. */
export async function setSiteOn(on: boolean): Promise<void> {
  const url = tabUrl.value ?? summary.value?.url;
  if (!url) return;
  settings.value = await setSiteEnabled(url, on);
}

/** Scan the page now (auto-scan off). */
export async function scanNow(): Promise<void> {
  const id = tabId.value;
  if (id === null) return;
  summary.value = await sendToTab(id, { type: 'sdg:scan' });
}

/** Whether the extension is on for the tab's site. */
export function siteOn(): boolean {
  const url = tabUrl.value ?? summary.value?.url;
  return url ? isEnabledFor(settings.value, url) : settings.value.enabled;
}

/** Re-read the summary (used after switching a site back on). */
export { refresh };
