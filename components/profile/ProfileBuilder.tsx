/**
 * The profile builder: choose an organisation's saved reports, review and adjust the computed
 * levels (with a kept reason), preview the widget live, then copy the embed snippet or download the
 * JSON and the SVG badge. State lives in ./builder-store.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { locale } from '../library/page-i18n';
import { downloadFile } from '../library/download';
import { embedSnippet, profileJson } from '../../lib/profile/embed';
import { renderBadgeSvg } from '../../lib/profile/badge-svg';
import { goalHex, goalName, inkOn } from '../../lib/profile/goal-meta';
import { fmt, STRINGS } from '../../lib/profile/i18n';
import { LEVELS } from '../../lib/profile/limits';
import { slug } from '../../lib/profile/organisations';
import type { Profile } from '../../lib/schema/profile';
import { BUILDER_STRINGS } from './strings';
import * as store from './builder-store';
// Registers <sdg-profile> in this page for the live preview: the same code sites embed.
import '../../widget/index';

const WIDTHS = [240, 360, 480, 720];

function Preview({ profile }: { profile: Profile }) {
  const box = useRef<HTMLDivElement>(null);
  const d = store.draft.value!;
  const json = JSON.stringify(profile);
  useEffect(() => {
    const el = document.createElement('sdg-profile');
    el.setAttribute('variant', d.variant);
    el.setAttribute('theme', d.theme);
    el.setAttribute('lang', d.lang);
    el.id = 'sdg-preview-widget';
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = json;
    el.append(data);
    box.current!.replaceChildren(el);
    const frame = requestAnimationFrame(() => {
      const r = el.shadowRoot?.querySelector('.r');
      store.previewHeight.value = r ? Math.ceil(r.getBoundingClientRect().height) : 0;
    });
    return () => cancelAnimationFrame(frame);
  }, [json, d.variant, d.theme, d.lang, d.width]);
  return <div class="sdg-preview" style={{ width: `${d.width}px` }} ref={box} />;
}

function Levels({ computedOnly }: { computedOnly: Profile }) {
  const s = BUILDER_STRINGS[locale.value];
  const lang = store.draft.value!.lang;
  const w = STRINGS[lang];
  const missing = store.missingReasons.value;
  if (computedOnly.goals.length === 0) return <p class="sdg-muted">{s.noGoals}</p>;
  return (
    <table class="sdg-levels">
      <thead>
        <tr>
          <th scope="col">{s.goal}</th>
          <th scope="col">{s.computed}</th>
          <th scope="col">{s.shown}</th>
          <th scope="col">{s.reason}</th>
        </tr>
      </thead>
      <tbody>
        {computedOnly.goals.map((g) => {
          const adj = store.draft.value!.adjustments.find((a) => a.goal === g.goal);
          const shown = adj?.level ?? g.computed;
          const id = `sdg-reason-${g.goal}`;
          return (
            <tr key={g.goal}>
              <th scope="row">
                <span class="sdg-goal-chip" style={{ background: goalHex(g.goal), color: inkOn(goalHex(g.goal)) }} aria-hidden="true">
                  {g.goal}
                </span>{' '}
                {goalName(g.goal, lang)}
                <div class="sdg-muted sdg-small">{fmt(s.evidence, { r: g.references, f: g.findings, i: g.indicators.length })}</div>
              </th>
              <td>{w.levels[g.computed]}</td>
              <td>
                <select
                  aria-label={`${s.shown}: ${goalName(g.goal, lang)}`}
                  value={shown}
                  onChange={(e) => store.setLevel(g.goal, (e.currentTarget as HTMLSelectElement).value as (typeof LEVELS)[number], g.computed)}
                >
                  {LEVELS.map((l) => (
                    <option value={l} key={l}>
                      {w.levels[l]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {adj ? (
                  <>
                    <input
                      id={id}
                      type="text"
                      maxLength={500}
                      aria-label={`${s.reason}: ${goalName(g.goal, lang)}`}
                      aria-invalid={missing.has(g.goal)}
                      aria-describedby={missing.has(g.goal) ? `${id}-err` : undefined}
                      value={adj.reason}
                      onInput={(e) => store.setReason(g.goal, (e.currentTarget as HTMLInputElement).value)}
                    />
                    {missing.has(g.goal) && (
                      <p id={`${id}-err`} class="sdg-error sdg-small">
                        {s.reasonNeeded}
                      </p>
                    )}
                  </>
                ) : (
                  <span class="sdg-muted">—</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Publish({ profile }: { profile: Profile }) {
  const s = BUILDER_STRINGS[locale.value];
  const d = store.draft.value!;
  const [copyState, setCopyState] = useState<'' | 'ok' | 'fail'>('');
  const blocked = store.missingReasons.value.size > 0;
  const snippet = embedSnippet(profile, { scriptUrl: d.scriptUrl, variant: d.variant, theme: d.theme, lang: d.lang, minHeight: store.previewHeight.value });
  const base = `sdg-profile-${slug(profile.organisation.name)}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyState('ok');
    } catch {
      setCopyState('fail');
    }
  };
  return (
    <section aria-labelledby="sdg-publish-h">
      <h2 id="sdg-publish-h">{s.publish}</h2>
      <label class="sdg-field">
        {s.scriptUrl}
        <input type="url" value={d.scriptUrl} onInput={(e) => store.update({ scriptUrl: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      <label class="sdg-field">
        {s.snippet}
        <textarea id="sdg-snippet" readOnly rows={6} value={snippet} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
      </label>
      <div class="sdg-actions">
        <button type="button" class="sdg-button" disabled={blocked} onClick={copy}>
          {s.copy}
        </button>
        <button type="button" class="sdg-button sdg-button-quiet" disabled={blocked} onClick={() => downloadFile({ filename: `${base}.json`, mime: 'application/json', text: profileJson(profile) })}>
          {s.json}
        </button>
        <button type="button" class="sdg-button sdg-button-quiet" disabled={blocked} onClick={() => downloadFile({ filename: `${base}.svg`, mime: 'image/svg+xml', text: renderBadgeSvg(profile, { lang: d.lang }) })}>
          {s.svg}
        </button>
        <span role="status" class="sdg-small">
          {copyState === 'ok' ? s.copied : copyState === 'fail' ? s.copyFailed : ''}
        </span>
      </div>
    </section>
  );
}

/** The builder page. */
export function ProfileBuilder() {
  const s = BUILDER_STRINGS[locale.value];
  if (store.loading.value) return <p role="status">{s.loading}</p>;
  if (store.error.value) return <p role="alert" class="sdg-error">{fmt(s.storeError, { why: store.error.value })}</p>;
  const orgs = store.organisations.value;
  if (orgs.length === 0) return <p>{s.empty}</p>;
  const group = store.organisation.value;
  const d = store.draft.value;
  const res = store.result.value;
  const w = d ? STRINGS[d.lang] : STRINGS.en;
  return (
    <div class="sdg-builder">
      <section aria-labelledby="sdg-org-h">
        <h2 id="sdg-org-h">{s.organisation}</h2>
        <select aria-label={s.organisation} value={store.orgKey.value ?? ''} onChange={(e) => void store.chooseOrganisation((e.currentTarget as HTMLSelectElement).value)}>
          {orgs.map((o) => (
            <option value={o.key} key={o.key}>
              {o.name} ({o.reports.length})
            </option>
          ))}
        </select>
        {group && d && (
          <>
            <fieldset class="sdg-reports">
              <legend>{s.reports}</legend>
              {group.reports.map((r) => (
                <label key={r.id} class="sdg-report-choice">
                  <input type="checkbox" checked={d.reportIds.includes(r.id)} onChange={(e) => store.toggleReport(r.id, (e.currentTarget as HTMLInputElement).checked)} />
                  <span>
                    <b>{r.title || r.url}</b>
                    <span class="sdg-muted sdg-small">
                      {' '}
                      · {new Date(r.savedAt).toLocaleDateString(locale.value)} · {r.url}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div class="sdg-meta-fields">
              <label class="sdg-field">
                {s.name}
                <input type="text" maxLength={200} value={d.name} onInput={(e) => store.update({ name: (e.currentTarget as HTMLInputElement).value })} />
              </label>
              <label class="sdg-field">
                {s.website}
                <input type="url" value={d.website} aria-invalid={res !== null && 'error' in res && res.error === 'website'} onInput={(e) => store.update({ website: (e.currentTarget as HTMLInputElement).value })} />
              </label>
              <label class="sdg-field">
                {s.period}
                <input type="text" maxLength={40} value={d.period} onInput={(e) => store.update({ period: (e.currentTarget as HTMLInputElement).value })} />
              </label>
            </div>
          </>
        )}
      </section>
      {res && 'error' in res && (
        <p role="alert" class="sdg-error">
          {res.error === 'reports' ? s.noReports : res.error === 'website' ? s.websiteInvalid : fmt(s.invalid, { why: res.error })}
        </p>
      )}
      {d && res && 'profile' in res && (
        <>
          <section aria-labelledby="sdg-levels-h">
            <h2 id="sdg-levels-h">{s.levels}</h2>
            <p class="sdg-muted">{s.levelsHelp}</p>
            <Levels computedOnly={res.computedOnly} />
            <p class="sdg-small">{fmt(s.risk, { level: w.riskLevels[res.profile.risk.level], score: Math.round(res.profile.risk.score) })}</p>
          </section>
          <section aria-labelledby="sdg-preview-h">
            <h2 id="sdg-preview-h">{s.preview}</h2>
            <div class="sdg-preview-options">
              <label>
                {s.variant}{' '}
                <select value={d.variant} onChange={(e) => store.update({ variant: (e.currentTarget as HTMLSelectElement).value as never })}>
                  {['badge', 'card', 'full'].map((v) => <option key={v} value={v}>{v}</option>)}
                </select>
              </label>
              <label>
                {s.theme}{' '}
                <select value={d.theme} onChange={(e) => store.update({ theme: (e.currentTarget as HTMLSelectElement).value as never })}>
                  {['auto', 'light', 'dark'].map((v) => <option key={v} value={v}>{v}</option>)}
                </select>
              </label>
              <label>
                {s.language}{' '}
                <select value={d.lang} onChange={(e) => store.update({ lang: (e.currentTarget as HTMLSelectElement).value as never })}>
                  {[['en', 'English'], ['fr', 'Français'], ['es', 'Español']].map(([v, n]) => <option key={v} value={v}>{n}</option>)}
                </select>
              </label>
              <label>
                {s.width}{' '}
                <select value={String(d.width)} onChange={(e) => store.update({ width: Number((e.currentTarget as HTMLSelectElement).value) })}>
                  {WIDTHS.map((v) => <option key={v} value={String(v)}>{v} px</option>)}
                </select>
              </label>
            </div>
            <Preview profile={res.profile} />
            <p class="sdg-muted sdg-small">{fmt(s.reserves, { h: store.previewHeight.value })}</p>
          </section>
          <Publish profile={res.profile} />
        </>
      )}
    </div>
  );
}
