/**
 * The PDF document adapter: bytes → pdf.js document → `PdfTextIndex`, with the three ways a PDF
 * can fail to give text told apart (password, no text layer, not a PDF). The pdf.js module is
 * passed in, because Node (the CLI, unit tests) needs the legacy build and the extension page the
 * modern one with its bundled worker; everything else is shared.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { buildPdfTextIndex, itemsFromTextContent, type PdfTextIndex, type PdfTextItem } from './text-index';

/** Why a PDF gives no text. */
export type PdfProblem = 'encrypted' | 'no-text' | 'corrupt';

/** One sentence per problem, for the CLI's stderr and the reader's message. */
export const PDF_PROBLEM_MESSAGES: Record<PdfProblem, string> = {
  encrypted: 'This PDF is password-protected; SDG Lens cannot read encrypted PDFs.',
  'no-text':
    'This PDF has no text layer (a scanned or image-only document); SDG Lens reads text, not images. Run it through OCR first.',
  corrupt: 'This file is not a readable PDF (it is damaged, truncated or not a PDF at all).',
};

/** A PDF that gives no text, with its reason. */
export class PdfReadError extends Error {
  constructor(
    readonly problem: PdfProblem,
    override readonly cause?: unknown,
  ) {
    super(PDF_PROBLEM_MESSAGES[problem]);
    this.name = 'PdfReadError';
  }
}

/** The subset of the pdf.js module the adapter calls (modern and legacy builds both satisfy it). */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; verbosity?: number; useSystemFonts?: boolean; stopAtErrors?: boolean }): {
    promise: Promise<PDFDocumentProxy>;
    destroy(): Promise<void>;
  };
}

/** A loaded PDF with its text. */
export interface PdfText {
  doc: PDFDocumentProxy;
  index: PdfTextIndex;
  /** The document's Title metadata, when it has one. */
  title: string;
  numPages: number;
}

/** Maps a pdf.js exception to our problem kinds (by name: the classes differ between builds). */
export function problemOf(error: unknown): PdfProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return 'encrypted';
  return 'corrupt';
}

/**
 * Opens a PDF from its bytes; throws `PdfReadError('encrypted' | 'corrupt')`. `systemFonts`: let a
 * page render non-embedded fonts with the system's (the reader); text extraction does not need it.
 */
export async function openPdf(pdfjs: PdfJs, data: Uint8Array, opts: { systemFonts?: boolean } = {}): Promise<PDFDocumentProxy> {
  if (data.byteLength === 0) throw new PdfReadError('corrupt');
  // pdf.js transfers the buffer to its worker: give it a copy so the caller keeps its bytes.
  const task = pdfjs.getDocument({ data: data.slice(), isEvalSupported: false, verbosity: 0, useSystemFonts: opts.systemFonts ?? false });
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw new PdfReadError(problemOf(e), e);
  }
}

/** Text items of one page (pdf.js `getTextContent`, markers dropped). */
export async function pageItems(doc: PDFDocumentProxy, page: number): Promise<PdfTextItem[]> {
  const p = await doc.getPage(page);
  const content = await p.getTextContent();
  p.cleanup();
  return itemsFromTextContent(content.items);
}

/**
 * Extracts every page's text into a `PdfTextIndex`. `onPage` is told after each page (progress in
 * the reader). Throws `PdfReadError('no-text')` when no page has a letter or digit, so an image-only
 * scan is reported instead of analysed as an empty document.
 */
export async function extractPdfText(doc: PDFDocumentProxy, onPage?: (page: number, of: number) => void | Promise<void>): Promise<PdfText> {
  const pages: PdfTextItem[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    try {
      pages.push(await pageItems(doc, n));
    } catch (e) {
      throw new PdfReadError('corrupt', e);
    }
    await onPage?.(n, doc.numPages);
  }
  const index = buildPdfTextIndex(pages);
  if (!/[\p{L}\p{N}]/u.test(index.text)) throw new PdfReadError('no-text');
  let title = '';
  try {
    const meta = await doc.getMetadata();
    const info = meta.info as { Title?: unknown } | undefined;
    if (typeof info?.Title === 'string') title = info.Title.trim();
  } catch {
    // Metadata is optional; a damaged info dictionary should not hide readable text.
  }
  return { doc, index, title, numPages: doc.numPages };
}

/** Opens and extracts in one call (the CLI's path). */
export async function readPdf(pdfjs: PdfJs, data: Uint8Array): Promise<PdfText> {
  const doc = await openPdf(pdfjs, data);
  return extractPdfText(doc);
}
