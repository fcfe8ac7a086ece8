import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');
const MODEL = path.join(ROOT, 'lib/sdg/model/thematic-model.json');
const hasShared = fs.existsSync(path.join(SHARED, 'data/sdg')) && fs.existsSync(path.join(SHARED, 'data/labelled'));

if (!hasShared) console.warn(`thematic-model.test: skipped, ${SHARED} (../shared) is absent`);

// Training four models (three threshold folds + the final one) takes about a minute of CPU, so
// this one test gets a long timeout; it is the proof that the shipped file is what the code makes.
describe.skipIf(!hasShared)('thematic model file', () => {
  test('is reproduced byte for byte by the training command', { timeout: 600_000 }, () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-train-')), 'model.json');
    execFileSync(process.execPath, ['--import', 'tsx', 'lib/sdg/train/train.ts', '--out', out, '--shared', SHARED], { cwd: ROOT, stdio: 'pipe' });
    const fresh = fs.readFileSync(out);
    const shipped = fs.readFileSync(MODEL);
    expect(fresh.length).toBe(shipped.length);
    expect(fresh.equals(shipped)).toBe(true);
  });
});

describe('thematic model file shape', () => {
  const model = JSON.parse(fs.readFileSync(MODEL, 'utf8')) as {
    goals: Array<{ bias: number; threshold: number }>;
    terms: Record<string, number[]>;
  };

  test('has 17 goals with finite bias and threshold', () => {
    expect(model.goals).toHaveLength(17);
    for (const g of model.goals) expect(Number.isFinite(g.bias) && Number.isFinite(g.threshold)).toBe(true);
  });

  test('every term entry is [idf, goal, weight, …] with goals 1–17', () => {
    for (const entry of Object.values(model.terms)) {
      expect(entry.length % 2).toBe(1);
      for (let i = 1; i < entry.length; i += 2) expect(entry[i]).toBeGreaterThanOrEqual(1), expect(entry[i]).toBeLessThanOrEqual(17);
    }
  });
});
