/**
 * The background's message handling: only messages from the extension itself are accepted
 * (content scripts and extension pages have `sender.id` equal to ours; web pages cannot send
 * runtime messages without `externally_connectable`, and this check keeps it that way).
 */
import { browser, type Browser } from '#imports';
import { parseMessage, type Message } from '../schema/messages';
import type { Analysis } from '../schema/analysis';
import { updateBadge } from './badge';
import { analyze } from '../analyze';

/** Whether a runtime message comes from this extension. */
export function isFromExtension(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}

/** Findings per message part: small enough to decode in a few milliseconds on the page. */
const PART_SIZE = 1_500;
/** The last analysis per tab, until its parts are fetched (one per tab: a new scan replaces it). */
const pending = new Map<number, { id: string; analysis: Analysis }>();
let counter = 0;

type ListName = 'explicit' | 'thematic' | 'flags';
const LISTS: ListName[] = ['explicit', 'thematic', 'flags'];

/** The analysis with each list cut to its first part, plus the totals the content script fetches. */
function firstPart(tabId: number, analysis: Analysis): unknown {
  const id = `${Date.now().toString(36)}-${++counter}`;
  pending.set(tabId, { id, analysis });
  const totals = Object.fromEntries(LISTS.map((l) => [l, analysis[l].length]));
  return { id, totals, analysis: { ...analysis, explicit: analysis.explicit.slice(0, PART_SIZE), thematic: analysis.thematic.slice(0, PART_SIZE), flags: analysis.flags.slice(0, PART_SIZE) } };
}

/** Items [from, from + PART_SIZE) of one list of a pending analysis; drops it after the last part. */
function nextPart(tabId: number, id: string, list: ListName, from: number): unknown {
  const p = pending.get(tabId);
  if (!p || p.id !== id) return { error: 'analysis expired' };
  const items = p.analysis[list].slice(from, from + PART_SIZE);
  if (list === 'flags' && from + PART_SIZE >= p.analysis.flags.length) pending.delete(tabId);
  return { items };
}

/** Handlers the background runs for broadcast messages (it answers no requests itself). */
function onBackgroundMessage(msg: Message, sender: Browser.runtime.MessageSender): void {
  // A scan in progress keeps the last count on the badge (re-scans of busy pages would make it blink).
  if (msg.type === 'sdg:analysis-updated' && msg.summary.status !== 'scanning' && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0) {
    void updateBadge(sender.tab.id, msg.summary);
  }
}

/** Register the background's runtime message listener. */
export function registerRouter(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!isFromExtension(sender)) return undefined;
    const msg = parseMessage(raw);
    if (msg?.type === 'sdg:analyze' && sender.tab?.id !== undefined) {
      // The pure core, run here so that its long stages never block the page's main thread.
      try {
        const analysis = analyze(msg.text, { ...(msg.lang ? { lang: msg.lang } : {}), blocks: msg.blocks });
        sendResponse(firstPart(sender.tab.id, analysis));
      } catch (e) {
        sendResponse({ error: e instanceof Error ? e.message : String(e) });
      }
      return undefined;
    }
    if (msg?.type === 'sdg:analysis-part' && sender.tab?.id !== undefined) {
      sendResponse(nextPart(sender.tab.id, msg.id, msg.list, msg.from));
      return undefined;
    }
    if (msg) onBackgroundMessage(msg, sender);
    return undefined; // no other answers from here
  });
}
