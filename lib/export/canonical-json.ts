/**
 * Deterministic JSON: object keys sorted by code unit at every level, `undefined` members left
 * out, two-space indentation, one trailing newline. The same data always gives the same bytes,
 * which is what makes export → import → export byte-identical.
 */

/**
 * Serialises `value` canonically (see the module comment). `leading` keys of the top-level object
 * come first, in the given order (a file's format and version belong at its head, not after megabytes).
 */
export function canonicalJson(value: unknown, leading: readonly string[] = []): string {
  return JSON.stringify(sortKeys(value, leading), null, 2) + '\n';
}

function sortKeys(value: unknown, leading: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    const first = leading.filter((k) => keys.includes(k));
    for (const key of [...first, ...keys.filter((k) => !first.includes(k)).sort()]) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) {
        // defineProperty: a "__proto__" key from hostile input stays a plain data member.
        Object.defineProperty(out, key, { value: sortKeys(v), enumerable: true, writable: true, configurable: true });
      }
    }
    return out;
  }
  return value;
}
