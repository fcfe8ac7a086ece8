/** The library page: every saved report, searchable and sortable; export, import, delete with undo; read view. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ExportFormat } from '../../lib/export/formats';
import { ExportFormatPicker } from '../../components/library/ExportFormatPicker';
import { ReportView } from '../../components/library/ReportView';
import { goalName } from '../../components/library/finding-text';
import { locale, startPageI18n } from '../../components/library/page-i18n';
import * as store from './store';
import { OpenPdfFile } from '../../components/reader/OpenPdfFile';

function Toolbar() {
  const [format, setFormat] = useState<ExportFormat>('json');
  return (
    <div class="sdg-toolbar" role="group" aria-label={t('library_export')}>
      <ExportFormatPicker label={t('library_export_all')} value={format} onChange={setFormat} testId="export-format" />
      <button type="button" class="sdg-button" data-testid="export-all" onClick={() => void store.exportReports(null, format)}>
        {t('library_export')}
      </button>
      <label class="sdg-button sdg-file">
        {t('library_import')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void file.text().then(store.importText);
          }}
        />
      </label>
    </div>
  );
}

function ImportPanel() {
  const pending = store.pendingImport.value;
  const result = store.importResult.value;
  return (
    <>
      {pending && (
        <div class="sdg-dialog" role="alertdialog" aria-labelledby="sdg-dup-q" data-testid="import-duplicates">
          <p id="sdg-dup-q">{t('import_duplicates', [pending.duplicates.length, pending.reports.length])}</p>
          <button type="button" class="sdg-button" data-testid="import-merge" onClick={() => void store.resolveImport('merge')}>
            {t('import_merge')}
          </button>{' '}
          <button type="button" class="sdg-button" data-testid="import-skip" onClick={() => void store.resolveImport('skip')}>
            {t('import_skip')}
          </button>{' '}
          <button type="button" class="sdg-button sdg-button-quiet" onClick={() => void store.resolveImport('cancel')}>
            {t('import_cancel')}
          </button>
        </div>
      )}
      {result && (
        <div class={result.ok ? 'sdg-notice' : 'sdg-error'} role={result.ok ? 'status' : 'alert'} data-testid="import-result" data-ok={String(result.ok)}>
          <p>{result.text}</p>
          {result.problems && result.problems.length > 0 && (
            <ul>
              {result.problems.map((p, i) => (
                <li key={i}>
                  {p.line !== undefined ? `line ${p.line}` : ''}
                  {p.path ? ` · ${p.path}` : ''}: {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

function Filters() {
  return (
    <div class="sdg-filters" role="search">
      <label class="sdg-grow">
        <span class="sdg-visually-hidden">{t('library_search')}</span>
        <input
          type="search"
          placeholder={t('library_search')}
          value={store.query.value}
          data-testid="library-search"
          onInput={(e) => void store.setQuery(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('library_sort')}{' '}
        <select value={store.sortKey.value} data-testid="library-sort" onChange={(e) => (store.sortKey.value = e.currentTarget.value as store.SortKey)}>
          <option value="date">{t('sort_date')}</option>
          <option value="org">{t('sort_org')}</option>
          <option value="goal">{t('sort_goal')}</option>
          <option value="risk">{t('sort_risk')}</option>
          <option value="title">{t('sort_title')}</option>
        </select>
      </label>
      <label>
        {t('filter_goal')}{' '}
        <select
          value={store.goalFilter.value ?? ''}
          data-testid="library-goal"
          onChange={(e) => (store.goalFilter.value = e.currentTarget.value ? Number(e.currentTarget.value) : null)}
        >
          <option value="">{t('filter_all_goals')}</option>
          {store.goalsInLibrary.value.map((g) => (
            <option value={g} key={g}>
              {goalName(g)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter_risk')}{' '}
        <select
          value={store.riskFilter.value ?? ''}
          data-testid="library-risk"
          onChange={(e) => (store.riskFilter.value = (e.currentTarget.value || null) as typeof store.riskFilter.value)}
        >
          <option value="">{t('filter_all_risks')}</option>
          {(['high', 'medium', 'low'] as const).map((l) => (
            <option value={l} key={l}>
              {t(`popup_risk_${l}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function ReportList() {
  const list = store.visible.value;
  const total = store.reports.value.length;
  if (!total) return <p class="sdg-notice">{t('library_empty')}</p>;
  return (
    <>
      <p class="sdg-muted" role="status" aria-live="polite" data-testid="library-count">
        {t('library_count', [list.length, total])}
      </p>
      <ul class="sdg-report-list">
        {list.map((r) => (
          <li key={r.id} class="sdg-report-row" data-testid="library-row" data-report-id={r.id}>
            <div class="sdg-row-main">
              <h2 class="sdg-row-title">
                <a
                  href={`#report=${encodeURIComponent(r.id)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    store.openReport(r.id);
                  }}
                >
                  {r.title || r.url}
                </a>
              </h2>
              <p class="sdg-row-meta">
                <span>{r.organisation}</span> · <time dateTime={r.savedAt}>{new Date(r.savedAt).toLocaleDateString(locale.value)}</time> ·{' '}
                <span class={`sdg-level sdg-level-${r.riskLevel}`}>{t(`popup_risk_${r.riskLevel}`)}</span>
                {r.noteCount > 0 && <> · {t('report_notes', r.noteCount)}</>}
                {r.orphanCount > 0 && (
                  <>
                    {' '}
                    · <span class="sdg-orphan-count">{t('report_orphans', r.orphanCount)}</span>
                  </>
                )}
              </p>
              {r.goals.length > 0 && <p class="sdg-row-goals">{r.goals.map((g) => goalName(g)).join(' · ')}</p>}
            </div>
            <div class="sdg-row-actions">
              <a class="sdg-button" data-testid="profile-link" href={`profile.html?org=${encodeURIComponent(r.organisation)}`} aria-label={t('library_profile_label', r.organisation)}>
                {t('library_profile')}
              </a>
              <button type="button" class="sdg-button sdg-button-danger" data-testid="delete" onClick={() => void store.remove(r.id)} aria-label={`${t('library_delete')}: ${r.title}`}>
                {t('library_delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

function UndoBar() {
  const deleted = store.lastDeleted.value;
  if (!deleted) return null;
  return (
    <div class="sdg-undo" role="status" data-testid="undo-bar">
      <span>{t('library_deleted', deleted.title)}</span>{' '}
      <button type="button" class="sdg-button" data-testid="undo" onClick={() => void store.undoDelete()}>
        {t('library_undo')}
      </button>
    </div>
  );
}

/** The library page. */
export function App() {
  useEffect(() => {
    void startPageI18n().then(() => store.start());
  }, []);
  void locale.value; // re-render on a language change
  const open = store.openId.value;
  useEffect(() => {
    document.title = t('library_title');
  }, [locale.value]);
  return (
    <main class="sdg-library">
      {open ? (
        <ReportView
          id={open}
          onBack={() => store.openReport(null)}
          onExport={(format) => void store.exportReports([open], format)}
          onDelete={() => void store.remove(open)}
        />
      ) : (
        <>
          <header class="sdg-header">
            <h1>{t('library_title')}</h1>
            <OpenPdfFile />
          </header>
          {store.error.value && (
            <p class="sdg-error" role="alert" data-testid="store-error">
              {store.error.value}
            </p>
          )}
          <Toolbar />
          <ImportPanel />
          <Filters />
          {store.loading.value ? <p role="status">{t('loading')}</p> : <ReportList />}
        </>
      )}
      <UndoBar />
    </main>
  );
}
