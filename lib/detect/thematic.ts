/**
 * Thematic SDG detection: which goals a paragraph is *about*, whether or not it names them, and
 * why. Pure, synchronous and deterministic; it loads the generated lexicon model
 * (lib/sdg/model/thematic-model.json, built by `npm run train`, see lib/sdg/train/README.md).
 *
 * A block's score for a goal is a calibrated logistic score: 0.5 is the goal's decision threshold
 * (chosen on held-out labelled sets for balanced accuracy), evidence is the stemmed words and
 * two-word phrases that pushed the score up most, with their spans in the text.
 */
import type { Lang } from '../sdg/index';
import type { ThematicFinding } from '../schema/analysis';
import type { Span } from '../text/blocks';
import type { UnitMemo } from '../text/memo';
import modelJson from '../sdg/model/thematic-model.json';
import { calibrate, featureBag, scoreBag, type Contribution, type ThematicModel } from './thematic-score';

/** A goal counts as relevant when its calibrated score reaches this value. */
export const THEMATIC_THRESHOLD = 0.5;

/** Evidence terms kept per goal. */
const MAX_TERMS = 5;
/** Spans kept per evidence term (its first occurrences). */
const MAX_SPANS = 3;
/** Blocks with fewer words are scored together with the blocks that follow (headings, list items). */
const MIN_UNIT_WORDS = 12;
/** Blocks with more words are scored as sentence windows of about WINDOW_WORDS. */
const MAX_UNIT_WORDS = 300;
const WINDOW_WORDS = 150;

/** One evidence term: the text as written, its contribution to the goal's logit, where it occurs. */
export interface Evidence {
  term: string;
  weight: number;
  spans: Span[];
}

/** A goal's score for a text, with the terms that contributed most. */
export interface GoalScore {
  goal: number;
  /** Calibrated relevance in [0, 1]; ≥ THEMATIC_THRESHOLD means relevant. */
  score: number;
  terms: Evidence[];
}

let cached: ThematicModel | undefined;

/** The shipped model (parsed once). */
export function thematicModel(): ThematicModel {
  cached ??= modelJson as unknown as ThematicModel;
  return cached;
}

/**
 * Scores all 17 goals for `text` (index 0 = goal 1). The features are language-neutral keys
 * learned from the official wording in en/fr/es/de, so `lang` is accepted for symmetry with the
 * other detectors but not needed.
 */
export function scoreGoals(text: string, _lang?: Lang, model: ThematicModel = thematicModel()): GoalScore[] {
  return scoreText(text, model, 0);
}

/** Scores every goal; evidence is gathered only for goals scoring at least `evidenceFrom`. */
function scoreText(text: string, model: ThematicModel, evidenceFrom: number): GoalScore[] {
  const { logits, contributions } = scoreBag(model, featureBag(text), true);
  return logits.map((logit, i) => {
    const score = round3(calibrate(model, i, logit));
    return { goal: i + 1, score, terms: score >= evidenceFrom ? evidence(text, contributions[i]!) : [] };
  });
}

/** Calibrated scores only (index 0 = goal 1), without evidence: the fast path for classification. */
export function goalScores(text: string, _lang?: Lang): number[] {
  const model = thematicModel();
  return scoreBag(model, featureBag(text), false).logits.map((l, i) => round3(calibrate(model, i, l)));
}

/** The goals `text` is about (calibrated score ≥ THEMATIC_THRESHOLD), ascending. */
export function relevantGoals(text: string, lang?: Lang): number[] {
  return goalScores(text, lang).flatMap((s, i) => (s >= THEMATIC_THRESHOLD ? [i + 1] : []));
}

/**
 * Thematic findings per block: short blocks are merged with their successors until the unit has
 * enough words to judge, long ones are cut into sentence windows; one finding per (unit, goal)
 * whose score reaches the threshold, sorted by start then goal.
 */
export function findThematic(text: string, blocks: Span[], lang?: Lang): ThematicFinding[] {
  return findThematicInUnits(text, scoringUnits(text, blocks), lang);
}

/**
 * Findings for already-formed scoring units (see `scoringUnits`), so that a caller can process a
 * long page a batch of units at a time. When `best` (17 numbers) is given, each goal's highest
 * score over the units is written into it, findings or not.
 */
