/**
 * Thematic classifier, evaluated across sets (never on text it was trained on):
 * 1. leave-one-set-out over the labelled research sets (oro, Aurora survey, ZORA): the model is
 *    trained on the reference wording + the other two sets; its thresholds come from inner folds
 *    over those two sets only (nested), so the held-out set influences nothing;
 * 2. the reference-wording-only model (no labelled abstracts at all) on each set, thresholds from
 *    the other two sets;
 * 3. the full model on data it never saw: report excerpts (no goal labels: how many goals fire on
 *    corporate prose) and climate-target sentences (ClimateBERT: share judged SDG 13);
 * 4. en/fr/es parity on the parallel paragraphs of test/eval/thematic-cases.ts.
 * Metrics: per-goal precision/recall/F1, and accuracy over balanced (text, goal) pairs: for every
 * text, its labelled goals plus as many other goals drawn with a fixed seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { calibrate, featureBag, scoreBag, type ThematicModel } from '../../lib/detect/thematic-score';
import { chooseThresholds, logitsOf, withEvidenceFloor, withoutHeldOut, type HeldOutScores } from '../../lib/sdg/train/build';
import { referenceDocs } from '../../lib/sdg/train/corpus';
import { trainLinear } from '../../lib/sdg/train/logreg';
import {
  climateTargetSentences, DEFAULT_SHARED_DIR, labelledDocs, reportExcerpts, type Doc,
} from '../../lib/sdg/train/sources';
import { PARALLEL_CASES } from './thematic-cases';

const SETS = ['oro', 'aurora-survey', 'zora'] as const;
type SetName = (typeof SETS)[number];

/** Pair-level outcome counts of one held-out evaluation. */
interface Outcome {
  name: string;
  perGoal: Array<{ tp: number; fp: number; fn: number; tn: number }>;
  pairsCorrect: number;
  pairs: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function judge(name: string, docs: Doc[], logits: number[][], thresholds: number[]): Outcome {
  const perGoal = Array.from({ length: 17 }, () => ({ tp: 0, fp: 0, fn: 0, tn: 0 }));
  let pairsCorrect = 0;
  let pairs = 0;
  const rand = mulberry32(20240917);
  docs.forEach((d, i) => {
    const yes = (g: number) => logits[i]![g - 1]! >= thresholds[g - 1]!;
    for (let g = 1; g <= 17; g++) {
      const c = perGoal[g - 1]!;
      if (d.goals.includes(g)) (yes(g) ? c.tp++ : c.fn++);
      else (yes(g) ? c.fp++ : c.tn++);
    }
    // Balanced pairs: each labelled goal, plus as many unlabelled goals drawn at random.
    const negatives = [...Array(17).keys()].map((k) => k + 1).filter((g) => !d.goals.includes(g));
    for (const g of d.goals) {
      pairs += 2;
      if (yes(g)) pairsCorrect++;
      const n = negatives.splice(Math.floor(rand() * negatives.length), 1)[0]!;
      if (!yes(n)) pairsCorrect++;
    }
  });
  return { name, perGoal, pairsCorrect, pairs };
}

function pct(x: number): string {
  return Number.isFinite(x) ? x.toFixed(2) : '  - ';
}

function printOutcomes(title: string, outcomes: Outcome[]): void {
  console.log(`\n${title}`);
  console.log('set              pairs   bal.acc  TPR   TNR   macro-F1');
  for (const o of outcomes) {
    const sum = o.perGoal.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
    const f1s = o.perGoal.filter((c) => c.tp + c.fn > 0).map((c) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
    console.log(
      `${o.name.padEnd(16)} ${String(o.pairs).padStart(5)}   ${pct(o.pairsCorrect / o.pairs)}    ` +
        `${pct(sum.tp / (sum.tp + sum.fn))}  ${pct(sum.tn / (sum.tn + sum.fp))}  ${pct(f1s.reduce((a, b) => a + b, 0) / f1s.length)}`,
    );
  }
}

function printPerGoal(title: string, outcomes: Outcome[]): void {
  console.log(`\n${title} (pooled over the held-out sets)`);
  console.log('goal  support  P     R     F1    bal.acc');
  for (let g = 0; g < 17; g++) {
    const c = outcomes.reduce((a, o) => {
      const x = o.perGoal[g]!;
      return { tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn, tn: a.tn + x.tn };
    }, { tp: 0, fp: 0, fn: 0, tn: 0 });
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    const f1 = (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    console.log(`${String(g + 1).padStart(4)}  ${String(c.tp + c.fn).padStart(7)}  ${pct(p)}  ${pct(r)}  ${pct(f1)}  ${pct((r + c.tn / (c.tn + c.fp)) / 2)}`);
  }
}

/** Runs the whole evaluation and prints its tables. */
export async function run(shared = DEFAULT_SHARED_DIR): Promise<void> {
  if (!fs.existsSync(path.join(shared, 'data/labelled'))) {
    console.log(`thematic: skipped, shared data not found at ${shared}`);
    return;
  }
  const t0 = Date.now();
  const reference = referenceDocs(shared);
  const sets: Record<SetName, Doc[]> = {
    oro: labelledDocs(shared, 'oro'),
    'aurora-survey': labelledDocs(shared, 'aurora-survey'),
    zora: labelledDocs(shared, 'zora'),
  };
  // Models are cached by the labelled sets they were trained on (reference wording always in).
  const cache = new Map<string, ThematicModel>();
  const modelWith = (included: SetName[], excluded: SetName[]): ThematicModel => {
    const key = [...included].sort().join('+') || 'reference-only';
    let m = cache.get(key);
    if (!m) {
      const heldOut = excluded.flatMap((s) => sets[s]);
      m = trainLinear(withoutHeldOut([...reference, ...included.flatMap((s) => sets[s])], heldOut));
      cache.set(key, m);
    }
    return m;
  };

  const nested: Outcome[] = [];
  const referenceOnly: Outcome[] = [];
  for (const x of SETS) {
    const others = SETS.filter((s) => s !== x);
    const model = modelWith(others, [x]);
    // Thresholds from inner folds: each other set scored by a model that saw neither it nor x.
    const inner: HeldOutScores[] = others.map((y) => ({
      docs: sets[y],
      logits: logitsOf(modelWith(others.filter((s) => s !== y), [x, y]), sets[y]),
    }));
    nested.push(judge(x, sets[x], logitsOf(model, sets[x]), withEvidenceFloor(model, chooseThresholds(inner))));

    const ref = modelWith([], SETS.slice());
    const refInner = others.map((y) => ({ docs: sets[y], logits: logitsOf(ref, sets[y]) }));
    referenceOnly.push(judge(x, sets[x], logitsOf(ref, sets[x]), withEvidenceFloor(ref, chooseThresholds(refInner))));
  }
  printOutcomes('Held-out set (trained on reference wording + the other two sets; nested thresholds)', nested);
  printPerGoal('Per goal, leave-one-set-out', nested);
  printOutcomes('Reference-wording-only model (official wording, metadata, Aurora queries, own paragraphs; no abstracts)', referenceOnly);
  printPerGoal('Per goal, reference-wording-only model', referenceOnly);

  // The shipped configuration: trained on everything, thresholds from the leave-one-set-out folds.
  const full = modelWith(SETS.slice(), []);
  const thresholds = withEvidenceFloor(full, chooseThresholds(SETS.map((x) => ({ docs: sets[x], logits: logitsOf(modelWith(SETS.filter((s) => s !== x), [x]), sets[x]) }))));
  const fullModel: ThematicModel = { ...full, goals: full.goals.map((g, i) => ({ bias: g.bias, threshold: thresholds[i]! })) };
  const goalsOf = (text: string): number[] => {
    const { logits } = scoreBag(fullModel, featureBag(text), false);
    return logits.map((l, i) => (calibrate(fullModel, i, l) >= 0.5 ? i + 1 : 0)).filter(Boolean);
  };

  const excerpts = reportExcerpts(shared);
  const counts = excerpts.map((e) => goalsOf(e.text).length);
  const hist = new Map<number, number>();
  for (const c of counts) hist.set(Math.min(c, 4), (hist.get(Math.min(c, 4)) ?? 0) + 1);
  console.log(`\nReport excerpts (${excerpts.length} corporate report paragraphs, no goal labels; full model): ` +
    `mean ${(counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2)} goals per paragraph; ` +
    `0 goals: ${hist.get(0) ?? 0}, 1: ${hist.get(1) ?? 0}, 2: ${hist.get(2) ?? 0}, 3: ${hist.get(3) ?? 0}, 4+: ${hist.get(4) ?? 0}`);

  const climate = climateTargetSentences(shared).filter((s) => s.target);
  const judged13 = climate.filter((s) => goalsOf(s.text).includes(13)).length;
  console.log(`Climate-target sentences (ClimateBERT net-zero/reduction, ${climate.length} with a target; one sentence each): ` +
    `${pct(judged13 / climate.length)} judged SDG 13`);

  let agree = 0;
  let total = 0;
  let hits = 0;
  for (const c of PARALLEL_CASES) {
    const en = goalsOf(c.en).join(',');
    for (const lang of ['fr', 'es'] as const) {
      total++;
      if (goalsOf(c[lang]).join(',') === en) agree++;
    }
    for (const lang of ['en', 'fr', 'es'] as const) if (goalsOf(c[lang]).includes(c.goal)) hits++;
  }
  console.log(`Parallel paragraphs (test/eval/thematic-cases.ts, ${PARALLEL_CASES.length} × en/fr/es): ` +
    `expected goal found ${hits}/${PARALLEL_CASES.length * 3}; fr/es goal set identical to en ${agree}/${total}`);
  console.log(`(${cache.size} models trained, ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
