/**
 * The criterion checks of WASHING.md §2, each a small function over the segmented text that
 * returns candidate flags (span, cue, strength). Scope, precedence and not-cues are applied here
 * and in `assess.ts`; cue words live in lexicon.ts.
 */
import type { Criterion, ExplicitReference, ThematicFinding } from '../schema/analysis';
import { GOAL_SUBJECTS } from './goal-subjects';
import * as L from './lexicon';
import type { CueLang } from './lexicon';
import {
  clauseAround, compile, COUNT, findAll, findRe, has, hasAny, hasMeasure, hasPhysicalMeasure, isYearNumber, MEASURE,
  negatedBefore, trimEnd, years,
} from './match';
import type { Paragraph, Segmentation, Sentence } from './segment';

/** What every check reads. */
export interface CheckContext {
  text: string;
  lang: CueLang;
  seg: Segmentation;
  mentions: readonly ExplicitReference[];
  /** True when the text is a whole document (S4, S5, E1 apply), not a passage. */
  document: boolean;
  thematic?: readonly ThematicFinding[];
  /** Spans that are never cues: SDG references, goal names, image tokens. */
  masks: readonly { start: number; end: number }[];
  /** True when the whole text is about sustainability or impact (see `sustainabilityContext`). */
  sustainable: boolean;
}

/**
 * Whether the document as a whole is about sustainability or impact: a short text (a passage a
 * user or a tool submits as a claim), at least 4 topic words per 1,000 characters (sustainability
 * reports in the dev set: 5–30; 273 general web pages in shared/data/pages: median 0.6, 97th
 * percentile 4.3), or two or more SDG references on a page with at least 2 per 1,000.
 */
export function sustainabilityContext(text: string, lang: CueLang, mentions: readonly ExplicitReference[]): boolean {
  if (text.length < 1500) return true;
  const density = findRe(compile(L.TOPIC[lang]), text).length / (text.length / 1000);
  // A stray "SDG" on a long page is not enough; several references on a page on the topic are.
  return density >= 4 || (mentions.length >= 2 && density >= 2);
}

const topicMemo = new WeakMap<CheckContext, Map<number, boolean>>();

