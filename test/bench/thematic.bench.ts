/**
 * Thematic classification throughput (MB/s of text, Node), side by side in one process with the
 * explicit-only scan (`findExplicitReferences`) over the same text: `findThematic` over paragraph
 * blocks, and `goalScores` per paragraph (the CLI's `classify` path without I/O).
 * The text is report and research prose from ../shared (report excerpts and labelled abstracts,
 * one paragraph each, repeated to TARGET_MB); without ../shared it repeats the test paragraphs.
 * Run alone: `node --import tsx test/bench/thematic.bench.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findExplicitReferences } from '../../lib/detect/explicit';
import { findThematic, goalScores } from '../../lib/detect/thematic';
import { labelledDocs, reportExcerpts } from '../../lib/sdg/train/sources';
import { splitBlocks } from '../../lib/text/blocks';
import { NEGATIVE_CASES, PARALLEL_CASES } from '../eval/thematic-cases';

const SHARED = path.resolve(import.meta.dirname, '../../../shared');
const TARGET_MB = 4;

function paragraphs(): { source: string; list: string[] } {
  if (fs.existsSync(path.join(SHARED, 'data/labelled'))) {
    return {
      source: 'report excerpts + oro/ZORA abstracts from ../shared',
      list: [...reportExcerpts(SHARED).map((e) => e.text), ...labelledDocs(SHARED, 'oro').map((d) => d.text), ...labelledDocs(SHARED, 'zora').map((d) => d.text)],
    };
  }
  return {
    source: 'test paragraphs (../shared absent)',
    list: [...PARALLEL_CASES.flatMap((c) => [c.en, c.fr, c.es]), ...NEGATIVE_CASES.map((c) => c.text)],
  };
}

function best(fn: () => unknown, runs = 3): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** Prints the figures; returns MB/s per row. */
export function run(): Record<string, number> {
  const { source, list } = paragraphs();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_MB * 1e6; i++) {
    const p = list[i % list.length]!;
    parts.push(p);
    size += p.length + 2;
  }
  const text = parts.join('\n\n');
  const blocks = splitBlocks(text);
  const mb = text.length / 1e6;
  // Warm-up (JIT, model parse) outside the timings.
  findExplicitReferences(text.slice(0, 50_000), { lang: 'en' });
  findThematic(text.slice(0, 50_000), splitBlocks(text.slice(0, 50_000)), 'en');

  let findings = 0;
  const explicitMs = best(() => findExplicitReferences(text, { lang: 'en' }));
  const thematicMs = best(() => { findings = findThematic(text, blocks, 'en').length; });
  const perParagraphMs = best(() => { for (const b of blocks) goalScores(text.slice(b.start, b.end), 'en'); });

  const rows: Record<string, number> = {
    'explicit only (findExplicitReferences)': mb / (explicitMs / 1000),
    'thematic (findThematic over blocks)': mb / (thematicMs / 1000),
    'thematic (goalScores per paragraph, classify path)': mb / (perParagraphMs / 1000),
  };
  console.log(`text: ${mb.toFixed(1)} MB, ${blocks.length} paragraphs (${source}); ${findings} thematic findings`);
  for (const [name, v] of Object.entries(rows)) console.log(`${name.padEnd(52)} ${v.toFixed(2).padStart(7)} MB/s`);
  console.log(`thematic costs ${(thematicMs / explicitMs).toFixed(1)}× the explicit-only scan on the same text`);
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
