/**
 * Settings in `browser.storage.local` (one item, versioned). Reads are parsed with zod so a
 * hand-edited or older value degrades to defaults instead of breaking a page.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, parseSettings, siteKey, type Settings } from './schema';

/** The storage item; read it through `loadSettings`/`watchSettings` to get parsed values. */
export const settingsItem = storage.defineItem<unknown>('local:sdg-settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** Current settings, parsed. */
export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Merge a change into the stored settings and return the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Switch the extension on or off for the site of `url`. */
export async function setSiteEnabled(url: string, on: boolean): Promise<Settings> {
  const current = await loadSettings();
  const key = siteKey(url);
  const sites = { ...current.sites };
  // Storing only the exceptions keeps the record small.
  if (on) delete sites[key];
  else sites[key] = false;
  return updateSettings({ sites });
}

/** Call `cb` with parsed settings whenever they change; returns the unwatch function. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(parseSettings(value)));
}
