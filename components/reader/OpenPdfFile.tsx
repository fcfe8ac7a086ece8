/**
 * "Open a PDF report…" for the library: a file picker (and drop target) that hands the chosen file
 * to a new reader tab. The file travels by `postMessage` between the two extension pages (same
 * origin, structured clone of the File), so nothing is uploaded or stored on the way.
 */
import { useState } from 'preact/hooks';
import { READER_PATH } from '../../lib/pdf/reader-bridge';
import { readerText } from '../../lib/pdf/strings';

/** Message the reader posts to its opener when it can take a file. */
export const READER_READY = 'sdg-reader-ready';
/** Message carrying the file to the reader. */
export const READER_OPEN_FILE = 'sdg-reader-open-file';

/** Opens `file` in a new reader tab. */
export function openFileInReader(file: File): void {
  const w = window.open(`${READER_PATH}?from=opener`, '_blank');
  if (!w) return;
  const onReady = (e: MessageEvent) => {
    if (e.source !== w || e.origin !== location.origin || (e.data as { type?: unknown } | null)?.type !== READER_READY) return;
    window.removeEventListener('message', onReady);
    w.postMessage({ type: READER_OPEN_FILE, file }, location.origin);
  };
  window.addEventListener('message', onReady);
}

/** The library's picker button; also accepts a PDF dropped on it. */
export function OpenPdfFile() {
  const [over, setOver] = useState(false);
  const pick = (files: FileList | null | undefined) => {
    const f = files?.[0];
    if (f) openFileInReader(f);
  };
  return (
    <label
      class={`sdg-button sdg-open-pdf${over ? ' sdg-drop' : ''}`}
      data-testid="open-pdf"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        pick(e.dataTransfer?.files);
      }}
    >
      {readerText('library')}
      <input
        type="file"
        accept="application/pdf,.pdf"
        style={{ position: 'absolute', width: '1px', height: '1px', opacity: 0 }}
        onChange={(e) => pick((e.currentTarget as HTMLInputElement).files)}
      />
    </label>
  );
}
