/**
 * The background's message handling: only messages from the extension itself are accepted
 * (content scripts and extension pages have `sender.id` equal to ours; web pages cannot send
 * runtime messages without `externally_connectable`, and this check keeps it that way).
 */
import { browser, type Browser } from '#imports';
import { parseMessage, type Message } from '../schema/messages';
import type { Analysis, Finding } from '../schema/analysis';
import { updateBadge } from './badge';
import { analyze, AnalysisCache } from '../analyze';
import { applyEdit, FINDING_LISTS, keepOf, type BlockedText, type FindingList } from '../text/diff';

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
const chunked = new Map<string, { key: string; parts: string[]; blocks: { start: number; end: number }[] }>();
/** Scans being received at once at most (a page that never finishes one does not grow the map). */
const MAX_CHUNKED = 32;
/** The last answer per tab frame, until the content script has fetched its parts. */
const pending = new Map<string, { id: string; lists: Record<FindingList, Finding[]> }>();
/**
 * Per tab frame: the analyses the content script may hold (the last two answered: it may have
 * given up on the newest mid-way), and the cache that lets a re-scan analyse only what changed.
 */
interface Session {
  bases: { id: string; page: BlockedText; analysis: Analysis }[];
  cache: AnalysisCache;
}
const sessions = new Map<string, Session>();
/** Tab frames with a session at most (least recently used first out). */
const MAX_SESSIONS = 24;
let counter = 0;

const frameKey = (tabId: number, frameId: number | undefined) => `${tabId}:${frameId ?? 0}`;

/** The tab frame's session, marked as the most recently used. */
function sessionOf(key: string): Session {
  let s = sessions.get(key);
  if (s) sessions.delete(key);
  else s = { bases: [], cache: new AnalysisCache() };
  sessions.set(key, s);
  while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
  return s;
}

/** Forget a closed tab's sessions. */
export function dropTab(tabId: number): void {
  for (const k of [...sessions.keys(), ...pending.keys()]) if (k.startsWith(`${tabId}:`)) {
    sessions.delete(k);
    pending.delete(k);
  }
}

/**
 * The answer to an analysis request: each list cut to its first part (only the changed middle
 * when the content script holds `base`), the totals it fetches the rest by, and `keep` / `delta`.
 */
function firstPart(key: string, session: Session, page: BlockedText, analysis: Analysis, base?: { analysis: Analysis; delta: number }): unknown {
  const id = `${Date.now().toString(36)}-${++counter}`;
  session.bases = [{ id, page, analysis }, ...session.bases].slice(0, 2);
  const keep = base ? keepOf(base.analysis, analysis, base.delta) : undefined;
  const lists = Object.fromEntries(
    FINDING_LISTS.map((l) => [l, keep ? analysis[l].slice(keep[l][0], analysis[l].length - keep[l][1]) : analysis[l]]),
  ) as Record<FindingList, Finding[]>;
  pending.set(key, { id, lists });
  const totals = Object.fromEntries(FINDING_LISTS.map((l) => [l, lists[l].length]));
  return {
    id,
    totals,
    analysis: { ...analysis, explicit: lists.explicit.slice(0, PART_SIZE), thematic: lists.thematic.slice(0, PART_SIZE), flags: lists.flags.slice(0, PART_SIZE) },
    ...(keep && base ? { keep, delta: base.delta } : {}),
  };
}

/** Items [from, from + PART_SIZE) of one list of a pending answer; drops it after the last part. */
function nextPart(key: string, id: string, list: FindingList, from: number): unknown {
  const p = pending.get(key);
  if (!p || p.id !== id) return { error: 'analysis expired' };
  const items = p.lists[list].slice(from, from + PART_SIZE);
  if (list === 'flags' && from + PART_SIZE >= p.lists.flags.length) pending.delete(key);
  return { items };
}

/** Keep one chunk of a scan's text; a tab frame's new scan drops its older unfinished ones. */
function addChunk(key: string, scan: string, seq: number, text: string, blocks: { start: number; end: number }[]): unknown {
  let c = chunked.get(scan);
  if (!c) {
    if (seq !== 0) return { error: 'analysis chunks out of order' };
    for (const [k, v] of chunked) if (v.key === key) chunked.delete(k);
    if (chunked.size >= MAX_CHUNKED) chunked.delete(chunked.keys().next().value!);
    c = { key, parts: [], blocks: [] };
    chunked.set(scan, c);
  }
  if (c.key !== key || seq !== c.parts.length) {
    chunked.delete(scan);
    return { error: 'analysis chunks out of order' };
  }
  c.parts.push(text);
  for (const b of blocks) c.blocks.push(b);
  return { ok: true };
}

/** The text and blocks an `sdg:analyze` carries (its chunks first, when it has any). */
function assemble(key: string, msg: { text: string; blocks: { start: number; end: number }[]; scan?: string; chunks?: number }): BlockedText {
  if (msg.scan === undefined || !msg.chunks) return msg;
  const c = chunked.get(msg.scan);
  chunked.delete(msg.scan);
  if (!c || c.key !== key || c.parts.length !== msg.chunks) throw new Error('analysis chunks missing');
  c.parts.push(msg.text);
  for (const b of msg.blocks) c.blocks.push(b);
  return { text: c.parts.join(''), blocks: c.blocks };
}

/**
 * Answers an `sdg:analyze` from a tab frame: the whole page, or (with `base`) the page rebuilt
 * from the analysis the content script holds and the changed middle it sent. The core reuses the
 * session's cache, so only the changed chunks and units are analysed again.
 */
export function answerAnalyze(tabId: number, frameId: number | undefined, msg: Extract<Message, { type: 'sdg:analyze' }>): unknown {
  const key = frameKey(tabId, frameId);
  const sent = assemble(key, msg);
  const session = sessionOf(key);
  let page = sent;
  let base: { analysis: Analysis; delta: number } | undefined;
  if (msg.base) {
    const held = session.bases.find((b) => b.id === msg.base!.id);
    if (!held) return { rebase: true };
    page = applyEdit(held.page, msg.base, sent);
    base = { analysis: held.analysis, delta: page.text.length - held.page.text.length };
  }
  const analysis = analyze(page.text, { ...(msg.lang ? { lang: msg.lang } : {}), blocks: page.blocks, cache: session.cache });
  return firstPart(key, session, page, analysis, base);
}

/**
 * Answers the analysis messages of a tab frame's content script (`sdg:analyze`, its chunks and
 * parts); undefined for other messages. Errors are answered as `{ error }`.
 */
export function answerAnalysisMessage(tabId: number, frameId: number | undefined, msg: Message): unknown {
  try {
    // The pure core, run here so that its long stages never block the page's main thread.
    if (msg.type === 'sdg:analyze') return answerAnalyze(tabId, frameId, msg);
    if (msg.type === 'sdg:analyze-chunk') return addChunk(frameKey(tabId, frameId), msg.scan, msg.seq, msg.text, msg.blocks);
    if (msg.type === 'sdg:analysis-part') return nextPart(frameKey(tabId, frameId), msg.id, msg.list, msg.from);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  return undefined;
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
  browser.tabs.onRemoved.addListener(dropTab);
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!isFromExtension(sender)) return undefined;
    const msg = parseMessage(raw);
    if (msg && sender.tab?.id !== undefined) {
      const answer = answerAnalysisMessage(sender.tab.id, sender.frameId, msg);
      if (answer !== undefined) {
        sendResponse(answer);
        return undefined;
      }
    }
    if (msg) onBackgroundMessage(msg, sender);
    return undefined; // no other answers from here
  });
}
