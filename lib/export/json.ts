/**
 * Library export in SDG Lens's own JSON format (lib/schema/export.ts), written canonically so the
 * same data always gives the same bytes.
 */
import { LIBRARY_EXPORT_VERSION, LIBRARY_FORMAT, type LibraryExport } from '../schema/export';
import type { SavedAnnotation, SavedReport } from '../schema/saved-report';
import { canonicalJson } from './canonical-json';

/** Annotations in reading order (position, then id). */
export function sortAnnotations(list: readonly SavedAnnotation[]): SavedAnnotation[] {
  return [...list].sort(
    (a, b) =>
      a.position.start - b.position.start || a.position.end - b.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Reports oldest first, then by id; each with its annotations in reading order. */
export function normaliseReports(reports: readonly SavedReport[]): SavedReport[] {
  return [...reports]
    .sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({ ...r, annotations: sortAnnotations(r.annotations) }));
}

/** The export file for one report or the whole library. */
export function exportLibraryJson(reports: readonly SavedReport[]): string {
  const file: LibraryExport = { format: LIBRARY_FORMAT, version: LIBRARY_EXPORT_VERSION, reports: normaliseReports(reports) };
  return canonicalJson(file, ['format', 'version']);
}
