/**
 * Content script entry: wiring only. Runs in the top frame of http(s) and file pages; the work is
 * in `./annotator.ts`.
 */
import { browser, defineContentScript } from '#imports';
import { startAnnotator } from './annotator';
import { isPdfDocument, type PdfTabMessage } from '../../lib/pdf/pdf-tab';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main(ctx) {
    // The browser's PDF viewer: the background may send the tab to the reader (option, off by default).
    if (isPdfDocument(document.contentType, location.href, document.querySelector('embed[type="application/pdf"]') !== null)) {
      const msg: PdfTabMessage = { type: 'sdg:pdf-tab', url: location.href };
      void browser.runtime.sendMessage(msg).catch(() => undefined);
    }
    startAnnotator(ctx);
  },
});
