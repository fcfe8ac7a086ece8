/**
 * Merging two copies of the same saved report (an import meeting what is already stored): the
 * more recently saved copy gives the text and analysis; each annotation keeps whichever note and
 * verdict were edited last, so no reader's judgement is lost to an older file.
 */
import type { SavedReport } from '../schema/saved-report';

/** What to do with an imported report whose id is already in the library. */
export type DuplicatePolicy = 'merge' | 'skip';

/** The merge of a stored report and an imported copy with the same id. */
export function mergeReports(stored: SavedReport, incoming: SavedReport): SavedReport {
  const [base, other] = incoming.savedAt > stored.savedAt ? [incoming, stored] : [stored, incoming];
  const otherById = new Map(other.annotations.map((a) => [a.id, a]));
  return {
    ...base,
    annotations: base.annotations.map((a) => {
      const o = otherById.get(a.id);
      // Same id and same quote: the same finding, so the later judgement wins.
      if (!o || o.quote.exact !== a.quote.exact || !o.updatedAt || (a.updatedAt && a.updatedAt >= o.updatedAt)) return a;
      return { ...a, note: o.note, verdict: o.verdict, updatedAt: o.updatedAt };
    }),
  };
}
