/**
 * Typed request/response to a tab's content script, for the background, popup and side panel.
 * The answer is parsed with the protocol's response schema: a content script of another version
 * (page opened before an update) fails loudly instead of feeding wrong data to the UI.
 */
import { browser } from '#imports';
import { parseResponse, RESPONSE_SCHEMAS, type Message, type ResponseOf } from '../schema/messages';
import { sendToReaderTab } from '../pdf/reader-bridge';

type Request = Extract<Message, { type: keyof typeof RESPONSE_SCHEMAS }>;

/** Send a request to the content script of `tabId` (top frame) and parse its answer. */
export async function sendToTab<M extends Request>(tabId: number, msg: M): Promise<ResponseOf<M['type']>> {
  // A PDF reader tab has no content script: ask the reader page itself (lib/pdf/reader-bridge.ts).
  const raw: unknown = await browser.tabs.sendMessage(tabId, msg, { frameId: 0 }).catch(async (e: unknown) => (await sendToReaderTab(browser.runtime, tabId, msg)) ?? Promise.reject(e));
  if (raw && typeof raw === 'object' && 'error' in raw) throw new Error(String((raw as { error: unknown }).error));
  return parseResponse(msg.type, raw) as ResponseOf<M['type']>;
}

/** The active tab of the focused window, if any. */
export async function activeTab(): Promise<{ id: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}
