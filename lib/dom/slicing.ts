/**
 * Cooperative time slicing: do work in slices of a few milliseconds and give the page's own tasks
 * (input, rendering) a turn between slices, so no task we run is a long task (> 50 ms).
 */

/** Milliseconds of work per slice; well under the 50 ms long-task threshold. */
export const SLICE_MS = 12;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Yield to the page. `scheduler.yield()` keeps our continuation ahead of other background work
 * but behind input; the fallback is a macrotask (a MessageChannel message is not clamped like
 * nested `setTimeout`).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** A budget function for the current slice: true while time is left. */
export function sliceBudget(ms = SLICE_MS, now: () => number = () => performance.now()): () => boolean {
  const deadline = now() + ms;
  return () => now() < deadline;
}

/** Thrown to stop a sliced job whose result is no longer wanted (page changed, script unloaded). */
export class SliceCancelled extends Error {
  constructor() {
    super('sliced work cancelled');
    this.name = 'SliceCancelled';
  }
}

/** Busy time of sliced work: total and the longest single slice (the task the page waited on). */
export interface SliceStats {
  busy: number;
  longest: number;
}

/** Add one slice's duration to the stats. */
export function recordSlice(stats: SliceStats, ms: number): void {
  stats.busy += ms;
  if (ms > stats.longest) stats.longest = ms;
}

/**
 * Run `step(budget)` slice after slice until it returns true, yielding between slices. Throws
 * `SliceCancelled` when `signal` aborts. Returns busy milliseconds (yields excluded).
 */
export async function runSliced(step: (budget: () => boolean) => boolean, signal?: AbortSignal, ms = SLICE_MS): Promise<SliceStats> {
  const stats: SliceStats = { busy: 0, longest: 0 };
  for (;;) {
    if (signal?.aborted) throw new SliceCancelled();
    const t0 = performance.now();
    const done = step(sliceBudget(ms));
    recordSlice(stats, performance.now() - t0);
    if (done) return stats;
    await yieldToPage();
  }
}

/** The longest single run of each named step of a scan, in milliseconds (for the bench). */
export type StepMaxima = Record<string, number>;

/** Keep the longest duration seen for `name`. */
export function recordStep(steps: StepMaxima | undefined, name: string, ms: number): void {
  if (steps && !(ms <= (steps[name] ?? -1))) steps[name] = ms;
}

/** Elements per natively sorted run of `createSliceSorter` (a run sorts in well under a millisecond). */
const SORT_RUN = 512;

/**
 * A stable sort in slices: `step(budget)` until it returns true, then `result()`. Same order as
 * `Array.prototype.sort` (also stable) with the same comparator: runs of SORT_RUN elements sorted
 * natively, then merged pairwise, bottom-up, taking from the left run on ties.
 */
export function createSliceSorter<T>(items: readonly T[], cmp: (a: T, b: T) => number): { step(budget: () => boolean): boolean; result(): T[] } {
  const n = items.length;
  let a = items.slice();
  let b: T[] = new Array<T>(n);
  let pos = 0;
  let width = SORT_RUN;
  let lo = 0;
  let merging = false;
  let i = 0;
  let j = 0;
  let k = 0;
  let mid = 0;
  let hi = 0;
  let done = false;
  return {
    step(budget) {
      while (pos < n) {
        const end = Math.min(pos + SORT_RUN, n);
        const run = a.slice(pos, end).sort(cmp);
        for (let t = 0; t < run.length; t++) a[pos + t] = run[t]!;
        pos = end;
        if (!budget()) return false;
      }
      while (width < n) {
        while (lo < n) {
          if (!merging) {
            mid = Math.min(lo + width, n);
            hi = Math.min(lo + 2 * width, n);
            i = lo;
            j = mid;
            k = lo;
            merging = true;
          }
          let c = 0;
          while (k < hi) {
            if (i < mid && (j >= hi || cmp(a[j]!, a[i]!) >= 0)) b[k++] = a[i++]!;
            else b[k++] = a[j++]!;
            if ((++c & 1023) === 0 && !budget()) return false;
          }
          merging = false;
          lo = hi;
        }
        [a, b] = [b, a];
        width *= 2;
        lo = 0;
        if (!budget()) return false;
      }
      done = true;
      return true;
    },
    result() {
      if (!done) throw new Error('sort not finished: call step() until it returns true');
      return a;
    },
  };
}
