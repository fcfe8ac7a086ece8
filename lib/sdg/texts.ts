/**
 * Official target and indicator wording per language. Kept apart from `lib/sdg/index.ts` so that
 * code that needs only goals and codes does not bundle ~70 KB per language.
 */
import en from './data/texts.en.json';
import fr from './data/texts.fr.json';
import es from './data/texts.es.json';
import de from './data/texts.de.json';
import type { Lang } from './index';

interface Texts {
  targets: Record<string, string>;
  indicators: Record<string, string>;
}
const TEXTS: Record<Lang, Texts> = { en, fr, es, de };

/** Official wording of a target ("8.7") in `lang`, falling back to English. */
export function targetText(code: string, lang: Lang = 'en'): string | undefined {
  const c = code.toLowerCase();
  return TEXTS[lang].targets[c] ?? TEXTS.en.targets[c];
}

/** Official wording of an indicator ("6.1.1") in `lang`, falling back to English. */
export function indicatorText(code: string, lang: Lang = 'en'): string | undefined {
  const c = code.toLowerCase();
  return TEXTS[lang].indicators[c] ?? TEXTS.en.indicators[c];
}

/** All targets of one language, for training and lexicon building. */
export function allTexts(lang: Lang): Texts {
  return TEXTS[lang];
}
