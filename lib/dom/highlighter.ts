/**
 * Named highlight layers on the CSS Custom Highlight API. Nothing in the page's DOM changes: the
 * ranges live in `CSS.highlights` and the paint rules in an adopted stylesheet (not a `<style>`
 * element). Where the API is missing the highlighter reports it and does nothing, so the caller
 * can say so instead of failing.
 */
import { highlightCss } from './highlight-styles';
import type { HighlightStyle } from '../settings/schema';

interface HighlightCtor {
  new (...ranges: AbstractRange[]): Highlight;
}

/** Whether the CSS Custom Highlight API exists in this window (happy-dom and old browsers lack it). */
export function supportsHighlights(win: Window & typeof globalThis = window): boolean {
  const css = (win as { CSS?: { highlights?: unknown } }).CSS;
  return typeof css?.highlights === 'object' && css.highlights !== null && typeof (win as { Highlight?: unknown }).Highlight === 'function';
}

/** A set of named highlights we own; hiding removes them from the registry, showing puts them back. */
export class Highlighter {
  readonly supported: boolean;
  private readonly layers = new Map<string, Highlight>();
  private visible = true;
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document = document) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    this.supported = !!win && supportsHighlights(win);
  }

  /** Install (or restyle) the paint rules. */
  setStyle(style: HighlightStyle): void {
    if (!this.supported) return;
    const win = this.doc.defaultView!;
    if (!this.sheet) {
      this.sheet = new win.CSSStyleSheet();
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(highlightCss(style));
  }

  /** Replace the ranges of one named layer (an empty list removes it). */
  set(name: string, ranges: readonly AbstractRange[], priority = 0): void {
    if (!this.supported) return;
    const registry = CSS.highlights;
    if (ranges.length === 0) {
      this.layers.delete(name);
      registry.delete(name);
      return;
    }
    const Ctor = (this.doc.defaultView as unknown as { Highlight: HighlightCtor }).Highlight;
    const h = new Ctor(...ranges);
    h.priority = priority;
    this.layers.set(name, h);
    if (this.visible) registry.set(name, h);
  }

  /**
   * A new, unregistered highlight to fill range by range (in slices), then `put`. Null when the
   * API is missing.
   */
  create(): Highlight | null {
    if (!this.supported) return null;
    const Ctor = (this.doc.defaultView as unknown as { Highlight: HighlightCtor }).Highlight;
    return new Ctor();
  }

  /** Register a filled highlight under `name`, replacing the layer's previous one. */
  put(name: string, h: Highlight, priority = 0): void {
    if (!this.supported) return;
    h.priority = priority;
    this.layers.set(name, h);
    if (this.visible) CSS.highlights.set(name, h);
  }

  /**
   * Drop the ranges that collapsed because the page removed or rewrote their text (a live Range
   * into a removed node collapses onto its old parent), and the layers left empty. Returns how
   * many ranges were dropped.
   */
  prune(): number {
    let dropped = 0;
    for (const [name, h] of [...this.layers]) {
      for (const r of [...h]) {
        if (r.collapsed) {
          h.delete(r);
          dropped++;
        }
      }
      if (h.size === 0) this.set(name, []);
    }
    return dropped;
  }

  /** Drop every layer whose name is not in `keep`. */
  retain(keep: ReadonlySet<string>): void {
    for (const name of [...this.layers.keys()]) if (!keep.has(name)) this.set(name, []);
  }

  /** Names of the layers that have ranges. */
  names(): string[] {
    return [...this.layers.keys()];
  }

  get isVisible(): boolean {
    return this.visible;
  }

  /** Show or hide every layer at once (the toggle command). */
  setVisible(visible: boolean): void {
    if (!this.supported || visible === this.visible) {
      this.visible = visible;
      return;
    }
    this.visible = visible;
    for (const [name, h] of this.layers) {
      if (visible) CSS.highlights.set(name, h);
      else CSS.highlights.delete(name);
    }
  }

  /** Remove everything we added (layers and stylesheet). */
  dispose(): void {
    if (this.supported) for (const name of this.layers.keys()) CSS.highlights.delete(name);
    this.layers.clear();
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
  }
}
