/**
 * A hand-written validator for the profile format, for the widget: zod would cost more than the
 * whole widget budget. It accepts exactly what `ProfileSchema` (lib/schema/profile.ts) accepts;
 * test/unit/profile.test.ts runs both on one table of valid and hostile profiles so they cannot
 * drift. Limits and leaf predicates come from the same module as the schema's.
 */
import type { Profile } from '../lib/schema/profile';
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
} from '../lib/profile/limits';

/** The result of validation: the profile, or the path of the first problem. */
export type Validation = { ok: true; profile: Profile } | { ok: false; error: string };

class Invalid extends Error {}

type Obj = Record<string, unknown>;

function fail(path: string): never {
  throw new Invalid(path);
}

function obj(v: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path);
  const o = v as Obj;
  for (const k of Object.keys(o)) if (!required.includes(k) && !optional.includes(k)) fail(`${path}.${k}`);
  for (const k of required) if (!(k in o)) fail(`${path}.${k}`);
  return o;
}

function str(v: unknown, path: string, max: number, min = 1): string {
  if (typeof v !== 'string' || v.length < min || v.length > max) fail(path);
  return v;
}

function optStr(o: Obj, k: string, path: string, max: number): void {
  if (o[k] !== undefined) str(o[k], `${path}.${k}`, max);
}

function num(v: unknown, path: string, min: number, max: number, int: boolean): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (int && !Number.isInteger(v))) fail(path);
  return v;
}

function arr(v: unknown, path: string, max: number, min = 0): unknown[] {
  if (!Array.isArray(v) || v.length > max || v.length < min) fail(path);
  return v;
}

function url(v: unknown, path: string): void {
  if (typeof v !== 'string' || !isHttpUrl(v)) fail(path);
}

function oneOf(v: unknown, path: string, allowed: readonly string[]): string {
  if (typeof v !== 'string' || !allowed.includes(v)) fail(path);
  return v;
}

function unique(values: unknown[], path: string): void {
  if (new Set(values).size !== values.length) fail(path);
}

function goal(v: unknown, path: string): void {
  const g = obj(v, path, ['goal', 'level', 'computed', 'references', 'findings', 'targets', 'indicators', 'sources'], ['reason']);
  const n = num(g.goal, `${path}.goal`, 1, 17, true);
  const level = oneOf(g.level, `${path}.level`, LEVELS);
  const computed = oneOf(g.computed, `${path}.computed`, LEVELS);
  optStr(g, 'reason', path, LIMITS.reason);
  num(g.references, `${path}.references`, 0, LIMITS.count, true);
  num(g.findings, `${path}.findings`, 0, LIMITS.count, true);
  arr(g.targets, `${path}.targets`, LIMITS.targets).forEach((t, i) => {
    if (typeof t !== 'string' || !isTargetCodeShape(t)) fail(`${path}.targets.${i}`);
  });
  arr(g.indicators, `${path}.indicators`, LIMITS.indicators).forEach((x, i) => {
    const p = `${path}.indicators.${i}`;
    const ind = obj(x, p, ['label', 'value', 'unit'], ['baseline', 'year']);
    str(ind.label, `${p}.label`, LIMITS.label);
    num(ind.value, `${p}.value`, -Infinity, Infinity, false);
    str(ind.unit, `${p}.unit`, LIMITS.unit, 0);
    optStr(ind, 'baseline', p, LIMITS.baseline);
    if (ind.year !== undefined) num(ind.year, `${p}.year`, YEAR_MIN, YEAR_MAX, true);
  });
  arr(g.sources, `${path}.sources`, LIMITS.goalSources).forEach((s, i) => url(s, `${path}.sources.${i}`));
  // Same order of checks as the schema's refinements: adjustment reason, then target ownership.
  if (level !== computed && (typeof g.reason !== 'string' || g.reason.trim() === '')) fail(`${path}.reason`);
  if (!(g.targets as string[]).every((t) => t.split('.')[0] === String(n))) fail(`${path}.targets`);
}

/** Validate JSON-decoded data as a profile (format version 1). */
export function validateProfile(data: unknown): Validation {
  try {
    const p = obj(data, 'profile', ['format', 'version', 'organisation', 'goals', 'risk', 'criteria', 'sources', 'generator', 'generated'], ['period']);
    if (p.format !== PROFILE_FORMAT) fail('format');
    if (p.version !== PROFILE_VERSION) fail('version');
    const org = obj(p.organisation, 'organisation', ['name'], ['website']);
    str(org.name, 'organisation.name', LIMITS.name);
    if (org.website !== undefined) url(org.website, 'organisation.website');
    optStr(p, 'period', 'profile', LIMITS.period);
    const goals = arr(p.goals, 'goals', LIMITS.goals);
    goals.forEach((g, i) => goal(g, `goals.${i}`));
    const risk = obj(p.risk, 'risk', ['score', 'level', 'summary']);
    num(risk.score, 'risk.score', 0, 100, false);
    oneOf(risk.level, 'risk.level', ['low', 'medium', 'high']);
    str(risk.summary, 'risk.summary', LIMITS.summary, 0);
    const criteria = arr(p.criteria, 'criteria', CRITERION_IDS.length);
    criteria.forEach((c, i) => {
      const o = obj(c, `criteria.${i}`, ['criterion', 'count']);
      oneOf(o.criterion, `criteria.${i}.criterion`, CRITERION_IDS);
      num(o.count, `criteria.${i}.count`, 1, LIMITS.count, true);
    });
    arr(p.sources, 'sources', LIMITS.sources).forEach((s, i) => {
      const o = obj(s, `sources.${i}`, ['url'], ['title']);
      url(o.url, `sources.${i}.url`);
      optStr(o, 'title', `sources.${i}`, LIMITS.title);
    });
    const gen = obj(p.generator, 'generator', ['name', 'version']);
    str(gen.name, 'generator.name', LIMITS.generatorName);
    str(gen.version, 'generator.version', LIMITS.generatorVersion);
    if (typeof p.generated !== 'string' || !isIsoDate(p.generated)) fail('generated');
    unique(goals.map((g) => (g as Obj).goal), 'goals');
    unique(criteria.map((c) => (c as Obj).criterion), 'criteria');
    return { ok: true, profile: data as Profile };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}
