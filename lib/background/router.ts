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

/**
 * Findings per message part: small enough to decode in a few milliseconds on the page (the page
 * deserialises a whole answer in one task, before it can slice anything; 1,500 thematic findings
 * with their evidence terms took tens of milliseconds on a loaded machine).
 */
export const PART_SIZE = 300;
/** Texts arriving in `sdg:analyze-chunk` pieces, by scan id, until their `sdg:analyze`. */
const chunked = new Map<string, { tabId: number; frameId: number; parts: string[]; blocks: { start: number; end: number }[] }>();
/** Scans being received at once at most (a page that never finishes one does not grow the map). */
const MAX_CHUNKED = 32;
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

/** Keep one chunk of a scan's text; a tab frame's new scan drops its older unfinished ones. */
function addChunk(tabId: number, frameId: number, scan: string, seq: number, text: string, blocks: { start: number; end: number }[]): unknown {
  let c = chunked.get(scan);
  if (!c) {
    if (seq !== 0) return { error: 'analysis chunks out of order' };
    for (const [k, v] of chunked) if (v.tabId === tabId && v.frameId === frameId) chunked.delete(k);
    if (chunked.size >= MAX_CHUNKED) chunked.delete(chunked.keys().next().value!);
    c = { tabId, frameId, parts: [], blocks: [] };
    chunked.set(scan, c);
  }
  if (c.tabId !== tabId || c.frameId !== frameId || seq !== c.parts.length) {
    chunked.delete(scan);
    return { error: 'analysis chunks out of order' };
  }
  c.parts.push(text);
  for (const b of blocks) c.blocks.push(b);
  return { ok: true };
}

/** The whole text and blocks of an `sdg:analyze` (its chunks first, when it has any). */
function assemble(tabId: number, frameId: number, msg: { text: string; blocks: { start: number; end: number }[]; scan?: string; chunks?: number }): { text: string; blocks: { start: number; end: number }[] } {
  if (msg.scan === undefined || !msg.chunks) return msg;
  const c = chunked.get(msg.scan);
  chunked.delete(msg.scan);
  if (!c || c.tabId !== tabId || c.frameId !== frameId || c.parts.length !== msg.chunks) throw new Error('analysis chunks missing');
  c.parts.push(msg.text);
  for (const b of msg.blocks) c.blocks.push(b);
  return { text: c.parts.join(''), blocks: c.blocks };
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
        const { text, blocks } = assemble(sender.tab.id, sender.frameId ?? 0, msg);
        const analysis = analyze(text, { ...(msg.lang ? { lang: msg.lang } : {}), blocks });
        sendResponse(firstPart(sender.tab.id, analysis));
      } catch (e) {
        sendResponse({ error: e instanceof Error ? e.message : String(e) });
      }
      return undefined;
    }
    if (msg?.type === 'sdg:analyze-chunk' && sender.tab?.id !== undefined) {
      sendResponse(addChunk(sender.tab.id, sender.frameId ?? 0, msg.scan, msg.seq, msg.text, msg.blocks));
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
