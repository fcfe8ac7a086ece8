/**
 * Options: master switch, per-site off list, automatic scan or on click, PDFs opened in the reader
 * automatically (or only from the offer), flag sensitivity,
 * highlight style (high contrast included) and UI language. Every change is stored at once
 * (D's settings module); content scripts and pages follow through storage change events.
 */
import { useEffect, useState } from 'preact/hooks';
import { signal } from '@preact/signals';
import { t } from '../../lib/i18n';
import { DEFAULT_SETTINGS, UI_LANGS, type Settings } from '../../lib/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/storage';
import { locale, startPageI18n } from '../../components/library/page-i18n';

const settings = signal<Settings>(DEFAULT_SETTINGS);
const status = signal('');

async function change(patch: Partial<Settings>): Promise<void> {
  settings.value = await updateSettings(patch);
  status.value = t('options_saved');
}

/** A host name from what the reader typed ("https://www.x.org/a" → "www.x.org"), or "" when invalid. */
export function hostFromInput(input: string): string {
  const s = input.trim().toLowerCase();
  if (!s) return '';
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `https://${s}`).hostname;
    return (/^[a-z0-9.-]+$/.test(host) && host.includes('.')) || host === 'localhost' ? host : '';
  } catch {
    return '';
  }
}

const LANG_LABELS: Record<(typeof UI_LANGS)[number], string> = { auto: '', en: 'English', fr: 'Français', es: 'Español' };

function Sites() {
  const [host, setHost] = useState('');
  const [error, setError] = useState('');
  const off = Object.entries(settings.value.sites)
    .filter(([, on]) => !on)
    .map(([h]) => h)
    .sort();
  return (
    <section aria-labelledby="opt-sites-h">
      <h2 id="opt-sites-h">{t('options_sites')}</h2>
      {off.length ? (
        <ul class="sdg-site-list" data-testid="sites-off">
          {off.map((h) => (
            <li key={h}>
              <span>{h}</span>{' '}
              <button
                type="button"
                class="sdg-button sdg-button-quiet sdg-button-small"
                onClick={() => {
                  const sites = { ...settings.value.sites };
                  delete sites[h];
                  void change({ sites });
                }}
              >
                {t('options_site_remove', h)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="sdg-muted">{t('options_sites_none')}</p>
      )}
      <form
        class="sdg-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const h = hostFromInput(host);
          if (!h) {
            setError(t('options_site_invalid'));
            return;
          }
          setError('');
          setHost('');
          void change({ sites: { ...settings.value.sites, [h]: false } });
        }}
      >
        <label for="opt-site">{t('options_site_add')}</label>
        <input
          id="opt-site"
          value={host}
          placeholder={t('options_site_placeholder')}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'opt-site-err' : undefined}
          onInput={(e) => setHost(e.currentTarget.value)}
          data-testid="site-input"
        />
        <button type="submit" class="sdg-button sdg-button-small">
          {t('options_site_submit')}
        </button>
        {error && (
          <span id="opt-site-err" class="sdg-error-text" role="alert">
            {error}
          </span>
        )}
      </form>
    </section>
  );
}

function Radio<T extends string>({ name, legend, value, options, onChange }: { name: string; legend: string; value: T; options: [T, string][]; onChange: (v: T) => void }) {
  return (
    <fieldset class="sdg-option">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} data-testid={`${name}-${v}`} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The options page. */
export function App() {
  useEffect(() => {
    let unwatch: (() => void) | undefined;
    void (async () => {
      await startPageI18n();
      settings.value = await loadSettings();
      unwatch = watchSettings((s) => (settings.value = s));
    })();
    return () => unwatch?.();
  }, []);
  useEffect(() => {
    document.title = t('options_title');
  }, [locale.value]);
  void locale.value;
  const s = settings.value;
  return (
    <main class="sdg-options">
      <header class="sdg-header">
        <h1>{t('options_title')}</h1>
      </header>
      <label class="sdg-switch">
        <input type="checkbox" checked={s.enabled} onChange={(e) => void change({ enabled: e.currentTarget.checked })} data-testid="enabled" />
        {t('options_enabled')}
      </label>
      <Radio
        name="scan"
        legend={t('options_scan')}
        value={s.autoScan ? 'auto' : 'click'}
        options={[
          ['auto', t('options_scan_auto')],
          ['click', t('options_scan_click')],
        ]}
        onChange={(v) => void change({ autoScan: v === 'auto' })}
      />
      <div class="sdg-option">
        <label class="sdg-switch">
          <input
            type="checkbox"
            checked={s.autoOpenPdf}
            aria-describedby="opt-pdf-auto-hint"
            onChange={(e) => void change({ autoOpenPdf: e.currentTarget.checked })}
            data-testid="auto-open-pdf"
          />
          {t('options_pdf_auto')}
        </label>
        <p id="opt-pdf-auto-hint" class="sdg-muted">
          {t('options_pdf_auto_hint')}
        </p>
      </div>
      <Radio
        name="sensitivity"
        legend={t('options_sensitivity')}
        value={s.sensitivity}
        options={[
          ['all', t('popup_sens_all')],
          ['strong', t('popup_sens_strong')],
        ]}
        onChange={(v) => void change({ sensitivity: v })}
      />
      <Radio
        name="style"
        legend={t('options_style')}
        value={s.highlightStyle}
        options={[
          ['normal', t('options_style_normal')],
          ['high-contrast', t('options_style_contrast')],
        ]}
        onChange={(v) => void change({ highlightStyle: v })}
      />
      <Radio
        name="lang"
        legend={t('options_lang')}
        value={s.uiLang}
        options={UI_LANGS.map((l) => [l, l === 'auto' ? t('options_lang_auto') : LANG_LABELS[l]] as [typeof l, string])}
        onChange={(v) => void change({ uiLang: v })}
      />
      <Sites />
      <p class="sdg-muted" role="status" aria-live="polite">
        {status.value}
      </p>
    </main>
  );
}
