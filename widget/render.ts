/**
 * The widget's three views, built as DOM nodes from a validated profile. Every profile string
 * reaches the page as a text node; links are made only from http(s) URLs; colours come from our own
 * goal table, never from the profile.
 */
import type { Profile, ProfileGoal, ProfileIndicator } from '../lib/schema/profile';
import { goalHex, goalName, inkOn, type ProfileLang } from '../lib/profile/goal-meta';
import { fmt, STRINGS, type ProfileStrings } from '../lib/profile/i18n';
import { LEVELS, isHttpUrl, type Level } from '../lib/profile/limits';
import { h, type Child } from './dom';

/** The widget's layouts. */
export type Variant = 'badge' | 'card' | 'full';

interface Ctx {
  p: Profile;
  lang: ProfileLang;
  t: ProfileStrings;
}

const colourVars = (n: number) => `--c:${goalHex(n)};--k:${inkOn(goalHex(n))}`;

function pips(level: Level): HTMLElement {
  const rung = LEVELS.indexOf(level);
  return h('span', { class: 'ps', 'aria-hidden': 'true' }, ...LEVELS.map((_, i) => h('i', i <= rung ? { class: 'f' } : null)));
}

function link(url: string, text: string): Child {
  return isHttpUrl(url) ? h('a', { href: url, rel: 'noopener noreferrer nofollow', part: 'link' }, text) : text;
}

function header(c: Ctx): HTMLElement {
  return h(
    'div',
    { class: 'hd', part: 'header' },
    h('span', { class: 'lg', 'aria-hidden': 'true' }),
    h('div', null, h('p', { class: 'kk' }, c.t.profile), h('p', { class: 'org', part: 'title' }, c.p.organisation.name)),
    c.p.period ? h('p', { class: 'per' }, h('span', { class: 'sr' }, c.t.period + ' '), c.p.period) : null,
  );
}

/** A sentence per claimed goal, for screen readers and the badge's text alternative. */
function spoken(c: Ctx): string {
  const goals = c.p.goals.map((g) => `${fmt(c.t.goal, { n: g.goal })}, ${goalName(g.goal, c.lang)}: ${c.t.levels[g.level]}`);
  return [fmt(c.t.profileOf, { org: c.p.organisation.name }) + '.', fmt(c.t.goalsClaimed, { n: c.p.goals.length }) + '.', ...goals.map((s) => s + '.')].join(' ');
}

function strip(c: Ctx): HTMLElement {
  const byGoal = new Map(c.p.goals.map((g) => [g.goal, g]));
  const tiles = Array.from({ length: 17 }, (_, i) => {
    const g = byGoal.get(i + 1);
    return g
      ? h('span', { class: 't on', part: 'tile tile-on', style: colourVars(g.goal) }, String(g.goal), pips(g.level))
      : h('span', { class: 't', part: 'tile' }, String(i + 1));
  });
  // One text alternative for the whole strip instead of 17 unlabeled squares.
  return h('div', { class: 'st', part: 'strip', role: 'img', 'aria-label': spoken(c) }, ...tiles);
}

function totals(c: Ctx, compact: boolean): HTMLElement {
  const parts: Child[] = [h('b', null, fmt(c.t.goalsClaimed, { n: c.p.goals.length }))];
  if (!compact) for (const l of [...LEVELS].reverse()) {
    const n = c.p.goals.filter((g) => g.level === l).length;
    if (n) parts.push(` · ${n} ${c.t.levels[l]}`);
  }
  return h('p', { class: 'sm', part: 'summary' }, ...parts);
}

function level(c: Ctx, l: Level): HTMLElement {
  return h('span', { class: 'lv', part: 'level', 'data-level': l }, pips(l), c.t.levels[l]);
}

function num(c: Ctx, ind: ProfileIndicator): string {
  const v = new Intl.NumberFormat(c.lang, { maximumFractionDigits: 2 }).format(ind.value);
  if (ind.unit === '€' || ind.unit === '$') return ind.unit + v;
  return ind.unit === '%' ? `${v} %` : ind.unit ? `${v} ${ind.unit}` : v;
}

function indicatorLine(c: Ctx, ind: ProfileIndicator): Child[] {
  const extra = [ind.baseline ? fmt(c.t.baseline, { b: ind.baseline }) : '', ind.year ? String(ind.year) : ''].filter(Boolean).join(', ');
  return [h('b', null, num(c, ind)), ' — ', ind.label, extra ? h('span', { class: 'mu' }, ` (${extra})`) : null];
}

