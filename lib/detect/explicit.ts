/**
 * Explicit SDG references: the text names a goal ("SDG 13", "ODD 5", "Nachhaltigkeitsziel 12"),
 * a list or range of goals, a target or indicator ("target 8.7", "SDG 6.1.1"), a goal by its
 * name ("Life Below Water" near an SDG cue) or the SDGs in general ("the 2030 Agenda").
 *
 * How it works (linear time):
 * 1. One trigger regex with a handful of literal anchors (SDG, ODD, ODS, Goal, Objetivo/Objectif,
 *    Ziel, Agenda, target, indicator, …) scans the text. At each anchor a sticky regex parses the
 *    form that starts there (prefix words, "no."/"#"/"n°", a number, list, range or code).
 * 2. Anchors are *strong* (unambiguous: "SDG 13", "Sustainable Development Goals", "Agenda 2030")
 *    or *weak* ("Goal 13", "Objetivo 6", "Ziel 12", "target 14.1", goal names). Weak candidates
 *    are kept only when an accepted reference or an SDG cue lies within `window` characters (200
 *    for lower-case anchors such as "goal 13": they are more often ordinary words), and
 *    "Goal n" is dropped near sport vocabulary ("goal 3 of the match").
 * 3. Goal names and short titles (from GOALS, en/fr/es/de, plus common official variants) are
 *    searched only in windows around cues, and count only when written as a name: Title Case,
 *    upper case, quoted, or right after "SDG n:" / "Goal n –" (then they extend that reference).
 * 4. Overlaps are resolved (earliest, then longest wins); the result is sorted by start.
 *
 * `lang` of a reference: the language of the words that matched for language-specific forms
 * (ODD → fr, ODS/Objetivo → es, Nachhaltigkeitsziel → de, "Sustainable Development Goal" → en);
 * the document language for neutral forms ("SDG 12", "Agenda 2030", bare codes).
 */
import { GOALS, isIndicatorCode, isTargetCode, type Lang } from '../sdg/index';
import type { ExplicitReference } from '../schema/analysis';
import { detectLang } from './lang';

/** Options for `findExplicitReferences`. */
export interface ExplicitOptions {
  /** Document language; detected from the text when omitted. */
  lang?: Lang;
  /** How far (characters) a weak form may be from an SDG cue. Default 400. */
  window?: number;
  /**
   * Treat the text as an SDG document whatever it holds itself: set by callers that scan a long
   * document in chunks, once the whole document names the SDGs outright (see `stats`).
   */
  sdgDocument?: boolean;
  /** Filled in by the call: the start offsets of the strong (cue-free) references found. */
  stats?: { strong: number[] };
}

type Form = ExplicitReference['form'];

/** A candidate before the context checks. */
interface Candidate {
  start: number;
  end: number;
  goals: number[];
  form: Form;
  lang: Lang;
  target?: string;
  indicator?: string;
  /** Needs an SDG cue within the window. */
  weak: boolean;
  /** Weak "Goal n": also rejected near sport words. */
  sportCheck?: boolean;
}

const DEFAULT_WINDOW = 400;
/**
 * Lower-case weak forms ("goal 13", "target 14.1") are more often ordinary words than their
 * capitalised forms, so they need a cue this close (at most `window`). It also keeps the slow
 * lower-case pass to a narrow band around cues.
 */
const LOWER_WINDOW = 200;
/** Names must be closer to a cue than weak numbered forms. */
const NAME_WINDOW = 250;

// ---------------------------------------------------------------------------------------------
// Shared pieces of grammar
// ---------------------------------------------------------------------------------------------

/** A letter in the Latin scripts we support (for word boundaries that work with accents). */
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isWordChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** "no.", "#", "n°", "Nr.", "number" … between an anchor word and its number. */
const NUM_PREFIX = String.raw`(?:\s*(?:#|[Nn][°º]|[Nn]\.[°º]|[Nn]o\.?|NO\.?|[Nn]r\.?|[Nn]úm(?:ero)?\.?|[Nn]um(?:ber|éro)?\.?)\s*|\s*[-–]\s*|\s*)`;
/** A goal number 1–17 not continued by digits, a decimal/thousands part, a letter, % or °. */
const NUM = String.raw`(?:1[0-7]|0?[1-9])(?!\d|[.,]\d{3}|\.\d|\.[a-cA-C](?![A-Za-z])|[A-Za-zÀ-ÿ%°])`;
const RANGE_SEP = String.raw`\s*(?:[-–—]|to|through|bis|à|au|a|al|hasta)\s*`;
const ITEM = `${NUM}(?:${RANGE_SEP}${NUM})?`;
const LIST_SEP = String.raw`(?:\s*(?:,|;|/|&|\+)\s*(?:(?:and|und|et|y|e|or|ou|o|oder)\s+)?|\s+(?:and|und|et|y|e|or|ou|o|oder|as well as|sowie)\s+)`;
const LIST = `${ITEM}(?:${LIST_SEP}${ITEM})*`;
/** A target ("8.7", "3.c") or indicator ("6.1.1", "3.b.1") code. */
const CODE = String.raw`(?:1[0-7]|[1-9])\.(?:1[0-9]|[1-9]|[a-cA-C])(?:\.(?:1[0-9]|[1-9]))?(?![\dA-Za-z]|\.\d)`;

const sticky = (src: string, flags = '') => new RegExp(src, `y${flags}`);

/** A quantity right after a number or code: "12.5 percent", "1.5 degrees", "5 million". */
const RE_UNIT_AFTER = /\s*(?:%|°|percent\b|per\s*cent\b|degrees?\b|million\b|billion\b|thousand\b|bn\b|mn\b|times\b|x\b)/iy;
const unitFollows = (text: string, end: number): boolean => {
  RE_UNIT_AFTER.lastIndex = end;
  return RE_UNIT_AFTER.test(text);
};

