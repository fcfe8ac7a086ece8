/**
 * `npm run train`: builds lib/sdg/model/thematic-model.json from ../shared/data.
 *
 * Method (details in README.md beside this file): documents from the official SDG goal, target and
 * indicator wording in en/fr/es/de, the UN indicator metadata prose (en/fr), the Aurora v5 query
 * phrases and goal descriptions, hand-written report-genre paragraphs (synthetic.ts, incl. generic
 * negatives), the labelled research abstracts (oro, Aurora survey, ZORA) and background paragraphs of
 * real web pages (labelled "no goal") are turned into stemmed
 * unigram + bigram tf-idf features; a one-vs-rest elastic-net logistic regression is trained with
 * deterministic FISTA; per-goal thresholds maximise balanced accuracy on each labelled set held out
 * in turn, never below intercept + MIN_EVIDENCE. Same data → byte-identical file.
 *
 * Usage: node --import tsx lib/sdg/train/train.ts [--out file] [--shared dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildModel, serialiseModel } from './build';
import { allTrainingDocs } from './corpus';
import { DEFAULT_SHARED_DIR } from './sources';

/** Default output: the model file the extension and CLI ship. */
export const MODEL_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../model/thematic-model.json');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const shared = path.resolve(arg('--shared') ?? DEFAULT_SHARED_DIR);
  const out = path.resolve(arg('--out') ?? MODEL_PATH);
  if (!fs.existsSync(path.join(shared, 'data/sdg'))) {
    process.stderr.write(`train: shared data not found at ${shared}\n`);
    process.exit(1);
  }
  const t0 = Date.now();
  const docs = allTrainingDocs(shared);
  const json = serialiseModel(buildModel(docs));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, json);
  const terms = json.split('\n').length - 2;
  process.stdout.write(
    `train: ${docs.length} documents → ${out}\n` +
      `train: ${terms} terms, ${Buffer.byteLength(json)} bytes raw, ${zlib.gzipSync(json, { level: 9 }).length} bytes gzipped, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
  );
}

main();
