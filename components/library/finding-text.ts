/** Short, localised descriptions of findings for lists (side panel, library read view). */
import type { Finding } from '../../lib/schema/analysis';
import { t, uiLocale } from '../../lib/i18n';
import { GOALS } from '../../lib/sdg/index';

/** "SDG 8: Decent work…" in the UI language. */
export function goalName(n: number): string {
  const g = GOALS[n - 1];
  return g ? `${t('card_goal', n)}: ${g.short[uiLocale()] ?? g.short.en}` : t('card_goal', n);
}

/** The kind of a finding, as the hover cards name it. */
export function kindLabel(f: Finding): string {
  if (f.kind === 'flag') return t('card_kind_flag');
  if (f.kind === 'thematic') return t('card_kind_thematic');
  return f.goals.length ? t('card_kind_explicit') : t('card_kind_general');
}

/** One line saying what the finding is. */
export function findingTitle(f: Finding): string {
  switch (f.kind) {
    case 'explicit': {
      const parts = f.goals.map((n) => t('card_goal', n));
      if (f.target) parts.push(t('card_target', f.target));
      if (f.indicator) parts.push(t('card_indicator', f.indicator));
      return parts.length ? parts.join(' · ') : t('card_kind_general');
    }
    case 'thematic':
      return `${goalName(f.goal)} · ${t('card_score', Math.round(f.score * 100))}`;
    case 'flag':
      return `${f.criterion}: ${t(`crit_${f.criterion}`)}`;
  }
}

/** The quoted passage, shortened for a list. */
export function excerpt(text: string, max = 220): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
