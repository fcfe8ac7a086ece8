/**
 * Annotating pages in Chromium with the built extension, side by side in the same browser with
 * two baselines over the same page: a bare TreeWalker pass that reads every text node (the floor
 * of any DOM text work) and a mark.js-style highlighter that wraps the same matches in <mark>
 * elements (what highlighting costs when it edits the page, run on a fresh copy of it).
 * Pages: the largest real page in ../shared/data/pages (by file size) and a generated
 * 300,000-word report page. Reported: annotate wall time (index + analysis + highlights,
 * yields included), the longest task seen by a `longtask` PerformanceObserver during the scan,
 * and the number of tasks over 50 ms. Median of 3 loads each. Then, per page, the longest single
 * run of each step of the scan as the content script timed it (`timings.steps`: index slices,
 * each message send, head parse, part decoding, languages, draw setup, keyboard stops, ranges,
 * hit-index sort, highlight registration, broadcast), max over the loads, `*` past 50 ms, and the
 * longest task of each load. Sliced steps can still show a slice well past SLICE_MS on a loaded
 * machine (descheduling, garbage collection); unsliced steps are the ones to watch.
 * Needs the built extension (`wxt build`; builds it when missing).
 * Run alone: `node --import tsx test/bench/annotate.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer';
import { EXT_DIR, launchWithExtension, type ExtensionBrowser } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';
import { FindingsResponseSchema, TabSummarySchema } from '../../lib/schema/messages';
import { sendToTab, tabIdOf, waitForContentScript } from '../e2e/annotate-helpers';
import { observeLongTasks, readLongTasks, resetLongTasks } from './long-tasks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = path.resolve(ROOT, '../shared/data/pages');
const RUNS = 3;

const PARAGRAPHS = [
  'In 2025 our cooperative connected 41,200 households to safely managed drinking water (SDG target 6.1), from a baseline of 12,800 households in 2021, and water quality was tested monthly by the county laboratory.',
  'Solar mini-grids with battery storage replaced diesel generators in eleven villages, bringing affordable renewable electricity to 3,900 homes and cutting fuel costs for small businesses and clinics.',
  'We are committed to supporting communities and promoting sustainability wherever possible, and we contribute to SDGs 3, 4 and 5 through clinics, scholarships and leadership training for women.',
  'Food loss per tonne landed fell from 9.1% to 5.6% between 2021 and 2025 across four processing sites, and surplus food went to 61 food banks within 24 hours of landing.',
  'Our operations are carbon neutral thanks to offsets, and we will reach net zero by 2040 while restoring 140 hectares of mangroves that shelter juvenile fish along the coast.',
];

/** A report page of about `words` words: headings, paragraphs, lists and a table, repeated. */
export function syntheticReport(words: number): string {
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Synthetic impact report</title></head><body><main>'];
  let count = 0;
  for (let s = 0; count < words; s++) {
    parts.push(`<section><h2>Chapter ${s + 1}: progress on SDG ${(s % 17) + 1}</h2>`);
    for (const p of PARAGRAPHS) {
      parts.push(`<p>${p.replace('SDG target 6.1', 'SDG <b>target 6.1</b>')}</p>`);
      count += p.split(/\s+/).length;
    }
    parts.push('<ul><li>SDG 13 — Climate action: 12 new weather stations</li><li>SDG 14 — Life below water: 36 t of nets removed</li></ul>');
    parts.push('<table><tr><td>SDG 6</td><td>Households connected</td><td>41,200</td></tr></table></section>');
    count += 24;
  }
  parts.push('</main></body></html>');
  return parts.join('\n');
}

interface Measure {
  annotateMs: number;
  indexMs: number;
  analyzeMs: number;
  drawMs: number;
  longestTaskMs: number;
  longestSliceMs: number;
  longTasks: number;
  walkerMs: number;
  markMs: number;
  textChars: number;
  explicit: number;
  findings: number;
  /** Longest single run of each step of the scan (the content script's `timings.steps`). */
  steps: Record<string, number>;
}

