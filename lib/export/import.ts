/**
 * Import of a library export file. Everything is checked before anything is written: JSON syntax
 * (with line and column), the format marker and version, then every report with zod (paths and
 * line numbers of the first problems), then duplicate ids inside the file. Writing is the store's
 * job (`importReports`), in one transaction.
 */
import type { z } from 'zod';
import { LIBRARY_EXPORT_VERSION, LIBRARY_FORMAT, LibraryExportSchema } from '../schema/export';
import type { SavedReport } from '../schema/saved-report';

/** Files larger than this are refused before parsing (a library of a few hundred reports is far below). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** How many problems a failed import lists. */
const MAX_PROBLEMS = 5;

/** One thing wrong with an import file. */
export interface ImportProblem {
  /** JSON path such as `reports[2].annotations[0].verdict`, or "" for the file as a whole. */
  path: string;
  /** 1-based line in the file, when it can be told. */
  line?: number;
  column?: number;
  message: string;
}

/** A parsed import: the reports, or the problems (first few) and one sentence for the reader. */
export type ImportParse =
  | { ok: true; reports: SavedReport[] }
  | { ok: false; message: string; problems: ImportProblem[] };

/** `reports[2].annotations[0]` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Offset of the value at `path` in a JSON text that parses, by scanning it without building it.
 * Returns the offset of the deepest ancestor that exists when the path goes further than the data.
 */
export function locatePath(text: string, path: readonly PropertyKey[]): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const skipString = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const readString = (): string => {
    const start = i;
    skipString();
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skipValue = () => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < text.length) {
        const d = text[i]!;
        if (d === '"') {
          skipString();
          continue;
        }
        if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') depth--;
        i++;
        if (depth === 0) return;
      }
      return;
    }
    while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++;
  };
  ws();
  let found = i;
  for (const key of path) {
    ws();
    found = i;
    const c = text[i];
    if (c === '{' && typeof key === 'string') {
      i++;
      let hit = false;
      for (;;) {
        ws();
        if (text[i] === '}' || i >= text.length) break;
        const k = readString();
        ws();
        i++; // colon
        ws();
        if (k === key) {
          hit = true;
          break;
        }
        skipValue();
        ws();
        if (text[i] === ',') i++;
      }
      if (!hit) return found;
    } else if (c === '[' && typeof key === 'number') {
      i++;
      let n = 0;
      ws();
      while (n < key && text[i] !== ']' && i < text.length) {
        skipValue();
        ws();
        if (text[i] === ',') i++;
        ws();
        n++;
      }
      if (n < key || text[i] === ']') return found;
    } else return found;
  }
  ws();
  return i;
}

function fail(message: string, problems: ImportProblem[]): ImportParse {
  return { ok: false, message, problems };
}

/** Where a JSON.parse error happened, from the engine's message. */
function syntaxProblem(text: string, err: unknown): ImportProblem {
  const msg = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(msg);
  if (pos) {
    const offset = Number(pos[1]);
    return { path: '', ...lineColumn(text, offset), message: msg.replace(/\s*\(line \d+ column \d+\)/, '') };
  }
  // "Unexpected end of JSON input" and friends: the problem is at the very end.
  return { path: '', ...lineColumn(text, text.length), message: msg };
}

/** Parses and validates an export file's text. Nothing is written here. */
export function parseLibraryExport(text: string): ImportParse {
  if (text.length > MAX_IMPORT_BYTES) {
    return fail(`The file is too large to import (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`, []);
  }
  if (!text.trim()) return fail('The file is empty.', [{ path: '', line: 1, column: 1, message: 'empty file' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const p = syntaxProblem(text, e);
    const pos = /position (\d+)/.exec(p.message);
    // An error at the very end of the text means the file stops in the middle of a value.
    const truncated = /end of (JSON )?input/i.test(p.message) || (pos !== null && Number(pos[1]) >= text.trimEnd().length - 1);
    return fail(
      truncated
        ? `The file ends too early (line ${p.line}): it looks truncated. Nothing was imported.`
        : `The file is not valid JSON (line ${p.line}, column ${p.column}). Nothing was imported.`,
      [p],
    );
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('This is not an SDG Lens library export: expected a JSON object.', [{ path: '', line: 1, message: 'not an object' }]);
  }
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== LIBRARY_FORMAT) {
    return fail(`This is not an SDG Lens library export (its "format" is ${JSON.stringify(head.format) ?? 'missing'}).`, [
      { path: 'format', line: lineColumn(text, locatePath(text, ['format'])).line, message: `expected "${LIBRARY_FORMAT}"` },
    ]);
  }
  if (head.version !== LIBRARY_EXPORT_VERSION) {
    const newer = typeof head.version === 'number' && head.version > LIBRARY_EXPORT_VERSION;
    return fail(
      newer
        ? `This file was made by a newer SDG Lens (format version ${head.version}); this one reads version ${LIBRARY_EXPORT_VERSION}. Update the extension to import it.`
        : `Unsupported format version ${JSON.stringify(head.version) ?? '(missing)'}; this SDG Lens reads version ${LIBRARY_EXPORT_VERSION}.`,
      [{ path: 'version', line: lineColumn(text, locatePath(text, ['version'])).line, message: `expected ${LIBRARY_EXPORT_VERSION}` }],
    );
  }
  const parsed = LibraryExportSchema.safeParse(raw);
  if (!parsed.success) {
    const issues: z.core.$ZodIssue[] = parsed.error.issues;
    const problems = issues.slice(0, MAX_PROBLEMS).map((issue) => ({
      path: formatPath(issue.path),
      line: lineColumn(text, locatePath(text, issue.path)).line,
      message: issue.message,
    }));
    const first = problems[0]!;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    return fail(`The file does not match the SDG Lens format: ${first.path || 'file'} (line ${first.line}): ${first.message}${more}. Nothing was imported.`, problems);
  }
  const seen = new Map<string, number>();
  const dupes: ImportProblem[] = [];
  parsed.data.reports.forEach((r, i) => {
    const before = seen.get(r.id);
    if (before !== undefined) {
      dupes.push({ path: `reports[${i}].id`, line: lineColumn(text, locatePath(text, ['reports', i, 'id'])).line, message: `same id as reports[${before}]` });
    } else seen.set(r.id, i);
  });
  if (dupes.length) {
    return fail(`The file holds the same report twice (${dupes[0]!.path}, line ${dupes[0]!.line}). Nothing was imported.`, dupes.slice(0, MAX_PROBLEMS));
  }
  return { ok: true, reports: parsed.data.reports };
}
