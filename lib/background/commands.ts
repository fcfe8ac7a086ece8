/** Keyboard commands (manifest `commands`) → the active tab's content script. */
import { browser } from '#imports';
import type { Message } from '../schema/messages';
import { activeTab, sendToTab } from './send';

/** The message each command sends. */
export function commandMessage(command: string): Extract<Message, { type: 'sdg:step' | 'sdg:set-highlights' }> | undefined {
  switch (command) {
    case 'next-reference':
      return { type: 'sdg:step', direction: 'next' };
    case 'previous-reference':
      return { type: 'sdg:step', direction: 'previous' };
    case 'toggle-highlights':
      return { type: 'sdg:set-highlights' };
    default:
      return undefined;
  }
}

/** Register the command listener. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command: string) => {
    const msg = commandMessage(command);
    if (!msg) return;
    void activeTab().then(async (tab) => {
      if (!tab) return;
      try {
        await sendToTab(tab.id, msg);
      } catch {
        // No content script on this tab (browser page, store, PDF): nothing to step through.
      }
    });
  });
}
