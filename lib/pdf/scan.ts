/**
 * `sdg-lens scan report.pdf`: a PDF file or fetched PDF bytes → the scan command's document, with
 * the same text extraction as the reader page. Failures become the CLI's one-line input errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../cli/io';
import type { ScanDocument } from '../cli/commands/scan';
import { PdfReadError } from './document';
import { readPdfInNode } from './node';

/** Whether a path or URL path names a PDF by its extension. */
export function isPdfPath(p: string): boolean {
  return /\.pdf$/i.test(p);
}

/** A scan document from PDF bytes; `label` prefixes error messages (file name or URL). */
export async function pdfScanDocument(data: Uint8Array, source: string, fallbackTitle: string, label: string): Promise<ScanDocument> {
  try {
    const { index, title } = await readPdfInNode(data);
    return { source, title: title || fallbackTitle, text: index.text, blocks: index.blocks, pages: index.pages };
  } catch (e) {
    if (e instanceof PdfReadError) throw new InputError(`${label}: ${e.message}`);
    throw e;
  }
}

/** Reads a .pdf file for `scan`. */
export async function loadPdfFile(file: string): Promise<ScanDocument> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return pdfScanDocument(data, pathToFileURL(path.resolve(file)).href, path.basename(file), file);
}
