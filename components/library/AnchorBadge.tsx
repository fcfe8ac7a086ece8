/** Where a saved annotation was found on the live page at the last visit. */
import { t } from '../../lib/i18n';
import type { AnchorStatus } from '../../lib/schema/saved-report';

/** A small text badge (text, not colour alone, carries the status). */
export function AnchorBadge({ status }: { status: AnchorStatus }) {
  return (
    <span class={`sdg-anchor sdg-anchor-${status}`} data-anchor-status={status}>
      {t(`anchor_${status}`)}
    </span>
  );
}
