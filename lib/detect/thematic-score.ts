/**
 * The thematic model's scoring core, shared by the runtime (lib/detect/thematic.ts, which loads the
 * generated JSON) and the training/evaluation code (which scores with in-memory models). A model
 * is a per-goal weighted lexicon of stemmed unigrams and bigrams: a linear one-vs-rest logistic
 * layer over length-normalised tf-idf features, plus per-goal decision thresholds.
 */
import { features, type FeatureOccurrence } from './thematic-text';

/** The generated model file's shape (lib/sdg/model/thematic-model.json). */
export interface ThematicModel {
  version: 1;
  /** How the file was made, for readers of the JSON. */
  method: string;
  /** Texts shorter than this many content tokens are scored as if they had this many. */
  minTokens: number;
  /** Slope of the calibration sigmoid around each goal's threshold. */
  scale: number;
  /** Stored idf values are integers: idf × idfScale. */
  idfScale: number;
  /** Stored weights are integers: weight × weightScale. */
  weightScale: number;
  /** Index g-1: intercept and decision threshold (on the raw logit) of goal g. */
  goals: Array<{ bias: number; threshold: number }>;
  /** Feature key → [idf, goal, weight, goal, weight, …] (scaled integers; only non-zero weights). */
  terms: Record<string, number[]>;
}

/** Occurrences of each feature key of a text, and its content length in unigram tokens. */
export interface FeatureBag {
  occurrences: Map<string, FeatureOccurrence[]>;
  tokens: number;
}

/** Feature occurrences grouped by key, in first-occurrence order. */
export function featureBag(text: string): FeatureBag {
  const occurrences = new Map<string, FeatureOccurrence[]>();
  let tokens = 0;
  for (const f of features(text)) {
    if (!f.key.includes(' ')) tokens++;
    const list = occurrences.get(f.key);
    if (list) list.push(f);
    else occurrences.set(f.key, [f]);
  }
  return { occurrences, tokens };
}

/**
 * Feature value: sublinear term frequency × idf, divided by √length. Normalising by the text's own
 * token count (not by the vector norm) keeps the value computable from the pruned model alone.
 */
export function featureValue(tf: number, idf: number, tokens: number, minTokens: number): number {
  return ((1 + Math.log(tf)) * idf) / Math.sqrt(Math.max(tokens, minTokens));
}

/** One feature's contribution to one goal's logit. */
export interface Contribution {
  key: string;
  value: number;
  occurrences: FeatureOccurrence[];
}

/** Raw logits per goal (index g-1) and, when asked, each goal's positive contributions. */
export function scoreBag(
  model: ThematicModel,
  bag: FeatureBag,
  withContributions: boolean,
): { logits: number[]; contributions: Contribution[][] } {
  const logits = model.goals.map((g) => g.bias);
  const contributions: Contribution[][] = withContributions ? model.goals.map(() => []) : [];
  for (const [key, occ] of bag.occurrences) {
    const entry = model.terms[key];
    if (!entry) continue;
    const x = featureValue(occ.length, entry[0]! / model.idfScale, bag.tokens, model.minTokens) / model.weightScale;
    for (let i = 1; i < entry.length; i += 2) {
      const g = entry[i]! - 1;
      const v = entry[i + 1]! * x;
      logits[g]! += v;
      if (withContributions && v > 0) contributions[g]!.push({ key, value: v, occurrences: occ });
    }
  }
  return { logits, contributions };
}

/** Calibrated relevance in [0, 1]: 0.5 at the goal's decision threshold. */
export function calibrate(model: ThematicModel, goalIndex: number, logit: number): number {
  const t = model.goals[goalIndex]!.threshold;
  return 1 / (1 + Math.exp(-model.scale * (logit - t)));
}
