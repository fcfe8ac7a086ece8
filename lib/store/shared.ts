/**
 * One library connection per extension context (background, side panel, library page), opened
 * on first use. When a newer version of the database needs it closed (an update in another
 * page), the connection is dropped and the next call opens a fresh one.
 */
import { LibraryStore } from './library-store';

let opening: Promise<LibraryStore> | null = null;

/** The shared library store of this context. */
export function libraryStore(): Promise<LibraryStore> {
  if (!opening) {
    opening = LibraryStore.open({
      onVersionChange: () => {
        opening = null;
      },
    });
    // A failed open (blocked, quota) must not be cached: the next call tries again.
    opening.catch(() => {
      opening = null;
    });
  }
  return opening;
}
