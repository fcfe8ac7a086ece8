import { describe, expect, test } from 'vitest';
import { createSliceSorter, recordStep, type StepMaxima } from '../../lib/dom/slicing';

/** A budget that runs out every `every` checks (slices cut at arbitrary points). */
const budgetEvery = (every: number) => {
  let c = 0;
  return () => ++c % every !== 0;
};

describe('createSliceSorter', () => {
  test.each([0, 1, 2, 511, 512, 513, 1_024, 1_025, 3_000, 20_000])('%i items: the same order as a stable Array.prototype.sort, in slices', (n) => {
    // Few distinct keys: many ties, so stability shows.
    let seed = n + 1;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const items = Array.from({ length: n }, (_, i) => ({ key: Math.floor(rand() * 40), i }));
    const cmp = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const want = items.slice().sort(cmp);
    const sorter = createSliceSorter(items, cmp);
    let slices = 1;
    const budget = budgetEvery(3);
    while (!sorter.step(budget)) slices++;
    expect(sorter.result()).toEqual(want);
    expect(sorter.result().every((x, k) => x === want[k])).toBe(true);
    if (n > 5_000) expect(slices).toBeGreaterThan(1);
  });

  test('the input is left as it was; result() before the end throws', () => {
    const items = [3, 1, 2];
    const sorter = createSliceSorter(items, (a, b) => a - b);
    expect(() => sorter.result()).toThrow();
    while (!sorter.step(() => true));
    expect(sorter.result()).toEqual([1, 2, 3]);
    expect(items).toEqual([3, 1, 2]);
  });
});

describe('recordStep', () => {
  test('keeps the longest run per step', () => {
    const steps: StepMaxima = {};
    recordStep(steps, 'a', 3);
    recordStep(steps, 'a', 7);
    recordStep(steps, 'a', 5);
    recordStep(steps, 'b', 0);
    recordStep(undefined, 'c', 1);
    expect(steps).toEqual({ a: 7, b: 0 });
  });
});
