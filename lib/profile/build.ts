/**
 * `profileFromReports`: an organisation's SDG profile from its saved reports (pure). Levels follow
 * the ladder documented in ./evidence.ts; a reader's adjustments are applied on top and keep
 * their reason, so the computed level and the shown level stay visible side by side.
 */
import type { Analysis } from '../schema/analysis';
import { ProfileSchema, type Profile, type ProfileGoal, type ProfileLevel } from '../schema/profile';
import { goalEvidence, maxLevel, type ExtractedIndicator, type Rejected } from './evidence';
import { CRITERION_IDS, LIMITS, PROFILE_FORMAT, PROFILE_VERSION, isHttpUrl } from './limits';

/** The parts of a saved report (lib/schema/saved-report.ts) a profile needs. */
export interface ProfileReportInput {
  url: string;
  title?: string;
  organisation?: string;
  analysis: Analysis;
  /** The analysed text; without it indicators cannot be read and levels stop at "evidenced". */
  text?: string;
  /** The reader's verdicts; findings marked "disagree" are left out. */
  annotations?: readonly { kind: 'explicit' | 'thematic' | 'flag'; index: number; verdict: 'agree' | 'disagree' | 'unsure' | null }[];
}

/** A reader's change of one goal's level, with the reason shown beside it. */
export interface LevelAdjustment {
  goal: number;
  level: ProfileLevel;
  reason: string;
}

/** Options of {@link profileFromReports}. */
export interface ProfileOptions {
  /** Defaults to the first report's organisation. */
  organisation?: { name: string; website?: string };
  period?: string;
  adjustments?: readonly LevelAdjustment[];
  /** Generation time (for deterministic output in tests and reproducible files). */
  now?: Date;
  generator?: { name: string; version: string };
}

/** The generator recorded in profiles made by this code. */
export const GENERATOR = { name: 'SDG Lens', version: '0.1.0' } as const;

function rejectedOf(r: ProfileReportInput): Rejected {
  const pick = (kind: string) => new Set((r.annotations ?? []).filter((a) => a.kind === kind && a.verdict === 'disagree').map((a) => a.index));
  return { explicit: pick('explicit'), thematic: pick('thematic'), flag: pick('flag') };
}

/** Apply a reader's adjustment to one goal; the computed level is kept, the reason is required. */
export function adjustGoal(goal: ProfileGoal, level: ProfileLevel, reason: string): ProfileGoal {
  const why = reason.trim().slice(0, LIMITS.reason);
  if (level !== goal.computed && why === '') throw new Error(`goal ${goal.goal}: an adjusted level needs a reason`);
  const { reason: _old, ...rest } = goal;
  return why === '' ? { ...rest, level } : { ...rest, level, reason: why };
}

/** Build a profile from the saved reports of one organisation. Throws when there is no report. */
export function profileFromReports(reports: readonly ProfileReportInput[], opts: ProfileOptions = {}): Profile {
  if (reports.length === 0) throw new Error('a profile needs at least one report');
  const now = opts.now ?? new Date();
  const maxYear = now.getUTCFullYear();
  const byGoal = new Map<number, ProfileGoal & { indicators: ExtractedIndicator[] }>();
  for (const r of reports) {
    for (const ev of goalEvidence(r.analysis, r.text, maxYear, rejectedOf(r))) {
      const g = byGoal.get(ev.goal) ?? {
        goal: ev.goal, level: 'claimed', computed: 'claimed', references: 0, findings: 0, targets: [], indicators: [], sources: [],
      };
      g.computed = g.level = maxLevel(g.computed, ev.level);
      g.references += ev.references;
      g.findings += ev.findings;
      for (const t of ev.targets) if (!g.targets.includes(t) && g.targets.length < LIMITS.targets) g.targets.push(t);
      for (const ind of ev.indicators) {
        if (g.indicators.length < LIMITS.indicators && !g.indicators.some((x) => x.label === ind.label)) g.indicators.push(ind);
      }
      if (isHttpUrl(r.url) && !g.sources.includes(r.url) && g.sources.length < LIMITS.goalSources) g.sources.push(r.url);
      byGoal.set(ev.goal, g);
    }
  }
  let goals: ProfileGoal[] = [...byGoal.values()].sort((a, b) => a.goal - b.goal);
  for (const adj of opts.adjustments ?? []) {
    goals = goals.map((g) => (g.goal === adj.goal ? adjustGoal(g, adj.level, adj.reason) : g));
  }
  // The report a reader would find most worrying sets the profile's risk: averaging would hide it.
  const worst = reports.reduce((a, b) => (b.analysis.risk.score > a.analysis.risk.score ? b : a));
  const counts = new Map<string, number>();
  for (const r of reports) for (const f of r.analysis.flags) counts.set(f.criterion, (counts.get(f.criterion) ?? 0) + 1);
  const sources: Profile['sources'] = [];
  for (const r of reports) {
    if (!isHttpUrl(r.url) || sources.some((s) => s.url === r.url) || sources.length >= LIMITS.sources) continue;
    const title = r.title?.trim().slice(0, LIMITS.title);
    sources.push(title ? { url: r.url, title } : { url: r.url });
  }
  const name = (opts.organisation?.name ?? reports.find((r) => r.organisation?.trim())?.organisation ?? '').trim().slice(0, LIMITS.name);
  const website = opts.organisation?.website;
  const profile = {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    organisation: website ? { name, website } : { name },
    ...(opts.period?.trim() ? { period: opts.period.trim().slice(0, LIMITS.period) } : {}),
    goals,
    risk: {
      score: worst.analysis.risk.score,
      level: worst.analysis.risk.level,
      summary: worst.analysis.risk.summary.slice(0, LIMITS.summary),
    },
    criteria: CRITERION_IDS.filter((c) => counts.has(c)).map((criterion) => ({ criterion, count: counts.get(criterion)! })),
    sources,
    generator: opts.generator ?? { ...GENERATOR },
    generated: now.toISOString(),
  };
  // Parse what we built: a bad organisation name or website fails here, not on someone's site.
  return ProfileSchema.parse(profile);
}
