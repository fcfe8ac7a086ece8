/**
 * Fast language guess for en/fr/es/de from function words. Samples at most ~24k characters spread
 * over the text, so the cost is constant for huge pages. Defaults to English when no language
 * stands out (short or language-neutral text).
 */
import type { Lang } from '../sdg/index';

// Frequent function words that are (nearly) exclusive to one language; shared ones such as
// "la", "de", "en", "que" are left out because they do not separate fr from es.
const STOPWORDS: Record<Lang, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'are', 'this', 'from', 'by', 'which', 'have', 'has', 'was', 'were', 'our', 'their', 'it', 'be', 'an', 'on', 'or', 'as', 'at', 'not', 'will', 'we'],
  fr: ['le', 'les', 'des', 'et', 'est', 'une', 'du', 'pour', 'dans', 'sur', 'pas', 'au', 'aux', 'ce', 'cette', 'qui', 'sont', 'avec', 'ou', 'nous', 'leur', 'plus', 'été', 'être', 'ses', 'mais', 'il', 'elle'],
  es: ['el', 'los', 'las', 'y', 'del', 'por', 'con', 'una', 'para', 'es', 'al', 'como', 'más', 'pero', 'sus', 'este', 'esta', 'son', 'su', 'entre', 'también', 'fue', 'han', 'ha', 'sobre', 'lo', 'hasta'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'zu', 'ein', 'eine', 'für', 'auf', 'dem', 'sich', 'des', 'im', 'auch', 'wir', 'werden', 'wird', 'sind', 'bei', 'nach', 'einer', 'zur', 'zum', 'oder', 'über'],
};

const WORD_LANG = new Map<string, Lang>();
for (const lang of Object.keys(STOPWORDS) as Lang[]) {
  for (const w of STOPWORDS[lang]) WORD_LANG.set(w, lang);
}

const SAMPLE_WINDOWS = 8;
const WINDOW_CHARS = 3000;
const WORD = /[a-zà-öø-ÿ]+/g;

/** The most likely language of `text` among en/fr/es/de (stopword counts; 'en' when unclear). */
export function detectLang(text: string): Lang {
  const counts: Record<Lang, number> = { en: 0, fr: 0, es: 0, de: 0 };
  const sample = sampleOf(text).toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    const lang = WORD_LANG.get(m[0]);
    if (lang) counts[lang]++;
  }
  let best: Lang = 'en';
  for (const lang of ['fr', 'es', 'de'] as const) {
    if (counts[lang] > counts[best]) best = lang;
  }
  // Require a margin before leaving the default so a few foreign words do not flip it.
  return counts[best] >= 3 && counts[best] > counts.en * 1.2 ? best : 'en';
}

/** Up to SAMPLE_WINDOWS slices of WINDOW_CHARS spread evenly over the text. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_WINDOWS * WINDOW_CHARS) return text;
  const stride = Math.floor(text.length / SAMPLE_WINDOWS);
  const parts: string[] = [];
  for (let i = 0; i < SAMPLE_WINDOWS; i++) parts.push(text.slice(i * stride, i * stride + WINDOW_CHARS));
  return parts.join(' ');
}