const RE_NUM_LIST = sticky(`${NUM_PREFIX}(${LIST})`);
const RE_CODE = sticky(`${NUM_PREFIX}(${CODE})`);
const RE_CODE_LIST = sticky(`(${CODE})((?:${LIST_SEP}${CODE})*)`);
const RE_CODE_ONE = /(?:1[0-7]|[1-9])\.(?:1[0-9]|[1-9]|[a-cA-C])(?:\.(?:1[0-9]|[1-9]))?/g;
/** "(SDGs)", "( SDG )", "(ODD)", "(ODS)" right after a general mention or before a number. */
const RE_ACRONYM_PARENS = sticky(String.raw`\s*\(\s*(?:UN\s+)?(?:SDGs?|ODDs?|ODS|ODSs)\s*\)`);
const RE_TARGET_WORD = sticky(
  String.raw`\s+(?:(target|Target|TARGET|meta|Meta|cible|Cible|Unterziel|Zielvorgabe)|(indicator|Indicator|INDICATOR|indicateur|Indicateur|indicador|Indicador|Indikator))s?\s+`,
);

const SPORT = /\b(?:match|matches|scor(?:e|ed|es|ing|er)|minutes?|half[- ]?time|penalt(?:y|ies)|league|game|season|striker|kick(?:ed)?|football|soccer|hockey|keeper|goalkeeper|assists?|header|equali[sz]er|stadium|fans|tournament|cup|netted|Tor|Spiel|partido|but marqué)\b/i;

/**
 * Anchors, in passes chosen for speed. V8 scans an alternation of literals fast only when their
 * first characters are rare, so pass 1 over the whole text uses capitalised and upper-case
 * anchors only. Lower-case anchors ("goal 13", "target 14.1", "sdg 5", "global goals") are
 * searched in pass 2, only within LOWER_WINDOW (200) characters of a pass-1 cue: the weak
 * forms they start need such a cue anyway. The strong lower-case forms that need no cue get single-literal passes
 * of their own: "sustainable development goal(s)", indicator codes ("indicator 12.5.1", found
 * from the code back to the word) and, in German text, "Nachhaltigkeitsziel".
 */
const TRIGGER_UPPER = /SDG|OD[DS]|Goal|GOAL|Agenda|AGENDA|Obje|OBJE|Ziel|ZIEL|Target|TARGET|Indi|INDI|Cible|Meta/g;
const TRIGGER_LOWER = /sdg|goal|target|indi[ck]a|agenda|obje[ct]|ziel|cible|meta/g;
/** Lower-case target/indicator words followed by a number, scanned everywhere in an SDG document. */
const RE_CODE_WORD_LOWER = /\b(?:target|indicator|cible|indicateur|meta|indicador)(?=s?\s+\d)/g;
/** "…development goal" or an indicator-shaped code: one pass costs less than two. */
const RE_LOWER_STRONG = /evelopment goal|\d\.[\da-c]{1,2}\.\d/g;
const RE_INDICATOR_WORD_BEFORE = /(?:^|[^A-Za-zÀ-ÿ])((?:indicator|indicateur|indicador|indikator)(?:s|es|en)?\s+)$/i;
const RE_NACHHALTIGKEITSZIEL = /achhaltigkeitsziel/g;

// ---------------------------------------------------------------------------------------------
// Number lists
// ---------------------------------------------------------------------------------------------

const RE_RANGE_WORD = /^\s*(?:[-–—]|to|through|bis|à|au|a|al|hasta)\s*$/;

/**
 * Goals in a list the grammar already matched ("3, 4 and 5", "1–17", "6/7"): the numbers in
 * order, and whether the text between two numbers is a range separator. Form list/range/number.
 */
function parseList(list: string): { goals: number[]; form: Form } | null {
  const nums: number[] = [];
  const gaps: string[] = [];
  let last = 0;
  for (let i = 0; i < list.length; ) {
    const c = list.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < list.length && list.charCodeAt(j) >= 48 && list.charCodeAt(j) <= 57) j++;
      if (nums.length) gaps.push(list.slice(last, i));
      nums.push(Number(list.slice(i, j)));
      last = j;
      i = j;
    } else {
      i++;
    }
  }
  if (nums.length === 0) return null;
  const goals = new Set<number>();
  let items = 0;
  let ranges = 0;
  for (let k = 0; k < nums.length; k++) {
    const a = nums[k]!;
    const b = nums[k + 1];
    if (b !== undefined && RE_RANGE_WORD.test(gaps[k]!)) {
      for (let g = Math.min(a, b); g <= Math.max(a, b); g++) goals.add(g);
      ranges++;
      k++;
    } else {
      goals.add(a);
    }
    items++;
  }
  const form: Form = items > 1 ? 'list' : ranges === 1 ? 'range' : 'number';
  return { goals: [...goals].sort((x, y) => x - y), form };
}

/** Parses a code: indicator or target (validated), else null. */
function codeRef(code: string): { goal: number; target?: string; indicator?: string } | null {
  const norm = code.toLowerCase();
  const goal = Number(norm.slice(0, norm.indexOf('.')));
  if (norm.split('.').length === 3) return isIndicatorCode(norm) ? { goal, indicator: norm } : null;
  return isTargetCode(norm) ? { goal, target: norm } : null;
}

// ---------------------------------------------------------------------------------------------
// Goal names
// ---------------------------------------------------------------------------------------------

/** Official variants not in the data's short titles, seen in reports and on UN pages. */
const NAME_VARIANTS: [number, Lang, string][] = [
  [3, 'en', 'Good health and wellbeing'],
  [3, 'en', 'Good health'],
  [6, 'en', 'Clean water'],
  [7, 'en', 'Clean energy'],
  [8, 'en', 'Decent work'],
  [10, 'en', 'Reduced inequality'],
  [12, 'en', 'Responsible consumption'],
  [16, 'en', 'Peace and justice'],
  [17, 'en', 'Partnership for the goals'],
  [2, 'fr', 'Faim zéro'],
  [7, 'fr', "Énergie propre et d'un coût abordable"],
  [7, 'fr', "Énergies propres et d'un coût abordable"],
  [8, 'fr', 'Travail décent et croissance économique'],
  [10, 'fr', 'Réduction des inégalités'],
  [13, 'fr', 'Lutte contre les changements climatiques'],
  [13, 'fr', 'Lutte contre le changement climatique'],
  [13, 'fr', 'Mesures relatives à la lutte contre le changement climatique'],
  [16, 'es', 'Paz, justicia e instituciones sólidas'],
  [5, 'de', 'Geschlechtergleichheit'],
  [6, 'de', 'Sauberes Wasser und Sanitäreinrichtungen'],
  [12, 'de', 'Nachhaltiger Konsum und Produktion'],
  [12, 'de', 'Nachhaltige/r Konsum und Produktion'],
  [13, 'de', 'Klimaschutz und Anpassung'],
];

