/**
 * Explicit-reference detection on the labelled report excerpts of ../shared (84 passages from
 * corporate reports, each labelled with whether it names the SDGs and the words that do).
 * Prints document-level precision/recall/F1 (does the passage name the SDGs?) and match-level
 * recall (is each labelled phrase covered by a detected reference?). The labels list only some
 * of the phrases per passage (a report's "Target 5.1" lines are not listed), so references beyond
 * them are counted, not scored. The grammar was written from the list of forms, not tuned
 * on this set. Run alone: `node --import tsx test/eval/explicit.eval.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findExplicitReferences } from '../../lib/detect/explicit';

const EXCERPTS = path.resolve(import.meta.dirname, '../../../shared/data/labelled/report-excerpts.jsonl');

interface Excerpt {
  text: string;
  explicit_sdg_reference: boolean;
  matches: string[];
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Prints the tables. */
export function run(): void {
  if (!fs.existsSync(EXCERPTS)) {
    console.log(`explicit eval skipped: ${EXCERPTS} not found (../shared is absent)`);
    return;
  }
  const rows = fs
    .readFileSync(EXCERPTS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Excerpt);

  let tp = 0;
  let fp = 0;
  let fn = 0;
  let labelled = 0;
  let covered = 0;
  let detected = 0;
  let detectedLabelled = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const refs = findExplicitReferences(row.text);
    const predicted = refs.length > 0;
    if (predicted && row.explicit_sdg_reference) tp++;
    else if (predicted) fp++;
    else if (row.explicit_sdg_reference) fn++;

    // Labelled phrases, located in order; a phrase is covered when a reference overlaps it.
    let from = 0;
    const spans: [number, number][] = [];
    for (const m of row.matches) {
      const at = row.text.indexOf(m, from);
      if (at < 0) continue;
      spans.push([at, at + m.length]);
      from = at + m.length;
      labelled++;
      if (refs.some((r) => r.start < at + m.length && at < r.end)) covered++;
      else misses.push(m);
    }
    detected += refs.length;
    detectedLabelled += refs.filter((r) => spans.some(([s, e]) => r.start < e && s < r.end)).length;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  console.log(`report excerpts: ${rows.length} passages, ${rows.filter((x) => x.explicit_sdg_reference).length} name the SDGs`);
  console.log(`document level   precision ${pct(p)}  recall ${pct(r)}  F1 ${pct(f1(p, r))}  (tp ${tp}, fp ${fp}, fn ${fn})`);
  const mr = covered / Math.max(1, labelled);
  console.log(`match level      recall ${pct(mr)}  (${covered}/${labelled} labelled phrases; ${detected - detectedLabelled} further references in passages the labels list only in part)`);
  if (misses.length) console.log(`missed phrases: ${misses.map((m) => JSON.stringify(m)).join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) run();
