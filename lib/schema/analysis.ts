/**
 * The core's output. Everything a user sees (highlights, cards, popup, side panel, saved reports,
 * CLI output) is derived from an `Analysis`. Offsets are UTF-16 code-unit offsets into the
 * analysed text.
 */
import { z } from 'zod';

export const LangSchema = z.enum(['en', 'fr', 'es', 'de']);
export const GoalNumberSchema = z.number().int().min(1).max(17);

/** The washing-risk criteria of shared/docs/WASHING.md. */
export const CRITERIA = [
  'G1', 'G2', 'G3', 'G4', 'G5', 'F1', 'V1', 'Q1', 'S1', 'S2', 'S3', 'S4', 'S5', 'I1', 'I2', 'I3', 'E1', 'E2',
] as const;
export const CriterionSchema = z.enum(CRITERIA);
export type Criterion = z.infer<typeof CriterionSchema>;

const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

/** An explicit reference: the text names a goal, target or indicator, or the SDGs in general. */
export const ExplicitReferenceSchema = z.object({
  kind: z.literal('explicit'),
  ...span,
  /** Goals referred to; empty for a general reference ("the 2030 Agenda", "the SDGs"). */
  goals: z.array(GoalNumberSchema),
  /** Target code such as "8.7" or "3.c", when one is named. */
  target: z.string().optional(),
  /** Indicator code such as "6.1.1", when one is named. */
  indicator: z.string().optional(),
  /** Which grammar rule matched: a goal number, list, range, target, indicator, goal name or general mention. */
  form: z.enum(['number', 'list', 'range', 'target', 'indicator', 'name', 'general']),
  /** The matched words, exactly as in the text. */
  text: z.string(),
  lang: LangSchema,
});
export type ExplicitReference = z.infer<typeof ExplicitReferenceSchema>;

/** A term that contributed to a thematic score. */
export const EvidenceTermSchema = z.object({
  term: z.string(),
  weight: z.number(),
  /** Where the term occurs in the text (first occurrences), for highlighting the evidence. */
  spans: z.array(z.object(span)).optional(),
});

/** Thematic relevance: a block of text is about a goal's subject without (necessarily) naming it. */
export const ThematicFindingSchema = z.object({
  kind: z.literal('thematic'),
  /** The block (paragraph or sentence window) the judgement is about. */
  ...span,
  goal: GoalNumberSchema,
  /** Calibrated relevance in [0, 1]. */
  score: z.number().min(0).max(1),
  /** The terms that contributed most, strongest first. */
  terms: z.array(EvidenceTermSchema),
});
export type ThematicFinding = z.infer<typeof ThematicFindingSchema>;

/** A washing-risk flag: "this claim lacks X nearby", never an accusation. */
export const FlagSchema = z.object({
  kind: z.literal('flag'),
  criterion: CriterionSchema,
  ...span,
  /** The exact text of the span. */
  quote: z.string(),
  /** The cue words that triggered the check. */
  cue: z.string(),
  /** The counter-evidence the check looked for and did not find. */
  missing: z.string(),
  /** One sentence for the reader. */
  explanation: z.string(),
  /** The criterion's sources (WASHING.md §4). */
  source: z.string(),
  scope: z.enum(['S', 'P', 'D']),
  /** Strong flags are shown at every sensitivity; weak ones only at "all flags". */
  strength: z.enum(['strong', 'weak']),
});
export type Flag = z.infer<typeof FlagSchema>;

export const RiskLevelSchema = z.enum(['low', 'medium', 'high']);
export const RiskSummarySchema = z.object({
  /** 0–100. */
  score: z.number().min(0).max(100),
  level: RiskLevelSchema,
  /** How the score was made, one row per criterion that fired. */
  breakdown: z.array(z.object({ criterion: CriterionSchema, count: z.number().int(), points: z.number() })),
  /** The score explained in plain words. */
  summary: z.string(),
});
export type RiskSummary = z.infer<typeof RiskSummarySchema>;

/** Per-goal roll-up: "named" (explicit) versus "discussed" (thematic). */
export const GoalSummarySchema = z.object({
  goal: GoalNumberSchema,
  explicit: z.number().int().nonnegative(),
  thematic: z.number().int().nonnegative(),
  /** Document-level relevance score in [0, 1]. */
  score: z.number().min(0).max(1),
});

export const ANALYSIS_VERSION = 1;
export const AnalysisSchema = z.object({
  version: z.literal(ANALYSIS_VERSION),
  lang: LangSchema,
  length: z.number().int().nonnegative(),
  explicit: z.array(ExplicitReferenceSchema),
  thematic: z.array(ThematicFindingSchema),
  flags: z.array(FlagSchema),
  risk: RiskSummarySchema,
  goals: z.array(GoalSummarySchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
export type Finding = ExplicitReference | ThematicFinding | Flag;
