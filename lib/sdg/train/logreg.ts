/**
 * Deterministic one-vs-rest logistic regression with elastic-net regularisation, trained by full-
 * batch FISTA (accelerated proximal gradient). No randomness anywhere: the vocabulary is sorted,
 * documents keep their input order, the step size comes from a power iteration started at a fixed
 * vector, and every run performs the same floating-point operations in the same order, so the
 * same documents always give the same weights.
 */
import { featureBag, featureValue, type ThematicModel } from '../../detect/thematic-score';
import type { Doc, DocGroup } from './sources';

/** Hyper-parameters of one training run. */
export interface TrainOptions {
  /** L1 penalty (sparsity: a compact lexicon). */
  l1: number;
  /** L2 penalty (stability, shares weight among synonyms). */
  l2: number;
  iterations: number;
  /** A feature must occur in this many training documents to enter the vocabulary. */
  minDf: number;
  minTokens: number;
  /** Share of the total training weight each document group gets (split evenly inside the group). */
  groupWeights: Partial<Record<DocGroup, number>>;
  /** Weights with a smaller magnitude are dropped from the model file. */
  prune: number;
}

/** The settings of the shipped model (also used by the evaluation's fold models). */
export const DEFAULT_OPTIONS: TrainOptions = {
  l1: 6e-5,
  l2: 1e-3,
  iterations: 250,
  minDf: 2,
  minTokens: 12,
  groupWeights: {
    official: 0.3,
    metadata: 0.15,
    'aurora-queries': 0.1,
    synthetic: 0.15,
    oro: 0.1,
    'aurora-survey': 0.1,
    zora: 0.1,
    background: 0.1,
  },
  prune: 6e-3,
};

const G = 17;
// The file stores idf and weights as integers (×100, ×1000): a third smaller than decimals, and
// the rounding is far below what changes a decision.
const IDF_SCALE = 100;
const WEIGHT_SCALE = 1000;

