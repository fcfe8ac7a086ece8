/**
 * Library speed in Chromium with the built extension: import, list load and full-text search of
 * 100 saved reports of ~130 k characters each (a 14 MB library), beside a baseline in the same
 * page: `JSON.parse` of the same export file (the floor for reading those bytes at all).
 * Needs a built extension (`npx wxt build`; `SDG_OUT_DIR`/`SDG_EXT_DIR` as for the e2e tests).
 * Run alone: `node --import tsx test/bench/library.bench.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ElementHandle } from 'puppeteer';
import { EXT_DIR, launchWithExtension, openExtensionPage } from '../e2e/support/browser';
import { exportLibraryJson } from '../../lib/export/json';
import { annotationsFromAnalysis } from '../../lib/anchor/annotations';
import { TEXT, fixtureReport } from '../unit/export-fixtures';

const REPORTS = 100;

/** Print the figures; returns them in ms (null when there is no built extension). */
export async function run(): Promise<Record<string, number> | null> {
  if (!fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    console.log(`library bench skipped: no built extension at ${EXT_DIR} (run \`npx wxt build\`)`);
    return null;
  }
  const big = `${TEXT}\n`.repeat(600);
  const reports = Array.from({ length: REPORTS }, (_, i) => {
    const r = fixtureReport({ id: `r-${i}`, url: `https://example.org/${i}`, text: big, savedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() });
    r.analysis.length = big.length;
    r.annotations = annotationsFromAnalysis(big, r.analysis);
    return r;
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-lens-bench-'));
  const file = path.join(dir, 'library.sdg-lens.json');
  const json = exportLibraryJson(reports);
  fs.writeFileSync(file, json);
  const eb = await launchWithExtension();
  try {
    const page = await openExtensionPage(eb, 'library.html');
    const rows = (n: number) => page.waitForFunction((k) => document.querySelectorAll('[data-testid=library-row]').length === k, { timeout: 120_000 }, n);
    const input = (await page.$('[data-testid=import-file]')) as ElementHandle<HTMLInputElement>;
    let t0 = performance.now();
    await input.uploadFile(file);
    await page.waitForSelector('[data-testid=import-result][data-ok=true]', { timeout: 120_000 });
    const importMs = performance.now() - t0;
    const loads: number[] = [];
    for (let k = 0; k < 3; k++) {
      t0 = performance.now();
      await page.reload({ waitUntil: 'load' });
      await rows(REPORTS);
      loads.push(performance.now() - t0);
    }
    t0 = performance.now();
    await page.type('[data-testid=library-search]', 'independent');
    await page.waitForFunction((n) => document.querySelector('[data-testid=library-count]')?.textContent?.startsWith(`${n} of`), { timeout: 60_000 }, REPORTS);
    const searchMs = performance.now() - t0;
    const parseMs = (await page.evaluate((text) => {
      const t = performance.now();
      JSON.parse(text);
      return performance.now() - t;
    }, json)) as number;
    const median = [...loads].sort((a, b) => a - b)[1]!;
    const mb = (Buffer.byteLength(json) / 1e6).toFixed(1);
    console.log(`\nLibrary of ${REPORTS} reports (${mb} MB export), Chromium`);
    const out = { import: importMs, 'list load (median of 3, page reload included)': median, 'search: type "independent" until the hits are listed': searchMs, 'baseline: JSON.parse of the same file in the page': parseMs };
    for (const [name, ms] of Object.entries(out)) console.log(`  ${name.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms`);
    return out;
  } finally {
    await eb.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
