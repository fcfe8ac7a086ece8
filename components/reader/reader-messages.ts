/**
 * The reader tab answers the content script's requests (summary, findings, focus, highlights
 * toggle, step, scan, report source), so the popup, side panel and library's save work on a PDF
 * unchanged. Requests arrive in the reader-bridge envelope naming this tab.
 */
import { browser } from '#imports';
import { effect } from '@preact/signals';
import { ReaderRequestSchema } from '../../lib/pdf/reader-bridge';
import { findingItems, summarize } from '../../entrypoints/annotate.content/summary';
import { parseMessage, type Message, type TabSummary } from '../../lib/schema/messages';
import type { ReportSource } from '../../lib/schema/saved-report';
import { analysis, docSource, docTitle, highlighter, pagedFindings, settings, status, stops, textIndex, timings } from './reader-state';
import { focusFinding } from './ReaderApp';

function scanStatus(): TabSummary['status'] {
  const s = status.value;
  return s === 'done' ? 'done' : s === 'error' ? 'error' : s === 'empty' ? 'idle' : 'scanning';
}

/** The popup's summary of the open PDF. */
export function readerSummary(): TabSummary {
  const t = timings.value;
  return summarize(analysis.value, {
    url: docSource.value || location.href,
    title: docTitle.value || document.title,
    status: scanStatus(),
    sensitivity: settings.value.sensitivity,
    highlightsVisible: highlighter.isVisible,
    highlightSupport: highlighter.supported,
    ...(t ? { scanMs: t.extractMs + t.analyzeMs, timings: { index: t.extractMs, analyze: t.analyzeMs, draw: 0 } } : {}),
  });
}

let stopIndex = -1;

/** The PDF's site without "www." (the library lets the reader correct it); '' for local files. */
function organisationOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? '' : u.hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The content-script requests a reader answers (broadcasts such as analysis-updated are not requests). */
const REQUESTS = new Set<Message['type']>(['sdg:get-summary', 'sdg:get-findings', 'sdg:focus-finding', 'sdg:set-highlights', 'sdg:step', 'sdg:scan', 'sdg:get-report-source']);

async function focusById(id: string): Promise<{ ok: boolean; id?: string }> {
  const item = pagedFindings.value.find((p) => p.id === id);
  if (item) return { ok: await focusFinding(item.finding, item.page), id };
  const stop = stops.value.find((s) => s.id === id);
  const f = stop?.findings[0];
  const page = f ? pagedFindings.value.find((p) => p.finding === f)?.page : undefined;
  return { ok: !!f && page !== undefined && (await focusFinding(f, page)), id };
}

async function handle(msg: Message): Promise<unknown> {
  switch (msg.type) {
    case 'sdg:get-summary':
    case 'sdg:scan':
      return readerSummary();
    case 'sdg:get-findings':
      return { status: scanStatus(), items: analysis.value ? findingItems(analysis.value, settings.value.sensitivity) : [] };
    case 'sdg:focus-finding':
      return focusById(msg.id);
    case 'sdg:step': {
      const list = stops.value;
      if (!list.length) return { ok: false };
      stopIndex = msg.direction === 'next' ? (stopIndex + 1) % list.length : (stopIndex - 1 + list.length) % list.length;
      return focusById(list[stopIndex]!.id);
    }
    case 'sdg:set-highlights':
      highlighter.setVisible(msg.visible ?? !highlighter.isVisible);
      return { visible: highlighter.isVisible };
    case 'sdg:get-report-source': {
      const a = analysis.value;
      const idx = textIndex.value;
      if (!a || !idx) throw new Error('The PDF has not been analysed yet.');
      const source: ReportSource = { url: docSource.value, title: docTitle.value, organisation: organisationOf(docSource.value), text: idx.text, lang: a.lang, analysis: a, pages: idx.pages };
      return source;
    }
    default:
      return undefined;
  }
}

/** Starts answering requests addressed to this tab and broadcasting analysis updates; returns a stop function. */
export async function registerReaderMessages(): Promise<() => void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  const tabId = tab?.id;
  const listener = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void): true | undefined => {
    // Chrome delivers `tabs.sendMessage` to extension pages in the tab too; elsewhere the
    // reader-bridge envelope (a runtime message naming this tab) carries the request.
    const env = ReaderRequestSchema.safeParse(raw);
    if (env.success && (tabId === undefined || env.data.tabId !== tabId)) return undefined;
    const msg = parseMessage(env.success ? env.data.message : raw);
    if (!msg || !REQUESTS.has(msg.type)) return undefined;
    handle(msg).then(sendResponse, (e: unknown) => sendResponse({ error: e instanceof Error ? e.message : String(e) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  // Tell the popup / side panel / badge whenever the analysis state changes.
  const stopEffect = effect(() => {
    void status.value;
    void analysis.value;
    if (tabId === undefined) return;
    browser.runtime.sendMessage({ type: 'sdg:analysis-updated', summary: readerSummary() }).catch(() => undefined);
  });
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    stopEffect();
  };
}
