/**
 * What the content script needs to report a PDF tab, kept apart from `auto-open.ts` (background
 * only): that module touches session storage, which content scripts may not access.
 */
import { z } from 'zod';

/** Content script → background: this top-frame document is a PDF shown by the browser's viewer. */
export const PdfTabMessageSchema = z.object({ type: z.literal('sdg:pdf-tab'), url: z.string().url() });
/** A `sdg:pdf-tab` message. */
export type PdfTabMessage = z.infer<typeof PdfTabMessageSchema>;

/**
 * Whether a document is a PDF in the browser's viewer: its content type (Chrome's viewer keeps
 * `application/pdf`), or a `.pdf` URL whose page is a PDF embed.
 */
export function isPdfDocument(contentType: string, url: string, hasPdfEmbed: boolean): boolean {
  if (contentType === 'application/pdf') return true;
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  return /\.pdf$/i.test(path) && hasPdfEmbed;
}
