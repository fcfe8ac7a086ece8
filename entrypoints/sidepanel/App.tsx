/**
 * The side panel: every finding and flag of the current tab, grouped and filterable, as the
 * accessible route to what the highlights show. Arrow keys move between items; Enter shows one on
 * the page. Once the report is saved, each item takes a note and a verdict.
 */
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { CRITERIA, type Criterion } from '../../lib/schema/analysis';
import type { FindingItem } from '../../lib/schema/messages';
import { GoalChip, WheelChip } from '../../components/GoalChip';
import type { GoalNumber } from '../../lib/sdg/index';
import { AnnotationEditor } from '../../components/library/AnnotationEditor';
import { AnchorBadge } from '../../components/library/AnchorBadge';
import { excerpt, findingTitle, goalName, kindLabel } from '../../components/library/finding-text';
import { locale, startPageI18n } from '../../components/library/page-i18n';
import * as store from './store';
import { OpenInReader, PdfOfferOr } from '../../components/reader/OpenInReader';
import { pageSupport } from '../../lib/background/page-support';

function itemText(item: FindingItem): string {
  const f = item.finding;
  if (f.kind === 'explicit') return f.text;
  if (f.kind === 'flag') return f.quote;
  const a = store.annotationFor(item);
  return a ? a.quote.exact : f.terms.slice(0, 6).map((x) => x.term).join(', ');
}

/** The finding in its sentence, the matched words marked; a plain excerpt when the text is not at hand. */
function Context({ item, id }: { item: FindingItem; id: string }) {
  const c = store.contextOf(item.finding);
  if (!c) {
    return (
      <p id={id} class="sdg-quote">
        {excerpt(itemText(item), 200)}
      </p>
    );
  }
  return (
    <p id={id} class="sdg-quote">
      {c.match ? (
        <>
          {c.before}
          <mark>{c.match}</mark>
          {c.after}
        </>
      ) : (
        excerpt(c.after, 220)
      )}
    </p>
  );
}

/** Arrow keys move focus between the item buttons (one tab stop per item is kept too). */
function onListKey(e: KeyboardEvent): void {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
  const target = e.target as HTMLElement;
  if (!target.classList.contains('sdg-item-go')) return;
  const all = [...document.querySelectorAll<HTMLElement>('.sdg-item-go')];
  const i = all.indexOf(target);
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : e.key === 'ArrowDown' ? Math.min(all.length - 1, i + 1) : Math.max(0, i - 1);
  all[next]?.focus();
  e.preventDefault();
}

function Item({ item, group }: { item: FindingItem; group: string }) {
  const f = item.finding;
  const saved = store.saved.value;
  const a = store.annotationFor(item);
  const descId = `d-${group}-${item.id}`;
  return (
    <li class={`sdg-item sdg-item-${f.kind}`} data-testid="finding-item" data-finding-id={item.id} data-kind={f.kind}>
      <button type="button" class="sdg-item-go" aria-describedby={descId} onClick={() => void store.focusFinding(item.id)}>
        <span class="sdg-kind">{kindLabel(f)}</span>
        <span class="sdg-item-title">{findingTitle(f)}</span>
        {f.kind === 'flag' && <span class={`sdg-strength sdg-strength-${f.strength}`}>{t(`card_strength_${f.strength}`)}</span>}
      </button>
      <Context item={item} id={descId} />
      {a && saved && (
        <details class="sdg-item-notes" open={!!(a.note || a.verdict)}>
          <summary>
            {t('note_label')}
            {a.verdict ? ` · ${t(`verdict_${a.verdict}`)}` : ''} · <AnchorBadge status={a.anchor.status} />
          </summary>
          <AnnotationEditor reportId={saved.id} annotation={a} url={saved.url} tabId={store.tabId.value} idPrefix={`sp-${group}-${item.id}`} />
        </details>
      )}
    </li>
  );
}

