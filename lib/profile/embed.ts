/**
 * The embed snippet the profile builder copies: the widget script, the `<sdg-profile>` element with
 * the profile inline as JSON, and the static badge inside a link as the no-JavaScript fallback.
 */
import type { Profile } from '../schema/profile';
import { escapeXml, renderBadgeSvg } from './badge-svg';
import type { ProfileLang } from './goal-meta';
import { isHttpUrl } from './limits';

/** The profile as a downloadable JSON file (pretty, newline-terminated). */
export function profileJson(profile: Profile): string {
  return JSON.stringify(profile, null, 2) + '\n';
}

/**
 * JSON that is safe inside an HTML `<script>` element: `<`, `>` and `&` become \u escapes, so a
 * name like `</script><img onerror=…>` cannot close the element; U+2028/2029 are escaped for old
 * JavaScript parsers.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Options of {@link embedSnippet}. */
export interface EmbedOptions {
  /** Where the site hosts sdg-profile.js. */
  scriptUrl: string;
  variant?: 'badge' | 'card' | 'full';
  theme?: 'light' | 'dark' | 'auto';
  lang?: ProfileLang;
  /** Height to reserve so the page does not shift when the widget renders (the builder measures it). */
  minHeight?: number;
}

/** The HTML to paste into a page. */
export function embedSnippet(profile: Profile, opts: EmbedOptions): string {
  const variant = opts.variant ?? 'card';
  const theme = opts.theme ?? 'auto';
  const lang = opts.lang ?? 'en';
  const attr = (s: string) => escapeXml(s);
  const link = profile.organisation.website ?? profile.sources[0]?.url;
  const badge = renderBadgeSvg(profile, { lang, idPrefix: 'sdg-profile-badge' }).trimEnd();
  const fallback = link && isHttpUrl(link) ? `<a href="${attr(link)}">${badge}</a>` : badge;
  return [
    `<script src="${attr(opts.scriptUrl)}" defer></script>`,
    `<sdg-profile variant="${variant}" theme="${theme}" lang="${lang}"${
      opts.minHeight && opts.minHeight > 0 ? ` style="--sdg-min-height: ${Math.ceil(opts.minHeight)}px"` : ''
    }>`,
    `<script type="application/json">${inlineJson(profile)}</script>`,
    fallback,
    `</sdg-profile>`,
  ].join('\n') + '\n';
}
