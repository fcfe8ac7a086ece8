/**
 * A saved report: the analysis of one page as the reader kept it, with one W3C Web Annotation
 * style anchor per finding or flag (TextQuoteSelector + TextPositionSelector), the reader's note
 * and verdict, and the result of the last re-anchoring on the live page.
 * @see https://www.w3.org/TR/annotation-model/#selectors
 */
import { z } from 'zod';
import { AnalysisSchema, CriterionSchema, GoalNumberSchema, LangSchema } from './analysis';
import { PageSpansSchema } from '../pdf/pages';

const offset = z.number().int().nonnegative();
/** ISO 8601 timestamps (UTC, as `Date#toISOString` writes them). */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** W3C TextQuoteSelector: the exact text plus a little context on each side. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** W3C TextPositionSelector: UTF-16 offsets into the saved text (half-open). */
export const TextPositionSelectorSchema = z
  .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/** The reader's judgement of a finding or flag. */
export const VerdictSchema = z.enum(['agree', 'disagree', 'unsure']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** Which list of the analysis an annotation comes from. */
export const AnnotationKindSchema = z.enum(['explicit', 'thematic', 'flag']);
export type AnnotationKind = z.infer<typeof AnnotationKindSchema>;

/**
 * Where the annotation was found on the live page the last time it was visited.
 * `unchecked`: never re-anchored; `exact`/`fuzzy`: found (start/end are live-page offsets);
 * `orphan`: not found — shown to the reader, never dropped.
 */
export const AnchorStatusSchema = z.enum(['unchecked', 'exact', 'fuzzy', 'orphan']);
export type AnchorStatus = z.infer<typeof AnchorStatusSchema>;
/** The anchor status with the live-page offsets and the time of the check. */
export const AnchorStateSchema = z.object({
  status: AnchorStatusSchema,
  start: offset.optional(),
  end: offset.optional(),
  checkedAt: TimestampSchema.optional(),
});
export type AnchorState = z.infer<typeof AnchorStateSchema>;

/** Annotation and report ids: short, printable, safe in URLs, CSV and file names. */
export const IdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$/, 'ids are 1–128 letters, digits or ._:~-');

/** One finding or flag of a saved report, anchored with W3C selectors, plus the reader's judgement. */
export const SavedAnnotationSchema = z.object({
  /** Stable within its report: derived from the finding (kind, span, goal or criterion). */
  id: IdSchema,
  kind: AnnotationKindSchema,
  /** Index of the finding in `analysis.explicit`, `analysis.thematic` or `analysis.flags`. */
  index: z.number().int().nonnegative(),
  /** Goals the finding is about (empty for flags and general SDG mentions); indexed for filtering. */
  goals: z.array(GoalNumberSchema),
  criterion: CriterionSchema.optional(),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  /** The reader's note (plain text). */
  note: z.string().max(20_000),
  verdict: VerdictSchema.nullable(),
  /** When note or verdict last changed; null while the reader has not touched them. */
  updatedAt: TimestampSchema.nullable(),
  anchor: AnchorStateSchema,
});
export type SavedAnnotation = z.infer<typeof SavedAnnotationSchema>;

/** Maximum size of a saved text (UTF-16 code units); larger pages are truncated before analysis. */
export const MAX_TEXT_LENGTH = 5_000_000;

/** The fields of a report without its consistency checks (the store and the importer reuse them). */
export const SavedReportShape = z.object({
  id: IdSchema,
  url: z.url({ protocol: /^(https?|file|chrome-extension|moz-extension)$/ }),
  title: z.string().max(2_000),
  /** Guessed from the page (og:site_name, author, host), editable by the reader. */
  organisation: z.string().max(500),
  savedAt: TimestampSchema,
  /** The text the analysis was made from (the page's visible text). */
  text: z.string().max(MAX_TEXT_LENGTH),
  lang: LangSchema,
  analysis: AnalysisSchema,
  annotations: z.array(SavedAnnotationSchema),
  /** PDF reports: each page's span in `text`, so findings cite their page (lib/pdf/pages.ts). */
  pages: PageSpansSchema.optional(),
});

/**
 * Checks that the parts of a report agree: annotation ids are unique, every annotation points at
 * an existing finding of the right kind, and its quote is the text at its position.
 */
