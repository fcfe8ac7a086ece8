/**
 * Page numbers of a saved PDF report: the page spans travel with the report (an optional field of
 * SavedReport) so the library and the Markdown memo can cite "p. 42" without the PDF. Pure.
 */
import { z } from 'zod';

/** One page's span in the report text (1-based page number). */
export const PageSpanSchema = z.object({
  page: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** The page spans of a PDF report, in page order. */
export const PageSpansSchema = z.array(PageSpanSchema).max(100_000);
/** Page spans of a PDF report. */
export type PageSpans = z.infer<typeof PageSpansSchema>;

/** The page holding `offset`, or undefined when there are no spans (web pages). */
export function pageOfOffset(pages: PageSpans | undefined, offset: number): number | undefined {
  if (!pages?.length) return undefined;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return pages[lo]!.page;
}

/** " (p. 42)" for a span of a PDF report, "" for a web page. */
export function pageCitation(pages: PageSpans | undefined, offset: number): string {
  const p = pageOfOffset(pages, offset);
  return p === undefined ? '' : ` (p. ${p})`;
}
