/** The toolbar badge: how many explicit SDG references the tab's page has. */
import { browser } from '#imports';
import type { TabSummary } from '../schema/messages';

/** Badge text for a summary: the reference count, empty when there is nothing to show. */
export function badgeText(summary: TabSummary): string {
  if (summary.status !== 'done' || summary.explicitTotal === 0) return '';
  return summary.explicitTotal > 999 ? '999+' : String(summary.explicitTotal);
}

/** Update the badge of one tab. */
export async function updateBadge(tabId: number, summary: TabSummary): Promise<void> {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same methods.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: '#00689D' });
    await action.setBadgeText({ tabId, text: badgeText(summary) });
  } catch {
    // The tab closed meanwhile.
  }
}
