/** The popup: the current tab's SDG references per goal, its washing-risk summary and the controls. */
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { siteKey } from '../../lib/settings/schema';
import { GoalTiles } from '../../components/GoalTiles';
import { RiskPanel } from '../../components/RiskPanel';
import * as store from './store';
import { OpenInReader } from '../../components/reader/OpenInReader';
import { pageSupport } from '../../lib/background/page-support';
import { SaveButton } from '../../components/library/SaveButton';

const UNREADABLE_KEYS = {
  browser: 'popup_unsupported_browser',
  store: 'popup_unsupported_store',
  pdf: 'popup_unsupported_pdf',
  file: 'popup_unsupported_file',
  'no-content-script': 'popup_no_content_script',
} as const;

function Controls() {
  const s = store.summary.value;
  const url = store.tabUrl.value ?? s?.url;
  const site = url ? siteKey(url) : '';
  return (
    <section class="sdg-controls" aria-label={t('popup_title')}>
      {s && s.status !== 'disabled' && (
        <label class="sdg-switch">
          <input
            type="checkbox"
            data-testid="toggle-highlights"
            checked={s.highlightsVisible}
            onChange={(e) => void store.setHighlights(e.currentTarget.checked)}
          />
          <span>{t('popup_highlights')}</span>
        </label>
      )}
      <label class="sdg-field">
        <span>{t('popup_sensitivity')}</span>
        <select
          data-testid="sensitivity"
          value={store.settings.value.sensitivity}
          onChange={(e) => void store.setSensitivity(e.currentTarget.value === 'strong' ? 'strong' : 'all')}
        >
          <option value="all">{t('popup_sens_all')}</option>
          <option value="strong">{t('popup_sens_strong')}</option>
        </select>
      </label>
      {site && (
        <label class="sdg-switch">
          <input
            type="checkbox"
            data-testid="site-toggle"
            checked={store.siteOn()}
            onChange={(e) => void store.setSiteOn(e.currentTarget.checked).then(() => store.refresh())}
          />
          <span>{t('popup_site_toggle', site)}</span>
        </label>
      )}
      <p class="sdg-muted sdg-shortcuts">{t('popup_shortcuts')}</p>
    </section>
  );
}

function Body() {
  const s = store.summary.value;
  const why = store.unreadable.value;
  if (store.loading.value) return <p class="sdg-muted">{t('popup_scanning')}</p>;
  // A PDF tab (the browser's viewer: a content script may answer there, with no text) gets the reader offer.
  if (why === 'pdf' || (s?.length === 0 && pageSupport(store.tabUrl.value ?? s.url) === 'pdf')) return <OpenInReader url={store.tabUrl.value ?? s?.url} tabId={store.tabId.value} onOpened={() => window.close()} />;
  if (why) {
    return (
      <p class="sdg-notice" role="status" data-testid="unreadable" data-reason={why}>
        {t(UNREADABLE_KEYS[why])}
      </p>
    );
  }
  if (!s) return null;
  if (s.status === 'disabled') return <p class="sdg-notice" role="status">{t('popup_disabled')}</p>;
  if (s.status === 'idle') {
    return (
      <div class="sdg-notice" role="status">
        <p>{t('popup_idle')}</p>
        <button type="button" class="sdg-button" onClick={() => void store.scanNow()}>
          {t('popup_scan_button')}
        </button>
      </div>
    );
  }
  if (s.status === 'scanning' && s.length === 0) return <p class="sdg-muted" role="status">{t('popup_scanning')}</p>;
  if (s.status === 'error') return <p class="sdg-notice" role="alert">{t('popup_error', s.error ?? '')}</p>;
  const general = s.goals.length === 0 && s.explicitTotal > 0;
  const anyGoal = s.goals.some((g) => g.explicit > 0 || g.thematic > 0);
  return (
    <>
      {!s.highlightSupport && <p class="sdg-notice">{t('popup_no_highlight_support')}</p>}
      <section aria-labelledby="sdg-goals-h">
        <h2 id="sdg-goals-h">{t('popup_goals_heading')}</h2>
        <p class="sdg-total" data-testid="total" data-explicit={s.explicitTotal} data-thematic={s.thematicTotal}>
          {t('popup_total', [s.explicitTotal, s.thematicTotal])}
        </p>
        {anyGoal ? <GoalTiles goals={s.goals} /> : !general && <p class="sdg-muted">{t('popup_no_goals')}</p>}
      </section>
      {s.risk && <RiskPanel risk={s.risk} rows={s.flagsByCriterion} />}
      {/* Only a finished scan: the background saves the analysis the content script holds, and a half-done one is not worth keeping. */}
      {s.status === 'done' && <SaveButton tabId={store.tabId.value} />}
    </>
  );
}

/** The popup page. */
export function App() {
  useEffect(() => {
    void store.start();
  }, []);
  return (
    <main class="sdg-popup">
      <header class="sdg-header">
        <h1>{t('popup_title')}</h1>
      </header>
      <Body />
      {!store.loading.value && !store.unreadable.value && <Controls />}
    </main>
  );
}
