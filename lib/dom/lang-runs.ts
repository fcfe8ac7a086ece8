/**
 * A page's declared languages, for the content script and the CLI alike: the document's `lang`
 * as the core's language hint, and runs of blocks inside elements that declare another supported
 * language (`<section lang="fr">` in an English report). The core takes one language per text,
 * and "ODD 5" is an SDG reference only in French, so these runs get their own explicit pass.
 * DOM-agnostic (TextIndex nodes only), so a linkedom document gives the same answers as the page:
 * before this was shared, `sdg-lens scan` missed the French and Spanish references the popup counted.
 */
import { findExplicitReferences } from '../detect/explicit';
import { LangSchema, type Analysis } from '../schema/analysis';
import { locate, type IndexNode, type Span, type TextIndex } from './text-index';

/** A block and the language its nearest `lang` attribute declares. */
export interface BlockLang {
  span: Span;
  lang: Analysis['lang'];
}

/** A supported language from a `lang` attribute value ("fr-CA" → "fr"), else undefined. */
export function declaredLang(value: string | null | undefined): Analysis['lang'] | undefined {
  const r = LangSchema.safeParse((value ?? '').toLowerCase().split('-')[0]);
  return r.success ? r.data : undefined;
}

function langAttribute(node: IndexNode | null | undefined): string | null {
  for (let n = node; n; n = n.parentNode ?? null) {
    if (n.nodeType !== 1 || typeof n.getAttribute !== 'function') continue;
    const v = n.getAttribute('lang');
    if (v !== null) return v;
  }
  return null;
}

/** Each block whose nearest `lang` attribute names a supported language, with that language. */
export function blockLanguages(index: TextIndex): BlockLang[] {
  const b = blockLanguagesBuilder(index);
  b.step(() => true);
  return b.result();
}

/** `blockLanguages` in slices (a page of 40,000 blocks): `step(budget)` until true, then `result()`. */
export function blockLanguagesBuilder(index: TextIndex): { step(budget: () => boolean): boolean; result(): BlockLang[] } {
  const out: BlockLang[] = [];
  let i = 0;
  return {
    step(budget) {
      while (i < index.blocks.length) {
        const b = index.blocks[i++]!;
        const lang = declaredLang(langAttribute(locate(index, b.start)?.node));
        if (lang) out.push({ span: { start: b.start, end: b.end }, lang });
        if ((i & 63) === 0 && !budget()) return false;
      }
      return true;
    },
    result() {
      if (i < index.blocks.length) throw new Error('block languages not finished: call step() until it returns true');
      return out;
    },
  };
}

/** Runs of blocks declared in another language than the document's (same-language neighbours merged). */
export function foreignRuns(blocks: readonly BlockLang[], docLang: Analysis['lang']): BlockLang[] {
  const runs: BlockLang[] = [];
  for (const b of blocks) {
    if (b.lang === docLang) continue;
    const last = runs[runs.length - 1];
    if (last && last.lang === b.lang && last.span.end <= b.span.start) last.span = { start: last.span.start, end: b.span.end };
    else runs.push({ span: { ...b.span }, lang: b.lang });
  }
  return runs;
}

/** Replace the explicit references inside foreign-language runs with a pass in their language; recount the goals. */
export function withForeignRuns(analysis: Analysis, text: string, runs: readonly BlockLang[]): Analysis {
  if (runs.length === 0) return analysis;
  const inRun = (start: number) => runs.some((r) => start >= r.span.start && start < r.span.end);
  const explicit = analysis.explicit.filter((f) => !inRun(f.start));
  for (const r of runs) {
    for (const ref of findExplicitReferences(text.slice(r.span.start, r.span.end), { lang: r.lang })) {
      explicit.push({ ...ref, start: ref.start + r.span.start, end: ref.end + r.span.start });
    }
  }
  explicit.sort((a, b) => a.start - b.start);
  const named = new Map<number, number>();
  for (const f of explicit) for (const g of new Set(f.goals)) named.set(g, (named.get(g) ?? 0) + 1);
  const goals = analysis.goals.map((g) => {
    const n = named.get(g.goal) ?? 0;
    // A named goal scores 1 (as in the core); one that lost its only names keeps a thematic score only.
    const score = n > 0 ? 1 : g.explicit > 0 && g.thematic === 0 ? 0 : g.score;
    return { ...g, explicit: n, score };
  });
  return { ...analysis, explicit, goals };
}
