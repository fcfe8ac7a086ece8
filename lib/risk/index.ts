/**
 * Washing-risk assessment (WASHING.md): text → flags + risk summary. Pure, deterministic,
 * synchronous. `assess` is the entry point used by `lib/analyze.ts` and `sdg-lens assess`.
 */
import type { ExplicitReference, Flag, RiskSummary, ThematicFinding } from '../schema/analysis';
import { CHECKS, documentChecks, maskSpans, sustainabilityContext, type Candidate, type CheckContext } from './checks';
import { CRITERION_INFO } from './criteria';
import type { CueLang } from './lexicon';
import { summarise } from './score';
import { findSdgMentions } from './sdg-mentions';
import { segment, type TextSpan } from './segment';

/** Re-exported for the UI, the CLI and tests: segmentation, the risk summary and criterion metadata. */
export { segment } from './segment';
export type { Segmentation, Sentence, Paragraph, TextSpan } from './segment';
export { summarise } from './score';
export { CRITERION_INFO } from './criteria';

/** Options for `assess`. */
export interface AssessOptions {
  /** Document language; detected from stop words when absent. */
  lang?: string;
  /** Explicit SDG references (from `findExplicitReferences`); a built-in finder is used when absent. */
  explicit?: readonly ExplicitReference[];
  /** Thematic findings; S5 treats a confident finding for a goal as content on its subject. */
  thematic?: readonly ThematicFinding[];
  /** Paragraph boundaries from the DOM layer; blank lines otherwise. */
  blocks?: readonly TextSpan[];
  /** 'document' enables S4, S5 and E1; 'passage' disables them; by default, 3+ paragraphs with a title or 400+ characters is a document. */
  kind?: 'document' | 'passage';
}

/** The result of `assess`. */
export interface Assessment {
  flags: Flag[];
  risk: RiskSummary;
}

const STOP: Record<CueLang, RegExp> = {
  en: /\b(?:the|and|of|to|our|we|is|are|with|for|in|by|this|that)\b/gi,
  fr: /\b(?:le|la|les|des|et|du|est|sont|nous|notre|nos|avec|pour|dans|une|aux)\b/gi,
  es: /\b(?:el|la|los|las|y|del|es|son|nuestr[oa]s?|con|para|en|una|por|al)\b/gi,
};

/** Best-guess language among en/fr/es from stop-word counts. */
export function guessLang(text: string): CueLang {
  const sample = text.slice(0, 20000);
  let best: CueLang = 'en';
  let bestN = -1;
  for (const l of ['en', 'fr', 'es'] as const) {
    const n = sample.match(STOP[l])?.length ?? 0;
    if (n > bestN) {
      best = l;
      bestN = n;
    }
  }
  return best;
}

