/**
 * UI strings with a language override. `browser.i18n.getMessage` always follows the browser's
 * language, so the extension bundles its own `_locales/*\/messages.json` (they are the extension's
 * files; nothing is fetched) and resolves messages itself, with the same placeholder rules
 * (`$NAME$` placeholders whose `content` is `$1`…`$9`).
 */
import en from '../public/_locales/en/messages.json';
import fr from '../public/_locales/fr/messages.json';
import es from '../public/_locales/es/messages.json';
import type { UiLang } from './settings/schema';

/** Languages the UI is translated into. */
export const UI_LOCALES = ['en', 'fr', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type LocaleMessages = Record<string, LocaleEntry>;

const CATALOGUES: Record<UiLocale, LocaleMessages> = {
  en: en as LocaleMessages,
  fr: fr as LocaleMessages,
  es: es as LocaleMessages,
};

/** Keys of the English catalogue, the reference set every locale must cover. */
export type MessageKey = keyof typeof en;

let current: UiLocale = 'en';

/** The locale for a browser language tag ("fr-CH" → "fr"); English when unsupported. */
export function localeFor(tag: string | undefined): UiLocale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : 'en';
}

/** The browser's UI language, where the `i18n` API exists (not in unit tests or Node). */
function browserLanguage(): string | undefined {
  const g = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } }; navigator?: { language?: string } };
  return g.chrome?.i18n?.getUILanguage?.() ?? g.navigator?.language;
}

/** Apply the user's UI-language setting; `auto` follows the browser. Returns the locale in use. */
export function setUiLanguage(setting: UiLang): UiLocale {
  current = setting === 'auto' ? localeFor(browserLanguage()) : setting;
  return current;
}

/** The locale strings currently resolve in. */
export function uiLocale(): UiLocale {
  return current;
}

/** Resolve `$NAME$` placeholders and `$1`…`$9` substitutions like the browser does. */
function format(entry: LocaleEntry, subs: readonly (string | number)[]): string {
  const sub = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
  let text = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? sub(ph.content) : whole;
  });
  text = sub(text);
  return text.replace(/\$\$/g, '$');
}

/**
 * The message `key` in the UI language (English when a locale lacks it), with substitutions.
 * An unknown key returns the key itself, so a missing string is visible rather than blank.
 */
export function t(key: MessageKey | (string & {}), subs: string | number | readonly (string | number)[] = []): string {
  const list = Array.isArray(subs) ? subs : [subs as string | number];
  const entry = CATALOGUES[current][key] ?? CATALOGUES.en[key];
  return entry ? format(entry, list) : key;
}

/** Every key of a locale, for the test that checks translations are complete. */
export function catalogueKeys(locale: UiLocale): string[] {
  return Object.keys(CATALOGUES[locale]);
}
