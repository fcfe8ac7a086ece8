/**
 * "Save report" for the popup: asks the background to save the tab's page to the library and
 * says what happened. Usage in the popup: `<SaveButton tabId={store.tabId.value} />`.
 */
import { useState } from 'preact/hooks';
import { browser } from '#imports';
import { t } from '../../lib/i18n';
import { LibrarySaveResponseSchema } from '../../lib/schema/saved-report';

/** The button and its status line. */
export function SaveButton({ tabId }: { tabId: number | null }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async () => {
    if (tabId === null) return;
    setBusy(true);
    try {
      const r = LibrarySaveResponseSchema.parse(await browser.runtime.sendMessage({ type: 'sdg:library-save', tabId }));
      if (r.ok) {
        const parts = [r.replaced ? t('save_replaced') : t('save_done', r.annotations)];
        if (r.lostNotes) parts.push(t('save_lost_notes', r.lostNotes));
        setMessage({ ok: true, text: parts.join(' ') });
      } else setMessage({ ok: false, text: t('save_failed', r.error) });
    } catch (e) {
      setMessage({ ok: false, text: t('save_failed', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="sdg-save">
      <button type="button" class="sdg-button" data-testid="save-report" disabled={tabId === null || busy} onClick={() => void save()}>
        {busy ? t('save_saving') : t('save_button')}
      </button>{' '}
      <a href="/library.html" target="_blank" rel="noopener">
        {t('open_library')}
      </a>
      <p role="status" aria-live="polite" class={message && !message.ok ? 'sdg-notice' : 'sdg-muted'} data-testid="save-status" data-ok={message ? String(message.ok) : ''}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
