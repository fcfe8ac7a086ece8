/** Long-task probes the Chromium benchmarks share: an observer installed before any page script. */
import type { Page } from 'puppeteer';

type Probe = { __sdgLong: number[] };

/** Record every long task (> 50 ms) of every document the page loads from now on. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as Probe;
    w.__sdgLong = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__sdgLong.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}

/** Forget the long tasks recorded so far in the current document. */
export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => void ((window as unknown as Probe).__sdgLong = []));
}

/** The durations (ms) of the long tasks recorded in the current document. */
export async function readLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as Probe).__sdgLong);
}