/** First-person speech: the organisation talking about itself ("we", "notre", "apoyamos"). */
const SELF: Record<CueLang, RegExp> = {
  en: /\b(?:we|our|ours|us)\b/i,
  fr: /\b(?:nous|notre|nos)\b|\p{L}{2,}ons\b/iu,
  es: /\b(?:nosotros|nosotras|nuestr[oa]s?)\b|\p{L}{2,}(?:amos|emos|imos)\b/iu,
};
/** Reported or hedged speech is not the organisation's claim ("may help", "studies show"). */
const NOT_A_CLAIM = /\b(?:may|might|could|would|can help|said|says|told|according to|study|studies|research(?:ers)?|scientists|pourrait|selon|según|podría)\b/i;
/** A sentence whose subject is a capitalised name ("Aurel Bank supports …", "El Ayuntamiento fomenta …"). */
const NAMED_SUBJECT = /^(?:(?:[\p{L}'’]+\s+){0,6}[\p{L}'’]+,\s+)?(?:(?:The|La|Le|Les|L'|El|Los|Las)\s*)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\d&'’.-]*|de|des|du|del|of|and|&|y|et)){0,5}\s+(?:\p{Ll}|['’])/u;
const STARTERS = /^(?:(?:[\p{L}'’]+\s+){0,6}[\p{L}'’]+,\s+)?(?:This|These|That|Those|It|They|He|She|There|Here|Some|Many|Most|All|Each|Every|Such|When|If|While|As|In|On|At|For|But|And|Or|So|Yet|A|An|One|Ce|Cette|Ces|Il|Elle|Ils|Elles|On|Si|Quand|Dans|Pour|Mais|Et|Un|Une|Este|Esta|Estos|Estas|Eso|Ello|Si|Cuando|En|Para|Pero|Y|Un|Una)\b/u;

function claimant(ctx: CheckContext, st: string): boolean {
  if (NOT_A_CLAIM.test(st)) return false;
  return SELF[ctx.lang].test(st) || (NAMED_SUBJECT.test(st) && !STARTERS.test(st));
}

/**
 * Generic-verb criteria apply everywhere in a sustainability document; elsewhere (a news page, a
 * shop) only in a sentence that is on the topic AND in which the organisation speaks of itself.
 */
function inContext(ctx: CheckContext, s: Sentence): boolean {
  if (ctx.sustainable) return true;
  let memo = topicMemo.get(ctx);
  if (!memo) topicMemo.set(ctx, (memo = new Map()));
  let v = memo.get(s.index);
  if (v === undefined) {
    const st = sText(ctx, s);
    v = has(L.TOPIC, ctx.lang, st) && claimant(ctx, st);
    memo.set(s.index, v);
  }
  return v;
}

/** A flag before its messages are attached. */
export interface Candidate {
  criterion: Criterion;
  start: number;
  end: number;
  cue: string;
  strength: 'strong' | 'weak';
  sentence?: number;
  paragraph?: number;
}

type Check = (ctx: CheckContext) => Candidate[];

const IMAGE = /\[image:[^\]]*\]/gi;

function sText(ctx: CheckContext, s: Sentence | Paragraph): string {
  return ctx.text.slice(s.start, s.end);
}

function paraOf(ctx: CheckContext, s: Sentence): Paragraph {
  return ctx.seg.paragraphs[s.paragraph]!;
}

/** The sentence with its neighbours in the same paragraph (scope S counter-evidence). */
function nearText(ctx: CheckContext, s: Sentence): string {
  const p = paraOf(ctx, s);
  const pos = s.index - p.sentences[0]!;
  const from = ctx.seg.sentences[p.sentences[Math.max(0, pos - 1)]!]!;
  const to = ctx.seg.sentences[p.sentences[Math.min(p.sentences.length - 1, pos + 1)]!]!;
  return ctx.text.slice(from.start, to.end);
}

const memos = new WeakMap<CheckContext, Map<string, unknown>>();

/**
 * Per-paragraph facts (counter-evidence present, numbers, years) computed once per paragraph and
 * check, not once per sentence: keeps a huge single paragraph (a PDF page, a text dump) linear.
 */
function paraFact<T>(ctx: CheckContext, key: string, p: Paragraph, fn: (text: string) => T): T {
  let m = memos.get(ctx);
  if (!m) memos.set(ctx, (m = new Map()));
  const k = `${key}:${p.index}`;
  if (m.has(k)) return m.get(k) as T;
  const v = fn(sText(ctx, p));
  m.set(k, v);
  return v;
}

function masked(ctx: CheckContext, start: number, end: number): boolean {
  // Masks are sorted by start: binary-search the last one starting before `end`.
  const ms = ctx.masks;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (ms[i]!.end > start) return true;
  return false;
}

/** Mentions inside [start, end), from the start-sorted list. */
function mentionsIn(ctx: CheckContext, start: number, end: number): ExplicitReference[] {
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: ExplicitReference[] = [];
  for (let i = lo; i < ms.length && ms[i]!.start < end; i++) if (ms[i]!.end <= end) out.push(ms[i]!);
  return out;
}

/** A candidate spanning the clause around a cue hit inside a sentence. */
function clauseCandidate(
  ctx: CheckContext, criterion: Criterion, s: Sentence, hit: { start: number; end: number; text: string }, strength: 'strong' | 'weak', fromCue = false,
): Candidate {
  const st = sText(ctx, s);
  const c = clauseAround(st, hit.start, hit.end);
  const span = trimEnd(st, fromCue ? hit.start : c.start, c.end);
  return { criterion, start: s.start + span.start, end: s.start + span.end, cue: hit.text, strength, sentence: s.index, paragraph: s.paragraph };
}

function sentencesOf(ctx: CheckContext): Sentence[] {
  return ctx.seg.sentences.filter((s) => !paraOf(ctx, s).table);
}

// ---------------------------------------------------------------- G1 generic environmental claim

/** Words that start a new phrase rather than name the thing a G1 cue qualifies. */
const FUNCTION_WORD = /^(?:and|or|but|from|for|to|in|on|at|with|by|as|so|that|which|is|are|et|ou|mais|de|du|des|pour|à|au|aux|en|avec|par|qui|que|est|sont|y|o|pero|del|para|a|al|con|por|que|es|son)$/i;

const COPULA: Record<CueLang, string> = {
  en: String.raw`(?:is|are|was|were|remains?|becomes?|feels?)\s+(?:now\s+|also\s+|truly\s+|fully\s+|100%\s+|genuinely\s+|completely\s+|totally\s+|really\s+|both\s+)*`,
  fr: String.raw`(?:est|sont|reste|restent|demeure)\s+(?:aussi\s+|désormais\s+|également\s+|vraiment\s+|totalement\s+|100\s?%\s+|entièrement\s+)*`,
  es: String.raw`(?:es|son|resulta|resultan)\s+(?:también\s+|ahora\s+|totalmente\s+|100\s?%\s+|realmente\s+)*`,
};

const checkG1: Check = (ctx) => {
  const out: Candidate[] = [];
  const { lang } = ctx;
  const weakAttr = `(?:${L.G1_WEAK[lang].join('|')})`;
  const nouns = `(?:${L.G1_PRODUCT_NOUNS[lang].join('|')})`;
  // English puts the adjective before the noun; French and Spanish after.
  const attributive = lang === 'en'
    ? new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:100% )?${weakAttr}(?: [\p{L}-]+)?\s${nouns}(?![\p{L}\p{N}])`, 'giu')
    : new RegExp(String.raw`(?<![\p{L}\p{N}])${nouns}(?: [\p{L}-]+)?\s${weakAttr}(?![\p{L}\p{N}])`, 'giu');
  const predicative = new RegExp(String.raw`(?<![\p{L}\p{N}])${COPULA[lang]}${weakAttr}(?![\p{L}\p{N}-])(?!\s+(?:development|aviation|cities|de |development goals))`, 'giu');
  const notRe = compile(L.G1_NOT[lang]);
  const attrRe = new RegExp(`(?<![\\p{L}])${weakAttr}(?![\\p{L}])`, 'iu');
  for (const s of sentencesOf(ctx)) {
    const st = sText(ctx, s);
    const notSpans = findRe(notRe, st);
    const isNot = (h: { start: number; end: number }): boolean =>
      notSpans.some((n) => h.start < n.end && n.start < h.end) || masked(ctx, s.start + h.start, s.start + h.end);
    const hits: { h: { start: number; end: number; text: string }; strength: 'strong' | 'weak' }[] = [];
    for (const h of findAll(L.G1_STRONG, lang, st)) hits.push({ h, strength: 'strong' });
    for (const re of [attributive, predicative]) {
      for (const h of findRe(re, st)) {
        // Proper names ("Green Home Mortgage") are not claims; a capital at the sentence start is.
        const attrPos = st.slice(h.start, h.end).search(attrRe);
        if (attrPos >= 0 && h.start + attrPos > 0 && /\p{Lu}/u.test(st[h.start + attrPos]!)) continue;
        hits.push({ h, strength: 'weak' });
      }
    }
    if (!hits.length) continue;
    // Counter: a specific attribute with a metric, or a recognised label, nearby.
    const near = nearText(ctx, s);
    if (hasPhysicalMeasure(near) || hasAny(L.NAMED_SCHEMES, near)) continue;
    // Green finance is literal when its use of proceeds or eligibility is stated (WASHING.md §1).
    if (GREEN_FINANCE_COUNTER.test(near)) hits.splice(0, hits.length, ...hits.filter((x) => !GREEN_FINANCE.test(x.h.text)));
    for (const { h, strength } of hits) {
      if (isNot(h) || negatedBefore(st, h.start)) continue;
      if (strength === 'weak' && !inContext(ctx, s)) continue;
      if (strength === 'weak') {
        const span = trimEnd(st, h.start, h.end);
        out.push({ criterion: 'G1', start: s.start + span.start, end: s.start + span.end, cue: h.text.trim(), strength, sentence: s.index, paragraph: s.paragraph });
      } else {
        // From the clause start (the thing claimed about) to the cue and the noun it qualifies —
        // not to the clause end, which may hold another claim ("… et nous visons …").
        const c = clauseAround(st, h.start, h.end);
        const next = /^\s+([\p{L}-]+)/u.exec(st.slice(h.end));
        const end = next && !FUNCTION_WORD.test(next[1]!) ? h.end + next[0].length : h.end;
        const span = trimEnd(st, c.start, end);
        out.push({ criterion: 'G1', start: s.start + span.start, end: s.start + span.end, cue: h.text, strength, sentence: s.index, paragraph: s.paragraph });
      }
    }
  }
  return out;
};

const GREEN_FINANCE = /(?:loans?|mortgages?|bonds?|deposits?|accounts?|savings|investments?|funds?|prêts?|crédits?|obligations?|livrets?|fonds|placements?|préstamos?|hipotecas?|bonos?|cuentas?|fondos?|inversiones)/i;
const GREEN_FINANCE_COUNTER = /proceeds|allocation|eligib|financed|only (?:for|to)|criteria|\bEPC\b|energy performance|verified|Green Bond Principles|taxonomy|fonds levés|affectation|éligib|uniquement|fondos obtenidos|asignación|elegib|únicamente|criterios/i;

// ---------------------------------------------------------------- G2 neutrality claims

const checkG2: Check = (ctx) => {
  const out: Candidate[] = [];
  const { lang } = ctx;
  for (const s of sentencesOf(ctx)) {
    const st = sText(ctx, s);
    for (const h of findAll(L.G2_CUES, lang, st)) {
      if (negatedBefore(st, h.start)) continue;
      // A claim talked about, not made: "the climate-neutral claim … has been withdrawn".
      if (/^[\s-]*(?:claims?|labels?|logos?|allégations?|mentions?|étiquettes?|alegaciones?|declaraciones?|etiquetas?|sellos?)\b/i.test(st.slice(h.end)) || /\b(?:withdrawn|dropped|retiré|abandonné|retirad[oa])\b/i.test(st)) continue;
      const clause = clauseAround(st, h.start, h.end);
      const cl = st.slice(clause.start, clause.end);
      // A future neutrality is a pledge (F1), not a present claim.
      const futureDate = findAll(L.TARGET_DATE, lang, cl).some((d) => Number(/20\d\d/.exec(d.text)?.[0] ?? 0) >= 2025);
      if (has(L.FUTURE_MARKERS, lang, st) || futureDate || /\b(?:reach|achieve|become|devenir|atteindre|alcanzar|lograr|convertirnos)\b/i.test(st.slice(0, h.start))) continue;
      // "neutralisation" in a sentence that declines it is not a claim.
      const p = paraOf(ctx, s);
      const offsets = paraFact(ctx, 'G2offsets', p, (t) => has(L.OFFSET_WORDS, lang, t));
      const ownReductions = !offsets && paraFact(ctx, 'G2own', p, (t) => hasMeasure(t) && /\b(?:scopes?|alcance|périmètre)\b/i.test(t) && years(t).length >= 2);
      if (ownReductions) continue;
      out.push(clauseCandidate(ctx, 'G2', s, h, offsets ? 'strong' : 'weak'));
    }
  }
  return out;
};

// ---------------------------------------------------------------- G3 whole-entity claims

const ONE_ASPECT: Record<CueLang, RegExp> = {
  en: /\b(?:(?:since|after|by) (?:opening|launching|switching|installing|adopting|introducing|moving)|with (?:its|the|our|a) (?:new|launch)|with (?:its|the|our) [\p{L}-]+ (?:range|collection|product|line|site|mill|plant)|thanks to|because|since (?:our|its|the)|by (?:launching|switching|introducing)|with [\p{Lu}][\p{L}]+,|(?:our|its) [\p{Lu}]?[\p{L}]+ (?:mill|plant|site|factory|store|depot|farm)|launched|now sources|switched)\b/iu,
  fr: /(?:avec (?:le lancement|son nouveau|sa nouvelle|ses nouveaux|la gamme|le produit)|grâce à|parce que|depuis (?:le|la|l'|que)|après (?:le|la|l')|en (?:lançant|installant|passant)|lancement|installation|notre (?:usine|site|atelier|entrepôt)|son (?:usine|site|atelier|entrepôt))/iu,
  es: /(?:con (?:el lanzamiento|su nuev[oa]|la gama|el producto)|gracias a|porque|desde (?:que|la|el)|tras (?:la|el)|al (?:lanzar|instalar)|lanzamiento|instalación|nuestra (?:planta|fábrica|nave)|su (?:planta|fábrica|nave))/iu,
};

const checkG3: Check = (ctx) => {
  const out: Candidate[] = [];
  const { lang } = ctx;
  const attr = `(?:${L.G3_ATTRIBUTES[lang].join('|')})`;
  const ent = `(?:${L.G3_ENTITY_NOUNS[lang].join('|')})`;
  const re = lang === 'en'
    ? new RegExp(String.raw`(?:has become|have become|became|is now|is|are)\s+(?:now\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?${attr}\s+(?:[\p{L}-]+\s+){0,2}?${ent}(?![\p{L}])`, 'giu')
    : lang === 'fr'
      ? new RegExp(String.raw`(?:est devenue?|sont devenus|est désormais|est|sommes)\s+(?:désormais\s+)?(?:un|une)\s+(?:${ent}\s+(?:[\p{L}-]+\s+){0,2}?${attr}|${attr}\s+${ent})(?![\p{L}])`, 'giu')
      : new RegExp(String.raw`(?:se ha convertido en|es ahora|es|somos)\s+(?:ahora\s+)?(?:un|una)\s+(?:${ent}\s+(?:[\p{L}-]+\s+){0,2}?${attr}|${attr}\s+${ent})(?![\p{L}])`, 'giu');
  // "<one thing> makes X a green brand": the subject is the one aspect, so always G3.
  const makes = lang === 'en'
    ? new RegExp(String.raw`(?:makes?|made|turns?|turned)\s+(?:[\p{L}'’&-]+\s+){1,4}?(?:a|an|into a|into an)\s+(?:[\p{L}-]+\s+){0,2}?${attr}\s+(?:[\p{L}-]+\s+){0,2}?${ent}(?![\p{L}])`, 'giu')
    : lang === 'fr'
      ? new RegExp(String.raw`(?:fait|font|a fait|ont fait)\s+d[e']\s*(?:[\p{L}'’&-]+\s+){1,4}?(?:un|une)\s+(?:${ent}\s+(?:[\p{L}-]+\s+){0,2}?${attr}|${attr}\s+${ent})(?![\p{L}])`, 'giu')
      : new RegExp(String.raw`(?:convierte|convirtió|hace|hizo)\s+(?:a\s+)?(?:[\p{L}'’&-]+\s+){1,4}?(?:en\s+)?(?:un|una)\s+(?:${ent}\s+(?:[\p{L}-]+\s+){0,2}?${attr}|${attr}\s+${ent})(?![\p{L}])`, 'giu');
  for (const s of sentencesOf(ctx)) {
    const st = sText(ctx, s);
    const made = findRe(makes, st).filter((h) => !negatedBefore(st, h.start));
    for (const h of made) {
      const span = trimEnd(st, h.start, h.end);
      out.push({ criterion: 'G3', start: s.start + span.start, end: s.start + span.end, cue: h.text, strength: 'strong', sentence: s.index, paragraph: s.paragraph });
    }
    if (made.length) continue;
    for (const h of findRe(re, st)) {
      if (negatedBefore(st, h.start)) continue;
      const p = paraOf(ctx, s);
      if (paraFact(ctx, 'G3scope', p, (t) => has(L.SCOPE_QUALIFIER, lang, t))) continue;
      // Whole-entity claim resting on one thing (G3); with no support at all it is generic (G1).
      // An introductory phrase before the claim ("Since opening X, …", "Con su nueva línea, …")
      // is the one aspect the whole-entity claim rests on.
      const oneAspect = paraFact(ctx, 'G3one', p, (t) => ONE_ASPECT[lang].test(t)) || /,/.test(st.slice(0, h.start));
      // The span starts at the sentence's subject: "Fenwick Foods has become …".
      const c = clauseAround(st, h.start, h.end);
      const span = trimEnd(st, c.start, c.end);
      out.push({
        criterion: oneAspect ? 'G3' : 'G1', start: s.start + span.start, end: s.start + span.end, cue: h.text,
        strength: oneAspect ? 'strong' : 'weak', sentence: s.index, paragraph: s.paragraph,
      });
    }
  }
  return out;
};

// ---------------------------------------------------------------- G4 legal requirement as merit

const checkG4: Check = (ctx) => {
  const out: Candidate[] = [];
  for (const s of sentencesOf(ctx)) {
    const st = sText(ctx, s);
    const hits = findAll(L.G4_CUES, ctx.lang, st);
    if (!hits.length || !inContext(ctx, s)) continue;
    if (has(L.G4_BASELINE, ctx.lang, nearText(ctx, s))) continue;
    for (const h of hits) {
      if (negatedBefore(st, h.start)) continue;
      out.push(clauseCandidate(ctx, 'G4', s, h, 'strong'));
    }
  }
  return out;
};

// ---------------------------------------------------------------- G5 self-made label

const checkG5: Check = (ctx) => {
  const out: Candidate[] = [];
  const { lang } = ctx;
  const certRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${L.G5_CERTIFIED[lang].join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const ownRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${L.G5_OWN_LABEL[lang].join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  for (const s of sentencesOf(ctx)) {
    const st = sText(ctx, s);
    // Cheap pre-filter: no label or certification word, nothing to check.
    if (!/certif|label|seal|badge|tag|mark|stamp|logo|approv|endors|sello|distintivo|etiqueta|insignia|sceau|macaron|avalad|aprobad|approuv|labellis|accredit/i.test(st)) continue;
    const near = nearText(ctx, s);
    const named = hasAny(L.NAMED_SCHEMES, near) || /\b(?:certificate|licen[cs]e|certificat|licencia|certificado)\s+(?:n[°o.]|number|numéro|número|[A-Z]{2}\/)/i.test(near);
    for (const h of findRe(ownRe, st)) {
      if (negatedBefore(st, h.start)) continue;
      out.push(clauseCandidate(ctx, 'G5', s, h, 'strong'));
    }
    if (named) continue;
    // A capitalised label name that is not a known scheme: "the Corvale Green Promise badge".
    if (!inContext(ctx, s)) continue;
    if (!/\b(?:independent|third[- ]party|accredited|tiers|indépendant|independiente)\b/i.test(near)) {
      for (const h of findRe(NAMED_LABEL[lang], st)) {
        if (/\b(?:SDG|ODD|ODS|UN|EU|ONU|UE)\b/.test(h.text) || out.some((o) => o.start < s.start + h.end && s.start + h.start < o.end)) continue;
        const span = trimEnd(st, h.start, h.end);
        out.push({ criterion: 'G5', start: s.start + span.start, end: s.start + span.end, cue: h.text.trim(), strength: 'weak', sentence: s.index, paragraph: s.paragraph });
      }
    }
    for (const h of findRe(certRe, st)) {
      if (negatedBefore(st, h.start)) continue;
      // "certified recycled / natural / sustainable" is a claim; "certified engineers" is not.
      const [word = '', next = ''] = st.slice(h.start).split(/\s+/);
      if (!/[.,;:!?)]$/.test(word) && next && !CERT_ATTR.test(next)) continue;
      // "certified to/by/under <scheme>" names a scheme; "energy performance certificate" is not a claim.
      const after = st.slice(h.end, h.end + 40);
      if (/^\s*(?:to|by|under|as|according|par|selon|por|según|conforme)\b/i.test(after)) continue;
      // "certified offsets/credits" is the basis of a neutrality claim (G2's question), not a label.
      if (/^\s*(?:offsets?|credits?|carbon|emission|compensations?|crédits?|créditos?|compensaciones?)\b/i.test(h.text.replace(/^\S+/, '') + after)) continue;
      const c = clauseAround(st, h.start, h.end);
      const span = trimEnd(st, h.start, Math.min(c.end, h.end));
      out.push({ criterion: 'G5', start: s.start + span.start, end: s.start + span.end, cue: h.text, strength: 'weak', sentence: s.index, paragraph: s.paragraph });
    }
  }
  return out;
};

/** Attributes that make "certified …" an environmental or ethical claim. */
const CERT_ATTR = /^(?:green|sustainabl\p{L}*|natural|organic|recycled|eco\p{L}*|responsibl\p{L}*|fair|ethical|carbon\p{L}*|climate\p{L}*|plastic\p{L}*|vegan|clean|non-toxic|biodegradable|compostable|durables?|verte?s?|naturel\p{L}*|recycl\p{L}*|écolog\p{L}*|éthique\p{L}*|équitable\p{L}*|biologique\p{L}*|bio|responsable\p{L}*|sostenibles?|verdes?|ecológic\p{L}*|reciclad\p{L}*|natural\p{L}*|responsables?|justo)[.,;:!?)]*$/iu;

/** Case-sensitive: a capitalised name right before (en) or after (fr/es) a label word. */
const NAMED_LABEL: Record<CueLang, RegExp> = {
  en: /(?<![\p{L}])(?:[\p{Lu}][\p{L}'-]*\s+){1,4}(?:seal|badge|label|tag|stamp|mark|logo)(?![\p{L}])/gu,
  fr: /(?<![\p{L}])(?:label|sceau|badge|macaron|logo)\s+(?:«\s*|")?(?:[\p{Lu}][\p{L}'-]*\s*){1,4}/gu,
  es: /(?<![\p{L}])(?:sello|distintivo|etiqueta|insignia)\s+(?:«\s*|")?(?:[\p{Lu}][\p{L}'-]*\s*){1,4}/gu,
};

// ---------------------------------------------------------------- F1 future pledge without plan

const NOUN_MARKER = /^(?:objecti(?:f|vo|ve)|meta|target|goal|ambition)/i;

const checkF1: Check = (ctx) => {
  const out: Candidate[] = [];
  const { lang } = ctx;
  const dateRe = compile(L.TARGET_DATE[lang]);
  for (const s of sentencesOf(ctx)) {
    const st = sText(ctx, s);
    const dates = findRe(dateRe, st).filter((d) => {
      const y = Number(/20\d\d/.exec(d.text)?.[0] ?? 0);
      return y >= 2025;
    });
    const byDates = dates.filter((d) => /^(?:by|d'ici|para|à l'horizon|horizon|before|avant|antes|a más tardar|de cara)/i.test(d.text));
    const markers = findAll(L.FUTURE_MARKERS, lang, st).filter((m) => (!NOUN_MARKER.test(m.text) || dates.length > 0) && !negatedBefore(st, m.start));
    if (!markers.length && !byDates.length) continue;
    if (!dates.length && !markers.some((m) => !NOUN_MARKER.test(m.text))) continue;
    // A dated promise ("by 2035 … will") is a pledge whatever its object; otherwise it needs one.
    // Objects inside a marker ("plans to") do not count.
    const objects = findAll(L.PLEDGE_OBJECTS, lang, st).filter((o) => !markers.some((m) => o.start < m.end && m.start < o.end));
    if (!objects.length && !(byDates.length && markers.length)) continue;
    if (!inContext(ctx, s)) continue;
    if (/^(?:if|si)\b/i.test(st)) continue;
    const p = paraOf(ctx, s);
    // Counter: baseline (year + metric) AND a step (interim target, plan/budget, validation, progress).
    const baseline = paraFact(ctx, 'F1base', p, (t) => has(L.BASELINE, lang, t) || (hasMeasure(t) && years(t).filter((y) => y < 2025).length >= 1 && has(L.REFERENCE, lang, t)));
    const steps = paraFact(ctx, 'F1steps', p, (t) => has(L.PLAN_STEPS, lang, t));
    if (baseline && steps) continue;
    const first = [...markers, ...byDates].sort((a, b) => a.start - b.start)[0]!;
    const lastDate = dates.length ? dates[dates.length - 1]! : undefined;
    let end = lastDate && lastDate.end > first.end ? lastDate.end : clauseAround(st, first.start, first.end).end;
    // Stop before a new clause that carries its own (vague) verb: "… by 2030 and continues to support".
    const tail = st.slice(first.end, end);
    const cut = /\s(?:and|et|y)\s+(?:continu|support|soutien|apoy|promo|œuvr|oeuvr)/i.exec(tail);
    if (cut) end = first.end + cut.index;
    // When the first cue is the date ("… net zero by 2050"), start at the pledge's object.
    const clause = clauseAround(st, first.start, first.end);
    const objBefore = objects.filter((o) => o.start >= clause.start && o.start < first.start);
    const start = objBefore.length ? Math.min(first.start, objBefore[0]!.start) : first.start;
    const span = trimEnd(st, start, end);
    out.push({ criterion: 'F1', start: s.start + span.start, end: s.start + span.end, cue: st.slice(first.start, first.end), strength: baseline || steps ? 'weak' : 'strong', sentence: s.index, paragraph: s.paragraph });
  }
  return out;
};

// ---------------------------------------------------------------- V1 vague framing

const V1_STRONG = /striv|endeavou?r|wherever|where possible|committed|awareness|sensibilis|sensibiliz|apost|œuvr|oeuvr|mesure du possible|medida de lo posible|making|make a|difference|comprometid|engag/i;

const checkV1: Check = (ctx) => {
  const out: Candidate[] = [];
  const { lang } = ctx;
  const nounBefore = new RegExp(L.V1_NOUN_BEFORE, 'iu');
  for (const s of sentencesOf(ctx)) {
    const p = paraOf(ctx, s);
    if (p.heading) continue;
    const st = sText(ctx, s);
    const hits = findAll(L.V1_CUES, lang, st);
    if (!hits.length || !inContext(ctx, s)) continue;
    // Counter: a measured outcome (number + unit + period) in the sentence or a neighbour.
    const near = nearText(ctx, s);
    const measured = (x: string): boolean => hasMeasure(x) && years(x).length > 0 && has(L.CHANGE_VERBS, lang, x);
    if (measured(st) || (measured(near) && has(L.REFERENCE, lang, near))) continue;
    const noNumbers = paraFact(ctx, 'V1nonum', p, (t) => !/\d/.test(t.replace(/\[image:[^\]]*\]/gi, '')));
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      if (nounBefore.test(st.slice(Math.max(0, h.start - 20), h.start))) continue;
      if (negatedBefore(st, h.start) || masked(ctx, s.start + h.start, s.start + h.end)) continue;
      if (/^(?:help|helps|helping|ayud)/i.test(h.text) && /^\s*(?:us|nous|nos)\b/i.test(st.slice(h.end))) continue;
      const c = clauseAround(st, h.start, h.end);
      // S1 over V1: the verb's object is an SDG.
      const objectStart = s.start + h.end;
      const objectEnd = s.start + c.end;
      if (mentionsIn(ctx, objectStart, objectEnd + 200).some((m) => m.start < objectEnd)) continue;
      const span = trimEnd(st, h.start, c.end);
      lastEnd = span.end;
      out.push({ criterion: 'V1', start: s.start + span.start, end: s.start + span.end, cue: h.text, strength: noNumbers || V1_STRONG.test(h.text) ? 'strong' : 'weak', sentence: s.index, paragraph: s.paragraph });
    }
  }
  return out;
};

// ---------------------------------------------------------------- Q1 figure without reference

/** Change verbs without the bare comparatives (those must follow the figure). */
const CHANGE_VERBS_ONLY: Record<CueLang, string[]> = {
  en: L.CHANGE_VERBS.en.filter((v) => !/^(?:less|more|fewer|lower|higher|down|up)$/.test(v)),
  fr: L.CHANGE_VERBS.fr.filter((v) => !/^(?:en moins|en plus|de moins|de plus)$/.test(v)),
  es: L.CHANGE_VERBS.es.filter((v) => !/^(?:menos|más)$/.test(v)),
};

const COMPARATIVE_AFTER = /^\s*(?:[\p{L}\d₂'’]+\s+){0,3}?(?:less|more|fewer|lower|higher|en moins|de moins|en plus|menos|más)(?![\p{L}])|^\s*(?:(?:absolute|overall|annual)\s+)?(?:reduction|decrease|increase|cut|drop|fall|rise|saving|savings|improvement|réduction|baisse|hausse|diminution|reducción|disminución|aumento|ahorro|mejora)(?![\p{L}])/iu;

/** "halved", "de moitié", "a la mitad": a change with no figure at all. */
const HALF: Record<CueLang, RegExp> = {
  en: /\b(?:halved|(?:cut|reduced|lowered) (?:[\p{L}-]+\s+){0,4}?by half)\b/iu,
  fr: /(?:réduit|diminué|baissé|divisé) (?:[\p{L}'-]+\s+){0,4}?(?:de moitié|par deux)/iu,
  es: /(?:reducido|reducimos|redujo|disminuido) (?:[\p{L}-]+\s+){0,4}?(?:a la mitad|en un 50)/iu,
};

const checkQ1: Check = (ctx) => {
  const out: Candidate[] = [];
  const { lang } = ctx;
  const upTo = compile(L.Q1_UP_TO[lang]);
  const verbRe = compile(CHANGE_VERBS_ONLY[lang]);
  for (const s of sentencesOf(ctx)) {
    const st = sText(ctx, s);
    const half = HALF[lang].exec(st);
    if (half && !findRe(compile(L.REFERENCE[lang]), st).length && years(st).length < 2 && inContext(ctx, s)) {
      const span = trimEnd(st, half.index, half.index + half[0].length);
      out.push({ criterion: 'Q1', start: s.start + span.start, end: s.start + span.end, cue: half[0], strength: 'strong', sentence: s.index, paragraph: s.paragraph });
    }
    if (!/\d/.test(st)) continue;
    const measures = findRe(MEASURE, st).filter((m) => !isYearNumber(m.text.replace(/\D+$/, '')) && !/^\d+\s?(?:years?|ans|años|days?|jours?|días|months?|mois|meses|hours?|heures?|horas?)$/i.test(m.text));
    if (!measures.length || !inContext(ctx, s)) continue;
    const p = paraOf(ctx, s);
    if (paraFact(ctx, 'Q1neg', p, (t) => has(L.NEGATIVES, lang, t)) && !/\bup to|jusqu|hasta/i.test(st)) continue;
    const refRe = compile(L.REFERENCE[lang]);
    // Scope S: the reference may also sit in a neighbouring sentence ("… by 30%. Baseline: 2019.").
    const reference = findRe(refRe, st).length > 0 || years(st).length >= 2 || /\bfrom\s+(?:a\s+|the\s+)?[\d€$£]/i.test(st)
      || has(L.BASELINE, lang, nearText(ctx, s));
    const period = has(L.PERIOD, lang, st);
    for (const m of measures) {
      const before = st.slice(Math.max(0, m.start - 60), m.start);
      const upHit = findRe(upTo, before).filter((u) => before.length - u.end <= 3)[0];
      if (upHit) {
        const start = m.start - (before.length - upHit.start);
        const c = clauseAround(st, start, m.end);
        const verbs = findRe(verbRe, st.slice(c.start, start));
        const from = verbs.length ? c.start + verbs[verbs.length - 1]!.start : start;
        const after = COMPARATIVE_AFTER.exec(st.slice(m.end));
        const span = trimEnd(st, from, after ? m.end + after[0].length : m.end);
        out.push({ criterion: 'Q1', start: s.start + span.start, end: s.start + span.end, cue: st.slice(start, m.end), strength: 'strong', sentence: s.index, paragraph: s.paragraph });
        continue;
      }
      if (reference) continue;
      const c = clauseAround(st, m.start, m.end);
      const pre = st.slice(c.start, m.start);
      const verbs = findRe(verbRe, pre);
      const comparativeAfter = COMPARATIVE_AFTER.exec(st.slice(m.end));
      const isPercent = /%|per ?cent|pour ?cent|por ?ciento/i.test(m.text);
      const verb = verbs[verbs.length - 1];
      const avoided = verb && /^(?:sav|avoid|évit|economis|économis|ahorr|evit)/i.test(verb.text);
      if (!verb && !(comparativeAfter && isPercent)) continue;
      if (verb && !isPercent && !avoided) continue;
      // An absolute avoided/saved quantity needs a period; a percentage change needs a reference.
      if (avoided && !isPercent && period) continue;
      const from = verb ? c.start + verb.start : m.start;
      const to = comparativeAfter ? m.end + comparativeAfter[0].length : m.end;
      const span = trimEnd(st, from, to);
      out.push({ criterion: 'Q1', start: s.start + span.start, end: s.start + span.end, cue: m.text, strength: period ? 'weak' : 'strong', sentence: s.index, paragraph: s.paragraph });
    }
  }
  return out;
};

// ---------------------------------------------------------------- SDG claims: S1, S2, S3, S5

/** SDG mentions that are claims: in a sentence with contribution/alignment framing, not in images or headings. */
interface SdgClaim {
  sentence: Sentence;
  mentions: ExplicitReference[];
  framing: { start: number; end: number; text: string } | undefined;
}

function sdgClaims(ctx: CheckContext): SdgClaim[] {
  const out: SdgClaim[] = [];
  const images = findRe(IMAGE, ctx.text);
  for (const s of ctx.seg.sentences) {
    const p = paraOf(ctx, s);
    if (p.heading || p.table) continue;
    const ms = mentionsIn(ctx, s.start, s.end).filter((m) => !images.some((i) => m.start >= i.start && m.end <= i.end));
    if (!ms.length) continue;
    const st = sText(ctx, s);
    const framing = findAll(L.SDG_CLAIM_FRAMING, ctx.lang, st)
      .filter((f) => !masked(ctx, s.start + f.start, s.start + f.end));
    if (!framing.length) continue;
    // The framing nearest before the first mention, else the first one.
    const firstMention = ms[0]!.start - s.start;
    const before = framing.filter((f) => f.end <= firstMention);
    out.push({ sentence: s, mentions: ms, framing: before.length ? before[before.length - 1] : framing[0] });
  }
  return out;
}

const ALL_17: Record<CueLang, RegExp> = {
  en: /\b(?:all(?: of)?(?: the)? (?:17|seventeen)|all(?: the)? (?:SDGs|Sustainable Development Goals|Global Goals)|every (?:single )?(?:SDG|Sustainable Development Goal)|each of the (?:17|seventeen)|the (?:17|seventeen) (?:SDGs|Sustainable Development Goals|Global Goals|Goals))\b/iu,
  fr: /(?:l'ensemble des (?:17 |dix-sept )?(?:ODD|objectifs)|(?:les|aux|des) (?:17|dix-sept) (?:ODD|objectifs)|tous les (?:ODD|objectifs de développement durable))/iu,
  es: /(?:(?:los|a los) (?:17|diecisiete) (?:ODS|objetivos)|todos los (?:ODS|objetivos de desarrollo sostenible)|el conjunto de los ODS)/iu,
};

const COUNTED_GOALS = /(?<![\p{L}\d])(\d{1,2}|[\p{L}-]+)\s+(?:(?:of|des|de)\s+(?:the\s+|los\s+|les\s+)?(?:17|seventeen|dix-sept|diecisiete)\s+)?(?:SDGs|ODD|ODS|(?:Sustainable Development |Global )?Goals|Objectifs(?: de développement durable)?|Objetivos(?: de Desarrollo Sostenible)?)(?![\p{L}])/giu;

function countedGoals(st: string): { start: number; end: number; n: number } | undefined {
  for (const m of st.matchAll(COUNTED_GOALS)) {
    const w = m[1]!.toLowerCase();
    const n = /^\d+$/.test(w) ? Number(w) : L.NUMBER_WORDS[w];
    if (n && n >= 6 && n <= 17) return { start: m.index, end: m.index + m[0].length, n };
  }
  return undefined;
}

const checkSdg: Check = (ctx) => {
  const out: Candidate[] = [];
  const { lang } = ctx;
  const claims = sdgClaims(ctx);
  const docTargets = new Set<number>();
  for (const m of ctx.mentions) if (m.target || m.indicator) for (const g of m.goals) docTargets.add(g);
  // S2's counter: priorities with a materiality rationale, each priority goal meeting S1's counter
  // (a target code or KPI for it somewhere in the text). Priority goals are those named in, or
  // right after, a sentence that prioritises.
  const priorityGoals = new Set<number>();
  const prioRe = compile(L.PRIORITISATION[lang]);
  ctx.seg.sentences.forEach((s, i) => {
    prioRe.lastIndex = 0;
    if (!prioRe.test(sText(ctx, s))) return;
    const next = ctx.seg.sentences[i + 1];
    const end = next && next.paragraph === s.paragraph ? next.end : s.end;
    for (const m of mentionsIn(ctx, s.start, end)) for (const g of m.goals) priorityGoals.add(g);
  });
  const prioritised = priorityGoals.size > 0 && [...priorityGoals].every((g) => docTargets.has(g));
  const s2Sentences = new Set<number>();

  // S2 on a sentence: "all 17", "nine of the seventeen Goals", or a list of more than five goals.
  for (const s of ctx.seg.sentences) {
    const p = paraOf(ctx, s);
    if (p.heading || p.table || prioritised) continue;
    const st = sText(ctx, s);
    const claim = claims.find((c) => c.sentence.index === s.index);
    const all = ALL_17[lang].exec(st);
    const counted = countedGoals(st);
    const listed = new Set(claim?.mentions.flatMap((m) => m.goals) ?? []);
    let hit: { start: number; end: number } | undefined;
    if (all && (claim || /\ball\b|every|ensemble|tous|todos/i.test(all[0]))) hit = { start: all.index, end: all.index + all[0].length };
    else if (counted && (claim || findAll(L.SDG_CLAIM_FRAMING, lang, st).length)) hit = counted;
    else if (claim && listed.size > 5) {
      const ms = claim.mentions;
      hit = { start: ms[0]!.start - s.start, end: ms[ms.length - 1]!.end - s.start };
    }
    if (!hit) continue;
    if (negatedBefore(st, hit.start)) continue;
    // "all 17" + "SDGs": extend over the reference that follows.
    const next = mentionsIn(ctx, s.start + hit.end, s.end).find((m) => m.start - s.start - hit!.end <= 3);
    if (next) hit = { start: hit.start, end: next.end - s.start };
    const framing = findAll(L.SDG_CLAIM_FRAMING, lang, st).filter((f) => f.end <= hit.start);
    const from = framing.length ? framing[framing.length - 1]!.start : hit.start;
    const span = trimEnd(st, Math.min(from, hit.start), hit.end);
    s2Sentences.add(s.index);
    out.push({ criterion: 'S2', start: s.start + span.start, end: s.start + span.end, cue: st.slice(span.start, span.end), strength: 'strong', sentence: s.index, paragraph: s.paragraph });
  }

  // S2 on a document: more than five distinct goals claimed across the text, without priorities.
  if (!s2Sentences.size && !prioritised) {
    const goals = new Set(claims.flatMap((c) => c.mentions.flatMap((m) => m.goals)));
    if (goals.size > 5) {
      const c = claims.find((x) => x.mentions.some((m) => m.goals.length))!;
      const m = c.mentions.find((x) => x.goals.length)!;
      out.push({ criterion: 'S2', start: m.start, end: m.end, cue: `${goals.size} goals`, strength: 'weak', sentence: c.sentence.index, paragraph: c.sentence.paragraph });
    }
  }

  // S1: an SDG cited as a contribution with no target code or KPI (baseline + period) in the paragraph.
  for (const c of claims) {
    if (s2Sentences.has(c.sentence.index)) continue;
    const p = paraOf(ctx, c.sentence);
    const hasTarget = paraFact(ctx, 'S1target', p, () => mentionsIn(ctx, p.start, p.end).some((m) => m.target || m.indicator));
    const kpi = paraFact(ctx, 'S1kpi', p, (t) => hasMeasure(t) && years(t).length >= 2 && has(L.REFERENCE, lang, t));
    if (hasTarget || kpi) continue;
    const st = sText(ctx, c.sentence);
    const ms = c.mentions;
    const mStart = ms[0]!.start - c.sentence.start;
    const mEnd = ms[ms.length - 1]!.end - c.sentence.start;
    const f = c.framing!;
    let start = Math.min(f.start, mStart);
    let end = Math.max(f.end, mEnd);
    // Extend over a trailing goal name: "SDG 13, Climate Action".
    const span = trimEnd(st, start, end);
    start = span.start;
    end = span.end;
    out.push({ criterion: 'S1', start: c.sentence.start + start, end: c.sentence.start + end, cue: ms.map((m) => m.text).join(', '), strength: 'strong', sentence: c.sentence.index, paragraph: c.sentence.paragraph });
  }

  // S3: SDG icons or the colour wheel as images, with no target or KPI for the goals shown.
  for (const p of ctx.seg.paragraphs) {
    const ptext = sText(ctx, p);
    const icons = findRe(IMAGE, ptext).filter((i) => /\b(?:SDG|ODD|ODS|Global Goals?|Sustainable Development Goals?|objetivos|objectifs)\b|wheel|rueda|roue/i.test(i.text) && !/\d{1,2}\.[\da-c]/.test(i.text));
    if (!icons.length) continue;
    const shown = new Set<number>();
    for (const i of icons) for (const n of i.text.match(/(?<![\d.])\d{1,2}(?![\d.])/g) ?? []) if (Number(n) >= 1 && Number(n) <= 17) shown.add(Number(n));
    const covered = shown.size ? [...shown].every((g) => docTargets.has(g)) : docTargets.size > 0;
    if (covered) continue;
    const first = icons[0]!;
    const last = icons[icons.length - 1]!;
    out.push({ criterion: 'S3', start: p.start + first.start, end: p.start + last.end, cue: icons.map((i) => i.text).join(' '), strength: 'strong', paragraph: p.index });
  }

  // S5: a goal claimed explicitly whose subject the text never discusses (documents only).
  if (ctx.document) {
    const content = maskedText(ctx);
    const claimed = new Map<number, ExplicitReference>();
    for (const c of claims) {
      const st = sText(ctx, c.sentence);
      if (ALL_17[lang].test(st) && c.mentions.every((m) => m.goals.length === 0)) continue;
      for (const m of c.mentions) for (const g of m.goals) if (!claimed.has(g) && !(m.target || m.indicator)) claimed.set(g, m);
    }
    for (const [g, m] of claimed) {
      const words = GOAL_SUBJECTS[g] ?? [];
      if (hasAny(words, content)) continue;
      // A confident thematic finding elsewhere also counts as content (the classifier is noisier
      // than the lexicon on short texts, so only high scores, away from any SDG reference).
      if (ctx.thematic?.some((t) => t.goal === g && t.score >= 0.8 && !ctx.mentions.some((x) => t.start < x.end && x.start < t.end))) continue;
      const label = lang === 'fr' ? `ODD ${g}` : lang === 'es' ? `ODS ${g}` : `SDG ${g}`;
      const sentence = ctx.seg.sentences.find((s) => m.start >= s.start && m.end <= s.end);
      out.push({ criterion: 'S5', start: m.start, end: m.end, cue: label, strength: 'strong', sentence: sentence?.index, paragraph: sentence?.paragraph });
    }
  }
  return out;
};

/** The text with SDG references, goal names and image tokens blanked out (same length). */
function maskedText(ctx: CheckContext): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of ctx.masks) {
    if (m.end <= at) continue;
    const from = Math.max(at, m.start);
    parts.push(ctx.text.slice(at, from), ' '.repeat(m.end - from));
    at = m.end;
  }
  parts.push(ctx.text.slice(at));
  return parts.join('');
}

// ---------------------------------------------------------------- I1 outputs as impact

const checkI1: Check = (ctx) => {
  const out: Candidate[] = [];
  const { lang } = ctx;
  const verbRe = compile(L.I1_VERBS[lang]);
  const nounRe = compile(L.I1_NOUNS[lang]);
  const firstPara = ctx.seg.paragraphs[0];
  const titleFraming = firstPara && firstPara.heading ? has(L.IMPACT_FRAMING, lang, sText(ctx, firstPara)) : false;
  for (const s of sentencesOf(ctx)) {
    const p = paraOf(ctx, s);
    if (p.heading) continue;
    const st = sText(ctx, s);
    const verbs = findRe(verbRe, st);
    const nouns = findRe(nounRe, st);
    const outputs = [...verbs, ...nouns].sort((a, b) => a.start - b.start);
    if (!outputs.length || !inContext(ctx, s)) continue;
    const counts = [...st.matchAll(COUNT)]
      .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
      .filter((c) => !isYearNumber(c.text) && !/^0\d/.test(c.text));
    const words = (gap: string): number => (gap.trim() ? gap.trim().split(/\s+/).length : 0);
    // A count tied to an output: "trained 1,240 …" / "9,400 farmers … trained" / "312 sessions".
    const tied = counts.filter((c) =>
      verbs.some((o) => (o.start >= c.end
        ? words(st.slice(c.end, o.start)) <= 6 && !/[.;:]/.test(st.slice(c.end, o.start))
        : words(st.slice(o.end, c.start)) <= 3 && !/[.;,:]/.test(st.slice(o.end, c.start))))
      || nouns.some((o) => o.start >= c.end && words(st.slice(c.end, o.start)) <= 2 && !/[.;,:]/.test(st.slice(c.end, o.start))));
    if (!tied.length) continue;
    const framedHere = has(L.IMPACT_FRAMING, lang, st);
    if (!framedHere && !titleFraming && tied.length < 2) continue;
    if (paraFact(ctx, 'I1change', p, (t) => has(L.OUTCOME_CHANGE, lang, t))) continue;
    const first = Math.min(tied[0]!.start, ...outputs.map((o) => o.start));
    const framing = findAll(L.IMPACT_FRAMING, lang, st)[0];
    const from = framing && framing.start < first ? framing.start : first;
    const span = trimEnd(st, from, st.length);
    out.push({ criterion: 'I1', start: s.start + span.start, end: s.start + span.end, cue: tied.map((t) => t.text).join(', '), strength: framedHere ? 'strong' : 'weak', sentence: s.index, paragraph: s.paragraph });
    // A count with no period at all also lacks Q1's references ("340 homes renovated").
    if (!paraFact(ctx, 'I1period', p, (t) => has(L.PERIOD, lang, t) || years(t).length > 0 || /\bthis year|cette année|este año\b/i.test(t))) {
      const t = tied[0]!;
      const o = outputs.find((x) => x.start >= t.end) ?? outputs[0]!;
      const qs = trimEnd(st, Math.min(t.start, o.start), Math.max(t.end, o.end));
      out.push({ criterion: 'Q1', start: s.start + qs.start, end: s.start + qs.end, cue: st.slice(qs.start, qs.end), strength: 'weak', sentence: s.index, paragraph: s.paragraph });
    }
  }
  return out;
};

// ---------------------------------------------------------------- I2 attribution overclaim

const NOT_SOLE = /^(?:thanks to|grâce à|gracias a)\s+(?:our |nos |notre |nuestr[oa]s? )?(?:partners?|donors?|funders?|supporters?|volunteers?|members?|staff|team|customers?|clients?|partenaires?|donateurs|bénévoles|socios|donantes|voluntari[oa]s|the|la|le|les|el|los|las|this|these|ce|cette|este|esta)\b/i;

const checkI2: Check = (ctx) => {
  const out: Candidate[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${L.I2_CUES[ctx.lang].join('|')})`, 'giu');
  for (const s of sentencesOf(ctx)) {
    const st = sText(ctx, s);
    const hits = findRe(re, st).filter((h) => {
      if (NOT_SOLE.test(h.text)) return false;
      // "thanks to X": X must be us/our or a capitalised name (the regex is case-insensitive).
      const m = /^(?:thanks to|because of|grâce à|gracias a)\s+(\S+)/i.exec(h.text);
      return !m || /^(?:us|our|we|nous|notre|nos|nosotros|nuestr[oa]s?)$/i.test(m[1]!) || /^\p{Lu}/u.test(m[1]!);
    });
    if (!hits.length || !inContext(ctx, s)) continue;
    if (has(L.ATTRIBUTION, ctx.lang, nearText(ctx, s))) continue;
    // "Thanks to X" needs a result in the sentence (a number or an outcome verb).
    const h = hits[0]!;
    if (/^(?:thanks|because|grâce|gracias)/i.test(h.text) && !/\d|escap|lift|earn|found|sali|sorti|retrouv|obtuv|lograr|consigu|mejor|improv|graduat/i.test(st.slice(h.end))) continue;
    const c = clauseAround(st, h.start, h.end);
    const span = trimEnd(st, h.start, /^(?:thanks|because|grâce|gracias)/i.test(h.text) ? st.length : c.end);
    out.push({ criterion: 'I2', start: s.start + span.start, end: s.start + span.end, cue: h.text.trim(), strength: 'strong', sentence: s.index, paragraph: s.paragraph });
  }
  return out;
};

// ---------------------------------------------------------------- I3 unspecified who

const checkI3: Check = (ctx) => {
  const out: Candidate[] = [];
  for (const p of ctx.seg.paragraphs) {
    if (p.heading || p.table) continue;
    const ptext = sText(ctx, p);
    const hits = findAll(L.I3_CUES, ctx.lang, ptext).filter((h) => !masked(ctx, p.start + h.start, p.start + h.end));
    if (!hits.length || !(ctx.sustainable || (has(L.TOPIC, ctx.lang, ptext.replace(/communit\p{L}*|communaut\p{L}*|comunidad\p{L}*/giu, '')) && claimant(ctx, ptext)))) continue;
    // Counter: a named place in the paragraph (plus, ideally, a named group).
    const places = findAll(L.PLACE, ctx.lang, ptext).filter((pl) => {
      // The regex is case-insensitive: check that the name really is capitalised.
      const word = /\s(?:the\s+)?(\S+)$/u.exec(pl.text.split(/\s+/).slice(0, 3).join(' '))?.[1] ?? '';
      return pl.start > 0 && /^\p{Lu}/u.test(word) && !/^(?:The|Our|La|Le|El|Los|Las|Les|Notre|Nuestr[oa])$/.test(word);
    });
    if (places.length) continue;
    const strength = /\d/.test(ptext) ? 'weak' : 'strong';
    let si = 0;
    for (const h of hits) {
      // Hits are in order: walk the paragraph's sentences alongside them.
      while (si < p.sentences.length - 1 && ctx.seg.sentences[p.sentences[si]!]!.end <= p.start + h.start) si++;
      out.push({ criterion: 'I3', start: p.start + h.start, end: p.start + h.end, cue: h.text, strength, sentence: p.sentences[si], paragraph: p.index });
    }
  }
  return out;
};

// ---------------------------------------------------------------- E2 superlatives

const GENERIC_SUPERLATIVE = /^(?:industry|sector|market|best|world|unrivalled|unmatched|second|leader|líder|lidera|numéro|número|référence|referente|pionn|pioner|the first|premi|primer)/i;

const checkE2: Check = (ctx) => {
  const out: Candidate[] = [];
  for (const s of sentencesOf(ctx)) {
    const st = sText(ctx, s);
    const hits = findAll(L.E2_CUES, ctx.lang, st);
    if (!hits.length || !inContext(ctx, s)) continue;
    const near = nearText(ctx, s);
    if (has(L.COMPARATOR, ctx.lang, near) && (years(near).length > 0 || /iso|method|méthod|metodolog/i.test(near))) continue;
    for (const h of hits) {
      if (negatedBefore(st, h.start)) continue;
      // Generic superlatives ("world-class", "leader of the press") are green claims only on the topic.
      if (GENERIC_SUPERLATIVE.test(h.text) && !has(L.TOPIC, ctx.lang, st)) continue;
      const comparative = /er$|^more|^plus|^más|^moins|^menos|better|^lower|than$/i.test(h.text);
      // A quantified comparison is Q1's; an unquantified one is E2's.
      const c = clauseAround(st, h.start, h.end);
      if (comparative && /\d\s?%/.test(st.slice(c.start, c.end))) continue;
      const before = st.slice(c.start, h.start);
      const det = /(?:\b(?:the|our|its|le|la|les|el|la|los|las|un|una|a|an)\s+(?:[\p{L}-]+\s+){0,2})$/iu.exec(before);
      const from = det ? h.start - det[0].length : h.start;
      const span = trimEnd(st, from, c.end);
      out.push({ criterion: 'E2', start: s.start + span.start, end: s.start + span.end, cue: h.text, strength: comparative ? 'weak' : 'strong', sentence: s.index, paragraph: s.paragraph });
    }
  }
  return out;
};

/** Sentence and paragraph checks, in the order they run. */
export const CHECKS: readonly Check[] = [checkG1, checkG2, checkG3, checkG4, checkG5, checkF1, checkV1, checkQ1, checkSdg, checkI1, checkI2, checkI3, checkE2];

/** Document checks that depend on the others: S4 (positive-only) and E1 (no method). */
export function documentChecks(ctx: CheckContext, found: readonly Candidate[]): Candidate[] {
  if (!ctx.document || !ctx.sustainable) return [];
  const out: Candidate[] = [];
  // Claims: at least one strong flag (a weak one alone is too thin to judge a whole document).
  const claims = found.some((f) => f.criterion !== 'S3' && f.strength === 'strong');
  if (!claims) return out;
  // Document-level flags are anchored on the title: the first heading of two or more words among
  // the first paragraphs (skipping "Skip to content"-style one-liners), else the first paragraph.
  const title = ctx.seg.paragraphs.slice(0, 8).find((p) => p.heading && /\S+\s+\S+/.test(sText(ctx, p)) && !/^(?:skip|aller|ir) /i.test(sText(ctx, p)));
  const first = title ?? ctx.seg.paragraphs[0];
  const span = first ? { start: first.start, end: first.end } : { start: 0, end: ctx.text.length };
  if (!has(L.NEGATIVES, ctx.lang, ctx.text)) out.push({ criterion: 'S4', ...span, cue: 'no negative impact, risk or shortfall disclosed', strength: 'strong', paragraph: 0 });
  if (!has(L.VERIFICATION, ctx.lang, ctx.text) && found.length > 0) out.push({ criterion: 'E1', ...span, cue: 'no method, data source or assurance stated', strength: 'strong', paragraph: 0 });
  return out;
}

/** The spans that are never cues: SDG references (with goal names) and image tokens. */
export function maskSpans(text: string, mentions: readonly ExplicitReference[]): { start: number; end: number }[] {
  return [...mentions.map((m) => ({ start: m.start, end: m.end })), ...findRe(IMAGE, text)].sort((a, b) => a.start - b.start);
}
