/**
 * WASHING.md §6 scoring, exactly: the unit is (item, criterion); a predicted criterion is a TP when
 * gold has it and one of its spans overlaps a gold quote (first occurrence) — criterion alone for
 * S2, S4, S5, E1 and quote-less gold; a non-overlapping prediction is both an FP and an FN.
 */
import { CRITERIA, type Criterion } from '../../lib/schema/analysis';

/** One gold item of a washing set (shared/data/washing/*.jsonl). */
export interface GoldItem {
  id: string;
  lang: string;
  kind: string;
  text: string;
  gold: { criterion: Criterion; quote?: string }[];
  note: string;
}

/** A predicted flag, reduced to what scoring reads. */
export interface PredictedFlag {
  criterion: Criterion;
  start: number;
  end: number;
}

/** Counts for one criterion (or one slice). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const DOC_LEVEL = new Set<Criterion>(['S2', 'S4', 'S5', 'E1']);

/** Per-criterion outcome for one item: 'tp', 'fp', 'fn', 'fp+fn' or undefined (true negative). */
export function scoreItem(item: GoldItem, flags: readonly PredictedFlag[]): Map<Criterion, Counts> {
  const out = new Map<Criterion, Counts>();
  for (const c of CRITERIA) {
    const gold = item.gold.filter((g) => g.criterion === c);
    const pred = flags.filter((f) => f.criterion === c);
    const counts: Counts = { tp: 0, fp: 0, fn: 0 };
    if (pred.length && gold.length) {
      const criterionOnly = DOC_LEVEL.has(c) || gold.some((g) => g.quote === undefined);
      const spans = gold.flatMap((g) => {
        if (g.quote === undefined) return [];
        const i = item.text.indexOf(g.quote);
        return i < 0 ? [] : [{ start: i, end: i + g.quote.length }];
      });
      const hit = criterionOnly || pred.some((p) => spans.some((s) => p.start < s.end && s.start < p.end));
      if (hit) counts.tp = 1;
      else {
        counts.fp = 1;
        counts.fn = 1;
      }
    } else if (pred.length) counts.fp = 1;
    else if (gold.length) counts.fn = 1;
    if (counts.tp || counts.fp || counts.fn) out.set(c, counts);
  }
  return out;
}

/** Precision, recall, F1 and F0.5 from counts (0 when undefined). */
export function prf(c: Counts): { p: number; r: number; f1: number; f05: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const f05 = p + r ? (1.25 * p * r) / (0.25 * p + r) : 0;
  return { p, r, f1, f05 };
}

/** All §6 metrics for a set of items and their predictions. */
export interface WashingReport {
  perCriterion: Record<Criterion, Counts>;
  micro: Counts;
  macroF1: number;
  perLang: Record<string, Counts>;
  cleanItems: number;
  cleanFalseAlarms: number;
  pairs: { a: string; b: string; ok: boolean }[];
  errors: { id: string; criterion: Criterion; kind: 'fp' | 'fn' | 'fp+fn' }[];
}

/** Scores predictions against gold (WASHING.md §6). */
export function scoreSet(items: readonly GoldItem[], predict: (item: GoldItem) => readonly PredictedFlag[]): WashingReport {
  const perCriterion = Object.fromEntries(CRITERIA.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Criterion, Counts>;
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const perLang: Record<string, Counts> = {};
  const flagsById = new Map<string, readonly PredictedFlag[]>();
  const outcomes = new Map<string, Map<Criterion, Counts>>();
  const errors: WashingReport['errors'] = [];
  let cleanItems = 0;
  let cleanFalseAlarms = 0;
  for (const item of items) {
    const flags = predict(item);
    flagsById.set(item.id, flags);
    const res = scoreItem(item, flags);
    outcomes.set(item.id, res);
    const lang = (perLang[item.lang] ??= { tp: 0, fp: 0, fn: 0 });
    for (const [c, k] of res) {
      for (const t of [perCriterion[c], micro, lang]) {
        t.tp += k.tp;
        t.fp += k.fp;
        t.fn += k.fn;
      }
      if (!k.tp) errors.push({ id: item.id, criterion: c, kind: k.fp && k.fn ? 'fp+fn' : k.fp ? 'fp' : 'fn' });
    }
    if (!item.gold.length) {
      cleanItems++;
      if (flags.length) cleanFalseAlarms++;
    }
  }
  const macroF1 = CRITERIA.reduce((a, c) => a + prf(perCriterion[c]).f1, 0) / CRITERIA.length;
  // Contrastive pairs: notes "Contrastive pair with <id>"; each pair once.
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const pairs: WashingReport['pairs'] = [];
  for (const item of items) {
    const m = /Contrastive pair with ([\w-]+)/.exec(item.note);
    if (!m) continue;
    const other = byId.get(m[1]!);
    if (!other) continue;
    const key = [item.id, other.id].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const [flagged, clean] = item.gold.length ? [item, other] : [other, item];
    const res = outcomes.get(flagged.id)!;
    const fired = flagged.gold.every((g) => (res.get(g.criterion)?.tp ?? 0) === 1);
    const quiet = (flagsById.get(clean.id) ?? []).length === 0;
    pairs.push({ a: flagged.id, b: clean.id, ok: fired && quiet && clean.gold.length === 0 });
  }
  return { perCriterion, micro, macroF1, perLang, cleanItems, cleanFalseAlarms, pairs, errors };
}
