/**
 * Text normalisation shared by the thematic classifier and its training pipeline. Both sides must
 * turn text into the same feature keys, so this file is the single definition: tokens of letters,
 * lower-cased and accent-folded, function words and generic SDG vocabulary dropped, a light
 * multilingual stem (plural strip + prefix truncation), then unigrams and adjacent bigrams.
 */

/** A content token: its feature key and where it sits in the original text (UTF-16 offsets). */
export interface Token {
  key: string;
  start: number;
  end: number;
}

/** A feature occurrence: unigram or bigram key and the span of text it covers. */
export interface FeatureOccurrence {
  key: string;
  start: number;
  end: number;
}

/**
 * Truncation length of the stem. Long enough to keep "communicable" (communic) apart from
 * "community" (communit) and "transport" from "transparency", short enough to merge
 * "education/educational", "educación", "éducation" into close keys.
 */
const STEM_LENGTH = 8;

// Function words of en/fr/es/de: they carry no topic and would make bigrams noisy.
const FUNCTION_WORDS = `
a an the and or nor but of to in on at by for from with without within into onto over under
about above after against among around as be been being is are was were am do does did done
has have had having it its it's this that these those there here which who whom whose what when
where why how all any both each few more most other some such no not only own same so than too
very can will just should would could may might must shall also their them they our we us you
your he she his her him i me my mine ours yours via per upon while through during before between
until up down out off again further then once if because whether either neither one two three
le la les un une des du de d l et ou en au aux dans par pour sur sous avec sans ce cet cette ces
qui que quoi dont ou est sont etre ete a ont avoir leur leurs son sa ses nos notre votre vos il
elle ils elles nous vous on se ne pas plus moins tres tout tous toute toutes entre vers chez
ainsi afin comme lors selon aussi deja
el los las una unos unas del al y o u e en por para con sin sobre entre como que quien cual
cuyo es son ser fue han ha haber su sus nuestro nuestra este esta estos estas ese esa eso lo le
les se no mas muy todo todos toda todas tambien asi mediante hacia desde hasta segun
der die das den dem des ein eine einer eines einem einen und oder aber mit ohne fur von zu zum
zur im am auf aus bei nach uber unter vor durch gegen sich ist sind waren wird werden wurde
nicht kein keine auch als wie so dass bis
each every new great large part parts offer offers provide provides make made take use used
using well many much across able however now still since ago need needs help helps way ways
set like time times thus first second third
chaque partie grand grande grands nouveau nouvelle nouveaux propose proposer permet permettre
desormais encore donc alors fait faire peut peuvent doit ici aujourd hui bien premier premiere
cada parte gran grande grandes nuevo nueva nuevos ahora donde mientras ya sino aun tanto otro
otra otros otras puede pueden hace hacer mismo misma final primer primera
jede jeder jedes neue neuen grosse teil heute
`;

/**
 * Generic words that appear across all goals (or in every official sentence) and must not carry a
 * goal's weight: "sustainable", "development", "goal", target/indicator boilerplate, years.
 */
const GENERIC_WORDS = `
sustainable sustainability sustainably development developing developed develop goal goals
target targets indicator indicators sdg sdgs agenda objective objectives objectif objectifs
cible cibles indicateur indicateurs durable durables durabilite developpement objetivo objetivos
meta metas indicador indicadores sostenible sostenibles sostenibilidad desarrollo ziel ziele
nachhaltig nachhaltige nachhaltigen nachhaltigkeit entwicklung unterziel indikator indikatoren
proportion proporcion anteil number nombre numero anzahl percentage pourcentage porcentaje
including notamment incluidos einschliesslich particular particulier particulares insbesondere
ensure garantir asegurar sicherstellen achieve atteindre lograr erreichen increase accroitre
aumentar erhohen substantially considerablement considerablemente erheblich significantly
nations united unies unidas vereinten national nationale nacional nationalen countries country
pays paises all tous todos alle global mondial mundial world monde mundo welt
year years annee annees ano anos jahr jahre per cent total level niveau nivel ebene
day days jour jours dia dias tag tage month months mois mes meses monat week semaine semana woche
company companies entreprise entreprises empresa empresas unternehmen firm firms societe
available disponible disponibles verfugbar carried realise realises realizado realizados
million millions millon millones millionen billion milliard milliards mil
`;

const STOP = new Set(
  (FUNCTION_WORDS + ' ' + GENERIC_WORDS)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stem(w)),
);

/** Lower-case and strip diacritics ("Éducation" → "education", "Straße" → "strasse"). */
export function fold(word: string): string {
  // Fast path: most words of most pages are plain ASCII.
  if (!/[^\x00-\x7f]/.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * A deliberately crude multilingual stem: drop a plural "s"/"x" (en/fr/es/de share it), then keep
 * the first STEM_LENGTH letters. Crude but symmetric across languages, and it needs no per-language
 * rule tables in the bundle.
 */
export function stem(folded: string): string {
  let w = folded;
  if (w.length > 4 && (w.endsWith('s') || w.endsWith('x')) && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w.length > STEM_LENGTH ? w.slice(0, STEM_LENGTH) : w;
}

// Letters plus combining marks: decomposed (NFD) text, as in some official translations, must not
// split "fore\u0302ts" into two tokens.
const WORD = /[\p{L}\p{M}]+/gu;

/** Content tokens of `text` with their original spans; stop words and one-letter tokens dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    if (raw.length < 2) continue;
    const key = stem(fold(raw));
    if (key.length < 2 || STOP.has(key)) continue;
    out.push({ key, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/**
 * Unigram and bigram occurrences. A bigram joins two adjacent content tokens unless a sentence or
 * clause break (. ; : ! ? or a line break) separates them, so it keeps phrases like "drinking
 * water" or "eau potable" and skips accidental pairs across sentences.
 */
export function features(text: string): FeatureOccurrence[] {
  const toks = tokenize(text);
  const out: FeatureOccurrence[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    out.push({ key: t.key, start: t.start, end: t.end });
    const n = toks[i + 1];
    if (n && n.start - t.end < 40 && !hasBreak(text, t.end, n.start)) {
      out.push({ key: `${t.key} ${n.key}`, start: t.start, end: n.end });
    }
  }
  return out;
}

/** Whether text[from, to) holds a sentence or clause break (. ; : ! ? or a line break). */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . : ; ! ? \n \r
    if (c === 46 || c === 58 || c === 59 || c === 33 || c === 63 || c === 10 || c === 13) return true;
  }
  return false;
}
