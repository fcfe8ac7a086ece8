/**
 * Search tokens for the library's full-text index: lower-case, accents folded ("Développement" →
 * "developpement"), letters and digits only, two characters or more. The same function indexes
 * reports and reads queries, so a query matches what was indexed.
 */

/** Unique tokens of a text, in first-occurrence order. */
export function searchTokens(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const out = new Set<string>();
  for (const m of folded.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
    // Very long "words" (base64, hashes) would bloat the index and are never searched for.
    if (m[0].length <= 40) out.add(m[0]);
  }
  return [...out];
}
