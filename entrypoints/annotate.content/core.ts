/**
 * The content script's use of the pure core: index the page's visible text in slices, then
 * analyse it in slices, yielding to the page between slices (no long tasks on huge pages).
 */
import { createTextIndexBuilder, type IndexNode, type TextIndex } from '../../lib/dom/text-index';
import { runSliced } from '../../lib/dom/slicing';
import { analyzeSteps } from '../../lib/analyze';
import { LangSchema, type Analysis } from '../../lib/schema/analysis';

/** Hidden by layout: `display:none` subtrees and `visibility:hidden` ones (their text is not seen). */
function isHidden(el: IndexNode): boolean {
  const e = el as unknown as Element;
  if (e.nodeType !== 1) return false;
  const cs = getComputedStyle(e);
  return cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse';
}

/** Inline elements styled as blocks (`display:block`, flex items…) separate blocks too. */
function isBlock(el: IndexNode): boolean {
  const e = el as unknown as Element;
  if (e.nodeType !== 1) return false;
  const d = getComputedStyle(e).display;
  return d !== 'inline' && d !== 'contents' && d !== 'inline-block' && d !== 'inline-flex';
}

/** The page's declared language when the core knows it, as a hint. */
function declaredLang(doc: Document): Analysis['lang'] | undefined {
  const base = (doc.documentElement.lang || '').toLowerCase().split('-')[0];
  const r = LangSchema.safeParse(base);
  return r.success ? r.data : undefined;
}

/** Index and analyse the page; reuses `previous` when the visible text did not change. */
export async function analyzePage(
  doc: Document,
  signal: AbortSignal,
  previous?: { text: string; analysis: Analysis },
): Promise<{ index: TextIndex; analysis: Analysis }> {
  const builder = createTextIndexBuilder(doc as unknown as IndexNode, { isHidden, isBlock });
  await runSliced((budget) => builder.step(budget), signal);
  const index = builder.result();
  if (previous && previous.text === index.text) return { index, analysis: previous.analysis };
  const lang = declaredLang(doc);
  const steps = analyzeSteps(index.text, { ...(lang ? { lang } : {}), blocks: index.blocks });
  let analysis: Analysis | undefined;
  await runSliced((budget) => {
    // One generator step is one bounded piece of core work (a chunk, a stage).
    do {
      const r = steps.next();
      if (r.done) {
        analysis = r.value;
        return true;
      }
    } while (budget());
    return false;
  }, signal);
  return { index, analysis: analysis! };
}