function goalRow(c: Ctx, g: ProfileGoal, full: boolean): HTMLElement {
  const head: Child[] = [
    h('span', { class: 'ch', style: colourVars(g.goal), 'aria-hidden': 'true' }, String(g.goal)),
    h('span', { class: 'gn' }, h('span', { class: 'sr' }, fmt(c.t.goal, { n: g.goal }) + ', '), goalName(g.goal, c.lang)),
    level(c, g.level),
  ];
  const first = g.indicators[0];
  // An adjusted level is never shown without the reader's reason beside it.
  const adjusted = g.level !== g.computed && g.reason
    ? h('p', { class: 'in adj', part: 'adjustment' }, fmt(c.t.adjusted, { c: c.t.levels[g.computed], reason: g.reason }))
    : null;
  const preview = first ? h('p', { class: 'in' }, ...indicatorLine(c, first)) : null;
  if (!full) return h('li', { class: 'g', part: 'goal' }, ...head, preview, adjusted);
  const details = h(
    'div',
    { class: 'dt' },
    h('p', { class: 'mu' }, fmt(c.t.counts, { r: g.references, f: g.findings })),
    g.targets.length ? h('p', null, h('span', { class: 'mu' }, c.t.targets + ': '), g.targets.join(', ')) : null,
    g.indicators.length
      ? h('div', null, h('p', { class: 'mu' }, c.t.indicators), h('ul', null, ...g.indicators.map((i) => h('li', null, ...indicatorLine(c, i)))))
      : null,
    g.sources.length
      ? h('div', null, h('p', { class: 'mu' }, c.t.sources), h('ul', null, ...g.sources.map((u) => h('li', null, link(u, u)))))
      : null,
  );
  return h('li', { class: 'g', part: 'goal' }, ...head, preview, adjusted, h('details', null, h('summary', { class: 'mo' }, c.t.more), details));
}

function risk(c: Ctx, full: boolean): HTMLElement {
  const r = c.p.risk;
  const names = c.p.criteria.map((x) => c.t.criterionNames[x.criterion] + (x.count > 1 ? ` ×${x.count}` : ''));
  return h(
    'div',
    { class: 'rk', part: 'risk' },
    h('p', { class: `rl ${r.level}` }, h('span', { class: 'dot', 'aria-hidden': 'true' }), `${c.t.risk}: ${c.t.riskLevels[r.level]} · ${Math.round(r.score)}/100`),
    full && r.summary ? h('p', null, r.summary) : null,
    names.length ? h('p', { class: 'mu' }, c.t.criteria + ':') : null,
    names.length ? h('ul', { class: 'cr' }, ...names.map((n) => h('li', null, n))) : null,
  );
}

function footer(c: Ctx): HTMLElement {
  const d = new Date(c.p.generated);
  const date = new Intl.DateTimeFormat(c.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  return h('p', { class: 'ft', part: 'footer' }, fmt(c.t.generated, { gen: `${c.p.generator.name} ${c.p.generator.version}`, date }));
}

/** Build the view of a profile for one variant and language. */
export function renderProfile(p: Profile, variant: Variant, lang: ProfileLang): HTMLElement {
  // Goals in official order, whatever order the file lists them in.
  p = { ...p, goals: [...p.goals].sort((a, b) => a.goal - b.goal) };
  const c: Ctx = { p, lang, t: STRINGS[lang] };
  const nodes: Child[] = [header(c), strip(c), totals(c, variant === 'badge')];
  if (variant === 'badge') {
    nodes.push(
      p.goals.length
        ? h('details', null, h('summary', { class: 'mo' }, c.t.more), h('ul', { class: 'gl' }, ...p.goals.map((g) => goalRow(c, g, false))))
        : null,
    );
  } else {
    nodes.push(p.goals.length ? h('ul', { class: 'gl', part: 'goals' }, ...p.goals.map((g) => goalRow(c, g, variant === 'full'))) : h('p', { class: 'sm' }, c.t.noGoals));
    if (variant === 'full') {
      nodes.push(h('ul', { class: 'leg', part: 'legend' }, ...LEVELS.map((l) => h('li', null, pips(l), h('b', null, c.t.levels[l]), h('span', null, c.t.levelHelp[l])))));
    }
    nodes.push(risk(c, variant === 'full'));
    if (variant === 'full' && p.sources.length) {
      nodes.push(h('div', { class: 'src', part: 'sources' }, h('p', { class: 'mu' }, c.t.sources), h('ul', null, ...p.sources.map((s) => h('li', null, link(s.url, s.title ?? s.url))))));
    }
    nodes.push(footer(c));
  }
  return h('div', { class: `r ${variant}`, part: 'root', lang }, ...nodes);
}

/** The small error state: what went wrong, in the reader's language. */
export function renderError(lang: ProfileLang, reason: 'notFound' | 'json' | 'invalid'): HTMLElement {
  const t = STRINGS[lang];
  const why = reason === 'notFound' ? t.errNotFound : reason === 'json' ? t.errJson : t.errInvalid;
  return h('div', { class: 'r e', part: 'root', lang }, h('p', { class: 'err', part: 'error' }, h('span', { 'aria-hidden': 'true' }, '⚠'), `${t.error}: ${why}.`));
}
