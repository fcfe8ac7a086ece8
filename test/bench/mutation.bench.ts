/**
 * Re-scanning during a mutation storm, in Chromium with the built extension, beside two baselines
 * measured in the same run: the same storm on the same page with no extension installed (the
 * page's own floor for long tasks) and, when `SDG_BENCH_BASELINE_EXT` names another build's
 * `chrome-mv3` folder, that build on the same storm (to compare two versions of the re-scan).
 *
 * The page: a report of `words` words, a live feed where a paragraph is appended, replaced or
 * removed every 20 ms (50 changes a second, each naming one of goals 1–15), and 15 probe
 * paragraphs naming SDG 16 (drawn by the first scan). Every 400 ms of the storm one probe is
 * replaced by a new node naming SDG 17. Reported:
 * - re-scan latency: from a probe's replacement to an `sdg-goal-17` range inside the new node
 *   (median / max over the probes; "missed" = not drawn 20 s after the storm ended),
 * - the longest task and the number of tasks over 50 ms (`longtask` PerformanceObserver) from the
 *   storm's start until its last probe is drawn,
 * - re-scans (status "scanning" broadcasts seen by the service worker) and analyses (requests to
 *   the background, with the characters they carried),
 * - whether the feed is right at the end: every feed paragraph has a goal highlight inside it,
 * - the longest slice of the content script's own work in its last scan (its own timing).
 * Latencies are pooled over RUNS storms per page and configuration; the other columns are the
 * median of the runs (longest task: median of each run's longest, then the worst run). Needs the built extension (`wxt build`; EXT_DIR as in
 * test/e2e/support/browser.ts). Run: `npm run bench -- mutation`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer';
import { CHROMIUM, EXT_DIR, serviceWorker } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';
import { summaryOf, tabIdOf, waitForScan } from '../e2e/annotate-helpers';
import { observeLongTasks, readLongTasks, resetLongTasks } from './long-tasks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const STORM_MS = 6_000;
const CHANGE_EVERY_MS = 20;
const PROBE_EVERY_MS = 400;
const PROBES = 15;
const SETTLE_MS = 20_000;
/** Storms per page and configuration (a fresh browser each). */
const RUNS = 3;

const REPORT = [
  'In 2025 our cooperative connected 41,200 households to safely managed drinking water (SDG target 6.1), from a baseline of 12,800 households in 2021.',
  'Solar mini-grids with battery storage replaced diesel generators in eleven villages, bringing affordable renewable electricity to 3,900 homes.',
  'We are committed to supporting communities and promoting sustainability wherever possible, and we contribute to SDGs 3, 4 and 5 through clinics and scholarships.',
  'Food loss per tonne landed fell from 9.1% to 5.6% between 2021 and 2025 across four processing sites, and surplus food went to 61 food banks.',
  'Our operations are carbon neutral thanks to offsets, and we will reach net zero by 2040 while restoring 140 hectares of mangroves (SDG 13, SDG 14).',
];

