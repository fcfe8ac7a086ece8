/**
 * The reader's note and verdict on one saved finding. Changes are written immediately (the note
 * after a short pause in typing, and on leaving the field) to the library in IndexedDB, then
 * announced so the library page and the page's highlights follow.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { t } from '../../lib/i18n';
import type { SavedAnnotation, Verdict } from '../../lib/schema/saved-report';
import { libraryStore } from '../../lib/store/shared';
import { toStoreError } from '../../lib/store/errors';

const VERDICTS: Verdict[] = ['agree', 'disagree', 'unsure'];
const NOTE_DELAY_MS = 600;

/** Writes an edit and tells the other extension pages and the tab about it. */
async function writeEdit(reportId: string, annotationId: string, edit: { note?: string; verdict?: Verdict | null }, url?: string): Promise<SavedAnnotation> {
  const store = await libraryStore();
  const saved = await store.updateAnnotation({ reportId, annotationId, ...edit });
  const msg = { type: 'sdg:library-changed', reportId, reason: 'edited', ...(url ? { url } : {}) } as const;
  await browser.runtime.sendMessage(msg).catch(() => {});
  return saved;
}

/** Note + verdict fields for one annotation. `tabId` lets the page's note highlights refresh. */
export function AnnotationEditor({
  reportId,
  annotation,
  url,
  tabId,
  idPrefix,
}: {
  reportId: string;
  annotation: SavedAnnotation;
  url?: string;
  tabId?: number | null;
  idPrefix: string;
}) {
  const [note, setNote] = useState(annotation.note);
  const [verdict, setVerdict] = useState<Verdict | null>(annotation.verdict);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastNote = useRef(annotation.note);

  // Another page (or an import) changed this annotation: show it unless the reader is typing.
  useEffect(() => {
    if (document.activeElement?.id !== `${idPrefix}-note`) {
      setNote(annotation.note);
      lastNote.current = annotation.note;
    }
    setVerdict(annotation.verdict);
  }, [annotation.note, annotation.verdict, annotation.updatedAt]);

  const save = async (edit: { note?: string; verdict?: Verdict | null }) => {
    setStatus('saving');
    try {
      await writeEdit(reportId, annotation.id, edit, url);
      if (tabId !== undefined && tabId !== null) {
        await browser.tabs.sendMessage(tabId, { type: 'sdg:library-changed', reportId, reason: 'edited', ...(url ? { url } : {}) }, { frameId: 0 }).catch(() => {});
      }
      setStatus('saved');
    } catch (e) {
      setStatus({ error: toStoreError(e).message });
    }
  };

  const flushNote = () => {
    clearTimeout(timer.current);
    if (note !== lastNote.current) {
      lastNote.current = note;
      void save({ note });
    }
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div class="sdg-editor" data-testid="annotation-editor" data-annotation-id={annotation.id}>
      <label for={`${idPrefix}-note`} class="sdg-editor-label">
        {t('note_label')}
      </label>
      <textarea
        id={`${idPrefix}-note`}
        class="sdg-note"
        rows={2}
        maxLength={20_000}
        value={note}
        onInput={(e) => {
          const v = e.currentTarget.value;
          setNote(v);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            if (v !== lastNote.current) {
              lastNote.current = v;
              void save({ note: v });
            }
          }, NOTE_DELAY_MS);
        }}
        onBlur={flushNote}
      />
      <fieldset class="sdg-verdict">
        <legend>{t('verdict_label')}</legend>
        {[null, ...VERDICTS].map((v) => (
          <label key={v ?? 'none'}>
            <input
              type="radio"
              name={`${idPrefix}-verdict`}
              value={v ?? ''}
              checked={verdict === v}
              onChange={() => {
                setVerdict(v);
                void save({ verdict: v });
              }}
            />
            {t(v ? `verdict_${v}` : 'verdict_none')}
          </label>
        ))}
      </fieldset>
      <p class="sdg-editor-status" role="status" aria-live="polite">
        {status === 'saving' ? t('save_saving') : status === 'saved' ? t('note_saved') : typeof status === 'object' ? status.error : ''}
      </p>
    </div>
  );
}
