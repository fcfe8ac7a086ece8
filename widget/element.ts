/**
 * `<sdg-profile>`: an organisation's SDG profile, embeddable on any site.
 *
 * Attributes: `src` (URL of a profile JSON, fetched without credentials) or an inline
 * `<script type="application/json">` child; `variant` = badge | card | full (default card);
 * `theme` = light | dark | auto (default auto); `lang` (else the nearest `lang` of the page).
 * The light-DOM children (a link and the static SVG badge) stay visible through a slot until the
 * profile renders, and again beside the error state if it cannot be shown.
 */
import { LIMITS } from '../lib/profile/limits';
import { pickLang } from '../lib/profile/i18n';
import type { ProfileLang } from '../lib/profile/goal-meta';
import type { Profile } from '../lib/schema/profile';
import { h } from './dom';
import { renderError, renderProfile, type Variant } from './render';
import { CSS } from './styles';
import { validateProfile } from './validate';

type State = { kind: 'loading' } | { kind: 'ok'; profile: Profile } | { kind: 'error'; reason: 'notFound' | 'json' | 'invalid' };

const VARIANTS: readonly Variant[] = ['badge', 'card', 'full'];

/** The custom element class (registered as `sdg-profile` by widget/index.ts). */
export class SdgProfileElement extends HTMLElement {
  static observedAttributes = ['src', 'variant', 'lang', 'theme'];
  private state: State = { kind: 'loading' };
  private loadId = 0;

  connectedCallback(): void {
    this.load();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.isConnected || old === value) return;
    if (name === 'src') this.load();
    else this.paint();
  }

  /** The rendered profile, once valid (for hosts that want to read it). */
  get profile(): Profile | undefined {
    return this.state.kind === 'ok' ? this.state.profile : undefined;
  }

  private get variant(): Variant {
    const v = this.getAttribute('variant') as Variant;
    return VARIANTS.includes(v) ? v : 'card';
  }

  private get language(): ProfileLang {
    return pickLang(this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language);
  }

  private async load(): Promise<void> {
    const id = ++this.loadId;
    this.set({ kind: 'loading' });
    const src = this.getAttribute('src');
    let text: string | null | undefined;
    let tooLarge = false;
    if (src) {
      try {
        const res = await fetch(new URL(src, document.baseURI), { credentials: 'omit', headers: { accept: 'application/json' } });
        // A declared size far beyond the limit is refused before reading the body.
        if (!res.ok) text = null;
        else if (Number(res.headers.get('content-length')) > 4 * LIMITS.fileChars) tooLarge = true;
        else text = await res.text();
      } catch {
        text = null;
      }
    } else {
      // Upgraded while the parser is still inside the element: its children are not there yet.
      if (document.readyState === 'loading' && !this.inline()) {
        await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
      }
      text = this.inline()?.textContent;
    }
    if (id !== this.loadId) return; // a newer src won the race
    if (tooLarge || (text != null && text.length > LIMITS.fileChars)) return this.set({ kind: 'error', reason: 'invalid' });
    if (text == null) return this.set({ kind: 'error', reason: 'notFound' });
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return this.set({ kind: 'error', reason: 'json' });
    }
    const v = validateProfile(data);
    this.set(v.ok ? { kind: 'ok', profile: v.profile } : { kind: 'error', reason: 'invalid' });
  }

  private inline(): Element | undefined {
    return Array.from(this.children).find((c) => c.localName === 'script' && (c as HTMLScriptElement).type === 'application/json');
  }

  private set(state: State): void {
    this.state = state;
    this.paint();
  }

  private paint(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const s = this.state;
    const style = adoptStyles(root);
    const view = s.kind === 'ok' ? [renderProfile(s.profile, this.variant, this.language)] : s.kind === 'error' ? [renderError(this.language, s.reason), h('slot')] : [h('slot')];
    root.replaceChildren(...(style ? [style, ...view] : view));
    this.setAttribute('data-state', s.kind);
  }
}

let sheet: CSSStyleSheet | undefined;

/**
 * Give a shadow root the widget's styles: one constructed stylesheet shared by every instance
 * (no `<style>` element, which a strict Content-Security-Policy without 'unsafe-inline' would
 * refuse), or a `<style>` element where constructed stylesheets do not exist.
 */
function adoptStyles(root: ShadowRoot): Node | null {
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return h('style', null, CSS);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  if (root.adoptedStyleSheets[0] !== sheet) root.adoptedStyleSheets = [sheet];
  return null;
}
