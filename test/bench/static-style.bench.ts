/**
 * `npm run bench -- static-style`: what reading a page's own `<style>` sheets costs `sdg-lens scan`
 * (lib/dom/static-style.ts), beside the same HTML read without a stylesheet, in this process.
 * A 5,000-paragraph page; a site-wide sheet of 2,000 display rules mostly for classes the page does
 * not use (the usual case), and the worst case where all 2,000 rules apply.
 */
import { performance } from 'node:perf_hooks';
import { makeDocument } from '../../lib/cli/commands/scan';

function body(): string {
  let out = '';
  for (let i = 0; i < 5000; i++) out += `<div class="c${i % 2000}"><p class="d${i % 50}">Paragraph ${i} on SDG ${(i % 17) + 1} <span>and water</span> <b>x</b></p></div>`;
  return out;
}

function sheet(usedEvery: number): string {
  let css = '';
  for (let i = 0; i < 2000; i++) css += `.${i % usedEvery ? 'other' : 'c'}${i} .d${i % 50} > span { display: ${i % 3 ? 'block' : 'none'}; color: #333 }\n`;
  return css;
}

function time(css: string, html: string): number {
  const page = `<!doctype html><html lang="en"><head><style>${css}</style></head><body>${html}</body></html>`;
  const t0 = performance.now();
  makeDocument('html', page, 'file:///bench.html', 'bench.html');
  return performance.now() - t0;
}

/** Prints median times of three runs per case. */
export function run(): void {
  const html = body();
  const median = (f: () => number) => [f(), f(), f()].sort((a, b) => a - b)[1]!;
  const base = median(() => time('', html));
  const site = median(() => time(sheet(20), html));
  const worst = median(() => time(sheet(1), html));
  console.log(`baseline: no stylesheet                         ${base.toFixed(0)} ms`);
  console.log(`site-wide sheet, 2,000 rules (100 apply)        ${site.toFixed(0)} ms (${(site / base).toFixed(1)}× baseline)`);
  console.log(`worst case, 2,000 rules that all apply          ${worst.toFixed(0)} ms (${(worst / base).toFixed(1)}× baseline)`);
}
