/**
 * Core throughput on large report text, side by side in one process with a bare single-regex
 * pass over the same text (`/SDG\s*\d+/g`, counting matches: the floor any detector pays):
 * `findExplicitReferences` alone, then the whole `analyze` core (explicit + thematic + risk).
 * The text is the visible text of real pages from ../shared/data/pages (through the same
 * TextIndex the CLI uses) interleaved with SDG-dense report paragraphs written for this bench;
 * without ../shared it falls back to generated filler prose plus the same paragraphs.
 * Run alone: `node --import tsx test/bench/explicit.bench.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyze } from '../../lib/analyze';
import { findExplicitReferences } from '../../lib/detect/explicit';
import { buildTextIndex, staticIsHidden, type IndexNode } from '../../lib/dom/text-index';

const PAGES = path.resolve(import.meta.dirname, '../../../shared/data/pages');
const TARGET_MB = 6;
/** One SDG-dense paragraph after every this many real paragraphs. */
const DENSE_EVERY = 12;

/** Report paragraphs with explicit references in the forms the grammar covers (written for this bench). */
const DENSE = [
  'In 2023 we mapped our activities to the UN Sustainable Development Goals (SDGs) and found the strongest links to SDG 7 (Affordable and Clean Energy) and SDG 13: Climate Action.',
  'Our supplier code addresses SDG target 8.7 on forced and child labour; audits covered 312 sites, and indicator 8.7.1 is reported where national data exist.',
  'The programme contributes to SDGs 3, 4 and 5 through clinics, scholarships and leadership training for women in rural districts.',
  'Water stewardship projects in three basins support SDG 6, in particular target 6.4 on water-use efficiency and indicator 6.4.2 on water stress.',
  'We align our strategy with the 2030 Agenda for Sustainable Development and report progress against all 17 SDGs in the annex.',
  'Goal 12 – Responsible Consumption and Production guides our packaging work; recycled content rose to 41 per cent.',
  'Through the Global Goals framework, our foundation funds projects that touch SDGs 1–17, with most grants going to SDG 2 and SDG 10.',
  'Les ODD 6 et 14 sont au cœur de notre politique de l’eau, conformément à l’Agenda 2030 et à la cible 14.1 sur la pollution marine.',
  'Contribuimos al ODS 4 y al Objetivo de Desarrollo Sostenible 8 mediante programas de formación profesional.',
  'Unser Beitrag zu den Zielen für nachhaltige Entwicklung konzentriert sich auf Nachhaltigkeitsziel 12 und SDG 13.',
  'Biodiversity action plans at 18 quarries support Life on Land (SDG 15) and Life Below Water (SDG 14), following target 15.5.',
  'Our green bond allocates proceeds to projects eligible under SDG 7, SDG 9 and SDG 11, as set out in the framework, section 4.2.',
  'The board reviewed goal 3 of the match-day safety plan and the stadium budget for the 2024 season.',
  'Version 13.1 of the reporting tool and page 8.7 of the manual describe the data model used for the figures.',
  'We measure gender pay gaps annually (SDG 5, target 5.5) and publish the results, including where we fell short.',
  'SDG 8 & 10 frame our living-wage commitment; in 2023, 96 per cent of direct employees earned a living wage.',
];

/** Deterministic filler prose when ../shared is absent. */
function fillerParagraphs(count: number): string[] {
  const words = 'the company market report annual growth people energy water climate supply chain investment community customers product service risk data year region strategy team quality value employees partners board governance revenue costs results'.split(' ');
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const out: string[] = [];
  for (let p = 0; p < count; p++) {
    const n = 40 + Math.floor(rnd() * 80);
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(words[Math.floor(rnd() * words.length)]!);
    w[0] = w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1);
    out.push(`${w.join(' ')}.`);
  }
  return out;
}

