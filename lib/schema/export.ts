/**
 * The library export file (`*.sdg-lens.json`), SDG Lens's own versioned format:
 *
 * ```json
 * { "format": "sdg-lens-library", "version": 1, "reports": [SavedReport, …] }
 * ```
 *
 * - `reports[]` are `SavedReport`s (lib/schema/saved-report.ts): id, url, title, organisation,
 *   savedAt (ISO 8601), text (the analysed page text), lang, analysis (lib/schema/analysis.ts,
 *   itself versioned by `analysis.version`) and annotations (one per finding/flag with W3C
 *   TextQuoteSelector/TextPositionSelector, note, verdict, updatedAt, anchor status).
 * - Written canonically (lib/export/canonical-json.ts): `format` and `version` first, other keys sorted, reports ordered by savedAt
 *   then id, annotations by position then id, so exporting the same data twice gives the same bytes.
 * - A reader must refuse a `version` it does not know rather than guess (see lib/export/import.ts).
 */
import { z } from 'zod';
import { SavedReportSchema } from './saved-report';

/** The `format` marker of an export file. */
export const LIBRARY_FORMAT = 'sdg-lens-library';
/** The export format version this code writes and reads. */
export const LIBRARY_EXPORT_VERSION = 1;

/** The whole export file. */
export const LibraryExportSchema = z.object({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(LIBRARY_EXPORT_VERSION),
  reports: z.array(SavedReportSchema),
});
export type LibraryExport = z.infer<typeof LibraryExportSchema>;