/** The storm page: report, feed, probes and the storm script (started by `window.__storm()`). */
export function stormPage(words: number): string {
  const body: string[] = [];
  let count = 0;
  for (let s = 0; count < words; s++) {
    body.push(`<section><h2>Chapter ${s + 1}</h2>`);
    for (const p of REPORT) {
      body.push(`<p>${p}</p>`);
      count += p.split(/\s+/).length;
    }
    body.push('</section>');
  }
  const probes = Array.from({ length: PROBES }, (_, i) => `<p class="probe">Probe ${i + 1}: our justice programme supports SDG 16 in ${i + 3} districts.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Mutation storm</title></head><body><main>
${body.join('\n')}
<section id="feed"><h2>Live updates</h2></section>
<section id="probes">${probes}</section>
</main>
<script>
window.__storm = (durationMs, changeMs, probeMs) => new Promise((done) => {
  const feed = document.getElementById('feed');
  const probes = [...document.querySelectorAll('#probes .probe')];
  const pending = [];
  const latencies = [];
  let n = 0;
  const para = () => {
    n++;
    const p = document.createElement('p');
    p.textContent = 'Update ' + n + ': the water board reported progress on SDG ' + ((n % 15) + 1) + ' in district ' + (n % 40) + '.';
    return p;
  };
  const t0 = performance.now();
  const change = setInterval(() => {
    const items = feed.querySelectorAll('p');
    const r = n % 3;
    if (r === 0 || items.length < 5) feed.append(para());
    else if (r === 1) items[n % items.length].replaceWith(para());
    else if (items.length > 30) items[0].remove();
    else feed.append(para());
  }, changeMs);
  let k = 0;
  const probe = setInterval(() => {
    if (k >= probes.length) return;
    const old = probes[k];
    const p = document.createElement('p');
    p.className = 'probe';
    p.textContent = 'Probe ' + (k + 1) + ' replaced: our tax treaty network supports SDG 17 with ' + (k + 2) + ' partners.';
    old.replaceWith(p);
    pending.push({ node: p, at: performance.now() });
    k++;
  }, probeMs);
  // Checks the page's highlights every 10 ms (from the main world: CSS.highlights is per document).
  const check = setInterval(() => {
    const h = CSS.highlights.get('sdg-goal-17');
    for (let i = pending.length - 1; i >= 0; i--) {
      const it = pending[i];
      if (h && [...h].some((r) => r instanceof Range && !r.collapsed && it.node.contains(r.startContainer))) {
        latencies.push(performance.now() - it.at);
        pending.splice(i, 1);
      }
    }
  }, 10);
  setTimeout(() => {
    clearInterval(change);
    clearInterval(probe);
    const stormEnd = performance.now();
    const finish = () => {
      clearInterval(check);
      clearInterval(wait);
      const feedParas = [...feed.querySelectorAll('p')];
      const drawn = new Set();
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('sdg-goal-')) continue;
        for (const r of h) if (r instanceof Range && !r.collapsed) for (const p of feedParas) if (p.contains(r.startContainer)) drawn.add(p);
      }
      done({ latencies, missed: pending.length, feed: feedParas.length, feedDrawn: drawn.size, changes: n, probes: k, elapsed: performance.now() - t0 });
    };
    const wait = setInterval(() => {
      if ((pending.length === 0 && k >= probes.length) || performance.now() - stormEnd > ${SETTLE_MS}) finish();
    }, 50);
  }, durationMs);
});
</script></body></html>`;
}

interface StormResult {
  latencies: number[];
  missed: number;
  feed: number;
  feedDrawn: number;
  changes: number;
  probes: number;
  elapsed: number;
}

interface Row {
  config: string;
  storm: StormResult;
  longTasks: number[];
  rescans: number | null;
  analyses: number | null;
  analysedChars: number | null;
  /** The last scan's longest slice of our own work, as the content script timed it. */
  longestSlice: number | null;
}

/** Count, in the service worker, the scans started by content scripts and the analyses asked for. */
async function installCounters(worker: WebWorker): Promise<void> {
  await worker.evaluate(`(() => {
    const c = (globalThis.__sdgBench = { rescans: 0, analyses: 0, chars: 0 });
    chrome.runtime.onMessage.addListener((m) => {
      if (m && m.type === 'sdg:analysis-updated' && m.summary && m.summary.status === 'scanning') c.rescans++;
      if (m && m.type === 'sdg:analyze' && typeof m.text === 'string') { c.analyses++; c.chars += m.text.length; }
      if (m && m.type === 'sdg:analyze-chunk' && typeof m.text === 'string') c.chars += m.text.length;
      return undefined;
    });
  })()`);
}

async function preparePage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await observeLongTasks(page);
  await page.setRequestInterception(true);
  page.on('request', (req) => void (req.url().startsWith(origin) ? req.continue() : req.abort('blockedbyclient')));
  return page;
}

async function storm(page: Page): Promise<{ storm: StormResult; longTasks: number[] }> {
  await resetLongTasks(page);
  const result = (await page.evaluate(
    (a, b, c) => (window as unknown as { __storm: (a: number, b: number, c: number) => Promise<unknown> }).__storm(a, b, c),
    STORM_MS,
    CHANGE_EVERY_MS,
    PROBE_EVERY_MS,
  )) as StormResult;
  await new Promise((r) => setTimeout(r, 200));
  const longTasks = await readLongTasks(page);
  return { storm: result, longTasks };
}

async function launch(extDir?: string): Promise<{ browser: Browser; worker?: WebWorker; close: () => Promise<void> }> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-bench-mut-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    pipe: true,
    enableExtensions: !!extDir,
  });
  const close = async () => {
    await browser.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  if (!extDir) return { browser, close };
  const id = await browser.installExtension(extDir);
  return { browser, worker: await serviceWorker(browser, id), close };
}

