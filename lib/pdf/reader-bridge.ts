/**
 * How the popup, side panel and background talk to a PDF reader tab. `tabs.sendMessage` reaches
 * content scripts only, and extension pages get no content script, so requests for a reader tab
 * travel as a runtime message wrapped in an envelope naming the tab; the reader in that tab answers
 * with exactly what a content script would (same request and response schemas).
 */
import { z } from 'zod';

/** The envelope around a content-script request addressed to a reader tab. */
export const ReaderRequestSchema = z.object({
  type: z.literal('sdg:reader-request'),
  tabId: z.number().int().nonnegative(),
  message: z.unknown(),
});
/** A request addressed to a reader tab. */
export type ReaderRequest = z.infer<typeof ReaderRequestSchema>;

/** The reader page's path inside the extension. */
export const READER_PATH = '/reader.html';

/** The reader URL that opens `src` (a PDF URL); without `src` the reader offers a file picker. */
export function readerUrl(extensionBase: string, src?: string): string {
  const base = extensionBase.replace(/\/$/, '') + READER_PATH;
  return src ? `${base}?src=${encodeURIComponent(src)}` : base;
}

interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * Sends a request to a reader tab; `undefined` when no reader tab with that id answered (then the
 * caller reports its original failure: the tab is simply unreadable).
 */
export async function sendToReaderTab(runtime: RuntimeLike, tabId: number, message: unknown): Promise<unknown> {
  const envelope: ReaderRequest = { type: 'sdg:reader-request', tabId, message };
  try {
    return await runtime.sendMessage(envelope);
  } catch {
    return undefined;
  }
}