function toCueLang(lang: string | undefined, text: string): CueLang {
  return lang === 'en' || lang === 'fr' || lang === 'es' ? lang : lang ? 'en' : guessLang(text);
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * WASHING.md §1 precedence: one span, one flag. E2/G3/G2 over G1; F1/S1/S2 over V1; S2 over S1;
 * and duplicates of one criterion on overlapping spans collapse to the first.
 */
function applyPrecedence(cands: Candidate[]): Candidate[] {
  // E2 inside a pledge is an aspiration ("to become the reference … by 2030"): F1 covers it.
  const over: Record<string, string[]> = { G1: ['E2', 'G3', 'G2'], V1: ['F1', 'S1', 'S2', 'E2'], S1: ['S2'], E2: ['F1'] };
  // `cands` is sorted by start; overlapping spans are near each other (spans stay within a
  // paragraph), so each candidate only looks at a window of neighbours: linear on big pages.
  const WINDOW = 4000;
  const beaten = (i: number): boolean => {
    const c = cands[i]!;
    const beaters = over[c.criterion];
    if (!beaters) return false;
    for (let j = i - 1; j >= 0 && cands[j]!.start > c.start - WINDOW; j--) if (beaters.includes(cands[j]!.criterion) && overlap(cands[j]!, c)) return true;
    for (let j = i + 1; j < cands.length && cands[j]!.start < c.end; j++) if (beaters.includes(cands[j]!.criterion) && overlap(cands[j]!, c)) return true;
    return false;
  };
  const kept: Candidate[] = [];
  const lastKept = new Map<string, Candidate>();
  cands.forEach((c, i) => {
    if (beaten(i)) return;
    // Duplicates of one criterion on overlapping spans collapse to the first.
    const prev = lastKept.get(c.criterion);
    if (prev && overlap(prev, c)) return;
    kept.push(c);
    if (!prev || c.end > prev.end) lastKept.set(c.criterion, c);
  });
  return kept;
}

/**
 * The explicit references to use: the caller's (`findExplicitReferences`, the full grammar) when given, plus the
 * built-in finder's goal names and target codes that they do not cover (S5 masks goal names,
 * S1 looks for target codes in tables).
 */
function mergeMentions(given: readonly ExplicitReference[] | undefined, own: ExplicitReference[]): ExplicitReference[] {
  if (!given) return own;
  // `given` is sorted and non-overlapping (so its ends ascend too): one sweep finds overlaps,
  // instead of a scan of every given reference per mention (quadratic on SDG-dense long texts).
  const extra: ExplicitReference[] = [];
  let i = 0;
  for (const o of [...own].sort((a, b) => a.start - b.start)) {
    if (o.form !== 'name' && o.form !== 'target') continue;
    while (i < given.length && given[i]!.end <= o.start) i++;
    if (i < given.length && overlap(given[i]!, o)) continue;
    extra.push(o);
  }
  return [...given, ...extra].sort((a, b) => a.start - b.start);
}

function toFlag(text: string, c: Candidate, lang: CueLang): Flag {
  const info = CRITERION_INFO[c.criterion];
  // The reader sees the flagged words themselves; S3/S5 name the icons or the goal instead.
  const shown = c.criterion === 'S3' || c.criterion === 'S5' ? c.cue : text.slice(c.start, c.end).replace(/\s+/g, ' ');
  const cue = shown.length > 90 ? `${shown.slice(0, shown.lastIndexOf(' ', 88) > 40 ? shown.lastIndexOf(' ', 88) : 88)}…` : shown;
  return {
    kind: 'flag',
    criterion: c.criterion,
    start: c.start,
    end: c.end,
    quote: text.slice(c.start, c.end),
    cue: c.cue,
    missing: info.missing[lang],
    explanation: info.message[lang].replace('{cue}', cue),
    source: info.source,
    scope: info.scope,
    strength: c.strength,
  };
}

/** Assesses a text against the WASHING.md criteria: flags in text order, and the risk summary. */
export function assess(original: string, options: AssessOptions = {}): Assessment {
  // Typographic apostrophes and non-breaking spaces are matched as plain ones; the replacement
  // keeps every UTF-16 offset, and quotes are cut from the original text.
  const text = original.replace(/[’ʼ]/g, "'").replace(/[\u00a0\u202f\u2009]/g, ' ');
  const lang = toCueLang(options.lang, text);
  const seg = segment(text, options.blocks);
  const mentions = mergeMentions(options.explicit, findSdgMentions(text, lang));
  const contentParas = seg.paragraphs.filter((p) => !p.heading || seg.paragraphs.length > 1);
  // A document has at least three paragraphs and either a title or some length (dev documents:
  // 500+ characters; passages: under 330); a few short untitled lines are a passage, not a report.
  const document = options.kind
    ? options.kind === 'document'
    : contentParas.length >= 3 && (text.length >= 400 || seg.paragraphs[0]?.heading === true);
  const ctx: CheckContext = {
    text, lang, seg, mentions, document, thematic: options.thematic, masks: maskSpans(text, mentions),
    sustainable: sustainabilityContext(text, lang, mentions),
  };
  let cands: Candidate[] = [];
  for (const check of CHECKS) cands.push(...check(ctx));
  cands = cands.filter((c) => c.end > c.start);
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  cands = applyPrecedence(cands);
  cands.push(...documentChecks(ctx, cands));
  const flags = cands.sort((a, b) => a.start - b.start || a.criterion.localeCompare(b.criterion)).map((c) => toFlag(original, c, lang));
  return { flags, risk: summarise(flags, lang) };
}