export function checkReportConsistency(r: z.infer<typeof SavedReportShape>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  const lists = { explicit: r.analysis.explicit, thematic: r.analysis.thematic, flag: r.analysis.flags };
  r.annotations.forEach((a, i) => {
    const path = ['annotations', i];
    if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate annotation id "${a.id}"` });
    seen.add(a.id);
    if (a.index >= lists[a.kind].length) {
      ctx.addIssue({ code: 'custom', path: [...path, 'index'], message: `no ${a.kind} finding at index ${a.index}` });
    }
    if (a.position.end > r.text.length) {
      ctx.addIssue({ code: 'custom', path: [...path, 'position', 'end'], message: 'position lies beyond the end of the text' });
    } else if (r.text.slice(a.position.start, a.position.end) !== a.quote.exact) {
      ctx.addIssue({ code: 'custom', path: [...path, 'quote', 'exact'], message: 'quote does not match the text at its position' });
    }
  });
}

/** A saved report, validated for internal consistency. */
export const SavedReportSchema = SavedReportShape.superRefine(checkReportConsistency);
export type SavedReport = z.infer<typeof SavedReportShape>;

/** What a reader can change on one annotation. */
export const AnnotationEditSchema = z.object({
  reportId: IdSchema,
  annotationId: IdSchema,
  note: z.string().max(20_000).optional(),
  verdict: VerdictSchema.nullable().optional(),
});
export type AnnotationEdit = z.infer<typeof AnnotationEditSchema>;

// ---------------------------------------------------------------------------------------------
// Library messages (registered in lib/schema/messages.ts's MessageSchema union).
// ---------------------------------------------------------------------------------------------

/** Background / side panel → content script: "give me what a saved report is made from". */
export const GetReportSourceMessageSchema = z.object({ type: z.literal('sdg:get-report-source') });
/** The content script's answer: the analysed text, its analysis and the page's metadata. */
export const ReportSourceSchema = z.object({
  url: z.string(),
  title: z.string(),
  /** Guessed from the page (og:site_name, application-name, author, host). */
  organisation: z.string(),
  text: z.string(),
  lang: LangSchema,
  analysis: AnalysisSchema,
  /** PDF reader only: each page's span in `text`. */
  pages: PageSpansSchema.optional(),
});
export type ReportSource = z.infer<typeof ReportSourceSchema>;

/** Popup / side panel → background: save the page of `tabId` (default: the active tab). */
export const LibrarySaveMessageSchema = z.object({
  type: z.literal('sdg:library-save'),
  tabId: z.number().int().nonnegative().optional(),
});
/** The background's answer to a save. */
export const LibrarySaveResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    reportId: IdSchema,
    replaced: z.boolean(),
    lostNotes: z.number().int().nonnegative(),
    annotations: z.number().int().nonnegative(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type LibrarySaveResponse = z.infer<typeof LibrarySaveResponseSchema>;

/** Content script → background: the saved annotations of this URL, if it was saved. */
export const LibraryForUrlMessageSchema = z.object({ type: z.literal('sdg:library-for-url'), url: z.string() });
/** The background's answer: the report's id and annotations, or null. */
export const LibraryForUrlResponseSchema = z.object({
  report: z.object({ id: IdSchema, annotations: z.array(SavedAnnotationSchema) }).nullable(),
});
export type LibraryForUrlResponse = z.infer<typeof LibraryForUrlResponseSchema>;

/** One annotation's re-anchoring outcome on the live page. */
export const ReanchorResultSchema = z.union([
  z.object({
    id: IdSchema,
    status: z.enum(['exact', 'fuzzy']),
    start: offset,
    end: offset,
    score: z.number().min(0).max(1),
  }),
  z.object({ id: IdSchema, status: z.literal('orphan') }),
]);

/** Content script → background: where the saved annotations were found (or not) on the live page. */
export const LibraryAnchorResultsMessageSchema = z.object({
  type: z.literal('sdg:library-anchor-results'),
  reportId: IdSchema,
  results: z.array(ReanchorResultSchema),
});
/** A plain acknowledgement. */
export const OkResponseSchema = z.object({ ok: z.boolean(), error: z.string().optional() });

/**
 * Broadcast after any library change (save, note, verdict, delete, import, anchor results) to
 * extension pages (runtime) and to the tab of `url` (tabs.sendMessage), so they refresh.
 */
export const LibraryChangedMessageSchema = z.object({
  type: z.literal('sdg:library-changed'),
  reportId: IdSchema.optional(),
  url: z.string().optional(),
  /** What happened, so the page can confirm a save made from the context menu or shortcut. */
  reason: z.enum(['saved', 'edited', 'deleted', 'imported', 'anchored']).optional(),
});

/** Every library message, for the MessageSchema union. */
export const LIBRARY_MESSAGE_SCHEMAS = [
  GetReportSourceMessageSchema,
  LibrarySaveMessageSchema,
  LibraryForUrlMessageSchema,
  LibraryAnchorResultsMessageSchema,
  LibraryChangedMessageSchema,
] as const;
