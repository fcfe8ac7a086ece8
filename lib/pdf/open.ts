/**
 * Opening a PDF URL in the reader from the extension's UI (popup, side panel, context menu).
 * The reader fetches the PDF itself, which needs host access to the PDF's origin: it is asked for
 * at the click (optional host permission, user gesture), so nothing is granted up front.
 */
import { browser } from '#imports';
import { readerUrl } from './reader-bridge';

/** The origin pattern to ask host access for, or undefined when no permission is needed / possible. */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return `${u.protocol}//${u.host}/*`;
    if (u.protocol === 'file:') return 'file:///*';
  } catch {
    // not a URL: nothing to ask for
  }
  return undefined;
}

/**
 * Asks for access to the PDF's origin (must run inside the click's user gesture, before any
 * other await), then shows the reader: in `tabId` (replacing the browser's viewer) or a new tab.
 */
export async function openPdfInReader(pdfUrl: string, tabId?: number): Promise<void> {
  const origin = originPattern(pdfUrl);
  if (origin && origin !== 'file:///*') {
    // Refused or unavailable: the reader still opens and explains how to open the file instead.
    await browser.permissions.request({ origins: [origin] }).catch(() => false);
  }
  const url = readerUrl(browser.runtime.getURL('/'), pdfUrl);
  if (tabId !== undefined) await browser.tabs.update(tabId, { url });
  else await browser.tabs.create({ url });
}

/** Context-menu id of "Open PDF in SDG Lens" on links. */
export const PDF_LINK_MENU_ID = 'sdg-open-pdf-link';
