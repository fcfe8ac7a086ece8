/**
 * UI language for the library's extension pages (side panel, library, options): applies the
 * user's setting and re-renders when it changes. Components read `locale.value` so that a
 * language switch repaints them.
 */
import { signal } from '@preact/signals';
import { setUiLanguage, type UiLocale } from '../../lib/i18n';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import type { Settings } from '../../lib/settings/schema';

/** The locale strings resolve in; read it in render functions to follow changes. */
export const locale = signal<UiLocale>('en');

function apply(s: Settings): void {
  locale.value = setUiLanguage(s.uiLang);
  document.documentElement.lang = locale.value;
}

/** Applies the stored language now and follows changes; returns the unwatch function. */
export async function startPageI18n(): Promise<() => void> {
  apply(await loadSettings());
  return watchSettings(apply);
}