async function measureOnce(eb: ExtensionBrowser, page: Page, url: string): Promise<Measure> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const tabId = await tabIdOf(eb, page);
  await waitForContentScript(eb, tabId, page.url());
  // Loading the page is not our work: count only the tasks from here on.
  await resetLongTasks(page);
  const summary = TabSummarySchema.parse(await sendToTab(eb, tabId, { type: 'sdg:scan' }));
  if (summary.status !== 'done') throw new Error(`scan ended with status ${summary.status}: ${summary.error ?? ''}`);
  // Let the observer deliver the last entries.
  await new Promise((r) => setTimeout(r, 200));
  const long = await readLongTasks(page);
  const { items } = FindingsResponseSchema.parse(await sendToTab(eb, tabId, { type: 'sdg:get-findings' }));
  const matches = [...new Set(items.flatMap((i) => (i.finding.kind === 'explicit' ? [i.finding.text] : [])))];

  // A fresh copy of the page (auto-scan is off, so nothing of ours is on it) for the baselines.
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await waitForContentScript(eb, tabId, page.url());
  const walkerMs = await page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n.nodeValue ?? '').length;
    (window as unknown as { __chars: number }).__chars = chars;
    return performance.now() - t0;
  });
  // mark.js-style: one TreeWalker pass, one alternation of the match strings (longest first),
  // every hit wrapped in <mark>; it edits the DOM, hence the fresh copy.
  const markMs = await page.evaluate((needles: string[]) => {
    const t0 = performance.now();
    if (needles.length === 0) return 0;
    // (No named helper functions in here: tsx would wrap them in a `__name` call the page lacks.)
    const re = new RegExp(
      [...needles]
        .sort((a, b) => b.length - a.length)
        .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (let node of nodes) {
      const text = node.nodeValue ?? '';
      re.lastIndex = 0;
      const hits = [...text.matchAll(re)];
      let consumed = 0;
      for (const m of hits) {
        const hit = node.splitText(m.index - consumed);
        node = hit.splitText(m[0].length);
        consumed = m.index + m[0].length;
        const mark = document.createElement('mark');
        hit.replaceWith(mark);
        mark.append(hit);
      }
    }
    return performance.now() - t0;
  }, matches);
  return {
    annotateMs: summary.scanMs ?? NaN,
    indexMs: summary.timings?.index ?? NaN,
    analyzeMs: summary.timings?.analyze ?? NaN,
    drawMs: summary.timings?.draw ?? NaN,
    longestTaskMs: Math.max(0, ...long),
    longestSliceMs: summary.timings?.longestSlice ?? NaN,
    longTasks: long.filter((d) => d > 50).length,
    walkerMs,
    markMs,
    textChars: summary.length,
    explicit: summary.explicitTotal,
    findings: items.length,
    steps: summary.timings?.steps ?? {},
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Bench entry (see the file comment). */
export async function run(): Promise<void> {
  if (!fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    console.log(`building the extension into ${path.relative(ROOT, EXT_DIR)} …`);
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error('wxt build failed');
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-bench-'));
  fs.writeFileSync(path.join(tmp, 'synthetic-300k-words.html'), syntheticReport(300_000));
  const roots: Record<string, string> = { '/gen': tmp };
  const pages: { name: string; url: string }[] = [];
  if (fs.existsSync(PAGES)) {
    const files = fs.readdirSync(PAGES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const largest = files.map((f) => ({ f, size: fs.statSync(path.join(PAGES, f)).size })).sort((a, b) => b.size - a.size)[0]!;
    roots['/pages'] = PAGES;
    pages.push({ name: `${path.basename(largest.f)} (${(largest.size / 1e6).toFixed(2)} MB HTML)`, url: `/pages/${largest.f}` });
  } else {
    console.log(`(${PAGES} absent: real-page row skipped)`);
  }
  pages.push({ name: 'synthetic report, 300,000 words', url: '/gen/synthetic-300k-words.html' });

  const server = await startServer(roots);
  const eb = await launchWithExtension();
  try {
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': { autoScan: false } })`);
    const page = await eb.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // Sub-resources aborted (offline anyway); the long-task observer is installed before any page script.
    await observeLongTasks(page);
    await page.setRequestInterception(true);
    page.on('request', (req) => void (req.isNavigationRequest() && req.url().startsWith(server.origin) ? req.continue() : req.abort('blockedbyclient')));
    console.log(`Chromium, built extension (${path.relative(ROOT, EXT_DIR)}), median of ${RUNS} loads per page`);
    console.log(
      ['page'.padEnd(44), 'chars'.padStart(9), 'refs'.padStart(6), 'SDG Lens ms'.padStart(12), '(index/analyse/draw busy)'.padStart(26), 'longest task'.padStart(13), 'longest slice'.padStart(14), '>50ms'.padStart(6), 'TreeWalker ms'.padStart(14), 'mark.js-style ms'.padStart(17)].join(' '),
    );
    const stepRows: { name: string; runs: Measure[] }[] = [];
    for (const p of pages) {
      const runs: Measure[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(eb, page, server.url(p.url)));
      const m = (k: Exclude<keyof Measure, 'steps'>) => median(runs.map((r) => r[k]));
      console.log(
        [
          p.name.slice(0, 44).padEnd(44),
          String(m('textChars')).padStart(9),
          String(m('explicit')).padStart(6),
          m('annotateMs').toFixed(0).padStart(12),
          `${m('indexMs').toFixed(0)} / ${m('analyzeMs').toFixed(0)} / ${m('drawMs').toFixed(0)}`.padStart(26),
          `${m('longestTaskMs').toFixed(0)} ms`.padStart(13),
          `${m('longestSliceMs').toFixed(0)} ms`.padStart(14),
          String(Math.max(...runs.map((r) => r.longTasks))).padStart(6),
          m('walkerMs').toFixed(1).padStart(14),
          m('markMs').toFixed(1).padStart(17),
        ].join(' '),
      );
      stepRows.push({ name: p.name, runs });
    }
    // Per-step maxima over the runs: which of our own steps comes near the 50 ms long-task line.
    console.log('\nlongest single run of each step, ms (max over the runs; * = over 50 ms)');
    for (const { name, runs } of stepRows) {
      const names = [...new Set(runs.flatMap((r) => Object.keys(r.steps)))];
      const cells = names.map((n) => {
        const v = Math.max(...runs.map((r) => r.steps[n] ?? 0));
        return `${n} ${v.toFixed(1)}${v > 50 ? '*' : ''}`;
      });
      console.log(`  ${name.slice(0, 44)}: ${cells.join(', ')}`);
      console.log(`    longest tasks (longtask observer, per run): ${runs.map((r) => r.longestTaskMs.toFixed(0)).join(', ')} ms`);
    }
  } finally {
    await eb.close();
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
