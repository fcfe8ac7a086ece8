import { describe, expect, test } from 'vitest';
import { IntervalIndex } from '../../lib/dom/interval-index';

const index = new IntervalIndex([
  { start: 0, end: 100, value: 'block' },
  { start: 10, end: 16, value: 'sdg-13' },
  { start: 12, end: 30, value: 'flag' },
  { start: 40, end: 45, value: 'term' },
  { start: 50, end: 50, value: 'empty' },
  { start: 120, end: 130, value: 'later' },
]);

describe('IntervalIndex.at', () => {
  test.each([
    [0, ['block']],
    [10, ['block', 'sdg-13']],
    [13, ['block', 'sdg-13', 'flag']],
    [16, ['block', 'flag']],
    [30, ['block']],
    [42, ['block', 'term']],
    [50, ['block']],
    [100, []],
    [125, ['later']],
    [130, []],
    [-1, []],
  ])('point %i lies in %j (half-open, empty intervals never match)', (point, expected) => {
    expect(index.at(point).map((i) => i.value)).toEqual(expected);
  });
});

describe('IntervalIndex.overlapping', () => {
  test.each([
    [14, 41, ['block', 'sdg-13', 'flag', 'term']],
    [100, 120, []],
    [99, 121, ['block', 'later']],
  ])('[%i, %i) overlaps %j', (start, end, expected) => {
    expect(index.overlapping(start, end).map((i) => i.value)).toEqual(expected);
  });
});

test('size counts only non-empty intervals', () => {
  expect(index.size).toBe(5);
});
