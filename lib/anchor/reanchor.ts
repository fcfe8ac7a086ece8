/**
 * Re-anchors saved annotations on a text (the live page's, usually changed since saving):
 * exact quote first, then fuzzy with the saved position as a hint. Annotations that cannot be
 * found come back as orphans, so the reader sees them listed instead of losing them.
 */
import type { SavedAnnotation } from '../schema/saved-report';
import { matchQuote, type MatchOptions } from './match-quote';

/** The outcome for one annotation. */
export type ReanchorResult =
  | { id: string; status: 'exact' | 'fuzzy'; start: number; end: number; score: number }
  | { id: string; status: 'orphan' };

/** Re-anchors each annotation independently; results are in input order. */
export function reanchorAll(
  text: string,
  annotations: readonly Pick<SavedAnnotation, 'id' | 'quote' | 'position'>[],
  opts: Omit<MatchOptions, 'hint'> = {},
): ReanchorResult[] {
  return annotations.map((a) => {
    const m = matchQuote(text, a.quote, { ...opts, hint: a.position.start });
    if (!m) return { id: a.id, status: 'orphan' };
    return { id: a.id, status: m.errors === 0 ? 'exact' : 'fuzzy', start: m.start, end: m.end, score: m.score };
  });
}