const FUNCTION_WORDS = new Set([
  'and', 'for', 'the', 'on', 'of', 'below', 'in', 'to', 'all', 'its', 'at', 'et', 'de', 'des', 'la', 'le', 'les', 'du',
  'à', 'et', "d'un", 'pour', 'entre', 'y', 'e', 'el', 'las', 'los', 'por', 'para', 'und', 'zum', 'zur', 'der', 'an',
  'unter', 'contre', 'relatives',
]);

interface NameEntry {
  goal: number;
  lang: Lang;
}

function namePattern(name: string): string {
  const tokens = name
    .toLowerCase()
    .replace(/["«»“”]/g, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  return tokens
    .map((t) => {
      if (t === 'and') return '(?:and|&)';
      if (t === 'und') return '(?:und|&)';
      if (t === 'et') return '(?:et|&)';
      if (t === 'y' || t === 'e') return '(?:y|e|&)';
      return t
        .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
        .replace(/'/g, "['’]\\s?")
        .replace(/-/g, '[-‐\\s]?')
        .replace(/(?<=well)(?=being)/, '[-‐\\s]?');
    })
    .join(String.raw`[\s,«»"“”]+`);
}

/** A goal name compiled for matching at a known word start. */
interface NameMatcher {
  re: RegExp;
  entry: NameEntry;
}

/**
 * Names indexed by their first word (lower case). One big alternation of ~150 names runs at
 * ~2 MB/s in V8; looking up the word at a candidate start and trying a few sticky regexes is
 * two orders of magnitude faster.
 */
const NAME_INDEX = new Map<number, NameMatcher[]>();

/** Lower-case code of a Latin letter (ASCII and Latin-1 capitals), else the code itself. */
const lowerCode = (c: number): number => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);

/** End of the word last hashed by `wordHashAt` (a variable, not a tuple, to avoid allocating). */
let hashedWordEnd = 0;

/**
 * A hash of the lower-cased word at `pos` (its end goes to `hashedWordEnd`), computed without
 * allocating: this runs for every capitalised word near a cue. Collisions are harmless: the
 * sticky regexes verify.
 */
function wordHashAt(text: string, pos: number): number {
  let h = 0;
  let i = pos;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) break;
    h = (Math.imul(h, 31) + lowerCode(c)) | 0;
  }
  hashedWordEnd = i;
  return h;
}
{
  const seen = new Set<string>();
  const add = (goal: number, lang: Lang, name: string) => {
    const pattern = namePattern(name);
    const word = /^[a-zà-ÿ]+/.exec(name.toLowerCase().replace(/^["«“\s]+/, ''))?.[0];
    if (!word || seen.has(pattern)) return;
    const key = wordHashAt(word, 0);
    seen.add(pattern);
    const list = NAME_INDEX.get(key) ?? [];
    list.push({ re: new RegExp(`${pattern}(?![A-Za-zÀ-ÿ])`, 'iy'), entry: { goal, lang } });
    // Longest first so "Good health and well-being" wins over "Good health".
    list.sort((a, b) => b.re.source.length - a.re.source.length);
    NAME_INDEX.set(key, list);
  };
  for (const g of GOALS) {
    for (const lang of ['en', 'fr', 'es', 'de'] as const) {
      add(g.n, lang, g.short[lang]);
      add(g.n, lang, g.title[lang]);
    }
  }
  for (const [goal, lang, name] of NAME_VARIANTS) add(goal, lang, name);
}

/** The goal name starting exactly at `pos` (any case), if any. */
function matchNameAt(text: string, pos: number): { end: number; entry: NameEntry } | null {
  const hash = wordHashAt(text, pos);
  if (hashedWordEnd === pos) return null;
  const list = NAME_INDEX.get(hash);
  if (!list) return null;
  for (const m of list) {
    m.re.lastIndex = pos;
    if (m.re.test(text)) return { end: m.re.lastIndex, entry: m.entry };
  }
  return null;
}

/** Title Case (or upper case): every content word starts with a capital. */
function isNameCased(s: string, lang: Lang): boolean {
  if (s === s.toUpperCase()) return true;
  const words = s.split(/[\s,/&]+/).filter(Boolean);
  const first = words[0] ?? '';
  if (first[0] !== first[0]?.toUpperCase()) return false;
  // German capitalises nouns anyway; an initial capital is all we can ask for.
  if (lang === 'de') return true;
  // Official short titles in fr/es are sentence case ("Vie aquatique"): accept an initial capital
  // there too; English must be Title Case ("Climate Action", not "Climate action").
  if (lang !== 'en') return true;
  return words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || w[0] === w[0]!.toUpperCase());
}

// ---------------------------------------------------------------------------------------------
// The scanner
// ---------------------------------------------------------------------------------------------

interface Ctx {
  text: string;
  lang: Lang;
  out: Candidate[];
  /** Positions of SDG cues that are not references themselves (bare "SDG", "SDG-aligned"). */
  cues: number[];
}

/**
 * Matches `re` (anchored with `$`) against the `chars` characters before `at`. Only called after
 * a cheap check of the preceding character, so most anchors allocate nothing.
 */
const lookBack = (text: string, at: number, re: RegExp, chars = 48): RegExpExecArray | null =>
  re.exec(text.slice(Math.max(0, at - chars), at));
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

function pushNumbered(
  ctx: Ctx,
  start: number,
  afterAnchor: number,
  lang: Lang,
  weak: boolean,
  sportCheck = false,
): number | null {
  const { text } = ctx;
  RE_CODE.lastIndex = afterAnchor;
  const code = RE_CODE.exec(text);
  if (code) {
    const ref = codeRef(code[1]!);
    const end = RE_CODE.lastIndex;
    if (!ref || unitFollows(text, end)) return null;
    ctx.out.push({
      start, end, goals: [ref.goal], form: ref.indicator ? 'indicator' : 'target', lang, weak, sportCheck,
      ...(ref.target ? { target: ref.target } : {}), ...(ref.indicator ? { indicator: ref.indicator } : {}),
    });
    return end;
  }
  RE_NUM_LIST.lastIndex = afterAnchor;
  const list = RE_NUM_LIST.exec(text);
  if (!list) return null;
  const parsed = parseList(list[1]!);
  if (!parsed) return null;
  const end = RE_NUM_LIST.lastIndex;
  if (unitFollows(text, end)) return null;
  ctx.out.push({ start, end, goals: parsed.goals, form: parsed.form, lang, weak, sportCheck });
  return end;
}

/** "target 8.7", "indicator 12.5.1", "targets 8.7 and 8.8" starting at `wordEnd` (after the word). */
function pushCodes(ctx: Ctx, start: number, afterWord: number, lang: Lang, weak: boolean, kind: 'target' | 'indicator'): number | null {
  const { text } = ctx;
  RE_CODE_LIST.lastIndex = afterWord;
  const m = RE_CODE_LIST.exec(text);
  if (!m) return null;
  const first = codeRef(m[1]!);
  if (!first || unitFollows(text, afterWord + m[1]!.length)) return null;
  // "indicator 8.7" names a target code: keep what the code is, the word only picks the context.
  void kind;
  const firstEnd = afterWord + m[1]!.length;
  const strongCode = Boolean(first.indicator) || /[a-c]$/i.test(m[1]!);
  ctx.out.push({
    start, end: firstEnd, goals: [first.goal], form: first.indicator ? 'indicator' : 'target', lang,
    weak: weak && !strongCode,
    ...(first.target ? { target: first.target } : {}), ...(first.indicator ? { indicator: first.indicator } : {}),
  });
  let end = firstEnd;
  if (m[2]) {
    RE_CODE_ONE.lastIndex = 0;
    for (const c of m[2].matchAll(RE_CODE_ONE)) {
      const ref = codeRef(c[0]);
      if (!ref) break;
      const s = firstEnd + c.index!;
      end = s + c[0].length;
      ctx.out.push({
        start: s, end, goals: [ref.goal], form: ref.indicator ? 'indicator' : 'target', lang,
        weak: weak && !ref.indicator,
        ...(ref.target ? { target: ref.target } : {}), ...(ref.indicator ? { indicator: ref.indicator } : {}),
      });
    }
  }
  return end;
}

/** Extends a general mention over a following "(SDGs)". */
function extendAcronym(text: string, end: number): number {
  RE_ACRONYM_PARENS.lastIndex = end;
  return RE_ACRONYM_PARENS.test(text) ? RE_ACRONYM_PARENS.lastIndex : end;
}

const RE_SDG_WORD = sticky(String.raw`(?:SDG|sdg|Sdg)([sS])?(?![A-Za-zÀ-ÿ])`);
const RE_SDG_AMPERSAND = sticky(String.raw`\s*&\s*E\b|&amp;E\b`);
const RE_CURRENCY_AFTER = sticky(String.raw`\s*(?:million|billion|thousand|bn|mn|m|k|[.,]\d)\b`, 'i');
const RE_CURRENCY_BEFORE = /(?:USD\s*\/\s*|[$€£]\s*)$/;
const RE_CURRENCY_NEAR = /\bSudan(?:ese)?\b|\bexchange rates?\b|\bUSD\s*\/\s*SDG\b|\bSDG\s*\/\s*USD\b/i;

function scanSdg(ctx: Ctx, at: number): number {
  const { text } = ctx;
  RE_SDG_WORD.lastIndex = at;
  const w = RE_SDG_WORD.exec(text);
  if (!w) return at + 3;
  const wordEnd = RE_SDG_WORD.lastIndex;
  RE_SDG_AMPERSAND.lastIndex = wordEnd;
  if (RE_SDG_AMPERSAND.test(text)) return wordEnd; // SDG&E, the utility
  // "SDG target 8.7", "SDG indicator 6.1.1"
  RE_TARGET_WORD.lastIndex = wordEnd;
  const tw = RE_TARGET_WORD.exec(text);
  if (tw) {
    const end = pushCodes(ctx, at, RE_TARGET_WORD.lastIndex, ctx.lang, false, tw[1] ? 'target' : 'indicator');
    if (end !== null) return end;
  }
  const before = text.slice(Math.max(0, at - 24), at);
  const near = text.slice(Math.max(0, at - 80), Math.min(text.length, wordEnd + 80));
  const end = pushNumbered(ctx, at, wordEnd, ctx.lang, false);
  if (end !== null) {
    RE_CURRENCY_AFTER.lastIndex = end;
    if (RE_CURRENCY_AFTER.test(text) || RE_CURRENCY_BEFORE.test(before) || RE_CURRENCY_NEAR.test(near)) {
      ctx.out.pop(); // an amount in Sudanese pounds, not a goal
      return end;
    }
    return end;
  }
  if (RE_CURRENCY_NEAR.test(near)) return wordEnd;
  if (w[1] && !isWordChar(text.charCodeAt(wordEnd))) {
    // "the SDGs", "SDGs", "UN SDGs": the goals in general.
    ctx.out.push({ start: at, end: wordEnd, goals: [], form: 'general', lang: ctx.lang, weak: false });
  } else {
    ctx.cues.push(at); // "SDG-aligned", "SDG areas": a cue for weak forms, not a reference
  }
  return wordEnd;
}

const RE_ODD_WORD = sticky(String.raw`(ODD|ODS)(?:s)?(?![A-Za-zÀ-ÿ])`);
const RE_FR_CUE = /d[ée]veloppement durable|objectifs?\b|\bles\b|\bdes\b|\bpour\b/i;
const RE_ES_CUE = /desarrollo sostenible|objetivos?\b|\blos\b|\blas\b|\bpara\b|\bdel\b/i;
const RE_ODD_DETERMINER_FR = /(?:\b(?:les|des|aux|ces|nos|vos|leurs|17|dix-sept)|\bl['’])\s*$/i;
const RE_ODD_DETERMINER_ES = /\b(?:los|las|17|diecisiete|sus|nuestros|estos|con|de)\s*$/i;

function scanOdd(ctx: Ctx, at: number): number {
  const { text } = ctx;
  RE_ODD_WORD.lastIndex = at;
  const w = RE_ODD_WORD.exec(text);
  if (!w) return at + 3;
  const wordEnd = RE_ODD_WORD.lastIndex;
  const lang: Lang = w[1] === 'ODD' ? 'fr' : 'es';
  const cueRe = lang === 'fr' ? RE_FR_CUE : RE_ES_CUE;
  const near = text.slice(Math.max(0, at - 200), Math.min(text.length, wordEnd + 200));
  // "ODD" is an English word and an acronym (operational due diligence); "ODS" is also
  // "ozone-depleting substances". Only the French/Spanish context makes them SDGs.
  const inLanguage = ctx.lang === lang || (ctx.lang !== 'en' && cueRe.test(near));
  if (!inLanguage) return wordEnd;
  const end = pushNumbered(ctx, at, wordEnd, lang, false);
  if (end !== null) return end;
  const det = lang === 'fr' ? RE_ODD_DETERMINER_FR : RE_ODD_DETERMINER_ES;
  if (det.test(text.slice(Math.max(0, at - 16), at))) {
    ctx.out.push({ start: at, end: wordEnd, goals: [], form: 'general', lang, weak: false });
  }
  return wordEnd;
}

const RE_GOAL_WORD = sticky(String.raw`(?:Goal|goal|GOAL)([sS])?(?![A-Za-zÀ-ÿ])`);
const RE_SD_BEFORE = /(?:Sustainable|sustainable|SUSTAINABLE)\s+(?:Development|development|DEVELOPMENT)\s+$/;
const RE_GLOBAL_BEFORE = /(?:Global|global|GLOBAL)\s+$/;
const RE_GLOBAL_GENERAL_BEFORE = /(?:\b(?:the|The|THE|UN|U\.N\.|United Nations|17|seventeen|seven|these|our|all|die|der|den|les|los|las)\s+)$/;
const RE_GLOBAL_COUNT_BEFORE = /\b(?:17|seventeen)\s+$/;
const RE_POSSESSIVE_BEFORE = /(?:['’]s|[«"“])\s*$/;
const RE_SD_SUFFIX = sticky(String.raw`\s+(?:for|of)\s+Sustainable\s+Development`, 'i');

function scanGoal(ctx: Ctx, at: number): number {
  const { text } = ctx;
  RE_GOAL_WORD.lastIndex = at;
  const w = RE_GOAL_WORD.exec(text);
  if (!w) return at + 4;
  let wordEnd = RE_GOAL_WORD.lastIndex;
  const plural = Boolean(w[1]);
  const spaceBefore = at > 0 && isSpace(text.charCodeAt(at - 1));
  const sd = spaceBefore ? lookBack(text, at, RE_SD_BEFORE) : null;
  if (sd) {
    const start = at - sd[0].length;
    // "Sustainable Development Goal (SDG) 13"
    const afterAcr = extendAcronym(text, wordEnd);
    const end = pushNumbered(ctx, start, afterAcr, 'en', false);
    if (end !== null) return end;
    const gEnd = extendAcronym(text, wordEnd);
    ctx.out.push({ start, end: gEnd, goals: [], form: 'general', lang: 'en', weak: false });
    return gEnd;
  }
  const global = spaceBefore ? lookBack(text, at, RE_GLOBAL_BEFORE, 12) : null;
  if (global) {
    const start = at - global[0].length;
    const end = pushNumbered(ctx, start, wordEnd, 'en', false);
    if (end !== null) return end;
    if (!plural) return wordEnd;
    const before = text.slice(Math.max(0, start - 24), start);
    if (RE_POSSESSIVE_BEFORE.test(before)) return wordEnd; // «God's Global Goals»: a campaign
    const titleCase = text[start] === 'G' && text[at] === 'G';
    RE_SD_SUFFIX.lastIndex = wordEnd;
    const suffix = RE_SD_SUFFIX.test(text);
    RE_ACRONYM_PARENS.lastIndex = wordEnd;
    const acronym = RE_ACRONYM_PARENS.test(text);
    const ok =
      suffix || acronym || RE_GLOBAL_COUNT_BEFORE.test(before) || (titleCase && RE_GLOBAL_GENERAL_BEFORE.test(before));
    if (!ok) return wordEnd;
    if (suffix) wordEnd = RE_SD_SUFFIX.lastIndex;
    wordEnd = extendAcronym(text, wordEnd);
    ctx.out.push({ start, end: wordEnd, goals: [], form: 'general', lang: 'en', weak: false });
    return wordEnd;
  }
  const end = pushNumbered(ctx, at, wordEnd, 'en', true, true);
  return end ?? wordEnd;
}

const RE_OBJ_WORD = sticky(
  String.raw`(?:([Oo]bjetivo|OBJETIVO)|([Oo]bjectif|OBJECTIF))([sS])?(?![A-Za-zÀ-ÿ])`,
);
const RE_OBJ_ES_QUAL = sticky(String.raw`\s+(?:de|del)\s+(?:Desarrollo|desarrollo|DESARROLLO)\s+(?:Sostenible|sostenible|SOSTENIBLE|Sustentable|sustentable)`);
const RE_OBJ_FR_QUAL = sticky(String.raw`\s+(?:de|du)\s+(?:[Dd]éveloppement|DÉVELOPPEMENT)\s+(?:[Dd]urable|DURABLE)`);
const RE_OBJ_FR_CTX = /(?:Nations\s+[Uu]nies|ONU|2030|ODD)/;
const RE_OBJ_ES_CTX = /(?:Naciones\s+Unidas|ONU|2030|ODS)/;

function scanObjective(ctx: Ctx, at: number): number {
  const { text } = ctx;
  if (at > 0 && isLetter(text.charCodeAt(at - 1))) return at + 4;
  RE_OBJ_WORD.lastIndex = at;
  const w = RE_OBJ_WORD.exec(text);
  if (!w) return at + 4;
  const lang: Lang = w[1] ? 'es' : 'fr';
  let wordEnd = RE_OBJ_WORD.lastIndex;
  const qual = lang === 'es' ? RE_OBJ_ES_QUAL : RE_OBJ_FR_QUAL;
  qual.lastIndex = wordEnd;
  const qualified = qual.test(text);
  if (qualified) {
    wordEnd = qual.lastIndex;
    // Capitalised "Objectifs de développement durable" is the UN name; lowercase can be a
    // company's own "objectifs de développement durable", so it needs a nearby cue.
    const capital = text[at] === 'O';
    const near = text.slice(Math.max(0, at - 120), Math.min(text.length, wordEnd + 120));
    const strong = capital || (lang === 'fr' ? RE_OBJ_FR_CTX : RE_OBJ_ES_CTX).test(near);
    const afterAcr = extendAcronym(text, wordEnd);
    const end = pushNumbered(ctx, at, afterAcr, lang, false);
    if (end !== null) return end;
    const gEnd = extendAcronym(text, wordEnd);
    ctx.out.push({ start: at, end: gEnd, goals: [], form: 'general', lang, weak: !strong && gEnd === wordEnd });
    return gEnd;
  }
  const end = pushNumbered(ctx, at, wordEnd, lang, true);
  return end ?? wordEnd;
}

const RE_DE_WORD = sticky(
  String.raw`(?:(UN-|globalen?\s+|weltweiten?\s+)?([Nn]achhaltigkeitsziel|NACHHALTIGKEITSZIEL)|([Nn]achhaltigen?\s+Entwicklungsziel)|(Ziel|ZIEL|ziel)(?=e?\s+für\s+nachhaltige\s+Entwicklung)|(Ziel|ZIEL)|(Unterziel|Zielvorgabe))(e|en|E|EN)?(?![A-Za-zÀ-ÿ])`,
);
const RE_DE_GENERAL_AFTER = sticky(String.raw`\s+(?:der\s+(?:Vereinten\s+Nationen|UN|UNO|Agenda\s+2030)|\(\s*SDGs?\s*\))`);
const RE_DE_GENERAL_BEFORE = /(?:\b(?:globalen?|weltweiten?|17|siebzehn|UN|UNO)[\s-]*)$/;
const RE_FUER_NE = sticky(String.raw`e?\s+für\s+nachhaltige\s+Entwicklung`);

function scanZiel(ctx: Ctx, at: number): number {
  const { text } = ctx;
  // Walk back to the word start: "Nachhaltigkeitsziel", "UN-Nachhaltigkeitsziele".
  let start = at;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  if (start !== at && !/^(?:[Nn]achhaltigkeits|NACHHALTIGKEITS|[Uu]nter|[Ee]ntwicklungs)$/.test(text.slice(start, at))) {
    return at + 4;
  }
  // Include a preceding "nachhaltigen " for "nachhaltigen Entwicklungsziele", "UN-", "globalen ".
  const pre = lookBack(text, start, /(?:UN-|(?:globalen?|weltweiten?)\s+|[Nn]achhaltigen?\s+)$/, 16);
  let from = pre ? start - pre[0].length : start;
  RE_DE_WORD.lastIndex = from;
  let w = RE_DE_WORD.exec(text);
  if (!w && from !== start) {
    from = start;
    RE_DE_WORD.lastIndex = from;
    w = RE_DE_WORD.exec(text);
  }
  if (!w || RE_DE_WORD.lastIndex <= at) return at + 4;
  let wordEnd = RE_DE_WORD.lastIndex;
  const plural = Boolean(w[7]);
  if (w[6]) {
    const end = pushCodes(ctx, from, skipSpaces(text, wordEnd), 'de', true, 'target');
    return end ?? wordEnd;
  }
  if (w[2] || w[3]) {
    // Nachhaltigkeitsziel 12, nachhaltige Entwicklungsziele
    const end = pushNumbered(ctx, from, wordEnd, 'de', false);
    if (end !== null) return end;
    if (!plural) return wordEnd;
    const qualified =
      Boolean(w[1]) || Boolean(w[3]) || RE_DE_GENERAL_BEFORE.test(text.slice(Math.max(0, from - 20), from));
    RE_DE_GENERAL_AFTER.lastIndex = wordEnd;
    const after = RE_DE_GENERAL_AFTER.test(text);
    // Plain "Nachhaltigkeitsziele" is often an organisation's own goals: keep it only with a
    // qualifier ("globale", "UN-", "der Vereinten Nationen", "(SDGs)").
    if (!qualified && !after) return wordEnd;
    if (after) wordEnd = RE_DE_GENERAL_AFTER.lastIndex;
    ctx.out.push({ start: from, end: wordEnd, goals: [], form: 'general', lang: 'de', weak: false });
    return wordEnd;
  }
  if (w[4]) {
    RE_FUER_NE.lastIndex = at + 4;
    if (RE_FUER_NE.test(text)) {
      const qEnd = RE_FUER_NE.lastIndex;
      const end = pushNumbered(ctx, at, extendAcronym(text, qEnd), 'de', false);
      if (end !== null) return end;
      const gEnd = extendAcronym(text, qEnd);
      ctx.out.push({ start: at, end: gEnd, goals: [], form: 'general', lang: 'de', weak: false });
      return gEnd;
    }
    return wordEnd;
  }
  // "Ziel 12": weak, needs an SDG cue.
  const end = pushNumbered(ctx, at, wordEnd, 'de', true);
  return end ?? wordEnd;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

const RE_AGENDA_WORD = sticky(String.raw`(?:Agenda|agenda|AGENDA)(?:\s+2030(?!\d))?`);
const RE_2030_BEFORE = /2030\s+$/;
const RE_AGENDA_SUFFIX = sticky(
  String.raw`\s+(?:for\s+Sustainable\s+Development|für\s+nachhaltige\s+Entwicklung|pour\s+le\s+développement\s+durable|para\s+el\s+Desarrollo\s+Sostenible)`,
  'i',
);
const AGENDA_QUALIFIERS_OK = new Set(['The', 'UN', 'Nations', 'United', 'Global', 'This', 'Our', 'SDGs', 'SDG', 'Sustainable', 'Development']);

function scanAgenda(ctx: Ctx, at: number): number {
  const { text } = ctx;
  if (at > 0 && isLetter(text.charCodeAt(at - 1))) return at + 6;
  RE_AGENDA_WORD.lastIndex = at;
  const w = RE_AGENDA_WORD.exec(text);
  if (!w) return at + 6;
  let start = at;
  let end = RE_AGENDA_WORD.lastIndex;
  if (end === at + 6) {
    const y = lookBack(text, at, RE_2030_BEFORE, 12);
    // "2030 Agenda" is a name; "our 2030 agenda items" is a meeting.
    if (!y || text[at] === 'a') return end;
    start = at - y[0].length;
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return end;
  } else if (end < text.length && isLetter(text.charCodeAt(end))) {
    return end;
  }
  if (ctx.lang === 'en') {
    // "Digital Agenda 2030", "Research Agenda 2030": another organisation's agenda.
    const prev = /([A-Z][\w-]*)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
    if (prev && !AGENDA_QUALIFIERS_OK.has(prev[1]!)) return end;
  }
  RE_AGENDA_SUFFIX.lastIndex = end;
  if (RE_AGENDA_SUFFIX.test(text)) end = RE_AGENDA_SUFFIX.lastIndex;
  ctx.out.push({ start, end, goals: [], form: 'general', lang: ctx.lang, weak: false });
  return end;
}

const RE_TI_WORD = sticky(
  String.raw`(?:([Tt]arget|TARGET|[Cc]ible|CIBLE|[Mm]eta|META)|([Ii]ndicator|INDICATOR|[Ii]ndicateur|INDICATEUR|[Ii]ndicador|INDICADOR|[Ii]ndikator|INDIKATOR))(?:s|S|es|ES|en|EN)?\s+(?:(?:SDG|ODD|ODS)\s*)?`,
);

function scanTargetWord(ctx: Ctx, at: number): number {
  const { text } = ctx;
  if (at > 0 && isLetter(text.charCodeAt(at - 1))) return at + 4;
  RE_TI_WORD.lastIndex = at;
  const w = RE_TI_WORD.exec(text);
  if (!w) return at + 4;
  const word = (w[1] ?? w[2])!.toLowerCase();
  // "Meta" is also a company: the Spanish word counts only in Spanish text.
  if (word === 'meta' && ctx.lang !== 'es') return at + 4;
  const lang: Lang =
    word === 'cible' || word === 'indicateur' ? 'fr'
    : word === 'meta' || word === 'indicador' ? 'es'
    : word === 'indikator' ? 'de'
    : ctx.lang === 'en' ? 'en' : ctx.lang;
  const end = pushCodes(ctx, at, RE_TI_WORD.lastIndex, lang, true, w[1] ? 'target' : 'indicator');
  return end ?? at + word.length;
}

/** Runs `trigger` over `hay` (the text from `offset`) and scans the form at each anchor. */
function scanRange(ctx: Ctx, trigger: RegExp, hay: string, offset: number): void {
  trigger.lastIndex = 0;
  for (let m = trigger.exec(hay); m; m = trigger.exec(hay)) {
    const next = scanAt(ctx, offset + m.index, m[0].length);
    trigger.lastIndex = Math.max(next - offset, m.index + 1);
  }
}

/** Parses the form whose anchor word starts at `at` (anchor `len` characters); returns where to go on. */
function scanAt(ctx: Ctx, at: number, len: number): number {
  const { text } = ctx;
  const c0 = text.charCodeAt(at);
  const prev = at > 0 ? text.charCodeAt(at - 1) : 32;
  switch (c0 | 0x20) {
    case 0x73: // s: SDG
      return isLetter(prev) ? at + len : scanSdg(ctx, at);
    case 0x6f: // o: ODD/ODS, Objetivo/Objectif
      if (text.charCodeAt(at + 1) === 68 /* D */ && c0 === 79 /* O */) return isWordChar(prev) ? at + len : scanOdd(ctx, at);
      return scanObjective(ctx, at);
    case 0x67: // g: Goal
      return isLetter(prev) ? at + len : scanGoal(ctx, at);
    case 0x7a: // z: Ziel (also inside German compounds)
      return scanZiel(ctx, at);
    case 0x61: // a: Agenda
      return scanAgenda(ctx, at);
    case 0x74: // t: target
    case 0x69: // i: indicator
    case 0x63: // c: cible
    case 0x6d: // m: meta
      return scanTargetWord(ctx, at);
    default:
      return at + len;
  }
}

// ---------------------------------------------------------------------------------------------
// Context checks
// ---------------------------------------------------------------------------------------------

/** Is there a cue position within `window` of [start, end)? `cues` sorted ascending. */
function hasCueNear(cues: number[], start: number, end: number, window: number): boolean {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]! < start - window) lo = mid + 1;
    else hi = mid;
  }
  return lo < cues.length && cues[lo]! <= end + window;
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}


/**
 * Finds every explicit SDG reference in `text`, sorted by start, non-overlapping.
 * Pure and synchronous; linear in the text length.
 */
export function findExplicitReferences(text: string, options: ExplicitOptions = {}): ExplicitReference[] {
  const lang = options.lang ?? detectLang(text);
  const window = options.window ?? DEFAULT_WINDOW;
  const ctx: Ctx = { text, lang, out: [], cues: [] };

  scanRange(ctx, TRIGGER_UPPER, text, 0);
  RE_LOWER_STRONG.lastIndex = 0;
  for (let m = RE_LOWER_STRONG.exec(text); m; m = RE_LOWER_STRONG.exec(text)) {
    if (m[0].charCodeAt(0) === 101 /* e */) {
      scanAt(ctx, RE_LOWER_STRONG.lastIndex - 4, 4); // the "goal" of "sustainable development goal"
      continue;
    }
    // The regex may start inside "12.5.1" at "2.5.1": back up over a leading digit.
    const at = m.index > 0 && /\d/.test(text[m.index - 1]!) ? m.index - 1 : m.index;
    const w = RE_INDICATOR_WORD_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
    // Upper-case "Indicator" was seen in pass 1; here only the lower-case word is new.
    if (w && w[1]!.charCodeAt(0) === 105 /* i */) scanAt(ctx, at - w[1]!.length, 4);
  }
  if (lang === 'de') {
    RE_NACHHALTIGKEITSZIEL.lastIndex = 0;
    while (RE_NACHHALTIGKEITSZIEL.test(text)) scanAt(ctx, RE_NACHHALTIGKEITSZIEL.lastIndex - 4, 4);
  }
  // A text that names the SDGs outright (two strong references) is an SDG document: there a
  // "target 14.4" or "indicator 12.3.1" with a valid official code is an SDG target wherever it
  // stands, so the lower-case words are scanned across the whole text, not only near cues.
  const strong: number[] = [];
  for (const c of ctx.out) if (!c.weak) strong.push(c.start);
  if (options.stats) options.stats.strong = strong;
  const sdgDocument = options.sdgDocument === true || strong.length >= 2;
  if (sdgDocument) scanRange(ctx, RE_CODE_WORD_LOWER, text, 0);
  // Pass 2: lower-case anchors near pass-1 cues, each stretch of text searched once.
  const pass1Cues = ctx.cues.slice();
  for (const c of ctx.out) if (!c.weak) pass1Cues.push(c.start);
  pass1Cues.sort((a, b) => a - b);
  const lowerWindow = Math.min(window, LOWER_WINDOW);
  for (let i = 0; i < pass1Cues.length; ) {
    const winStart = Math.max(0, pass1Cues[i]! - lowerWindow);
    let winEnd = pass1Cues[i]! + lowerWindow;
    while (i + 1 < pass1Cues.length && pass1Cues[i + 1]! - lowerWindow <= winEnd) winEnd = pass1Cues[++i]! + lowerWindow;
    i++;
    // Search a slice so the regex cannot run on past the window; scan the full text from each hit.
    scanRange(ctx, TRIGGER_LOWER, text.slice(winStart, Math.min(text.length, winEnd + 12)), winStart);
  }
  ctx.out.sort((a, b) => a.start - b.start || b.end - a.end);

  // Weak forms: keep those with a cue (a strong reference, an accepted weak one or a bare "SDG")
  // within the window, in text order so a run of "Goal 1: …, Goal 2: …" keeps itself alive.
  const strongCues = ctx.cues.slice();
  for (const c of ctx.out) if (!c.weak) strongCues.push(c.start);
  strongCues.sort((a, b) => a - b);
  // Candidates come in text order, so accepted weak starts are appended already sorted.
  const weakCues: number[] = [];
  const accepted: Candidate[] = [];
  const acceptedWeak = new Set<Candidate>();
  for (const c of ctx.out) {
    if (c.weak) {
      const lastWeak = weakCues[weakCues.length - 1];
      const cued =
        hasCueNear(strongCues, c.start, c.end, window) ||
        (lastWeak !== undefined && c.start - lastWeak <= window) ||
        (sdgDocument && (c.form === 'target' || c.form === 'indicator')) ||
        followedByOwnName(text, c);
      if (!cued || nearSport(text, c)) continue;
      weakCues.push(c.start);
      acceptedWeak.add(c);
    }
    accepted.push(c);
  }
  // A weak form may be confirmed by an accepted weak one after it ("Target 1.4 … (Goal 1: No
  // poverty)"): one more pass over the rejected ones against all accepted weak cues.
  for (const c of ctx.out) {
    if (!c.weak || acceptedWeak.has(c)) continue;
    if (hasCueNear(weakCues, c.start, c.end, window) && !nearSport(text, c)) accepted.push(c);
  }

  const withNames = addNames(text, accepted, mergeSorted(strongCues, weakCues));
  return resolve(text, withNames);
}

/** The name glued right after a reference ("SDG 13: Climate Action", "Goal 13 (climate action)"). */
function gluedName(text: string, refEnd: number): { end: number; entry: NameEntry } | null {
  RE_GLUE.lastIndex = refEnd;
  if (!RE_GLUE.test(text)) return null;
  return matchNameAt(text, RE_GLUE.lastIndex);
}
const RE_GLUE = /\s*(?:[:\-–—(]\s*)?["“«'‘]?\s*/y;

/** "Goal 3 of the match": sport vocabulary around a weak "Goal n". */
function nearSport(text: string, c: Candidate): boolean {
  return Boolean(c.sportCheck) && SPORT.test(text.slice(Math.max(0, c.start - 80), Math.min(text.length, c.end + 80)));
}

/** "Goal 13: Climate Action" — a weak number confirmed by its own goal name right after it. */
function followedByOwnName(text: string, c: Candidate): boolean {
  return c.goals.length === 1 && gluedName(text, c.end)?.entry.goal === c.goals[0];
}

/** Capital letters and opening quotes: where a Title-Case or quoted goal name can start. */
const RE_NAME_START = /[A-ZÀ-ÖØ-Þ"“«‘']/g;

/** Goal names near cues: extend "SDG 13: Climate Action", add Title-Case names as 'name' refs. */
function addNames(text: string, refs: Candidate[], cues: number[]): Candidate[] {
  const out = refs.slice();
  for (const r of refs) {
    if (r.goals.length !== 1 || r.form === 'general' || r.form === 'list' || r.form === 'range') continue;
    const glued = gluedName(text, r.end);
    if (glued && glued.entry.goal === r.goals[0]) {
      r.end = glued.end;
    }
  }
  let i = 0;
  while (i < cues.length) {
    // Merge overlapping windows so each stretch of text is searched once.
    const winStart = Math.max(0, cues[i]! - NAME_WINDOW);
    let winEnd = cues[i]! + NAME_WINDOW;
    while (i + 1 < cues.length && cues[i + 1]! - NAME_WINDOW <= winEnd) winEnd = cues[++i]! + NAME_WINDOW;
    i++;
    winEnd = Math.min(winEnd, text.length);
    // A slice bounds the search to the window; test() instead of exec() (the match is one
    // character) allocates no result arrays.
    const hay = text.slice(winStart, winEnd);
    RE_NAME_START.lastIndex = 0;
    while (RE_NAME_START.test(hay)) {
      const at = winStart + RE_NAME_START.lastIndex - 1;
      const q = text[at];
      const quote = q === '"' || q === '“' || q === '«' || q === '‘' || q === "'";
      let start = at;
      if (quote) {
        start++;
        while (text[start] === ' ') start++;
      } else if (start > 0 && isLetter(text.charCodeAt(start - 1))) {
        continue;
      }
      const found = matchNameAt(text, start);
      if (!found) continue;
      const { end, entry } = found;
      RE_NAME_START.lastIndex = Math.max(RE_NAME_START.lastIndex, end - winStart);
      const after = text[end];
      const quoted = quote && (after === '"' || after === '”' || after === '»' || after === '’' || after === "'");
      const name = text.slice(start, end);
      // A one-word name ("Geschlechtergleichstellung") is an ordinary noun unless quoted or
      // glued to its number; several capitalised words near a cue read as the goal's title.
      if (!quoted && (!/\s/.test(name) || !isNameCased(name, entry.lang))) continue;
      out.push({ start, end, goals: [entry.goal], form: 'name', lang: entry.lang, weak: false });
    }
  }
  return out;
}

/** Sort, drop overlaps (earliest wins, then longest) and shape as schema objects. */
function resolve(text: string, cands: Candidate[]): ExplicitReference[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ExplicitReference[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    const ref: ExplicitReference = {
      kind: 'explicit',
      start: c.start,
      end: c.end,
      goals: c.goals,
      form: c.form,
      text: text.slice(c.start, c.end),
      lang: c.lang,
    };
    if (c.target) ref.target = c.target;
    if (c.indicator) ref.indicator = c.indicator;
    out.push(ref);
  }
  return out;
}
