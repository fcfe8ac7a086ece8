/**
 * Background service worker: wiring only. Keyboard commands go to the active tab's content
 * script; content-script broadcasts update the badge. No network requests.
 */
import { defineBackground } from '#imports';
import { registerCommands } from '../lib/background/commands';
import { registerRouter } from '../lib/background/router';
import { registerLibrary } from '../lib/background/library';
import { registerPdfReader } from '../lib/pdf/background';

export default defineBackground(() => {
  registerRouter();
  registerCommands();
  // Feature modules add their wiring below (one import + call each).
  registerLibrary();
  registerPdfReader();
});
