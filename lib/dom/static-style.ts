/**
 * The page's own `<style>` sheets, evaluated without layout, for reading HTML outside a browser
 * (the CLI's linkedom documents). The content script asks `getComputedStyle` which elements are
 * hidden (`display:none`, `visibility:hidden`) and which inline elements are laid out as blocks;
 * without the same answers in Node, `sdg-lens scan` read text the reader never sees (a
 * stylesheet-hidden "SDG 2") and glued styled blocks together ("−38%food loss"), so the CLI's
 * offsets, references and flags drifted from the page's for the same HTML.
 *
 * What is evaluated: `display` and `visibility` declarations of the document's `<style>` elements
 * (except `media="print"`), with `!important`, specificity and source order, then the inline
 * `style` attribute; rules inside `@media screen|all`, `@supports` and `@layer` are read, other
 * at-rules (print, width queries, which depend on a viewport there is none of) are not. Children
 * of flex and grid containers count as blocks (CSS blockifies them). Not evaluated: external
 * stylesheets (`<link rel=stylesheet>`, `@import`: the CLI fetches nothing extra), `var()` values,
 * pseudo-elements, and selectors linkedom cannot match (skipped one by one).
 */
import { tagOf, type IndexNode } from './text-index';

/** A declaration that won so far for one property of one element. */
interface Winner {
  value: string;
  important: boolean;
  /** [ids, classes/attributes/pseudo-classes, types], or null for the inline style (beats any selector). */
  specificity: [number, number, number] | null;
  order: number;
}

/** The questions the TextIndex asks, answered from the document's stylesheets. */
export interface StaticStyle {
  /** `display:none` or `visibility:hidden|collapse` by a stylesheet rule or the inline style. */
  isHidden(el: IndexNode): boolean;
  /** Laid out as a block: a block-level `display`, or a child of a flex or grid container. */
  isBlock(el: IndexNode): boolean;
}

/**
 * Whether a computed `display` value separates blocks of text. Shared with the content script's
 * computed-style check so that the browser and Node draw the same block boundaries.
 */
export function isBlockDisplay(display: string): boolean {
  return display !== 'inline' && display !== 'contents' && display !== 'inline-block' && display !== 'inline-flex' && display !== 'none';
}

const CONTAINERS = new Set(['flex', 'inline-flex', 'grid', 'inline-grid']);

/** Minimal element surface used here (linkedom and DOM elements both have it). */
interface QueryRoot {
  querySelectorAll(selector: string): ArrayLike<unknown>;
}

/**
 * The ids, classes and tags present in the document, so that a selector that names one the page
 * does not have is skipped without a query: linkedom's querySelectorAll walks the whole tree per
 * selector, and a site-wide stylesheet is mostly rules for other pages.
 */
class Present {
  private readonly ids = new Set<string>();
  private readonly classes = new Set<string>();
  private readonly tags = new Set<string>();

  constructor(root: QueryRoot) {
    for (const el of Array.from(root.querySelectorAll('*')) as IndexNode[]) {
      const id = attr(el, 'id');
      if (id) this.ids.add(id);
      for (const c of (attr(el, 'class') ?? '').split(/\s+/)) if (c) this.classes.add(c);
      this.tags.add(tagOf(el));
    }
  }

