/**
 * PDF bench: a generated 300-page report (Chromium print-to-PDF), measured
 * - in Node: pdf.js text extraction alone, then the same extraction + the PdfTextIndex + analyze();
 * - in Chromium with the built extension's reader: time to the first highlighted page and to the
 *   full analysis (analysis in a worker), beside the reader's own pdf.js extraction time in the same run, and the longest
 *   main-thread task while it worked (responsiveness).
 * The browser part needs a build in $SDG_OUT_DIR (default .output); it is skipped with a message
 * when there is none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../lib/analyze';
import { openPdf, pageItems, extractPdfText } from '../../lib/pdf/document';
import { nodePdfJs } from '../../lib/pdf/node';
import { EXT_DIR, launchWithExtension, openExtensionPage } from '../e2e/support/browser';
import { longReportPdf } from '../fixtures/pdf/generate';

const PAGES = 300;

function ms(x: number): string {
  return `${x.toFixed(0).padStart(6)} ms`;
}

async function nodeFigures(file: string): Promise<void> {
  const data = new Uint8Array(fs.readFileSync(file));
  const pdfjs = await nodePdfJs();
  // Warm-up (module init, JIT), not measured; then the baseline: pdf.js alone (open + getTextContent of every page).
  const warm = await openPdf(pdfjs, data);
  for (let n = 1; n <= warm.numPages; n++) await pageItems(warm, n);
  await warm.destroy();
  let t0 = performance.now();
  const doc = await openPdf(pdfjs, data);
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) items += (await pageItems(doc, n)).length;
  const baseline = performance.now() - t0;
  await doc.destroy();
  // Ours: the same extraction into a PdfTextIndex, then the full analysis.
  t0 = performance.now();
  const doc2 = await openPdf(pdfjs, data);
  const text = await extractPdfText(doc2);
  const extracted = performance.now() - t0;
  const t1 = performance.now();
  const a = analyze(text.index.text, { blocks: text.index.blocks });
  const analysed = performance.now() - t1;
  await doc2.destroy();
  console.log(`node  ${doc2.numPages} pages, ${items} text items, ${text.index.text.length} chars, ${a.explicit.length} references, ${a.flags.length} flags`);
  console.log(`node  pdf.js text extraction alone (baseline)   ${ms(baseline)}`);
  console.log(`node  extraction + PdfTextIndex                  ${ms(extracted)}`);
  console.log(`node  analyze() on the extracted text            ${ms(analysed)}`);
  console.log(`node  scan total (extract + analyze)             ${ms(extracted + analysed)}`);
}

async function browserFigures(file: string): Promise<void> {
  if (!fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    console.log(`browser  skipped: no built extension at ${EXT_DIR} (run \`SDG_OUT_DIR=… npx wxt build\` first)`);
    return;
  }
  const eb = await launchWithExtension();
  try {
    const page = await openExtensionPage(eb, 'reader.html');
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluate(() => {
      const w = window as unknown as { __sdgLongest: number };
      w.__sdgLongest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__sdgLongest = Math.max(w.__sdgLongest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const input = await page.waitForSelector('input.sdg-file');
    const t0 = performance.now();
    await input!.uploadFile(file);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('sdg-goal') || k.startsWith('sdg-theme') || k.startsWith('sdg-flag')), { timeout: 300_000, polling: 16 });
    const firstSeen = performance.now() - t0;
    const el = await page.waitForSelector('[data-status="done"]', { timeout: 300_000 });
    const d = await el!.evaluate((e) => ({ ...(e as HTMLElement).dataset }));
    const longest = await page.evaluate(() => (window as unknown as { __sdgLongest: number }).__sdgLongest);
    const extract = Number(d.extractMs);
    const analyzeMs = Number(d.analyzeMs);
    console.log(`browser  reader: pdf.js text extraction + PdfTextIndex   ${ms(extract)}`);
    console.log(`browser  reader: analysis (worker; off the main thread)   ${ms(analyzeMs)}`);
    console.log(`browser  reader: full analysis (extract + analyse)        ${ms(extract + analyzeMs)}`);
    console.log(`browser  reader: first highlighted page (in page)         ${ms(Number(d.firstHighlightMs))}`);
    console.log(`browser  first highlight seen from the file pick          ${ms(firstSeen)}`);
    console.log(`browser  longest main-thread task while loading           ${ms(longest)}`);
  } finally {
    await eb.close();
  }
}

/** Prints the figures (see the module comment). */
export async function run(): Promise<void> {
  const t0 = performance.now();
  const file = await longReportPdf(PAGES);
  console.log(`generated ${PAGES}-page report PDF (${(fs.statSync(file).size / 1024).toFixed(0)} KB) in ${ms(performance.now() - t0)}`);
  await nodeFigures(file);
  await browserFigures(file);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
