/** PDF reader entry: wiring only (see components/reader). */
import { render } from 'preact';
import './style.css';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { effect } from '@preact/signals';
import { docTitle, highlighter, noteSpans, openFile, openUrl, redrawAll, settings, status } from '../../components/reader/reader-state';
import { refreshSaved, registerReaderLibrary } from '../../components/reader/reader-library';
import { READER_OPEN_FILE, READER_READY } from '../../components/reader/OpenPdfFile';
import { registerReaderMessages } from '../../components/reader/reader-messages';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import { setUiLanguage } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import { fallbackTarget } from '../../lib/pdf/auto-open';

function apply(s: Settings): void {
  settings.value = s;
  setUiLanguage(s.uiLang);
  highlighter.setStyle(s.highlightStyle);
  redrawAll();
}

render(<ReaderApp />, document.getElementById('app')!);
void registerReaderMessages();
registerReaderLibrary();
// A saved report of this PDF: re-anchor its notes after each analysis, and draw them.
effect(() => {
  if (status.value === 'done') void refreshSaved();
});
effect(() => {
  void noteSpans.value;
  redrawAll();
});
// The tab shows the report's title, as the browser's own viewer does.
effect(() => {
  if (docTitle.value) document.title = `${docTitle.value} — SDG Lens`;
});
void loadSettings().then((s) => {
  apply(s);
  watchSettings(apply);
  const src = new URLSearchParams(location.search).get('src');
  // Opened automatically (lib/pdf/auto-open.ts) and the download failed (no site access, refused): back to the browser's viewer.
  const fallback = fallbackTarget(location.search);
  if (src) void openUrl(src).then((ok) => !ok && fallback && location.replace(fallback));
});

// A file picked in the library arrives from the opener page (same extension origin only).
window.addEventListener('message', (e: MessageEvent) => {
  const data = e.data as { type?: unknown; file?: unknown } | null;
  if (e.origin !== location.origin || data?.type !== READER_OPEN_FILE || !(data.file instanceof File)) return;
  void openFile(data.file);
});
if (window.opener && new URLSearchParams(location.search).get('from') === 'opener') {
  (window.opener as Window).postMessage({ type: READER_READY }, location.origin);
}