function Filters() {
  return (
    <details class="sdg-filters-box" open>
      <summary>{t('sidepanel_filters')}</summary>
      <div class="sdg-filters" role="search">
        <label class="sdg-grow">
          <span class="sdg-visually-hidden">{t('sidepanel_search')}</span>
          <input
            type="search"
            placeholder={t('sidepanel_search')}
            value={store.query.value}
            data-testid="sidepanel-search"
            onInput={(e) => (store.query.value = e.currentTarget.value)}
          />
        </label>
        <label>
          {t('filter_goal')}
          <select
            data-testid="filter-goal"
            value={store.goalFilter.value ?? ''}
            onChange={(e) => (store.goalFilter.value = e.currentTarget.value ? Number(e.currentTarget.value) : null)}
          >
            <option value="">{t('filter_all_goals')}</option>
            {store.presentGoals.value.map((g) => (
              <option key={g} value={g}>
                {goalName(g)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter_kind')}
          <select
            data-testid="filter-kind"
            value={store.kindFilter.value ?? ''}
            onChange={(e) => (store.kindFilter.value = (e.currentTarget.value || null) as store.Kind | null)}
          >
            <option value="">{t('filter_all_kinds')}</option>
            <option value="explicit">{t('filter_kind_explicit')}</option>
            <option value="thematic">{t('filter_kind_thematic')}</option>
            <option value="flag">{t('filter_kind_flag')}</option>
          </select>
        </label>
        <label>
          {t('filter_criterion')}
          <select
            data-testid="filter-criterion"
            value={store.criterionFilter.value ?? ''}
            onChange={(e) => (store.criterionFilter.value = (e.currentTarget.value || null) as Criterion | null)}
          >
            <option value="">{t('filter_all_criteria')}</option>
            {CRITERIA.filter((c) => store.presentCriteria.value.includes(c)).map((c) => (
              <option key={c} value={c}>
                {c}: {t(`crit_${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter_strength')}
          <select
            data-testid="filter-strength"
            value={store.strengthFilter.value ?? ''}
            onChange={(e) => (store.strengthFilter.value = (e.currentTarget.value || null) as 'strong' | 'weak' | null)}
          >
            <option value="">{t('filter_all_strengths')}</option>
            <option value="strong">{t('card_strength_strong')}</option>
            <option value="weak">{t('card_strength_weak')}</option>
          </select>
        </label>
        <fieldset class="sdg-group-by">
          <legend>{t('group_by')}</legend>
          {(['goal', 'criterion'] as const).map((g) => (
            <label key={g}>
              <input type="radio" name="group-by" value={g} checked={store.groupBy.value === g} onChange={() => (store.groupBy.value = g)} />
              {t(`group_by_${g}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}

function SaveBar() {
  const msg = store.saveMessage.value;
  const canSave = store.state.value === 'done' || store.state.value === 'scanning';
  return (
    <div class="sdg-savebar">
      <button type="button" class="sdg-button" data-testid="save-report" disabled={!canSave || store.saving.value} onClick={() => void store.save()}>
        {store.saving.value ? t('save_saving') : t('save_button')}
      </button>
      <a class="sdg-link" href="/library.html" target="_blank" rel="noopener">
        {t('open_library')}
      </a>
      <p class={msg && !msg.ok ? 'sdg-error' : 'sdg-muted'} role="status" aria-live="polite" data-testid="save-status" data-saved={store.saved.value ? 'true' : 'false'}>
        {msg?.text ?? (store.saved.value ? t('note_saved') : '')}
      </p>
    </div>
  );
}

function Orphans() {
  const list = store.orphans.value;
  if (!list.length) return null;
  return (
    <section class="sdg-orphans" aria-labelledby="sp-orphans-h" data-testid="orphans">
      <h2 id="sp-orphans-h">{t('orphans_heading', list.length)}</h2>
      <ul>
        {list.map((a) => (
          <li key={a.id} data-testid="orphan" data-annotation-id={a.id}>
            <p class="sdg-quote">{excerpt(a.quote.exact, 200)}</p>
            {a.note && <p class="sdg-orphan-note">{a.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Body() {
  const st = store.state.value;
  if (st === 'loading') return <p role="status">{t('loading')}</p>;
  if (st === 'no-tab') return <p class="sdg-notice">{t('sidepanel_no_tab')}</p>;
  // A PDF in the browser's viewer: a content script may answer there, but it sees no text.
  if (store.summary.value?.length === 0 && pageSupport(store.summary.value.url) === 'pdf') return <OpenInReader url={store.summary.value.url} tabId={store.tabId.value} />;
  if (st === 'unreachable') return <PdfOfferOr tabId={store.tabId.value} fallback={<p class="sdg-notice" data-testid="unreachable">{t('sidepanel_unreachable')}</p>} />;
  if (st === 'disabled') return <p class="sdg-notice">{t('popup_disabled')}</p>;
  if (st === 'error') return <p class="sdg-error" role="alert">{t('popup_error', store.summary.value?.error ?? '')}</p>;
  if (st === 'idle') {
    return (
      <div class="sdg-notice">
        <p>{t('popup_idle')}</p>
        <button type="button" class="sdg-button" onClick={() => void store.scanNow()}>
          {t('sidepanel_scan_button')}
        </button>
      </div>
    );
  }
  const groups = store.groups.value;
  const shown = store.filtered.value.length;
  return (
    <>
      <SaveBar />
      {store.storeError.value && (
        <p class="sdg-error" role="alert">
          {store.storeError.value}
        </p>
      )}
      <Orphans />
      <Filters />
      <p class="sdg-muted" role="status" aria-live="polite" data-testid="items-count">
        {st === 'scanning' ? `${t('sidepanel_scanning')} ` : ''}
        {t('items_shown', [shown, store.items.value.length])}
      </p>
      {!shown && <p class="sdg-notice">{store.items.value.length ? t('no_items') : t('popup_no_goals')}</p>}
      <div onKeyDown={onListKey}>
        {groups.map((g) => (
          <section key={g.key} class="sdg-group" aria-labelledby={`h-${g.key}`} data-testid="group" data-group={g.key}>
            <h2 id={`h-${g.key}`} class="sdg-group-h">
              {g.goal ? <GoalChip n={g.goal as GoalNumber} size={20} /> : g.key === 'general' ? <WheelChip size={20} /> : null}
              <span>{g.goal ? goalName(g.goal) : g.label}</span>
              <span class="sdg-count">({g.items.length})</span>
            </h2>
            <ul class="sdg-items">
              {g.items.map((item) => (
                <Item key={`${g.key}-${item.id}`} item={item} group={g.key} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

/** The side panel page. */
export function App() {
  useEffect(() => {
    void startPageI18n().then(() => store.start());
  }, []);
  useEffect(() => {
    document.title = t('sidepanel_title');
  }, [locale.value]);
  void locale.value; // re-render on a language change
  const s = store.summary.value;
  return (
    <main class="sdg-sidepanel">
      <header class="sdg-header">
        <h1>{t('sidepanel_title')}</h1>
        {s && (
          <p class="sdg-muted sdg-page-title" data-testid="page-title">
            {s.title || s.url}
          </p>
        )}
      </header>
      <Body />
    </main>
  );
}
