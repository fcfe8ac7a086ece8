/**
 * Widget size: the <sdg-profile> bundle (IIFE and ES) gzipped, beside two baselines built the same
 * way in the same process: the zod profile schema alone (what validating with zod would add) and a
 * hello-world Preact custom element (preact + preact-custom-element). The budget is 10 KB gzipped.
 * Run alone: `node --import tsx test/bench/widget.bench.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The size budget for the widget file, in gzipped bytes. */
export const BUDGET_GZ = 10 * 1024;

interface Row {
  name: string;
  bytes: number;
  gzip: number;
}

/** Bundle one entry in library mode (minified, nothing written) and measure each output file. */
async function measure(name: string, entry: string, formats: ('iife' | 'es')[] = ['iife']): Promise<Row[]> {
  const out = (await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rolldownOptions: { output: { minify: true } },
      lib: { entry, name: 'Bench', formats },
    },
  })) as Rolldown.RolldownOutput[];
  return out.map((o, i) => {
    const code = o.output.filter((c) => c.type === 'chunk').map((c) => (c as Rolldown.OutputChunk).code).join('');
    return { name: formats.length > 1 ? `${name} (${formats[i]})` : name, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  });
}

/** Print the widget's size beside the baselines; returns the rows. */
export async function run(): Promise<Row[]> {
  const tmp = path.join(ROOT, 'node_modules/.cache/sdg-bench-widget');
  fs.mkdirSync(tmp, { recursive: true });
  const zodEntry = path.join(tmp, 'zod-validator.ts');
  fs.writeFileSync(zodEntry, `import { ProfileSchema } from '${path.join(ROOT, 'lib/schema/profile.ts')}';\nexport const validate = (d: unknown) => ProfileSchema.safeParse(d).success;\n`);
  const preactEntry = path.join(tmp, 'preact-hello.ts');
  fs.writeFileSync(
    preactEntry,
    `import { h } from 'preact';\nimport register from 'preact-custom-element';\nconst Hello = (p: { name?: string }) => h('p', null, 'Hello ', p.name ?? 'world');\nregister(Hello, 'x-hello', ['name'], { shadow: true });\n`,
  );
  const rows = [
    ...(await measure('<sdg-profile> widget', path.join(ROOT, 'widget/index.ts'), ['iife', 'es'])),
    ...(await measure('baseline: zod ProfileSchema validator only', zodEntry)),
    ...(await measure('baseline: hello-world Preact custom element', preactEntry)),
  ];
  fs.rmSync(tmp, { recursive: true, force: true });
  const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
  console.log('\nWidget size (minified; gzip -9)');
  for (const r of rows) console.log(`  ${r.name.padEnd(48)} ${kb(r.bytes).padStart(10)} raw  ${kb(r.gzip).padStart(9)} gz`);
  const widget = rows[0]!;
  console.log(`  budget ${kb(BUDGET_GZ)} gz: ${widget.gzip <= BUDGET_GZ ? 'within' : 'OVER'} (${kb(BUDGET_GZ - widget.gzip)} to spare)`);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
