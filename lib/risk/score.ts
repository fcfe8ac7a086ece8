/**
 * The page-level risk summary.
 *
 * Scoring formula (documented for the README):
 * - Each criterion c has a weight w_c (criteria.ts; 3 for V1/I3 up to 8 for G2/S2/S4/E1).
 * - Its points are w_c × m_c, where m_c = 1 for the first flag (0.5 if it is weak) plus 0.5 for
 *   every further strong flag and 0.25 for every further weak one, capped at 2 — repeats count,
 *   but one criterion cannot dominate.
 * - raw = Σ points; score = round(100 × (1 − e^(−raw / 30))), so a few strong flags give a medium
 *   score, many distinct problems approach 100, and none gives 0.
 * - level: low below 25, medium below 55, high from 55.
 */
import type { Criterion, Flag, RiskSummary } from '../schema/analysis';
import { CRITERIA } from '../schema/analysis';
import { CRITERION_INFO } from './criteria';
import type { CueLang } from './lexicon';

/** Score thresholds for the levels. */
export const LEVEL_THRESHOLDS = { medium: 25, high: 55 } as const;
const SCALE = 30;

/** The risk summary for a set of flags, with a plain-words sentence in the document's language. */
export function summarise(flags: readonly Flag[], lang: CueLang = 'en'): RiskSummary {
  const breakdown: RiskSummary['breakdown'] = [];
  let raw = 0;
  for (const c of CRITERIA) {
    const fs = flags.filter((f) => f.criterion === c);
    if (!fs.length) continue;
    const strong = fs.filter((f) => f.strength === 'strong').length;
    const weak = fs.length - strong;
    const firstStrong = strong > 0;
    let m = firstStrong ? 1 : 0.5;
    m += 0.5 * Math.max(0, strong - (firstStrong ? 1 : 0)) + 0.25 * Math.max(0, weak - (firstStrong ? 0 : 1));
    const points = Math.round(CRITERION_INFO[c].weight * Math.min(2, m) * 10) / 10;
    raw += points;
    breakdown.push({ criterion: c, count: fs.length, points });
  }
  const score = Math.round(100 * (1 - Math.exp(-raw / SCALE)));
  const level = score >= LEVEL_THRESHOLDS.high ? 'high' : score >= LEVEL_THRESHOLDS.medium ? 'medium' : 'low';
  return { score, level, breakdown, summary: sentence(score, level, breakdown, lang) };
}

function sentence(score: number, level: 'low' | 'medium' | 'high', breakdown: RiskSummary['breakdown'], lang: CueLang): string {
  const n = breakdown.reduce((a, b) => a + b.count, 0);
  const top = [...breakdown].sort((a, b) => b.points - a.points).slice(0, 3).map((b) => name(b.criterion, lang));
  if (lang === 'fr') {
    const lv = { low: 'faible', medium: 'moyen', high: 'élevé' }[level];
    if (!n) return `Risque ${lv} (${score}/100) : aucune allégation sans preuve n’a été repérée.`;
    return `Risque ${lv} (${score}/100) : ${n} signalement${n > 1 ? 's' : ''} sur ${breakdown.length} critère${breakdown.length > 1 ? 's' : ''}, surtout ${top.join(', ')}.`;
  }
  if (lang === 'es') {
    const lv = { low: 'bajo', medium: 'medio', high: 'alto' }[level];
    if (!n) return `Riesgo ${lv} (${score}/100): no se ha detectado ninguna afirmación sin respaldo.`;
    return `Riesgo ${lv} (${score}/100): ${n} alerta${n > 1 ? 's' : ''} en ${breakdown.length} criterio${breakdown.length > 1 ? 's' : ''}, sobre todo ${top.join(', ')}.`;
  }
  if (!n) return `Low risk (${score}/100): no unsupported claims were found.`;
  const lv = { low: 'Low', medium: 'Medium', high: 'High' }[level];
  return `${lv} risk (${score}/100): ${n} flag${n > 1 ? 's' : ''} across ${breakdown.length} criteri${breakdown.length > 1 ? 'a' : 'on'}, mostly ${top.join(', ')}.`;
}

function name(c: Criterion, _lang: CueLang): string {
  const n = CRITERION_INFO[c].name;
  // Lower-case the first word unless it is an acronym ("SDG without target").
  return `${c} (${/^\p{Lu}\p{Ll}/u.test(n) ? n.charAt(0).toLowerCase() + n.slice(1) : n})`;
}
