/**
 * One entry point for the library's export buttons: the file name, MIME type and text of an
 * export of some reports in one of the four formats.
 */
import type { SavedReport } from '../schema/saved-report';
import { reportsToCsv } from './csv';
import { exportLibraryJson } from './json';
import { reportsToMarkdown } from './markdown';
import { libraryToW3C, reportToW3C } from './w3c';

/** The export formats, as the library's menus list them. */
export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file ready to download. */
export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** A file-name-safe slug of a title (ASCII letters, digits and dashes, at most 60 characters). */
export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'report'
  );
}

/** The export of `reports` in `format`; a single report is named after its title. */
export function exportFile(reports: readonly SavedReport[], format: ExportFormat, date = new Date()): ExportFile {
  const base = reports.length === 1 ? `sdg-lens-${slug(reports[0]!.title)}` : `sdg-lens-library-${date.toISOString().slice(0, 10)}`;
  switch (format) {
    case 'json':
      return { filename: `${base}.sdg-lens.json`, mime: 'application/json', text: exportLibraryJson(reports) };
    case 'w3c': {
      const collection = reports.length === 1 ? reportToW3C(reports[0]!) : libraryToW3C(reports);
      return { filename: `${base}.w3c.jsonld`, mime: 'application/ld+json', text: JSON.stringify(collection, null, 2) + '\n' };
    }
    case 'csv':
      return { filename: `${base}.csv`, mime: 'text/csv', text: reportsToCsv(reports) };
    case 'md':
      return { filename: `${base}.md`, mime: 'text/markdown', text: reportsToMarkdown(reports) };
  }
}