export function findThematicInUnits(text: string, units: Span[], _lang?: Lang, best?: number[], memo?: UnitMemo<GoalScore[]>): ThematicFinding[] {
  const out: ThematicFinding[] = [];
  for (const unit of units) {
    const unitText = text.slice(unit.start, unit.end);
    // A unit's scores depend on its own words only, so a unit seen before is not scored again.
    const scores = memo ? memo.get(unitText, () => scoreText(unitText, thematicModel(), THEMATIC_THRESHOLD)) : scoreText(unitText, thematicModel(), THEMATIC_THRESHOLD);
    for (const g of scores) {
      if (best) best[g.goal - 1] = Math.max(best[g.goal - 1] ?? 0, g.score);
      if (g.score < THEMATIC_THRESHOLD || !g.terms.length) continue;
      out.push({
        kind: 'thematic',
        start: unit.start,
        end: unit.end,
        goal: g.goal,
        score: g.score,
        terms: g.terms.map((t) => ({
          term: t.term,
          weight: t.weight,
          spans: t.spans.map((s) => ({ start: s.start + unit.start, end: s.end + unit.start })),
        })),
      });
    }
  }
  return out;
}

/** Document-level relevance per goal (index 0 = goal 1): the best score of any of its findings. */
export function documentScores(findings: ThematicFinding[]): number[] {
  const scores = new Array<number>(17).fill(0);
  for (const f of findings) scores[f.goal - 1] = Math.max(scores[f.goal - 1]!, f.score);
  return scores;
}

/** The spans the classifier judges: merged short blocks and windows of long ones. */
export function scoringUnits(text: string, blocks: Span[]): Span[] {
  const units: Span[] = [];
  let pending: Span | undefined;
  let pendingWords = 0;
  for (const b of blocks) {
    const words = countWords(text, b);
    if (words > MAX_UNIT_WORDS) {
      if (pending) units.push(pending);
      pending = undefined;
      pendingWords = 0;
      units.push(...windows(text, b));
      continue;
    }
    if (pending) {
      pending = { start: pending.start, end: b.end };
      pendingWords += words;
    } else {
      pending = { start: b.start, end: b.end };
      pendingWords = words;
    }
    if (pendingWords >= MIN_UNIT_WORDS) {
      units.push(pending);
      pending = undefined;
      pendingWords = 0;
    }
  }
  if (pending) units.push(pending);
  return units;
}

function countWords(text: string, s: Span): number {
  let n = 0;
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  re.lastIndex = s.start;
  for (let m = re.exec(text); m && m.index < s.end; m = re.exec(text)) n++;
  return n;
}

/** Sentence windows of about WINDOW_WORDS words covering a long block. */
function windows(text: string, block: Span): Span[] {
  const out: Span[] = [];
  const sentence = /[^.!?]+(?:[.!?]+|$)/g;
  sentence.lastIndex = block.start;
  let start = block.start;
  let words = 0;
  for (let m = sentence.exec(text); m && m.index < block.end; m = sentence.exec(text)) {
    if (m[0].length === 0) break;
    const end = Math.min(block.end, m.index + m[0].length);
    words += countWords(text, { start: m.index, end });
    if (words >= WINDOW_WORDS) {
      out.push({ start, end });
      start = end;
      words = 0;
    }
    if (end >= block.end) break;
  }
  if (start < block.end) {
    const last = { start, end: block.end };
    // A short tail joins the previous window rather than being judged alone.
    if (out.length && countWords(text, last) < MIN_UNIT_WORDS) out[out.length - 1]!.end = block.end;
    else out.push(last);
  }
  return out.map((s) => trimSpan(text, s));
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The strongest positive contributions, as the reader would see them: a word that also occurs
 * inside a listed two-word phrase is folded into that phrase ("drinking water" rather than
 * "drinking water" + "water").
 */
function evidence(text: string, contributions: Contribution[]): Evidence[] {
  const sorted = [...contributions].sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : 1));
  const picked: Array<{ c: Contribution; value: number }> = [];
  for (const c of sorted) {
    const inside = picked.find((p) => p.c.key.includes(' ') && p.c.key.split(' ').includes(c.key));
    if (inside) {
      inside.value += c.value;
      continue;
    }
    if (picked.length < MAX_TERMS) picked.push({ c, value: c.value });
  }
  return picked
    .sort((a, b) => b.value - a.value)
    .map(({ c, value }) => ({
      term: text.slice(c.occurrences[0]!.start, c.occurrences[0]!.end).replace(/\s+/g, ' '),
      weight: round3(value),
      spans: c.occurrences.slice(0, MAX_SPANS).map((o) => ({ start: o.start, end: o.end })),
    }));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
