/**
 * False-alarm proxy on general web pages: runs the shipped `analyze` path on the saved real pages
 * in shared/data/pages (news, blogs, docs, shops — almost none about sustainability) and prints
 * how many washing flags fire per page and per criterion. Not part of `npm run eval` (it takes
 * about half a minute); run: `node --import tsx test/eval/washing-pages.ts [--list]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../../lib/analyze';
import { buildTextIndex, type IndexNode } from '../../lib/dom/text-index';

const ROOT = path.resolve(import.meta.dirname, '../../../shared/data/pages');

/** Prints flag counts on the shared real pages. */
export function run(list = process.argv.includes('--list')): void {
  if (!fs.existsSync(ROOT)) {
    console.log(`washing pages check skipped: ${ROOT} not found (needs ../shared)`);
    return;
  }
  const dirs = ['real/readability', 'real/scrapinghub-aeb', 'sdg-mentions'].map((d) => path.join(ROOT, d)).filter((d) => fs.existsSync(d));
  const counts: Record<string, number> = {};
  let pages = 0;
  let flagged = 0;
  let chars = 0;
  const t0 = performance.now();
  for (const dir of dirs) {
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
      const { document } = parseHTML(fs.readFileSync(path.join(dir, f), 'utf8'));
      let index;
      try {
        index = buildTextIndex(document.body as unknown as IndexNode);
      } catch {
        continue;
      }
      const a = analyze(index.text, { blocks: index.blocks });
      pages++;
      chars += index.text.length;
      if (a.flags.length) flagged++;
      for (const fl of a.flags) {
        counts[fl.criterion] = (counts[fl.criterion] ?? 0) + 1;
        if (list) console.log(`  ${f.slice(0, 24).padEnd(24)} ${fl.criterion} ${fl.strength.padEnd(6)} ${fl.quote.slice(0, 90).replace(/\s+/g, ' ')}`);
      }
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`Washing flags on ${pages} general web pages (${(chars / 1e6).toFixed(1)} M chars, ${((performance.now() - t0) / 1000).toFixed(1)} s):`);
  console.log(`  ${total} flags, ${(total / pages).toFixed(2)} per page; ${flagged} pages with any flag`);
  console.log(`  by criterion: ${Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) run();
