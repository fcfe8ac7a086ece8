/**
 * User settings: one zod schema, its defaults, and the pure decisions derived from it (is this
 * site on, which flags are shown). Storage lives in `./storage.ts`.
 */
import { z } from 'zod';

/** UI languages the extension ships strings for; `auto` follows the browser. */
export const UI_LANGS = ['auto', 'en', 'fr', 'es'] as const;
export const UiLangSchema = z.enum(UI_LANGS);
export type UiLang = z.infer<typeof UiLangSchema>;

export const SensitivitySchema = z.enum(['all', 'strong']);
export type Sensitivity = z.infer<typeof SensitivitySchema>;

export const HighlightStyleSchema = z.enum(['normal', 'high-contrast']);
export type HighlightStyle = z.infer<typeof HighlightStyleSchema>;

export const SETTINGS_VERSION = 1;

/**
 * Every field has a default so that a partial or older stored object still parses: a missing
 * field never turns the extension off.
 */
export const SettingsSchema = z.object({
  /** Master switch. */
  enabled: z.boolean().default(true),
  /** Per-site overrides keyed by hostname: `false` switches the extension off on that site. */
  sites: z.record(z.string(), z.boolean()).default({}),
  /** Scan every page on load (true) or only when asked from the popup (false). */
  autoScan: z.boolean().default(true),
  /** Washing-risk flags: all of them, or only strong ones. */
  sensitivity: SensitivitySchema.default('all'),
  highlightStyle: HighlightStyleSchema.default('normal'),
  uiLang: UiLangSchema.default('auto'),
  /**
   * Send a tab that shows a PDF to the SDG Lens reader without asking. Off by default: it replaces
   * the browser's own viewer, which the user should choose (older stored settings lack it: off).
   */
  autoOpenPdf: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Parse stored settings, falling back to defaults field by field (a corrupt store must not break pages). */
export function parseSettings(raw: unknown): Settings {
  const whole = SettingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  // Keep the fields that are valid, drop the rest.
  const out: Record<string, unknown> = {};
  if (raw && typeof raw === 'object') {
    for (const [key, field] of Object.entries(SettingsSchema.shape)) {
      const r = (field as z.ZodType).safeParse((raw as Record<string, unknown>)[key]);
      if (r.success) out[key] = r.data;
    }
  }
  return SettingsSchema.parse(out);
}

/** The hostname used as the per-site key; empty for URLs without one (file:, data:). */
export function siteKey(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Whether the extension runs on `url` under `settings`. */
export function isEnabledFor(settings: Settings, url: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(url);
  return settings.sites[key] ?? true;
}

/** Whether a flag of this strength is shown at this sensitivity. */
export function showsFlag(sensitivity: Sensitivity, strength: 'strong' | 'weak'): boolean {
  return sensitivity === 'all' || strength === 'strong';
}
