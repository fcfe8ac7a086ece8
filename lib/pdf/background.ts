/**
 * Background wiring of the PDF reader: a context-menu entry on links to PDFs that opens them in
 * the reader (next to the current tab).
 */
import { browser, type Browser } from '#imports';
import { openPdfInReader, PDF_LINK_MENU_ID } from './open';
import { readerText } from './strings';
import { registerPdfAutoOpen } from './auto-open';

/** Registers the "Open PDF in SDG Lens" link menu item and its click handler, and the automatic opening of PDF tabs. */
export function registerPdfReader(): void {
  registerPdfAutoOpen();
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      {
        id: PDF_LINK_MENU_ID,
        title: readerText('menuLink'),
        contexts: ['link'],
        targetUrlPatterns: ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.pdf#*', '*://*/*.PDF', 'file:///*.pdf'],
      },
      () => void browser.runtime.lastError, // already created by a previous install: fine
    );
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData) => {
    // The permission request inside openPdfInReader needs this click's user gesture: no await before it.
    if (info.menuItemId === PDF_LINK_MENU_ID && info.linkUrl) void openPdfInReader(info.linkUrl);
  });
}
