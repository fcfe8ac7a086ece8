/**
 * `npm run bench [-- name…]`: runs every `test/bench/*.bench.ts` module (each exports an async or
 * sync `run()` that prints its own lines beside a baseline measured in the same process), one
 * after another, in name order. Optional arguments pick benches by file name ("explicit").
 * A bench that throws is reported and makes the exit code 1; the others still run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const DIR = import.meta.dirname;
const wanted = process.argv.slice(2);

const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

if (files.length === 0) {
  console.error(`no bench matches ${wanted.join(', ') || '*.bench.ts'} in ${DIR}`);
  process.exitCode = 2;
}

for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  console.log(`\n== ${name} ==`);
  try {
    const mod = (await import(pathToFileURL(path.join(DIR, file)).href)) as { run?: () => unknown };
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export run()`);
    await mod.run();
  } catch (e) {
    console.error(`${name} bench failed: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  }
}
