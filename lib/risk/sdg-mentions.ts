/**
 * The small slice of SDG-reference grammar that S1, S2, S3 and S5 need when no explicit references
 * are passed in (`findExplicitReferences` in lib/detect/explicit.ts is the full grammar and is preferred; see
 * `assess`). It finds goal numbers and lists ("SDG 14", "ODD 8 et 12", "SDGs 1, 2 and 15"),
 * target codes ("target 6.1", "metas 11.2 y 11.6"), general mentions ("2030 Agenda", "the SDGs")
 * and goal names ("Life on Land", "Vida submarina").
 */
import type { ExplicitReference } from '../schema/analysis';
import { GOALS, isGoalNumber, isTargetCode } from '../sdg/index';
import type { CueLang } from './lexicon';

type Lang = ExplicitReference['lang'];

const PREFIX = String.raw`(?:SDGs?|ODDs?|ODSs?|(?:Sustainable Development |Global )?Goals?|Objectifs?(?: de développement durable)?|Objetivos?(?: de Desarrollo Sostenible)?)`;
const GOALNUM = String.raw`(?:1[0-7]|0?[1-9])(?![\d.,]\d)`;
const LIST_SEP = String.raw`(?:\s*,\s*|\s*(?:,\s*)?(?:and|&|et|y|e|to|à|a|-|–)\s+|\s*[-–]\s*)`;
const NUMBERED = new RegExp(
  String.raw`(?<![\p{L}\d])${PREFIX}\s*(?:n°\s*|no\.?\s*|#)?(${GOALNUM}(?:${LIST_SEP}${GOALNUM})*)(?![\p{L}\d])`,
  'giu',
);
const TARGET = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:SDG|ODD|ODS)\s+)?(?:targets?|metas?|cibles?)(?:\s+(?:de los |des |of the )?(?:SDG|ODD|ODS))?\s+(\d{1,2}\.[\da-c]{1,2}(?:${LIST_SEP}\d{1,2}\.[\da-c]{1,2})*)|(?<![\p{L}])(?:SDG|ODD|ODS)\s+(\d{1,2}\.[\da-c]{1,2})(?![\d.])`,
  'giu',
);
const TABLE_TARGET = /(?:^|\n|\|)\s*(\d{1,2}\.[\da-c]{1,2})\s*(?=\|)/g;
const GENERAL = new RegExp(
  String.raw`(?<![\p{L}])(?:the\s+)?(?:Sustainable Development Goals|Global Goals|(?:UN\s+|United Nations'?\s+)?2030 Agenda|Agenda 2030(?: for Sustainable Development)?|SDGs|Objectifs de développement durable|Objectifs du développement durable|Objetivos de Desarrollo Sostenible|Agenda 2030|ODD|ODS)(?![\p{L}])`,
  'gu',
);

/** Goal names and common variants, per language (official short titles come from lib/sdg). */
const NAME_VARIANTS: Record<number, string[]> = {
  1: ['No Poverty', 'Pas de pauvreté', 'Fin de la pobreza'],
  2: ['Zero Hunger', 'Faim zéro', 'Faim « zéro »', 'Faim "zéro"', 'Hambre cero'],
  3: ['Good Health and Well-being', 'Good Health and Wellbeing', 'Good Health', 'Bonne santé et bien-être', 'Salud y bienestar'],
  4: ['Quality Education', 'Éducation de qualité', 'Educación de calidad'],
  5: ['Gender Equality', 'Égalité entre les sexes', 'Igualdad de género'],
  6: ['Clean Water and Sanitation', 'Eau propre et assainissement', 'Agua limpia y saneamiento'],
  7: ['Affordable and Clean Energy', 'Énergie propre et d\'un coût abordable', 'Energies propres et d\'un coût abordable', 'Energía asequible y no contaminante'],
  8: ['Decent Work and Economic Growth', 'Travail décent et croissance économique', 'Trabajo decente y crecimiento económico'],
  9: ['Industry, Innovation and Infrastructure', 'Industrie, innovation et infrastructure', 'Industria, innovación e infraestructura'],
  10: ['Reduced Inequalities', 'Reduced Inequality', 'Inégalités réduites', 'Reducción de las desigualdades'],
  11: ['Sustainable Cities and Communities', 'Villes et communautés durables', 'Ciudades y comunidades sostenibles'],
  12: ['Responsible Consumption and Production', 'Consommation et production responsables', 'Producción y consumo responsables'],
  13: ['Climate Action', 'Mesures relatives à la lutte contre les changements climatiques', 'Lutte contre les changements climatiques', 'Acción por el clima'],
  14: ['Life Below Water', 'Vie aquatique', 'Vida submarina'],
  15: ['Life on Land', 'Vie terrestre', 'Vida de ecosistemas terrestres'],
  16: ['Peace, Justice and Strong Institutions', 'Paix, justice et institutions efficaces', 'Paz, justicia e instituciones sólidas'],
  17: ['Partnerships for the Goals', 'Partenariats pour la réalisation des objectifs', 'Alianzas para lograr los objetivos'],
};

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAMES: { goal: number; re: RegExp }[] = GOALS.map((g) => {
  const names = new Set([...NAME_VARIANTS[g.n]!, g.short.en, g.short.fr, g.short.es]);
  // Longest first so "Good Health and Well-being" wins over "Good Health".
  const alts = [...names].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  return { goal: g.n, re: new RegExp(`(?<![\\p{L}])(?:${alts})(?![\\p{L}])`, 'giu') };
});

function goalsIn(list: string): number[] {
  const out: number[] = [];
  const nums = list.match(/\d+/g) ?? [];
  const seps = list.split(/\d+/).slice(1, -1);
  nums.forEach((n, i) => {
    const v = Number(n);
    const prev = out[out.length - 1];
    // "SDGs 1 to 5" and "1-5" are ranges.
    if (i > 0 && prev !== undefined && /^\s*(?:to|à|a|-|–)\s*$/.test(seps[i - 1] ?? '')) {
      for (let k = prev + 1; k <= v; k++) if (isGoalNumber(k)) out.push(k);
    } else if (isGoalNumber(v)) out.push(v);
  });
  return [...new Set(out)];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Finds SDG references with the forms S1/S2/S3/S5 need. Used only when no explicit references
 * are passed to `assess`.
 */
export function findSdgMentions(text: string, lang: CueLang | Lang = 'en'): ExplicitReference[] {
  const out: ExplicitReference[] = [];
  const push = (r: Omit<ExplicitReference, 'kind' | 'lang'>): void => {
    if (out.some((o) => overlaps(o, r))) return;
    out.push({ kind: 'explicit', lang, ...r });
  };
  for (const m of text.matchAll(TARGET)) {
    const codes = (m[1] ?? m[2] ?? '').match(/\d{1,2}\.[\da-c]{1,2}/gi) ?? [];
    const valid = codes.filter((c) => isTargetCode(c));
    if (!valid.length) continue;
    const goals = [...new Set(valid.map((c) => Number(c.split('.')[0])))].filter(isGoalNumber);
    push({ start: m.index, end: m.index + m[0].length, goals, target: valid[0], form: 'target', text: m[0] });
  }
  for (const m of text.matchAll(TABLE_TARGET)) {
    const code = m[1]!;
    if (!isTargetCode(code)) continue;
    const start = m.index + m[0].indexOf(code);
    push({ start, end: start + code.length, goals: [Number(code.split('.')[0])].filter(isGoalNumber), target: code, form: 'target', text: code });
  }
  for (const m of text.matchAll(NUMBERED)) {
    const head = m[0].slice(0, m[0].length - m[1]!.length);
    // "Goal 3" alone is too ambiguous ("our goal 3 years ago"); SDG/ODD/ODS or a full name is needed.
    if (/^goals?\s*$/i.test(head.trim()) || /^objeti?f?s?\s*$/i.test(head.trim()) || /^objetivos?\s*$/i.test(head.trim())) continue;
    const goals = goalsIn(m[1]!);
    if (!goals.length) continue;
    push({ start: m.index, end: m.index + m[0].length, goals, form: goals.length > 1 ? 'list' : 'number', text: m[0] });
  }
  for (const { goal, re } of NAMES) {
    for (const m of text.matchAll(re)) {
      // Names count when written as a name (capitalised), not as ordinary words.
      if (!/^\p{Lu}/u.test(m[0])) continue;
      push({ start: m.index, end: m.index + m[0].length, goals: [goal], form: 'name', text: m[0] });
    }
  }
  for (const m of text.matchAll(GENERAL)) {
    push({ start: m.index, end: m.index + m[0].length, goals: [], form: 'general', text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Target codes (n.m) written anywhere in a span, by goal. */
export function targetGoalsIn(mentions: readonly ExplicitReference[], start: number, end: number): Set<number> {
  const s = new Set<number>();
  for (const m of mentions) {
    if (m.start >= start && m.end <= end && (m.target || m.indicator)) for (const g of m.goals) s.add(g);
  }
  return s;
}
