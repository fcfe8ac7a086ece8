/** A memo of pure per-text results, for re-analysing a page that changed in places. */

/**
 * Results keyed by the text they were computed from, kept from one analysis of a page to the next
 * (a re-scan after the page changed): `get` answers from the previous generation when it can.
 * `nextGeneration()` drops what the last analysis did not use, so memory follows the page.
 */
export class UnitMemo<T> {
  private previous = new Map<string, T>();
  private current = new Map<string, T>();
  /** Lookups answered from memory / computed, since the last `nextGeneration()`. */
  hits = 0;
  misses = 0;

  get(key: string, compute: () => T): T {
    let v = this.current.get(key);
    if (v !== undefined) {
      this.hits++;
      return v;
    }
    v = this.previous.get(key);
    if (v !== undefined) this.hits++;
    else {
      this.misses++;
      v = compute();
    }
    this.current.set(key, v);
    return v;
  }

  /** Starts a new analysis: what the last one used stays available, the rest is dropped. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
    this.hits = this.misses = 0;
  }
}
