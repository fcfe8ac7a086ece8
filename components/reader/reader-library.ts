/**
 * The library's part of the reader (the PDF twin of lib/anchor/live.ts): when the open PDF has a
 * saved report (same source URL), its annotations are re-anchored on the extracted text with the
 * shared pure matcher, the outcomes (orphans included) go to the background like a web page's,
 * and passages with a note or verdict are marked (`sdg-note`) on the pages as they render.
 */
import { browser } from '#imports';
import { canonicalUrl } from '../../lib/anchor/annotations';
import { NOTE_HIGHLIGHT } from '../../lib/anchor/live';
import { reanchorAll } from '../../lib/anchor/reanchor';
import { parseMessage, parseResponse } from '../../lib/schema/messages';
import { docSource, noteSpans, textIndex } from './reader-state';

/** The highlight name of noted passages (shared with web pages). */
export { NOTE_HIGHLIGHT };

/** Re-reads the saved report for the open PDF, re-anchors it and reports the outcomes. */
export async function refreshSaved(): Promise<void> {
  const idx = textIndex.value;
  const url = docSource.value;
  if (!idx || !url) return;
  const raw: unknown = await browser.runtime.sendMessage({ type: 'sdg:library-for-url', url: canonicalUrl(url) }).catch(() => null);
  if (!raw || textIndex.value !== idx) return;
  const saved = parseResponse('sdg:library-for-url', raw).report;
  if (!saved) {
    noteSpans.value = [];
    return;
  }
  const results = reanchorAll(idx.text, saved.annotations);
  const judged = new Set(saved.annotations.filter((a) => a.note || a.verdict).map((a) => a.id));
  noteSpans.value = results.flatMap((r) => (r.status !== 'orphan' && judged.has(r.id) ? [{ start: r.start, end: r.end }] : []));
  await browser.runtime.sendMessage({ type: 'sdg:library-anchor-results', reportId: saved.id, results }).catch(() => undefined);
}

/** Re-anchors after each analysis and whenever the library changes; returns a stop function. */
export function registerReaderLibrary(): () => void {
  const listener = (raw: unknown): undefined => {
    const msg = parseMessage(raw);
    if (msg?.type === 'sdg:library-changed' && msg.reason !== 'anchored' && (!msg.url || msg.url === canonicalUrl(docSource.value))) void refreshSaved();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
