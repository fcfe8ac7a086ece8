/**
 * PDF reading in Node (the CLI and unit tests): pdf.js's legacy build, which runs its worker code
 * in the same thread when there is no Worker. Kept apart from document.ts so the extension bundle
 * never pulls the legacy build.
 */
import { readPdf, type PdfJs, type PdfText } from './document';

let loaded: Promise<PdfJs> | undefined;

/** The legacy pdf.js module, loaded once on first use (it is large; `scan` of HTML never needs it). */
export function nodePdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => m as unknown as PdfJs);
  return loaded;
}

/** Reads a PDF's text in Node; throws `PdfReadError` for encrypted, image-only and corrupt files. */
export async function readPdfInNode(data: Uint8Array): Promise<PdfText> {
  const text = await readPdf(await nodePdfJs(), data);
  return text;
}