  /** False when the selector needs an id, class or tag (outside `:not()` and the like) that no element has. */
  mayMatch(selector: string): boolean {
    // Blank out brackets and parentheses: attribute values and pseudo-class arguments hold dots and hashes of their own.
    let flat = '';
    let depth = 0;
    for (const c of selector) {
      if (c === '(' || c === '[') depth++;
      flat += depth > 0 ? ' ' : c;
      if ((c === ')' || c === ']') && depth > 0) depth--;
    }
    for (const m of flat.matchAll(/([#.])(-?[_a-zA-Z][\w-]*)/g)) {
      if (!(m[1] === '#' ? this.ids : this.classes).has(m[2]!)) return false;
    }
    for (const m of flat.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)) {
      if (!this.tags.has(m[1]!.toLowerCase())) return false;
    }
    return true;
  }
}

interface Rule {
  selectors: string;
  declarations: Map<'display' | 'visibility', { value: string; important: boolean }>;
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, ' ');
}

/** Index of the `}` closing the block opened at `open` (a `{`), or the end of the text. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      const close = css.indexOf(c, i + 1);
      i = close === -1 ? css.length : close;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** At-rule blocks whose rules apply to a screen with no particular size. */
function enterAtRule(prelude: string): boolean {
  const m = /^@([a-z-]+)\s*(.*)$/is.exec(prelude.trim());
  if (!m) return false;
  const name = m[1]!.toLowerCase();
  if (name === 'supports' || name === 'layer') return true;
  if (name === 'media') return /^(?:only\s+)?(?:screen|all)$/i.test(m[2]!.trim());
  return false;
}

function parseDeclarations(body: string): Rule['declarations'] {
  const out: Rule['declarations'] = new Map();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon === -1) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    if (prop !== 'display' && prop !== 'visibility') continue;
    let value = part.slice(colon + 1).trim().toLowerCase();
    const important = /!\s*important$/.test(value);
    if (important) value = value.replace(/!\s*important$/, '').trim();
    // Unknown values (custom properties) are not guessed at; a later declaration in the same rule wins.
    if (!value || value.includes('var(')) continue;
    // `display: block flow` and similar two-keyword forms: the outer keyword decides.
    out.set(prop, { value: prop === 'display' ? normaliseDisplay(value) : value, important });
  }
  return out;
}

function normaliseDisplay(value: string): string {
  const words = value.split(/\s+/);
  if (words.length === 1) return value;
  if (words.includes('none')) return 'none';
  if (words.includes('contents')) return 'contents';
  const inner = words.find((w) => w === 'flex' || w === 'grid') ?? 'flow';
  if (words.includes('inline')) return inner === 'flow' ? 'inline' : `inline-${inner}`;
  return inner === 'flow' ? 'block' : inner;
}

/** Style rules with a `display` or `visibility` declaration, in source order. */
export function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  const walk = (text: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      const semi = text.indexOf(';', i);
      // A statement at-rule (`@import …;`, `@charset …;`) before the next block.
      if (semi !== -1 && (open === -1 || semi < open) && text.slice(i, semi).trim().startsWith('@')) {
        i = semi + 1;
        continue;
      }
      if (open === -1) return;
      const close = blockEnd(text, open);
      const prelude = text.slice(i, open).trim();
      const body = text.slice(open + 1, close);
      if (prelude.startsWith('@')) {
        if (enterAtRule(prelude)) walk(body);
      } else if (prelude) {
        const declarations = parseDeclarations(body);
        if (declarations.size) rules.push({ selectors: prelude, declarations });
      }
      i = close + 1;
    }
  };
  walk(stripComments(css));
  return rules;
}

