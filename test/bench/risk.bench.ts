/**
 * Washing-risk throughput: `assess` (all 18 criteria) on a large text built from the shared dev
 * passages, beside two baselines measured in the same process: one bare regex pass over the same
 * text (the floor for any scan) and the segmentation alone. Warm-up runs first, so figures are
 * steady-state. Run alone: `node --import tsx test/bench/risk.bench.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { assess } from '../../lib/risk/index';
import { segment } from '../../lib/risk/segment';
import { E2_CUES } from '../../lib/risk/lexicon';
import { compile } from '../../lib/risk/match';

const DEV = path.resolve(import.meta.dirname, '../../../shared/data/washing/dev.jsonl');

function time(fn: () => unknown, reps = 3): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** Prints chars/s for assess, segmentation and a bare regex on ~500 kB of report text. */
export function run(): void {
  if (!fs.existsSync(DEV)) {
    console.log(`risk bench skipped: ${DEV} not found (needs ../shared)`);
    return;
  }
  const items = fs.readFileSync(DEV, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; lang: string });
  const en = items.filter((i) => i.lang === 'en').map((i) => i.text).join('\n\n');
  let big = '';
  while (big.length < 500_000) big += `${en}\n\n`;
  assess(en, { lang: 'en' });
  const rows: [string, number][] = [
    ['bare regex /\\b(?:green|SDG)\\b/gi (baseline)', time(() => [...big.matchAll(/\b(?:green|SDG)\b/gi)].length)],
    ['one cue table as a single regex (E2, baseline)', time(() => [...big.matchAll(compile(E2_CUES.en))].length)],
    ['segment (sentences + paragraphs)', time(() => segment(big))],
    ['assess (18 criteria, flags + risk)', time(() => assess(big, { lang: 'en' }))],
    // One huge paragraph (a PDF page or text dump without blank lines) must stay linear.
    ['assess, same length as one paragraph', time(() => assess(big.replace(/\n+/g, ' '), { lang: 'en' }))],
  ];
  console.log(`Washing-risk throughput on ${(big.length / 1000).toFixed(0)} kchars (best of 3):`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(46)} ${ms.toFixed(1).padStart(8)} ms  ${((big.length / 1000) / (ms / 1000)).toFixed(0).padStart(8)} kchars/s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
