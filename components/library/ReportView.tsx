/**
 * One saved report, readable offline: metadata (organisation editable), the saved text with its
 * highlights, and every finding and flag with the reader's note and verdict. Annotations that
 * were not found on the live page at the last visit are listed first, as orphans.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { t } from '../../lib/i18n';
import { parseMessage } from '../../lib/schema/messages';
import type { SavedAnnotation, SavedReport } from '../../lib/schema/saved-report';
import { findingOf } from '../../lib/anchor/annotations';
import { sortAnnotations } from '../../lib/export/json';
import type { ExportFormat } from '../../lib/export/formats';
import { libraryStore } from '../../lib/store/shared';
import { toStoreError } from '../../lib/store/errors';
import { AnnotationEditor } from './AnnotationEditor';
import { ExportFormatPicker } from './ExportFormatPicker';
import { AnchorBadge } from './AnchorBadge';
import { SavedText } from './SavedText';
import { excerpt, findingTitle, goalName, kindLabel } from './finding-text';

function AnnotationItem({ report, a, onShow }: { report: SavedReport; a: SavedAnnotation; onShow: (id: string) => void }) {
  const f = findingOf(report.analysis, a);
  if (!f) return null;
  const headingId = `ann-${a.id}-h`;
  return (
    <li class={`sdg-ann sdg-ann-${a.kind}`} data-testid="report-annotation" data-annotation-id={a.id} aria-labelledby={headingId}>
      <h3 id={headingId} class="sdg-ann-title">
        <span class="sdg-kind">{kindLabel(f)}</span> {findingTitle(f)}
      </h3>
      <blockquote class="sdg-quote">{excerpt(a.quote.exact)}</blockquote>
      {f.kind === 'flag' && <p class="sdg-expl">{f.explanation}</p>}
      <p class="sdg-ann-meta">
        <AnchorBadge status={a.anchor.status} />{' '}
        <button type="button" class="sdg-link" onClick={() => onShow(a.id)}>
          {t('item_go')}
        </button>
      </p>
      {/* Collapsed unless judged: a long report has hundreds of findings. */}
      <details class="sdg-item-notes" open={!!(a.note || a.verdict)}>
        <summary>
          {t('note_label')}
          {a.verdict ? ` · ${t(`verdict_${a.verdict}`)}` : ''}
        </summary>
        <AnnotationEditor reportId={report.id} annotation={a} url={report.url} idPrefix={`rv-${a.id}`} />
      </details>
    </li>
  );
}

/** The read view of one report; `onBack` returns to the list, `onExport` downloads it. */
export function ReportView({
  id,
  onBack,
  onExport,
  onDelete,
}: {
  id: string;
  onBack: () => void;
  onExport: (format: ExportFormat) => void;
  onDelete: () => void;
}) {
  const [report, setReport] = useState<SavedReport | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [org, setOrg] = useState('');
  const [orgStatus, setOrgStatus] = useState('');
  const [format, setFormat] = useState<ExportFormat>('json');

  const reload = async () => {
    try {
      const r = await (await libraryStore()).getReport(id);
      setReport(r ?? null);
      if (r) setOrg(r.organisation);
    } catch (e) {
      setError(toStoreError(e).message);
    }
  };

  useEffect(() => {
    void reload();
    const listener = (raw: unknown) => {
      const msg = parseMessage(raw);
      if (msg?.type === 'sdg:library-changed' && (!msg.reportId || msg.reportId === id)) void reload();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [id]);

  if (error) return <p role="alert" class="sdg-error">{error}</p>;
  if (report === undefined) return <p role="status">{t('loading')}</p>;
  if (report === null) {
    return (
      <div>
        <p role="alert">{t('report_not_found')}</p>
        <button type="button" class="sdg-button" onClick={onBack}>
          {t('library_back')}
        </button>
      </div>
    );
  }
  const sorted = sortAnnotations(report.annotations);
  const orphans = sorted.filter((a) => a.anchor.status === 'orphan');
  const goals = report.analysis.goals.filter((g) => g.explicit || g.thematic).map((g) => goalName(g.goal));
  return (
    <article class="sdg-report" data-testid="report-view" data-report-id={report.id}>
      <p>
        <button type="button" class="sdg-link" onClick={onBack}>
          ← {t('library_back')}
        </button>
      </p>
      <h1 class="sdg-report-title">{report.title}</h1>
      <dl class="sdg-report-meta">
        <dt>{t('report_source')}</dt>
        <dd>
          <a href={report.url} target="_blank" rel="noreferrer noopener">
            {report.url}
          </a>
        </dd>
        <dt>
          <label for="sdg-org">{t('report_organisation')}</label>
        </dt>
        <dd>
          <form
            class="sdg-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void (async () => {
                try {
                  await (await libraryStore()).setOrganisation(report.id, org);
                  setOrgStatus(t('note_saved'));
                  await browser.runtime.sendMessage({ type: 'sdg:library-changed', reportId: report.id, reason: 'edited' }).catch(() => {});
                } catch (err) {
                  setOrgStatus(toStoreError(err).message);
                }
              })();
            }}
          >
            <input id="sdg-org" value={org} maxLength={500} onInput={(e) => setOrg(e.currentTarget.value)} data-testid="organisation-input" />
            <button type="submit" class="sdg-button sdg-button-small">
              {t('save_short')}
            </button>
            <span role="status" class="sdg-muted">
              {orgStatus}
            </span>
          </form>
        </dd>
        <dt>{t('popup_risk_heading')}</dt>
        <dd>
          <span class={`sdg-level sdg-level-${report.analysis.risk.level}`}>{t(`popup_risk_${report.analysis.risk.level}`)}</span>{' '}
          {t('popup_risk_score', report.analysis.risk.score)} — {report.analysis.risk.summary}
        </dd>
        <dd>{t('report_saved', new Date(report.savedAt).toLocaleString(document.documentElement.lang || undefined))}</dd>
        {goals.length > 0 && <dd>{t('report_goals', goals.join(', '))}</dd>}
      </dl>
      <div class="sdg-toolbar">
        <ExportFormatPicker label={t('library_export_one')} value={format} onChange={setFormat} testId="export-one-format" />
        <button type="button" class="sdg-button" onClick={() => onExport(format)} data-testid="export-one">
          {t('library_export')}
        </button>
        <button type="button" class="sdg-button sdg-button-danger" onClick={onDelete}>
          {t('library_delete')}
        </button>
      </div>
      <div class="sdg-report-body">
        <section class="sdg-report-text" aria-labelledby="sdg-text-h">
          <h2 id="sdg-text-h">{t('report_text')}</h2>
          <SavedText report={report} focusId={focusId} label={t('report_text')} />
        </section>
        <section class="sdg-report-annotations" aria-labelledby="sdg-ann-h">
          {orphans.length > 0 && (
            <section class="sdg-orphans" aria-labelledby="sdg-orphans-h" data-testid="orphans">
              <h2 id="sdg-orphans-h">{t('orphans_heading', orphans.length)}</h2>
              <ul class="sdg-ann-list">
                {orphans.map((a) => (
                  <li key={a.id} data-testid="orphan" data-annotation-id={a.id}>
                    <blockquote class="sdg-quote">{excerpt(a.quote.exact)}</blockquote>
                    {a.note && <p class="sdg-orphan-note">{a.note}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <h2 id="sdg-ann-h">{t('report_annotations', sorted.length)}</h2>
          <ul class="sdg-ann-list">
            {sorted.map((a) => (
              <AnnotationItem key={a.id} report={report} a={a} onShow={setFocusId} />
            ))}
          </ul>
        </section>
      </div>
    </article>
  );
}