/** Train the lexicon weights and intercepts; thresholds are left at 0 for the caller to set. */
export function trainLinear(docs: Doc[], opts: TrainOptions = DEFAULT_OPTIONS): ThematicModel {
  const bags = docs.map((d) => featureBag(d.text));
  const df = new Map<string, number>();
  for (const b of bags) for (const k of b.occurrences.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df.keys()].filter((k) => df.get(k)! >= opts.minDf).sort();
  const index = new Map(vocab.map((k, i) => [k, i]));
  const n = docs.length;
  const idf = vocab.map((k) => Math.log((n + 1) / (df.get(k)! + 1)) + 1);

  // CSR matrix of feature values; columns sorted within a row for a fixed summation order.
  const rowPtr = new Int32Array(n + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  bags.forEach((b, i) => {
    const row: Array<[number, number]> = [];
    for (const [k, occ] of b.occurrences) {
      const j = index.get(k);
      if (j !== undefined) row.push([j, featureValue(occ.length, idf[j]!, b.tokens, opts.minTokens)]);
    }
    row.sort((a, c) => a[0] - c[0]);
    for (const [j, v] of row) { cols.push(j); vals.push(v); }
    rowPtr[i + 1] = cols.length;
  });
  const colIdx = Int32Array.from(cols);
  const val = Float64Array.from(vals);

  // Document weights: each group gets its share, split evenly among its documents; then per goal
  // positives and negatives get half the weight each (the judged metric is balanced accuracy).
  const groupCount = new Map<DocGroup, number>();
  for (const d of docs) groupCount.set(d.group, (groupCount.get(d.group) ?? 0) + 1);
  let totalShare = 0;
  for (const g of groupCount.keys()) totalShare += opts.groupWeights[g] ?? 0;
  const base = docs.map((d) => (opts.groupWeights[d.group] ?? 0) / totalShare / groupCount.get(d.group)!);
  const y = new Uint8Array(n * G);
  docs.forEach((d, i) => { for (const g of d.goals) y[i * G + g - 1] = 1; });
  const c = new Float64Array(n * G);
  for (let g = 0; g < G; g++) {
    let pos = 0;
    let neg = 0;
    for (let i = 0; i < n; i++) (y[i * G + g] ? (pos += base[i]!) : (neg += base[i]!));
    for (let i = 0; i < n; i++) c[i * G + g] = y[i * G + g] ? (pos ? (0.5 * base[i]!) / pos : 0) : (neg ? (0.5 * base[i]!) / neg : 0);
  }

  const V = vocab.length;
  const step = stepSizes(rowPtr, colIdx, val, c, n, V, opts.l2);
  const w = new Float64Array(V * G);
  const b = new Float64Array(G);
  const vw = new Float64Array(V * G);
  const vb = new Float64Array(G);
  const grad = new Float64Array(V * G);
  const gb = new Float64Array(G);
  const margin = new Float64Array(G);
  let t = 1;
  for (let it = 0; it < opts.iterations; it++) {
    grad.fill(0);
    gb.fill(0);
    for (let i = 0; i < n; i++) {
      for (let g = 0; g < G; g++) margin[g] = vb[g]!;
      for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) {
        const o = colIdx[p]! * G;
        const x = val[p]!;
        for (let g = 0; g < G; g++) margin[g]! += x * vw[o + g]!;
      }
      for (let g = 0; g < G; g++) {
        const r = c[i * G + g]! * (1 / (1 + Math.exp(-margin[g]!)) - y[i * G + g]!);
        margin[g] = r;
        gb[g]! += r;
      }
      for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) {
        const o = colIdx[p]! * G;
        const x = val[p]!;
        for (let g = 0; g < G; g++) grad[o + g]! += x * margin[g]!;
      }
    }
    const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const mom = (t - 1) / tNext;
    for (let j = 0; j < V; j++) {
      for (let g = 0; g < G; g++) {
        const k = j * G + g;
        const s = step[g]!;
        const u = vw[k]! - s * (grad[k]! + opts.l2 * vw[k]!);
        const th = s * opts.l1;
        const wNew = u > th ? u - th : u < -th ? u + th : 0;
        vw[k] = wNew + mom * (wNew - w[k]!);
        w[k] = wNew;
      }
    }
    for (let g = 0; g < G; g++) {
      const bNew = vb[g]! - step[g]! * gb[g]!;
      vb[g] = bNew + mom * (bNew - b[g]!);
      b[g] = bNew;
    }
    t = tNext;
  }

  const terms: Record<string, number[]> = {};
  for (let j = 0; j < V; j++) {
    const entry: number[] = [];
    for (let g = 0; g < G; g++) {
      const wt = w[j * G + g]!;
      if (Math.abs(wt) >= opts.prune) entry.push(g + 1, Math.round(wt * WEIGHT_SCALE));
    }
    if (entry.length) terms[vocab[j]!] = [Math.round(idf[j]! * IDF_SCALE), ...entry];
  }
  return {
    version: 1,
    method: '',
    minTokens: opts.minTokens,
    scale: 1,
    idfScale: IDF_SCALE,
    weightScale: WEIGHT_SCALE,
    goals: Array.from(b, (bias) => ({ bias: round(bias, 4), threshold: 0 })),
    terms,
  };
}

/** Rounding that is stable across platforms for the magnitudes used here. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * 1/L per goal, where L bounds the gradient's Lipschitz constant: ¼·λmax(XᵀCX) + l2, λmax by
 * power iteration from the all-ones vector (fixed start: deterministic).
 */
function stepSizes(
  rowPtr: Int32Array, colIdx: Int32Array, val: Float64Array, c: Float64Array, n: number, V: number, l2: number,
): Float64Array {
  const steps = new Float64Array(G);
  const v = new Float64Array(V * G).fill(1 / Math.sqrt(V));
  const out = new Float64Array(V * G);
  const xv = new Float64Array(G);
  const lambda = new Float64Array(G);
  for (let it = 0; it < 30; it++) {
    out.fill(0);
    for (let i = 0; i < n; i++) {
      xv.fill(0);
      for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) {
        const o = colIdx[p]! * G;
        for (let g = 0; g < G; g++) xv[g]! += val[p]! * v[o + g]!;
      }
      for (let g = 0; g < G; g++) xv[g]! *= c[i * G + g]!;
      for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) {
        const o = colIdx[p]! * G;
        for (let g = 0; g < G; g++) out[o + g]! += val[p]! * xv[g]!;
      }
    }
    for (let g = 0; g < G; g++) {
      let s = 0;
      for (let j = 0; j < V; j++) s += out[j * G + g]! ** 2;
      const norm = Math.sqrt(s) || 1;
      lambda[g] = norm;
      for (let j = 0; j < V; j++) v[j * G + g] = out[j * G + g]! / norm;
    }
  }
  // +1 covers the unpenalised intercept (its curvature is at most ¼ΣC = ¼); 1.1 is a safety margin
  // because the power iteration approaches λmax from below.
  for (let g = 0; g < G; g++) steps[g] = 1 / (0.25 * (lambda[g]! + 1) * 1.1 + l2);
  return steps;
}
