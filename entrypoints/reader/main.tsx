/** PDF reader entry: wiring only (see components/reader). */
import { render } from 'preact';
import './style.css';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { highlighter, openUrl, redrawAll, settings } from '../../components/reader/reader-state';
import { registerReaderMessages } from '../../components/reader/reader-messages';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import { setUiLanguage } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';

function apply(s: Settings): void {
  settings.value = s;
  setUiLanguage(s.uiLang);
  highlighter.setStyle(s.highlightStyle);
  redrawAll();
}

render(<ReaderApp />, document.getElementById('app')!);
void registerReaderMessages();
void loadSettings().then((s) => {
  apply(s);
  watchSettings(apply);
  const src = new URLSearchParams(location.search).get('src');
  if (src) void openUrl(src);
});
