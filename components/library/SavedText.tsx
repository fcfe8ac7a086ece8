/**
 * The saved text of a report, drawn in a page we control, with its findings highlighted by the
 * same CSS Custom Highlight layers as on live pages. Highlights are not read by screen readers:
 * the annotation list beside the text is the accessible route to them.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { SavedReport } from '../../lib/schema/saved-report';
import { findingOf } from '../../lib/anchor/annotations';
import { Highlighter } from '../../lib/dom/highlighter';
import { HIGHLIGHT_NAMES } from '../../lib/dom/highlight-styles';
import { NOTE_HIGHLIGHT } from '../../lib/anchor/live';
import { loadSettings } from '../../lib/settings/storage';

/** A text block and where it starts in the saved text. */
interface Block {
  start: number;
  text: string;
}

function blocksOf(text: string): Block[] {
  const out: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

/** The Range of [start, end) over the rendered blocks (each block is one text node). */
function rangeIn(container: HTMLElement, blocks: Block[], start: number, end: number): Range | null {
  const nodes = container.querySelectorAll<HTMLElement>('[data-block]');
  const locate = (offset: number, preferEnd: boolean) => {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      const last = b.start + b.text.length;
      if (offset < b.start) continue;
      if (offset < last || (preferEnd && offset === last) || (offset === last && i === blocks.length - 1)) {
        const node = nodes[i]?.firstChild;
        return node ? { node, offset: offset - b.start } : null;
      }
    }
    return null;
  };
  const a = locate(start, false);
  const z = locate(end, true);
  if (!a || !z) return null;
  const r = document.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(z.node, z.offset);
  return r;
}

const NOTE_CSS = `::highlight(${NOTE_HIGHLIGHT}){background-color:rgba(0,114,178,.16);text-decoration:underline 2px dashed #0072B2}`;

/** The saved text with highlights; `focusId` scrolls to one annotation and marks it as current. */
export function SavedText({ report, focusId, label }: { report: SavedReport; focusId: string | null; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const highlighter = useRef<Highlighter | null>(null);
  const blocks = blocksOf(report.text);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const h = new Highlighter(document);
    highlighter.current = h;
    h.setStyle('normal');
    // The reader's highlight style (high contrast included) applies here as on live pages.
    void loadSettings().then((settings) => highlighter.current === h && h.setStyle(settings.highlightStyle));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(NOTE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const layers = new Map<string, Range[]>();
    const add = (name: string, r: Range | null) => {
      if (!r) return;
      const list = layers.get(name) ?? [];
      list.push(r);
      layers.set(name, list);
    };
    for (const a of report.annotations) {
      const f = findingOf(report.analysis, a);
      if (!f) continue;
      const range = () => rangeIn(el, blocks, a.position.start, a.position.end);
      if (f.kind === 'explicit') {
        if (!f.goals.length) add(HIGHLIGHT_NAMES.general, range());
        for (const g of f.goals) add(HIGHLIGHT_NAMES.goal(g), range());
      } else if (f.kind === 'thematic') add(HIGHLIGHT_NAMES.theme(f.goal), range());
      else add(f.strength === 'strong' ? HIGHLIGHT_NAMES.flag : HIGHLIGHT_NAMES.flagWeak, range());
      if (a.note || a.verdict) add(NOTE_HIGHLIGHT, range());
    }
    for (const [name, ranges] of layers) h.set(name, ranges, name === NOTE_HIGHLIGHT ? 1 : 0);
    return () => {
      if (highlighter.current === h) highlighter.current = null;
      h.dispose();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [report]);

  useEffect(() => {
    const el = ref.current;
    const h = highlighter.current;
    if (!el || !h) return;
    const a = focusId ? report.annotations.find((x) => x.id === focusId) : undefined;
    const r = a ? rangeIn(el, blocks, a.position.start, a.position.end) : null;
    h.set(HIGHLIGHT_NAMES.current, r ? [r] : [], 2);
    if (r) {
      const box = r.getBoundingClientRect();
      const scroller = el;
      scroller.scrollTo({ top: scroller.scrollTop + box.top - scroller.getBoundingClientRect().top - 80, behavior: 'smooth' });
    }
  }, [focusId, report]);

  return (
    <div class="sdg-saved-text" ref={ref} tabIndex={0} role="region" aria-label={label} data-testid="saved-text">
      {blocks.map((b, i) => (
        <p key={i} data-block={i}>
          {b.text}
        </p>
      ))}
    </div>
  );
}
