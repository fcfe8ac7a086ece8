/** The popup's washing-risk summary: level, score, the plain-words explanation and flags per criterion. */
import type { RiskSummary } from '../lib/schema/analysis';
import type { TabSummary } from '../lib/schema/messages';
import { t } from '../lib/i18n';

/** Risk level, score, summary sentence and one row per criterion that fired. */
export function RiskPanel({ risk, rows }: { risk: RiskSummary; rows: TabSummary['flagsByCriterion'] }) {
  return (
    <section class="sdg-risk" aria-labelledby="sdg-risk-h" data-level={risk.level}>
      <h2 id="sdg-risk-h">{t('popup_risk_heading')}</h2>
      <p class="sdg-risk-line">
        <span class={`sdg-level sdg-level-${risk.level}`} data-testid="risk-level">
          {t(`popup_risk_${risk.level}`)}
        </span>
        <span class="sdg-risk-score">{t('popup_risk_score', Math.round(risk.score))}</span>
      </p>
      {risk.summary && <p class="sdg-risk-summary">{risk.summary}</p>}
      {rows.length === 0 ? (
        <p class="sdg-muted">{t('popup_no_flags')}</p>
      ) : (
        <>
          <h3>{t('popup_flags_heading')}</h3>
          <ul class="sdg-crit-list">
            {rows.map((r) => (
              <li key={r.criterion} data-criterion={r.criterion} data-count={r.count}>
                <span class="sdg-crit-id">{r.criterion}</span>
                <span class="sdg-crit-name">{t(`crit_${r.criterion}`)}</span>
                <span class="sdg-crit-count">{r.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
