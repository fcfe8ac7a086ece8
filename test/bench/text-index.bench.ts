/**
 * TextIndex build time on the largest real page of ../shared/data/pages (linkedom, as in the CLI),
 * beside a baseline in the same process: the DOM's own `textContent` of the body (one native
 * walk, no offset map). Also the sliced build: the longest slice with an 8 ms budget, which is
 * what the content script relies on to keep tasks short on huge pages.
 * Run alone: `node --import tsx test/bench/text-index.bench.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { buildTextIndex, createTextIndexBuilder, staticIsHidden, type IndexNode } from '../../lib/dom/text-index';

const PAGES = path.resolve(import.meta.dirname, '../../../shared/data/pages');
const SLICE_BUDGET_MS = 8;

function largestPage(): string | null {
  if (!fs.existsSync(PAGES)) return null;
  let best: [string, number] | null = null;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const size = fs.statSync(p).size;
        if (!best || size > best[1]) best = [p, size];
      }
    }
  };
  walk(PAGES);
  return best ? (best as [string, number])[0] : null;
}

function median(fn: () => void, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Prints the rows. */
export async function run(): Promise<void> {
  const file = largestPage();
  if (!file) {
    console.log(`text-index bench skipped: ${PAGES} not found (../shared is absent)`);
    return;
  }
  const { document } = parseHTML(fs.readFileSync(file, 'utf8'));
  const root = document as unknown as IndexNode;
  const index = buildTextIndex(root, { isHidden: staticIsHidden });
  const words = index.text.split(/\s+/).filter(Boolean).length;
  console.log(`page: ${path.basename(file)} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB HTML, ${words} visible words, ${index.segments.length} text nodes)`);

  const baseline = median(() => void document.body.textContent);
  const full = median(() => void buildTextIndex(root, { isHidden: staticIsHidden }));
  let longest = 0;
  let slices = 0;
  const builder = createTextIndexBuilder(root, { isHidden: staticIsHidden });
  for (let done = false; !done; slices++) {
    const t0 = performance.now();
    done = builder.step(() => performance.now() - t0 < SLICE_BUDGET_MS);
    longest = Math.max(longest, performance.now() - t0);
  }
  console.log(`body.textContent (baseline)  ${baseline.toFixed(1).padStart(7)} ms`);
  console.log(`buildTextIndex               ${full.toFixed(1).padStart(7)} ms  ${(full / baseline).toFixed(1)}× baseline`);
  console.log(`sliced build, ${SLICE_BUDGET_MS} ms budget    ${slices} slices, longest ${longest.toFixed(1)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
