/**
 * Point queries over many possibly overlapping intervals (findings under the pointer): intervals
 * sorted by start with a running maximum of ends, so a query is a binary search plus a short walk
 * back over the intervals that can still contain the point.
 */

/** A half-open interval [start, end) carrying a value. */
export interface Interval<T> {
  start: number;
  end: number;
  value: T;
}

/** The index's order: by start, then by end. */
export function compareIntervals(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

/** An immutable interval index. */
export class IntervalIndex<T> {
  private readonly items: Interval<T>[];
  /** maxEnd[i] = max(items[0..i].end): once it is <= the point, nothing earlier can contain it. */
  private readonly maxEnd: number[];

  /**
   * `sorted`: the intervals are already in `compareIntervals` order (sorted in slices by the
   * caller), so only the empty ones are dropped.
   */
  constructor(intervals: Iterable<Interval<T>>, sorted = false) {
    const items = [...intervals].filter((i) => i.end > i.start);
    this.items = sorted ? items : items.sort(compareIntervals);
    this.maxEnd = [];
    let max = -Infinity;
    for (const it of this.items) {
      max = Math.max(max, it.end);
      this.maxEnd.push(max);
    }
  }

  /** Number of (non-empty) intervals. */
  get size(): number {
    return this.items.length;
  }

  /** Every interval containing `point` (start <= point < end), in start order. */
  at(point: number): Interval<T>[] {
    const out: Interval<T>[] = [];
    for (let i = this.lastStartingAtOrBefore(point); i >= 0 && this.maxEnd[i]! > point; i--) {
      const it = this.items[i]!;
      if (it.end > point) out.push(it);
    }
    return out.reverse();
  }

  /** Every interval overlapping [start, end), in start order. */
  overlapping(start: number, end: number): Interval<T>[] {
    const out: Interval<T>[] = [];
    for (let i = this.lastStartingAtOrBefore(end - 1); i >= 0 && this.maxEnd[i]! > start; i--) {
      const it = this.items[i]!;
      if (it.end > start) out.push(it);
    }
    return out.reverse();
  }

  private lastStartingAtOrBefore(point: number): number {
    let lo = 0;
    let hi = this.items.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.start <= point) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
