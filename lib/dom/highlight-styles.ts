/**
 * The stylesheet that paints our highlights (`::highlight(sdg-…)`). Generated from the official
 * goal colours; two styles: normal (translucent tint + underline, text stays readable) and high
 * contrast (solid yellow mark, black text, thick goal-coloured underline).
 */
import { GOALS } from '../sdg/index';
import type { HighlightStyle } from '../settings/schema';

/** Highlight names (all `sdg-` prefixed, see STYLE.md). */
export const HIGHLIGHT_NAMES = {
  goal: (n: number) => `sdg-goal-${n}`,
  theme: (n: number) => `sdg-theme-${n}`,
  /** General references (the SDGs, the 2030 Agenda) that name no goal. */
  general: 'sdg-general',
  /** Strong washing-risk flags. */
  flag: 'sdg-flag',
  /** Weak flags (hidden at "strong only" sensitivity). */
  flagWeak: 'sdg-flag-weak',
  /** The keyboard-selected finding. */
  current: 'sdg-current',
} as const;

/**
 * Flag colours from the Okabe–Ito palette, distinguishable with the common colour-vision
 * deficiencies and unlike any SDG colour in hue and line shape (wavy).
 */
export const FLAG_COLOUR = '#D55E00';
export const FLAG_WEAK_COLOUR = '#CC79A7';

/** UN blue, for references to the SDGs as a whole. */
export const UN_BLUE = '#009EDB';

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** CSS for every highlight name in the given style. */
export function highlightCss(style: HighlightStyle): string {
  const rules: string[] = [];
  for (const g of GOALS) {
    if (style === 'high-contrast') {
      rules.push(
        `::highlight(${HIGHLIGHT_NAMES.goal(g.n)}){background-color:#ffef5c;color:#000;text-decoration:underline 3px solid ${g.colour}}`,
        `::highlight(${HIGHLIGHT_NAMES.theme(g.n)}){text-decoration:underline 3px dotted ${g.colour}}`,
      );
    } else {
      rules.push(
        `::highlight(${HIGHLIGHT_NAMES.goal(g.n)}){background-color:${rgba(g.colour, 0.22)};text-decoration:underline 2px solid ${g.colour}}`,
        `::highlight(${HIGHLIGHT_NAMES.theme(g.n)}){text-decoration:underline 2px dotted ${g.colour}}`,
      );
    }
  }
  const thick = style === 'high-contrast' ? '3px' : '2px';
  rules.push(
    style === 'high-contrast'
      ? `::highlight(${HIGHLIGHT_NAMES.general}){background-color:#ffef5c;color:#000;text-decoration:underline 3px double ${UN_BLUE}}`
      : `::highlight(${HIGHLIGHT_NAMES.general}){background-color:${rgba(UN_BLUE, 0.16)};text-decoration:underline 2px double ${UN_BLUE}}`,
    `::highlight(${HIGHLIGHT_NAMES.flag}){text-decoration:underline ${thick} wavy ${FLAG_COLOUR}}`,
    `::highlight(${HIGHLIGHT_NAMES.flagWeak}){text-decoration:underline ${thick} wavy ${FLAG_WEAK_COLOUR}}`,
    style === 'high-contrast'
      ? `::highlight(${HIGHLIGHT_NAMES.current}){background-color:#000;color:#fff}`
      : `::highlight(${HIGHLIGHT_NAMES.current}){background-color:rgba(255,193,7,.6);color:#000}`,
  );
  return rules.join('\n');
}
