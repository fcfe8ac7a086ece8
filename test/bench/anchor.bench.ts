/**
 * Re-anchoring speed: saved annotations found again on a changed text (exact, fuzzy, orphan),
 * beside two baselines run in the same process on the same data: a bare `indexOf` pass (exact
 * matches only: the floor) and the fuzzy search without the pigeonhole piece filter (Sellers'
 * dynamic programme over the whole text: what the filter saves).
 * Run alone: `node --import tsx test/bench/anchor.bench.ts`. Needs ../shared (report excerpts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { approximateSearch } from '../../lib/anchor/match-quote';
import { reanchorAll } from '../../lib/anchor/reanchor';
import { selectorsFromOffsets } from '../../lib/anchor/selectors';

const EXCERPTS = path.resolve(import.meta.dirname, '../../../shared/data/labelled/report-excerpts.jsonl');

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function time<T>(fn: () => T): { ms: number; out: T } {
  const t0 = performance.now();
  const out = fn();
  return { ms: performance.now() - t0, out };
}

/** Print the figures; returns them keyed by row name (ms). */
export function run(): Record<string, number> | null {
  if (!fs.existsSync(EXCERPTS)) {
    console.log(`anchor bench skipped: ${EXCERPTS} not found (../shared is absent)`);
    return null;
  }
  const base = fs
    .readFileSync(EXCERPTS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text)
    .join('\n');
  const text = base;
  const rand = rng(42);
  const N = 300;
  const annotations = Array.from({ length: N }, (_, i) => {
    const len = 5 + Math.floor(rand() * 200);
    const start = Math.floor(rand() * (text.length - len - 1));
    return { id: `a${i}`, ...selectorsFromOffsets(text, start, start + len) };
  });
  // The live page: a new opening paragraph, and one character changed in a third of the long quotes.
  const edited = new Set(annotations.filter((a, i) => i % 3 === 0 && a.quote.exact.length >= 24).map((a) => a.id));
  let live = text;
  for (const a of [...annotations].sort((x, y) => y.position.start - x.position.start)) {
    if (!edited.has(a.id)) continue;
    const mid = a.position.start + Math.floor(a.quote.exact.length / 2);
    live = live.slice(0, mid) + (live[mid] === 'x' ? 'y' : 'x') + live.slice(mid + 1);
  }
  live = 'A new opening paragraph, added after the report was saved, shifts every offset.\n' + live;

  const ours = time(() => reanchorAll(live, annotations));
  const counts = { exact: 0, fuzzy: 0, orphan: 0 };
  for (const r of ours.out) counts[r.status]++;
  const floor = time(() => annotations.map((a) => live.indexOf(a.quote.exact)));
  const fuzzyList = annotations.filter((a) => edited.has(a.id)).slice(0, 5);
  const filtered = time(() => reanchorAll(live, fuzzyList));
  const unfiltered = time(() =>
    fuzzyList.map((a) => approximateSearch(live, a.quote.exact, Math.floor(a.quote.exact.length * 0.25))),
  );
  const gone = annotations.slice(0, 50).map((a) => ({ ...a, quote: { ...a.quote, exact: `${a.quote.exact} (deleted passage ${a.id})`.split('').reverse().join('') } }));
  const orphans = time(() => reanchorAll(live, gone));

  const rows: [string, number, string][] = [
    [`re-anchor ${N} annotations (${counts.exact} exact, ${counts.fuzzy} fuzzy, ${counts.orphan} orphan)`, ours.ms, `${(ours.ms / N).toFixed(3)} ms/annotation`],
    [`baseline: indexOf of the same ${N} quotes (exact only)`, floor.ms, `${(floor.ms / N).toFixed(3)} ms/annotation`],
    [`fuzzy, ${fuzzyList.length} edited quotes, with the piece filter`, filtered.ms, `${(filtered.ms / fuzzyList.length).toFixed(2)} ms/quote`],
    [`baseline: same ${fuzzyList.length} quotes, Sellers DP over the whole text`, unfiltered.ms, `${(unfiltered.ms / fuzzyList.length).toFixed(2)} ms/quote`],
    [`50 orphans (quotes no longer on the page)`, orphans.ms, `${(orphans.ms / 50).toFixed(2)} ms/orphan`],
  ];
  console.log(`\nRe-anchoring on a ${(live.length / 1000).toFixed(0)} k-character text (report excerpts)`);
  for (const [name, ms, per] of rows) console.log(`  ${name.padEnd(78)} ${ms.toFixed(1).padStart(9)} ms  ${per}`);
  return Object.fromEntries(rows.map(([n, ms]) => [n, ms]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
