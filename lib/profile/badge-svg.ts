/**
 * The static SVG badge: a 17-goal strip with the claimed goals lit in their official colours and
 * four pips per goal for its evidence level, the organisation's name, and one line of totals.
 * A standalone, deterministic document (same profile → same bytes) for `sdg-lens badge`, the
 * profile builder's download and the widget's no-JavaScript fallback. Accessible: role="img"
 * labelled by a `<title>` and a `<desc>` that lists every claimed goal and its level.
 */
import type { Profile } from '../schema/profile';
import { GOAL_META, goalName, inkOn, type ProfileLang } from './goal-meta';
import { fmt, STRINGS } from './i18n';
import { LEVELS } from './limits';

/** Options of {@link renderBadgeSvg}. */
export interface BadgeOptions {
  lang?: ProfileLang;
  /** Prefix of the ids `<title>`/`<desc>` get; change it when several badges are inlined in one page. */
  idPrefix?: string;
}

/** Width and height of the badge in CSS pixels. */
export const BADGE_SIZE = { width: 344, height: 98 } as const;

// Characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/FFFF) would make the file unreadable.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text for XML content and attribute values. */
export function escapeXml(value: string): string {
  return value
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Shorten to `max` characters (code points, so no surrogate is cut), with an ellipsis. */
export function clip(value: string, max: number): string {
  const chars = Array.from(value.replace(/\s+/g, ' ').trim());
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('');
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Render a profile as a standalone SVG document (a string). */
export function renderBadgeSvg(profile: Profile, opts: BadgeOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const t = STRINGS[lang];
  const id = (opts.idPrefix ?? 'sdg-badge').replace(/[^A-Za-z0-9_-]/g, '') || 'sdg-badge';
  const { width, height } = BADGE_SIZE;
  const byGoal = new Map(profile.goals.map((g) => [g.goal, g]));
  const org = profile.organisation.name;
  const title = fmt(t.profileOf, { org });
  const desc = [
    fmt(t.goalsClaimed, { n: profile.goals.length }) + '.',
    ...[...profile.goals].sort((a, b) => a.goal - b.goal).map((g) => `${fmt(t.goal, { n: g.goal })}, ${goalName(g.goal, lang)}: ${t.levels[g.level]}.`),
    `${t.risk}: ${t.riskLevels[profile.risk.level]} (${Math.round(profile.risk.score)}/100).`,
  ].join(' ');
  // Strongest level first, as in the widget.
  const counts = [...LEVELS].reverse().map((l) => [l, profile.goals.filter((g) => g.level === l).length] as const).filter(([, n]) => n > 0);
  const totals = [fmt(t.goalsShort, { n: profile.goals.length }), ...counts.map(([l, n]) => `${n} ${t.levels[l]}`)].join(' · ');
  const risk = `${t.risk}: ${t.riskLevels[profile.risk.level]} · ${Math.round(profile.risk.score)}/100`;
  const riskColour = { low: '#1A7F37', medium: '#9A6700', high: '#CF222E' }[profile.risk.level];

  const tiles = GOAL_META.map(([colour], i) => {
    const n = i + 1;
    const x = 10 + i * 19.3;
    const g = byGoal.get(n);
    if (!g) {
      return `<g><rect x="${x.toFixed(1)}" y="30" width="17" height="26" rx="2" fill="#EEF0F2"/><text x="${(x + 8.5).toFixed(1)}" y="43" fill="#57606A" font-size="10" text-anchor="middle">${n}</text></g>`;
    }
    const ink = inkOn(colour);
    const rung = LEVELS.indexOf(g.level);
    const pips = LEVELS.map((_, k) =>
      k <= rung
        ? `<rect x="${(x + 2 + k * 3.5).toFixed(1)}" y="49" width="2.5" height="4" fill="${ink}"/>`
        : `<rect x="${(x + 2.25 + k * 3.5).toFixed(1)}" y="49.25" width="2" height="3.5" fill="none" stroke="${ink}" stroke-width="0.5"/>`,
    ).join('');
    return `<g><title>${escapeXml(`${fmt(t.goal, { n })}, ${goalName(n, lang)}: ${t.levels[g.level]}`)}</title><rect x="${x.toFixed(1)}" y="30" width="17" height="26" rx="2" fill="${colour}"/><text x="${(x + 8.5).toFixed(1)}" y="43" fill="${ink}" font-size="10" font-weight="700" text-anchor="middle">${n}</text>${pips}</g>`;
  }).join('');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" lang="${lang}" font-family="${escapeXml(FONT)}">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="6" fill="#FFFFFF" stroke="#D0D7DE"/>`,
    `<text x="10" y="20" font-size="12" fill="#1F2328"><tspan font-weight="700">${escapeXml(t.profile)}</tspan><tspan fill="#57606A"> · </tspan><tspan>${escapeXml(clip(org, 36))}</tspan></text>`,
    tiles,
    `<text x="10" y="72" font-size="9.5" fill="#57606A">${escapeXml(clip(totals, 68))}</text>`,
    `<circle cx="14" cy="84.5" r="3.5" fill="${riskColour}"/><text x="22" y="88" font-size="10" fill="#1F2328">${escapeXml(risk)}</text>`,
    `</svg>`,
  ].join('\n') + '\n';
}
