/**
 * CSV export: one row per finding or flag of each saved report (RFC 4180: CRLF line ends, fields
 * quoted when they hold a comma, quote or line break, quotes doubled). Text cells that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading apostrophe.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
import type { SavedReport } from '../schema/saved-report';
import { findingOf } from '../anchor/annotations';
import { sortAnnotations } from './json';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'report_id', 'url', 'title', 'organisation', 'saved_at', 'risk_level', 'risk_score',
  'annotation_id', 'kind', 'goals', 'target', 'indicator', 'criterion', 'strength', 'score',
  'start', 'end', 'quote', 'explanation', 'note', 'verdict', 'note_updated_at', 'anchor_status',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Neutralises spreadsheet formulas in a text cell. */
export function defuseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** One CSV field, quoted when needed. Numbers are written as they are (never defused). */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : defuseFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text of the reports' annotations, header first, CRLF line ends. */
export function reportsToCsv(reports: readonly SavedReport[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of reports) {
    for (const a of sortAnnotations(r.annotations)) {
      const f = findingOf(r.analysis, a);
      if (!f) continue;
      const row: Record<Column, string | number | null | undefined> = {
        report_id: r.id,
        url: r.url,
        title: r.title,
        organisation: r.organisation,
        saved_at: r.savedAt,
        risk_level: r.analysis.risk.level,
        risk_score: r.analysis.risk.score,
        annotation_id: a.id,
        kind: a.kind,
        goals: a.goals.join(' '),
        target: f.kind === 'explicit' ? f.target : undefined,
        indicator: f.kind === 'explicit' ? f.indicator : undefined,
        criterion: f.kind === 'flag' ? f.criterion : undefined,
        strength: f.kind === 'flag' ? f.strength : undefined,
        score: f.kind === 'thematic' ? f.score : undefined,
        start: a.position.start,
        end: a.position.end,
        quote: a.quote.exact,
        explanation: f.kind === 'flag' ? f.explanation : f.kind === 'explicit' ? `explicit (${f.form})` : 'thematic',
        note: a.note,
        verdict: a.verdict,
        note_updated_at: a.updatedAt,
        anchor_status: a.anchor.status,
      };
      lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
