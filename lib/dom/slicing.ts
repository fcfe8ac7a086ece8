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
