#!/usr/bin/env node
// The `sdg-lens` executable. It loads the TypeScript sources through tsx's ESM API, so the CLI
// works right after `npm ci` with no build step. The project's tsconfig is used when WXT has
// generated the file it extends (postinstall); the CLI's code needs no path aliases either way.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));
const wxtBase = fileURLToPath(new URL('../../.wxt/tsconfig.json', import.meta.url));

// Writing to a closed pipe (`sdg-lens scan … | head`) is not an error worth a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const { main } = await tsImport('./main.ts', {
  parentURL: import.meta.url,
  tsconfig: fs.existsSync(wxtBase) ? tsconfig : false,
});
process.exitCode = await main(process.argv.slice(2));