async function measure(config: string, extDir: string | undefined, url: string, origin: string): Promise<Row> {
  const b = await launch(extDir);
  try {
    const page = await preparePage(b.browser, origin);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (b.worker) {
      // The first (full) scan is not part of the storm.
      const eb = { browser: b.browser, worker: b.worker } as Parameters<typeof tabIdOf>[0];
      const tabId = await tabIdOf(eb, page);
      await waitForScan(eb, tabId);
      const s = await summaryOf(eb, tabId);
      if (s.explicitTotal === 0) throw new Error('the first scan found nothing');
      await installCounters(b.worker);
    }
    const m = await storm(page);
    let longestSlice: number | null = null;
    if (b.worker) {
      const eb = { browser: b.browser, worker: b.worker } as Parameters<typeof tabIdOf>[0];
      longestSlice = (await summaryOf(eb, await tabIdOf(eb, page))).timings?.longestSlice ?? null;
    }
    const c = b.worker ? ((await b.worker.evaluate('globalThis.__sdgBench')) as { rescans: number; analyses: number; chars: number }) : null;
    return { config, ...m, rescans: c?.rescans ?? null, analyses: c?.analyses ?? null, analysedChars: c?.chars ?? null, longestSlice };
  } finally {
    await b.close();
  }
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');

/** Bench entry (see the file comment). */
export async function run(): Promise<void> {
  if (!fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXT_DIR}: run \`npx wxt build\` first`);
  const baseline = process.env.SDG_BENCH_BASELINE_EXT ? path.resolve(process.env.SDG_BENCH_BASELINE_EXT) : undefined;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-bench-storm-'));
  const sizes = [2_000, 30_000];
  for (const w of sizes) fs.writeFileSync(path.join(tmp, `storm-${w}.html`), stormPage(w));
  const server = await startServer({ '/gen': tmp });
  try {
    console.log(
      `Chromium; storm: ${STORM_MS / 1000} s, a feed paragraph appended/replaced/removed every ${CHANGE_EVERY_MS} ms, a probe paragraph replaced (SDG 16 → SDG 17) every ${PROBE_EVERY_MS} ms`,
    );
    console.log(
      ['page'.padEnd(20), 'configuration'.padEnd(34), 'latency median'.padStart(15), 'max'.padStart(9), 'missed'.padStart(7), 'longest task med/max'.padStart(17), '>50ms'.padStart(6), 're-scans'.padStart(9), 'analyses (chars)'.padStart(22), 'feed drawn'.padStart(17), 'last scan longest slice'.padStart(24)].join(' '),
    );
    const configs: [string, string | undefined][] = [['page alone (no extension)', undefined], [`SDG Lens (${path.relative(ROOT, EXT_DIR)})`, EXT_DIR]];
    if (baseline) configs.push([`SDG Lens (${path.relative(ROOT, baseline)})`, baseline]);
    for (const w of sizes) {
      for (const [name, dir] of configs) {
        const runs: Row[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(name, dir, server.url(`/gen/storm-${w}.html`), server.origin));
        const ext = dir !== undefined;
        const latencies = runs.flatMap((r) => r.storm.latencies);
        const longest = runs.map((r) => Math.max(0, ...r.longTasks));
        const med = (f: (r: Row) => number) => median(runs.map(f));
        console.log(
          [
            `${w.toLocaleString('en')}-word report`.padEnd(20),
            name.slice(0, 34).padEnd(34),
            (ext ? ms(median(latencies)) : '—').padStart(15),
            (ext ? ms(Math.max(...latencies)) : '—').padStart(9),
            (ext ? String(runs.reduce((n, r) => n + r.storm.missed, 0)) : '—').padStart(7),
            `${ms(median(longest))} / ${ms(Math.max(...longest))}`.padStart(17),
            String(med((r) => r.longTasks.filter((d) => d > 50).length)).padStart(6),
            (ext ? String(med((r) => r.rescans ?? 0)) : '—').padStart(9),
            (ext ? `${med((r) => r.analyses ?? 0)} (${med((r) => r.analysedChars ?? 0).toLocaleString('en')})` : '—').padStart(22),
            (ext ? runs.map((r) => `${r.storm.feedDrawn}/${r.storm.feed}`).join(' ') : '—').padStart(17),
            (ext ? ms(Math.max(...runs.map((r) => r.longestSlice ?? NaN))) : '—').padStart(24),
          ].join(' '),
        );
      }
    }
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