/** Splits a selector list on top-level commas (not those inside `:is(a, b)` or `[x="a,b"]`). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/** Selector specificity (Selectors Level 4, with `:is/:not/:has` counted by their first argument). */
export function specificity(selector: string): [number, number, number] {
  let s = selector.replace(/"[^"]*"|'[^']*'/g, '""');
  let a = 0;
  let b = 0;
  let c = 0;
  // :where() adds nothing; :is/:not/:has count as their argument (the first one, a fair approximation).
  s = s.replace(/:where\((?:[^()]|\([^()]*\))*\)/gi, '');
  for (;;) {
    const m = /:(?:is|not|has|matches)\(((?:[^()]|\([^()]*\))*)\)/i.exec(s);
    if (!m) break;
    const [x, y, z] = specificity(splitSelectors(m[1]!)[0] ?? '');
    a += x;
    b += y;
    c += z;
    s = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  }
  s = s.replace(/\[[^\]]*\]/g, () => {
    b++;
    return ' ';
  });
  s = s.replace(/::[\w-]+(?:\([^)]*\))?/g, () => {
    c++;
    return ' ';
  });
  s = s.replace(/:[\w-]+(?:\([^)]*\))?/g, () => {
    b++;
    return ' ';
  });
  a += (s.match(/#[\w-]+/g) ?? []).length;
  b += (s.match(/\.[\w-]+/g) ?? []).length;
  s = s.replace(/[#.][\w-]+/g, ' ');
  c += (s.match(/(?:^|[\s>+~])[a-zA-Z][\w-]*/g) ?? []).length;
  return [a, b, c];
}

function beats(x: Winner, y: Winner | undefined): boolean {
  if (!y) return true;
  if (x.important !== y.important) return x.important;
  // The inline style beats selectors (both normal, or both important).
  if ((x.specificity === null) !== (y.specificity === null)) return x.specificity === null;
  if (x.specificity && y.specificity) {
    for (let i = 0; i < 3; i++) if (x.specificity[i] !== y.specificity[i]) return x.specificity[i]! > y.specificity[i]!;
  }
  return x.order >= y.order;
}

function attr(el: IndexNode, name: string): string | null {
  return typeof el.getAttribute === 'function' ? el.getAttribute(name) : null;
}

/**
 * Evaluates a document's `<style>` elements once; the answers are then lookups. `root` is the
 * document (or any node with `querySelectorAll`) the TextIndex will walk.
 */
export function staticStyle(root: QueryRoot): StaticStyle {
  const winners = new Map<unknown, { display?: Winner; visibility?: Winner }>();
  let order = 0;
  let present: Present | undefined;
  for (const styleEl of Array.from(root.querySelectorAll('style')) as IndexNode[]) {
    const media = (attr(styleEl, 'media') ?? '').trim().toLowerCase();
    if (media && !/^(?:only\s+)?(?:screen|all)$/.test(media)) continue;
    const css = (styleEl as unknown as { textContent: string | null }).textContent ?? '';
    for (const rule of parseRules(css)) {
      for (const selector of splitSelectors(rule.selectors)) {
        if (selector.includes('::')) continue; // pseudo-elements hold no page text
        let matched: ArrayLike<unknown>;
        try {
          present ??= new Present(root);
          matched = present.mayMatch(selector) ? root.querySelectorAll(selector) : [];
        } catch {
          continue; // a selector linkedom does not support: skipped rather than guessed
        }
        const spec = specificity(selector);
        for (const [prop, d] of rule.declarations) {
          const w: Winner = { value: d.value, important: d.important, specificity: spec, order: order++ };
          for (const el of Array.from(matched)) {
            const slot = winners.get(el) ?? {};
            if (beats(w, slot[prop])) slot[prop] = w;
            winners.set(el, slot);
          }
        }
      }
    }
  }

  const resolved = (el: IndexNode, prop: 'display' | 'visibility'): string | undefined => {
    let best = winners.get(el)?.[prop];
    const inline = attr(el, 'style');
    if (inline) {
      const d = parseDeclarations(inline).get(prop);
      if (d) {
        const w: Winner = { value: d.value, important: d.important, specificity: null, order: Number.MAX_SAFE_INTEGER };
        if (beats(w, best)) best = w;
      }
    }
    return best?.value;
  };

  return {
    isHidden(el) {
      if (el.nodeType !== 1) return false;
      const v = resolved(el, 'visibility');
      return resolved(el, 'display') === 'none' || v === 'hidden' || v === 'collapse';
    },
    isBlock(el) {
      if (el.nodeType !== 1) return false;
      const d = resolved(el, 'display');
      if (d !== undefined) {
        if (d === 'contents' || d === 'none') return false;
        if (isBlockDisplay(d)) return true;
      }
      const parent = el.parentNode;
      if (!parent || parent.nodeType !== 1 || tagOf(parent) === '') return false;
      const pd = resolved(parent, 'display');
      return pd !== undefined && CONTAINERS.has(pd);
    },
  };
}
