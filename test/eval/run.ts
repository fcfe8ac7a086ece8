/**
 * `npm run eval`: runs every `test/eval/*.eval.ts` module's exported `run()` in name order and
 * prints its tables. Each module reads its labelled set from ../shared and skips with a message
 * when the set is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.eval.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

for (const f of files) {
  const mod = (await import(pathToFileURL(path.join(here, f)).href)) as { run?: () => unknown };
  if (typeof mod.run !== 'function') {
    console.error(`${f}: no run() export, skipped`);
    continue;
  }
  console.log(`\n=== ${f} ===`);
  await mod.run();
}
