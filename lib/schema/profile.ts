/**
 * The organisation SDG profile: what an organisation may publish about its SDG claims, and what the
 * `<sdg-profile>` widget and the static badge show. Built from saved reports by
 * `profileFromReports` (lib/profile), adjusted by a reader in the profile builder, parsed here at
 * every boundary (downloads, the CLI, tests). The widget ships a hand-written validator of the same
 * shape (widget/validate.ts); test/unit/profile.test.ts runs both on one table of cases.
 *
 * Format, version 1 (all objects are strict: unknown keys are refused):
 * - `format`: "sdg-lens-profile"; `version`: 1.
 * - `organisation`: `name`, optional `website` (http(s) URL).
 * - `period`: optional free label of the reporting period ("2024", "FY 2023/24").
 * - `goals`: one entry per claimed goal (unique, at most 17): `level` shown to readers and the
 *   `computed` level SDG Lens derived; when they differ a `reason` is required, so an adjustment is
 *   never silent. `references` (explicit mentions), `findings` (thematic passages), `targets`
 *   named, key `indicators` (label, value, unit, optional baseline and year) and `sources`
 *   (report URLs where the goal appears).
 * - `risk`: the washing-risk score (0–100), level and a plain summary; `criteria`: the criteria
 *   (WASHING.md ids) that fired, with counts.
 * - `sources`: the reports the profile was built from; `generator` and `generated` (ISO date).
 */
import { z } from 'zod';
import {
  CRITERION_IDS,
  LEVELS,
  LIMITS,
  PROFILE_FORMAT,
  PROFILE_VERSION,
  YEAR_MAX,
  YEAR_MIN,
  isHttpUrl,
  isIsoDate,
  isTargetCodeShape,
} from '../profile/limits';

const text = (max: number) => z.string().min(1).max(max);
const httpUrl = z.string().refine(isHttpUrl, 'must be an absolute http(s) URL');
const count = z.number().int().min(0).max(LIMITS.count);
const year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);

/** An evidence level: claimed < evidenced < measured < verified. */
export const ProfileLevelSchema = z.enum(LEVELS);
export type ProfileLevel = z.infer<typeof ProfileLevelSchema>;

/** A key indicator reported for a goal ("CO2 emissions, -32 %, baseline 2019, year 2024"). */
export const ProfileIndicatorSchema = z.strictObject({
  label: text(LIMITS.label),
  value: z.number().finite(),
  unit: z.string().max(LIMITS.unit),
  baseline: text(LIMITS.baseline).optional(),
  year: year.optional(),
});
export type ProfileIndicator = z.infer<typeof ProfileIndicatorSchema>;

/** One claimed goal with its level, the computed level and the evidence behind it. */
export const ProfileGoalSchema = z
  .strictObject({
    goal: z.number().int().min(1).max(17),
    level: ProfileLevelSchema,
    computed: ProfileLevelSchema,
    reason: text(LIMITS.reason).optional(),
    references: count,
    findings: count,
    targets: z.array(z.string().refine(isTargetCodeShape, 'must be a target code such as 8.7')).max(LIMITS.targets),
    indicators: z.array(ProfileIndicatorSchema).max(LIMITS.indicators),
    sources: z.array(httpUrl).max(LIMITS.goalSources),
  })
  .refine((g) => g.level === g.computed || (g.reason !== undefined && g.reason.trim() !== ''), {
    message: 'an adjusted level needs a reason',
    path: ['reason'],
  })
  .refine((g) => g.targets.every((t) => t.split('.')[0] === String(g.goal)), {
    message: 'targets must belong to the goal',
    path: ['targets'],
  });
export type ProfileGoal = z.infer<typeof ProfileGoalSchema>;

/** The whole profile (format version 1). */
export const ProfileSchema = z
  .strictObject({
    format: z.literal(PROFILE_FORMAT),
    version: z.literal(PROFILE_VERSION),
    organisation: z.strictObject({ name: text(LIMITS.name), website: httpUrl.optional() }),
    period: text(LIMITS.period).optional(),
    goals: z.array(ProfileGoalSchema).max(LIMITS.goals),
    risk: z.strictObject({
      score: z.number().min(0).max(100),
      level: z.enum(['low', 'medium', 'high']),
      summary: z.string().max(LIMITS.summary),
    }),
    criteria: z.array(z.strictObject({ criterion: z.enum(CRITERION_IDS), count: count.min(1) })).max(CRITERION_IDS.length),
    sources: z.array(z.strictObject({ url: httpUrl, title: text(LIMITS.title).optional() })).max(LIMITS.sources),
    generator: z.strictObject({ name: text(LIMITS.generatorName), version: text(LIMITS.generatorVersion) }),
    generated: z.string().refine(isIsoDate, 'must be an ISO 8601 date'),
  })
  .refine((p) => new Set(p.goals.map((g) => g.goal)).size === p.goals.length, {
    message: 'each goal may appear once',
    path: ['goals'],
  })
  .refine((p) => new Set(p.criteria.map((c) => c.criterion)).size === p.criteria.length, {
    message: 'each criterion may appear once',
    path: ['criteria'],
  });
export type Profile = z.infer<typeof ProfileSchema>;

/** Parse untrusted JSON-decoded data into a profile, or a one-line reason it is not one. */
export function parseProfile(data: unknown): { ok: true; profile: Profile } | { ok: false; error: string } {
  const r = ProfileSchema.safeParse(data);
  if (r.success) return { ok: true, profile: r.data };
  const issue = r.error.issues[0];
  const where = issue && issue.path.length ? issue.path.join('.') : 'profile';
  return { ok: false, error: `${where}: ${issue?.message ?? 'invalid'}` };
}
