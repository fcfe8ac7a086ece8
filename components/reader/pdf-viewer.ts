/**
 * The reader's page surface: one placeholder per page at its final size, pages rendered (canvas +
 * pdf.js text layer) only while near the viewport (IntersectionObserver) and released again when
 * far away, so a 300-page report costs a few pages of memory. Tells its owner when a page's text
 * layer exists, so highlights are drawn on it then.
 */
import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import type { RenderedTextLayer } from '../../lib/pdf/ranges';
import { readerText } from '../../lib/pdf/strings';

/** Callbacks of the surface. */
export interface PdfViewerEvents {
  /** A page's text layer is in the DOM (or was removed: `layer` undefined). */
  onLayer(page: number, layer: RenderedTextLayer | undefined): void;
  /** The page most in view changed. */
  onCurrentPage(page: number): void;
}

interface PageSlot {
  el: HTMLElement;
  width: number;
  height: number;
  state: 'empty' | 'rendering' | 'rendered';
  task?: RenderTask;
  /** The text layer being built, so a second caller waits for the same work. */
  pending?: Promise<void>;
  textLayer?: TextLayer;
  generation: number;
}

/** Pages within this margin of the viewport are rendered; beyond `RELEASE_MARGIN` they are released. */
const RENDER_MARGIN = '150% 0px';

/** The scrollable list of pages. */
export class PdfViewer {
  readonly layers = new Map<number, RenderedTextLayer>();
  private readonly slots: PageSlot[] = [];
  private scale = 1.25;
  private readonly observer: IntersectionObserver;
  private readonly visibility = new Map<number, number>();
  private current = 1;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly pagesEl: HTMLElement,
    private readonly doc: PDFDocumentProxy,
    private readonly events: PdfViewerEvents,
    private readonly signal: AbortSignal,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { root: scroller, rootMargin: RENDER_MARGIN, threshold: [0, 0.25, 0.5, 0.75, 1] });
    signal.addEventListener('abort', () => this.destroy());
  }

  /** Creates the placeholders (page 1's size for all until a page tells its own) and starts observing. */
  async init(): Promise<void> {
    const first = await this.doc.getPage(1);
    const vp = first.getViewport({ scale: 1 });
    for (let n = 1; n <= this.doc.numPages; n++) {
      const el = document.createElement('div');
      el.className = 'sdg-page';
      el.dataset.page = String(n);
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', `${readerText('page')} ${n}`);
      const slot: PageSlot = { el, width: vp.width, height: vp.height, state: 'empty', generation: 0 };
      this.slots.push(slot);
      this.size(slot);
      this.pagesEl.append(el);
      this.observer.observe(el);
    }
  }

  get pageCount(): number {
    return this.slots.length;
  }

  get zoom(): number {
    return this.scale;
  }

  /** Changes the zoom: every page is resized and the visible ones rendered again. */
  setZoom(scale: number): void {
    const keep = this.current;
    this.scale = Math.min(4, Math.max(0.5, scale));
    this.slots.forEach((slot, i) => {
      this.release(i + 1);
      this.size(slot);
    });
    this.goTo(keep);
    // The observer re-reports intersecting pages after the layout change.
    for (const slot of this.slots) {
      this.observer.unobserve(slot.el);
      this.observer.observe(slot.el);
    }
  }

  /** Scrolls page `n` into view (top aligned). */
  goTo(n: number): void {
    const slot = this.slots[n - 1];
    if (!slot) return;
    this.scroller.scrollTop = slot.el.offsetTop - 8;
  }

  /** The page element (for scrolling a range into view). */
  pageElement(n: number): HTMLElement | undefined {
    return this.slots[n - 1]?.el;
  }

  /** Renders page `n` now (used before focusing a finding on it). */
  async ensureRendered(n: number): Promise<void> {
    await this.render(n);
  }

  private size(slot: PageSlot): void {
    slot.el.style.width = `${Math.floor(slot.width * this.scale)}px`;
    slot.el.style.height = `${Math.floor(slot.height * this.scale)}px`;
    slot.el.style.setProperty('--scale-factor', String(this.scale));
    slot.el.style.setProperty('--total-scale-factor', String(this.scale));
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const n = Number((e.target as HTMLElement).dataset.page);
      if (e.isIntersecting) {
        void this.render(n);
        this.visibility.set(n, e.intersectionRatio);
      } else {
        this.release(n);
        this.visibility.delete(n);
      }
    }
    // The current page: the most visible one inside the real viewport.
    const view = this.scroller.getBoundingClientRect();
    let best = this.current;
    let bestArea = -1;
    for (const n of this.visibility.keys()) {
      const r = this.slots[n - 1]!.el.getBoundingClientRect();
      const area = Math.max(0, Math.min(r.bottom, view.bottom) - Math.max(r.top, view.top));
      if (area > bestArea) {
        bestArea = area;
        best = n;
      }
    }
    if (best !== this.current) {
      this.current = best;
      this.events.onCurrentPage(best);
    }
  }

  /** Renders page `n` unless it is rendered; resolves when its text layer is in the DOM (or failed). */
  private render(n: number): Promise<void> {
    const slot = this.slots[n - 1];
    if (!slot || this.signal.aborted || slot.state === 'rendered') return Promise.resolve();
    if (slot.state === 'rendering' && slot.pending) return slot.pending;
    slot.pending = this.paint(n, slot);
    return slot.pending;
  }

  private async paint(n: number, slot: PageSlot): Promise<void> {
    slot.state = 'rendering';
    const generation = ++slot.generation;
    try {
      const page = await this.doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      if (base.width !== slot.width || base.height !== slot.height) {
        slot.width = base.width;
        slot.height = base.height;
        this.size(slot);
      }
      const viewport = page.getViewport({ scale: this.scale });
      const ratio = window.devicePixelRatio || 1;
      const canvas = document.createElement('canvas');
      canvas.className = 'sdg-page-canvas';
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.setAttribute('aria-hidden', 'true');
      const textEl = document.createElement('div');
      textEl.className = 'textLayer';
      const task = page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      slot.task = task;
      const textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: textEl, viewport });
      slot.textLayer = textLayer;
      slot.el.replaceChildren(canvas, textEl);
      // The text layer first: highlights, hover and focus need only it (canvas painting waits for
      // animation frames, which a background tab does not get).
      await textLayer.render();
      if (slot.generation !== generation) return;
      slot.state = 'rendered';
      const layer: RenderedTextLayer = { page: n, divs: textLayer.textDivs };
      this.layers.set(n, layer);
      this.events.onLayer(n, layer);
      void task.promise.catch(() => undefined); // painting goes on; cancelled when released
    } catch (e) {
      if (slot.generation === generation && slot.state === 'rendering') slot.state = 'empty';
      if ((e as { name?: string }).name !== 'RenderingCancelledException') console.warn('[sdg-lens] page render failed', n, e);
    }
  }

  private release(n: number): void {
    const slot = this.slots[n - 1];
    if (!slot || slot.state === 'empty') return;
    slot.generation++;
    slot.task?.cancel();
    slot.textLayer?.cancel();
    slot.task = undefined;
    slot.textLayer = undefined;
    slot.el.replaceChildren();
    slot.state = 'empty';
    if (this.layers.delete(n)) this.events.onLayer(n, undefined);
  }

  private destroy(): void {
    this.observer.disconnect();
    for (let n = 1; n <= this.slots.length; n++) this.release(n);
  }
}
