/**
 * Our only element in the page: `<sdg-lens-ui>` with an open shadow root that holds the hover
 * card and an `aria-live` region. Open (not closed) so tests and assistive tech can reach it;
 * `:host{all:initial}` keeps the page's styles out.
 */
import { render } from 'preact';
import { signal } from '@preact/signals';
import type { ContentScriptContext } from '#imports';
import { FindingCard } from '../../components/FindingCard';
import { CARD_CSS } from '../../components/card-styles';
import type { Finding } from '../../lib/schema/analysis';

/** The element name of our host (prefixed, see STYLE.md). */
export const HOST_TAG = 'sdg-lens-ui';
/** How long a notice stays on the page. */
const NOTICE_MS = 6_000;

interface CardState {
  findings: Finding[];
  /** The text the card is about; its client rect positions the card (it follows scrolling). */
  anchor: Range;
  position?: { index: number; total: number };
  source: 'hover' | 'keyboard';
}

const CARD_WIDTH = 360;
const GAP = 8;

/** Place the card below the anchor (above it when there is no room), inside the viewport. */
function placement(anchor: DOMRect, cardHeight: number): { left: number; top: number } {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(GAP, Math.min(anchor.left, vw - CARD_WIDTH - GAP));
  const below = anchor.bottom + GAP;
  const top = below + cardHeight <= vh - GAP || anchor.top - GAP - cardHeight < GAP ? below : anchor.top - GAP - cardHeight;
  return { left, top: Math.max(GAP, top) };
}

/** The handle the annotator drives. */
export interface Overlay {
  readonly host: HTMLElement;
  show(state: CardState): void;
  hide(): void;
  readonly current: CardState | null;
  /** Re-render (UI language changed) and re-place (scroll, resize). */
  refresh(): void;
  /** Say something to screen readers. */
  announce(text: string): void;
  /** Show a short notice on the page for a few seconds (and announce it). */
  notify(text: string, tone: 'ok' | 'error'): void;
  /** Whether an event target is inside our UI. */
  owns(target: EventTarget | null): boolean;
}

/** Mount the host and render loop; removed again when the content script is invalidated. */
export function createOverlay(ctx: Pick<ContentScriptContext, 'onInvalidated' | 'setTimeout'>, onClose: () => void): Overlay {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  const root = document.createElement('div');
  root.className = 'sdg-layer';
  const live = document.createElement('div');
  live.className = 'sdg-sr';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  const toast = document.createElement('div');
  toast.className = 'sdg-toast';
  toast.hidden = true;
  shadow.append(style, root, live, toast);
  let toastTimer: number | undefined;
  // documentElement, not body: the page's body (and its innerText) stays exactly as it was.
  document.documentElement.append(host);

  const card = signal<CardState | null>(null);
  const tick = signal(0);
  let cardHeight = 240;

  function Layer() {
    const state = card.value;
    void tick.value; // re-place on scroll/resize
    if (!state) return null;
    const rect = state.anchor.getBoundingClientRect();
    const { left, top } = placement(rect, cardHeight);
    return (
      <div
        style={{ position: 'fixed', left: `${left}px`, top: `${top}px` }}
        ref={(el) => {
          const h = el?.firstElementChild?.getBoundingClientRect().height;
          if (h && Math.abs(h - cardHeight) > 1) {
            cardHeight = h;
            queueMicrotask(() => tick.value++);
          }
        }}
      >
        <FindingCard findings={state.findings} position={state.position} onClose={onClose} />
      </div>
    );
  }
  render(<Layer />, root);

  ctx.onInvalidated(() => {
    render(null, root);
    host.remove();
  });

  return {
    host,
    show(state) {
      card.value = state;
    },
    hide() {
      card.value = null;
    },
    get current() {
      return card.value;
    },
    refresh() {
      tick.value++;
    },
    announce(text) {
      // Clear first so repeating the same text is announced again.
      live.textContent = '';
      ctx.setTimeout(() => (live.textContent = text), 30);
    },
    notify(text, tone) {
      // Visible for sighted readers; the live region says it (a hidden-then-shown element may not be announced).
      toast.textContent = text;
      toast.dataset.tone = tone;
      toast.hidden = false;
      if (toastTimer !== undefined) clearTimeout(toastTimer);
      toastTimer = ctx.setTimeout(() => (toast.hidden = true), NOTICE_MS);
      this.announce(text);
    },
    owns(target) {
      return target === host || (target instanceof Node && host.contains(target));
    },
  };
}
