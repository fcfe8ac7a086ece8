/**
 * Storage errors the reader can act on. IndexedDB reports failures as DOMExceptions with terse
 * names; these turn them into one sentence each and a code the UI can branch on.
 */

/** What went wrong, for code. */
export type StoreErrorCode = 'quota' | 'blocked' | 'version' | 'invalid' | 'not-found' | 'unavailable' | 'unknown';

/** A storage failure with a message meant for the reader. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MESSAGES: Record<StoreErrorCode, string> = {
  quota: 'The browser has no more room for the SDG Lens library. Delete or export some saved reports, then try again. Nothing was saved.',
  blocked:
    'The SDG Lens library is being upgraded but another SDG Lens page still has it open. Close the other library or side panel pages and try again.',
  version:
    'The saved library was written by a newer version of SDG Lens. Update the extension to open it; nothing was changed.',
  invalid: 'The data does not match the SDG Lens format. Nothing was saved.',
  'not-found': 'That saved report no longer exists.',
  unavailable: 'The browser does not allow SDG Lens to store data here (private window or storage switched off).',
  unknown: 'The SDG Lens library could not be read or written.',
};

/** The reader-facing sentence for a code. */
export function storeErrorMessage(code: StoreErrorCode): string {
  return MESSAGES[code];
}

/** DOMException names IndexedDB uses, by what they mean for the reader. */
const DOM_CODES: Record<string, StoreErrorCode> = {
  QuotaExceededError: 'quota',
  VersionError: 'version',
  SecurityError: 'unavailable',
  DataError: 'invalid',
  ConstraintError: 'invalid',
};

/** Wraps whatever IndexedDB threw into a StoreError (already wrapped errors pass through). */
export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const name = e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
  const code = DOM_CODES[name] ?? 'unknown';
  const detail = e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as { message: unknown }).message) : String(e);
  return new StoreError(code, code === 'unknown' && detail ? `${MESSAGES.unknown} (${detail})` : MESSAGES[code], { cause: e });
}
