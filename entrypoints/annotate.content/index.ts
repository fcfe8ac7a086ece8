/**
 * Content script entry: wiring only. Runs in the top frame of http(s) and file pages; the work is
 * in `./annotator.ts`.
 */
import { defineContentScript } from '#imports';
import { startAnnotator } from './annotator';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main(ctx) {
    startAnnotator(ctx);
  },
});
