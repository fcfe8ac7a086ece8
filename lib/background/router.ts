/**
 * The background's message handling: only messages from the extension itself are accepted
 * (content scripts and extension pages have `sender.id` equal to ours; web pages cannot send
 * runtime messages without `externally_connectable`, and this check keeps it that way).
 */
import { browser, type Browser } from '#imports';
import { parseMessage, type Message } from '../schema/messages';
import { updateBadge } from './badge';

/** Whether a runtime message comes from this extension. */
export function isFromExtension(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}

/** Handlers the background runs for broadcast messages (it answers no requests itself). */
function onBackgroundMessage(msg: Message, sender: Browser.runtime.MessageSender): void {
  if (msg.type === 'sdg:analysis-updated' && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) {
    void updateBadge(sender.tab.id, msg.summary);
  }
}

/** Register the background's runtime message listener. */
export function registerRouter(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isFromExtension(sender)) return undefined;
    const msg = parseMessage(raw);
    if (msg) onBackgroundMessage(msg, sender);
    return undefined; // no asynchronous answer from here
  });
}
