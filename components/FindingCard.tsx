/**
 * The hover card: what the highlighted words are, in the reader's language. One section per
 * finding under the pointer (an explicit reference, a washing-risk flag, a thematic judgement).
 */
import type { ExplicitReference, Finding, Flag, ThematicFinding } from '../lib/schema/analysis';
import { goal, type GoalNumber } from '../lib/sdg/index';
import { indicatorText, targetText } from '../lib/sdg/texts';
import { t, uiLocale } from '../lib/i18n';
import { GoalChip, WheelChip } from './GoalChip';
import { FLAG_COLOUR, FLAG_WEAK_COLOUR } from '../lib/dom/highlight-styles';

/** Props of the card. */
export interface FindingCardProps {
  findings: Finding[];
  /** "3 of 24" when the card was opened by keyboard navigation. */
  position?: { index: number; total: number };
  onClose: () => void;
}

function goalTitle(n: GoalNumber): string {
  return goal(n).title[uiLocale()];
}

function goalShort(n: GoalNumber): string {
  return goal(n).short[uiLocale()];
}

function ExplicitSection({ f }: { f: ExplicitReference }) {
  const goals = f.goals as GoalNumber[];
  const official = f.indicator
    ? { label: t('card_indicator', f.indicator), text: indicatorText(f.indicator, uiLocale()) }
    : f.target
      ? { label: t('card_target', f.target), text: targetText(f.target, uiLocale()) }
      : null;
  return (
    <section class="sdg-section" data-kind="explicit">
      <p class="sdg-kind">{goals.length === 0 ? t('card_kind_general') : t('card_kind_explicit')}</p>
      {goals.length === 0 ? (
        <div class="sdg-goal-row">
          <WheelChip />
          <p class="sdg-goal-title">{t('card_general_text')}</p>
        </div>
      ) : (
        goals.slice(0, 4).map((n) => (
          <div class="sdg-goal-row" key={n}>
            <GoalChip n={n} />
            <div>
              <p class="sdg-goal-name">
                {t('card_goal', n)} · {goalShort(n)}
              </p>
              {goals.length === 1 && <p class="sdg-goal-title">{goalTitle(n)}</p>}
            </div>
          </div>
        ))
      )}
      {goals.length > 4 && <p class="sdg-more">{goals.slice(4).map((n) => t('card_goal', n)).join(', ')}</p>}
      {official?.text && (
        <p class="sdg-official">
          <strong>{official.label}</strong> {official.text}
        </p>
      )}
      <p class="sdg-matched">
        <span class="sdg-label">{t('card_matched')}</span> <q>{f.text}</q>
      </p>
    </section>
  );
}

function ThematicSection({ items }: { items: ThematicFinding[] }) {
  return (
    <section class="sdg-section" data-kind="thematic">
      <p class="sdg-kind">{t('card_kind_thematic')}</p>
      {items.map((f) => (
        <div class="sdg-theme" key={f.goal}>
          <div class="sdg-goal-row">
            <GoalChip n={f.goal as GoalNumber} size={22} />
            <p class="sdg-goal-name">
              {t('card_goal', f.goal)} · {goalShort(f.goal as GoalNumber)}{' '}
              <span class="sdg-score">{t('card_score', Math.round(f.score * 100))}</span>
            </p>
          </div>
          {f.terms.length > 0 && (
            <p class="sdg-terms">
              <span class="sdg-label">{t('card_evidence')}</span>{' '}
              {f.terms.slice(0, 6).map((term) => (
                <span class="sdg-term" key={term.term}>
                  {term.term}
                </span>
              ))}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}

function FlagSection({ f }: { f: Flag }) {
  const colour = f.strength === 'strong' ? FLAG_COLOUR : FLAG_WEAK_COLOUR;
  return (
    <section class="sdg-section" data-kind="flag" data-criterion={f.criterion}>
      <p class="sdg-kind">
        <svg class="sdg-flag-mark" width="18" height="8" viewBox="0 0 18 8" aria-hidden="true">
          <path d="M0 4 Q 2.25 0 4.5 4 T 9 4 T 13.5 4 T 18 4" fill="none" stroke={colour} stroke-width="2" />
        </svg>
        {t('card_kind_flag')} · {t(f.strength === 'strong' ? 'card_strength_strong' : 'card_strength_weak')}
      </p>
      <p class="sdg-goal-name">
        <span class="sdg-crit">{f.criterion}</span> {t(`crit_${f.criterion}`)}
      </p>
      <p class="sdg-explanation">{f.explanation}</p>
      <dl class="sdg-facts">
        <dt>{t('card_missing')}</dt>
        <dd>{f.missing}</dd>
        <dt>{t('card_cue')}</dt>
        <dd>
          <q>{f.cue}</q>
        </dd>
        <dt>{t('card_source')}</dt>
        <dd class="sdg-source">{f.source}</dd>
      </dl>
    </section>
  );
}

/** The card itself; positioning is the caller's job. */
export function FindingCard({ findings, position, onClose }: FindingCardProps) {
  const explicit = findings.filter((f): f is ExplicitReference => f.kind === 'explicit');
  const flags = findings.filter((f): f is Flag => f.kind === 'flag');
  const thematic = findings.filter((f): f is ThematicFinding => f.kind === 'thematic').sort((a, b) => b.score - a.score);
  const label = explicit[0]
    ? explicit[0].goals.length
      ? explicit[0].goals.map((n) => t('card_goal', n)).join(', ')
      : t('card_kind_general')
    : flags[0]
      ? `${t('card_kind_flag')} ${flags[0].criterion}`
      : t('card_kind_thematic');
  return (
    <div class="sdg-card" role="group" aria-label={label} lang={uiLocale()}>
      <button type="button" class="sdg-close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
        ×
      </button>
      {explicit.map((f) => (
        <ExplicitSection f={f} key={`${f.start}-${f.end}`} />
      ))}
      {flags.map((f) => (
        <FlagSection f={f} key={`${f.criterion}-${f.start}`} />
      ))}
      {thematic.length > 0 && <ThematicSection items={thematic.slice(0, 3)} />}
      {position && (
        <p class="sdg-footer">
          <span>{t('card_position', [position.index + 1, position.total])}</span>
          <span>{t('card_hint')}</span>
        </p>
      )}
    </div>
  );
}