/** Visible-text paragraphs of the real pages, through the CLI's HTML path. */
function realParagraphs(limitChars: number): string[] | null {
  if (!fs.existsSync(PAGES)) return null;
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) files.push(p);
    }
  };
  walk(PAGES);
  const paragraphs: string[] = [];
  let total = 0;
  for (const f of files) {
    const { document } = parseHTML(fs.readFileSync(f, 'utf8'));
    const index = buildTextIndex(document as unknown as IndexNode, { isHidden: staticIsHidden });
    for (const b of index.blocks) {
      paragraphs.push(index.text.slice(b.start, b.end));
      total += b.end - b.start;
    }
    if (total >= limitChars) break;
  }
  return paragraphs;
}

/** Median throughput (MB/s) of `fn` over `runs` timed runs after `warm` untimed ones. */
function measure(text: string, fn: () => number, warm = 2, runs = 9): { mbs: number; result: number } {
  let result = 0;
  for (let i = 0; i < warm; i++) result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)]!;
  return { mbs: text.length / 1e6 / (ms / 1000), result };
}

/** Builds the text, prints the three rows. */
export async function run(): Promise<void> {
  const real = realParagraphs(TARGET_MB * 1e6 * 0.9);
  if (!real) console.log(`explicit bench: ${PAGES} not found (../shared is absent); using generated filler prose`);
  const base = real ?? fillerParagraphs(20_000);
  const parts: string[] = [];
  let size = 0;
  let dense = 0;
  for (let round = 0; size < TARGET_MB * 1e6; round++) {
    for (let i = 0; i < base.length && size < TARGET_MB * 1e6; i++) {
      parts.push(base[i]!);
      size += base[i]!.length + 1;
      if (i % DENSE_EVERY === 0) {
        const d = DENSE[(i / DENSE_EVERY + round) % DENSE.length]!;
        parts.push(d);
        size += d.length + 1;
        dense += d.length;
      }
    }
  }
  const text = parts.join('\n');
  console.log(
    `text: ${(text.length / 1e6).toFixed(2)} MB (${real ? 'real pages from ../shared' : 'generated prose'} + ${((dense / text.length) * 100).toFixed(0)}% SDG-dense report paragraphs)`,
  );

  const bare = measure(text, () => {
    const re = /SDG\s*\d+/g;
    let n = 0;
    while (re.exec(text)) n++;
    return n;
  });
  const explicit = measure(text, () => findExplicitReferences(text, { lang: 'en' }).length);
  // The whole core is far slower (thematic and risk stages): one timed run after no warm-up.
  const core = measure(text, () => analyze(text, { lang: 'en' }).explicit.length, 0, 1);

  const row = (name: string, m: { mbs: number; result: number }, what: string) =>
    console.log(
      `${name.padEnd(28)} ${m.mbs.toFixed(1).padStart(8)} MB/s  ${(bare.mbs / m.mbs).toFixed(1).padStart(5)}× bare  ${String(m.result).padStart(7)} ${what}`,
    );
  row('bare regex /SDG\\s*\\d+/g', bare, 'matches');
  row('findExplicitReferences', explicit, 'references');
  row('analyze (whole core)', core, 'references');

  // The same pair on the page text alone (no SDG-dense paragraphs): what an ordinary page costs.
  const plain = base.join('\n');
  const plainBare = measure(plain, () => {
    const re = /SDG\s*\d+/g;
    let n = 0;
    while (re.exec(plain)) n++;
    return n;
  });
  const plainExplicit = measure(plain, () => findExplicitReferences(plain, { lang: 'en' }).length);
  console.log(`page text only: ${(plain.length / 1e6).toFixed(2)} MB`);
  const plainRow = (name: string, m: { mbs: number; result: number }, what: string) =>
    console.log(`${name.padEnd(28)} ${m.mbs.toFixed(1).padStart(8)} MB/s  ${(plainBare.mbs / m.mbs).toFixed(1).padStart(5)}× bare  ${String(m.result).padStart(7)} ${what}`);
  plainRow('bare regex /SDG\\s*\\d+/g', plainBare, 'matches');
  plainRow('findExplicitReferences', plainExplicit, 'references');
  console.log('(median of 9 runs after 2 warm-ups; analyze: one run)');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
