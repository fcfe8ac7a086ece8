/** The browser side's pure pieces: message protocol, settings, i18n, badge, page support, commands. */
import { describe, expect, test } from 'vitest';
import { findingId, parseMessage, parseResponse } from '../../lib/schema/messages';
import { DEFAULT_SETTINGS, isEnabledFor, parseSettings, showsFlag } from '../../lib/settings/schema';
import { catalogueKeys, localeFor, setUiLanguage, t } from '../../lib/i18n';
import { badgeText } from '../../lib/background/badge';
import { pageSupport } from '../../lib/background/page-support';
import { commandMessage } from '../../lib/background/commands';
import type { Finding } from '../../lib/schema/analysis';

describe('parseMessage accepts protocol messages and rejects everything else', () => {
  test.each([
    [{ type: 'sdg:get-summary' }, true],
    [{ type: 'sdg:step', direction: 'next' }, true],
    [{ type: 'sdg:step', direction: 'sideways' }, false],
    [{ type: 'sdg:focus-finding', id: 'x-1-7' }, true],
    [{ type: 'sdg:focus-finding' }, false],
    [{ type: 'sdg:set-highlights' }, true],
    [{ type: 'sdg:set-highlights', visible: 'yes' }, false],
    [{ type: 'other:thing' }, false],
    ['sdg:get-summary', false],
    [null, false],
  ])('%j → %s', (raw, ok) => {
    expect(parseMessage(raw) !== undefined).toBe(ok);
  });
});

test('a response that does not match its schema throws', () => {
  expect(() => parseResponse('sdg:set-highlights', { visible: 'no' })).toThrow();
  expect(parseResponse('sdg:set-highlights', { visible: false })).toEqual({ visible: false });
});

describe('findingId is stable and distinguishes kind, subject and span', () => {
  const explicit: Finding = { kind: 'explicit', start: 4, end: 10, goals: [13], form: 'number', text: 'SDG 13', lang: 'en' };
  const thematic: Finding = { kind: 'thematic', start: 0, end: 80, goal: 6, score: 0.7, terms: [] };
  const flag: Finding = { kind: 'flag', criterion: 'S1', start: 4, end: 10, quote: 'SDG 13', cue: 'SDG 13', missing: 'a target', explanation: 'e', source: 's', scope: 'P', strength: 'strong' };
  test.each([
    [explicit, 'x-4-10'],
    [thematic, 't6-0-80'],
    [flag, 'fS1-4-10'],
  ])('%j → %s', (f, id) => {
    expect(findingId(f)).toBe(id);
    expect(findingId(structuredClone(f))).toBe(id);
  });
});

describe('settings parse field by field', () => {
  test.each([
    [undefined, DEFAULT_SETTINGS],
    [{}, DEFAULT_SETTINGS],
    [{ sensitivity: 'strong' }, { ...DEFAULT_SETTINGS, sensitivity: 'strong' }],
    [{ sensitivity: 'loud', uiLang: 'fr' }, { ...DEFAULT_SETTINGS, uiLang: 'fr' }],
    [{ enabled: 'nope', autoScan: false }, { ...DEFAULT_SETTINGS, autoScan: false }],
    ['garbage', DEFAULT_SETTINGS],
    [{ autoOpenPdf: true }, { ...DEFAULT_SETTINGS, autoOpenPdf: true }],
    [{ autoOpenPdf: 'yes', autoScan: false }, { ...DEFAULT_SETTINGS, autoScan: false }],
  ])('%j → %j', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });
});

describe('isEnabledFor honours the master switch and per-site overrides', () => {
  test.each([
    [{}, 'https://example.org/report', true],
    [{ enabled: false }, 'https://example.org/report', false],
    [{ sites: { 'example.org': false } }, 'https://example.org/report', false],
    [{ sites: { 'example.org': false } }, 'https://other.org/', true],
    [{ sites: { 'example.org': true } }, 'https://example.org/', true],
  ])('%j on %s → %s', (raw, url, on) => {
    expect(isEnabledFor(parseSettings(raw), url)).toBe(on);
  });
});

test.each([
  ['all', 'weak', true],
  ['all', 'strong', true],
  ['strong', 'weak', false],
  ['strong', 'strong', true],
] as const)('at sensitivity %s a %s flag is shown: %s', (sensitivity, strength, shown) => {
  expect(showsFlag(sensitivity, strength)).toBe(shown);
});

describe('i18n', () => {
  test.each([
    ['en', 'card_goal', [13], 'SDG 13'],
    ['fr', 'card_goal', [13], 'ODD 13'],
    ['es', 'card_goal', [13], 'ODS 13'],
    ['fr', 'card_position', [2, 9], '2 sur 9'],
    ['en', 'popup_total', [3, 4], '3 references to the SDGs · 4 passages on SDG topics'],
    ['en', 'no_such_key', [], 'no_such_key'],
  ] as const)('%s %s %j → %s', (lang, key, subs, expected) => {
    setUiLanguage(lang);
    expect(t(key, subs)).toBe(expected);
  });

  test.each([
    ['fr-CH', 'fr'],
    ['es-419', 'es'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('browser language %s uses locale %s', (tag, locale) => {
    expect(localeFor(tag)).toBe(locale);
  });

  test.each(['fr', 'es'] as const)('the %s catalogue has every English popup_/card_/crit_ key', (locale) => {
    const mine = (k: string) => /^(popup|card|crit)_/.test(k);
    expect(catalogueKeys(locale).filter(mine).sort()).toEqual(catalogueKeys('en').filter(mine).sort());
  });
});

describe('badge text', () => {
  const base = { url: 'https://x.org/', title: '', length: 10, thematicTotal: 0, flagTotal: 0, goals: [], flagsByCriterion: [], highlightsVisible: true, highlightSupport: true };
  test.each([
    ['done', 12, '12'],
    ['done', 0, ''],
    ['scanning', 5, ''],
    ['done', 1234, '999+'],
  ] as const)('status %s with %i references → "%s"', (status, n, text) => {
    expect(badgeText({ ...base, status, explicitTotal: n })).toBe(text);
  });
});

describe('pageSupport says which pages the content script cannot read', () => {
  test.each([
    ['https://example.org/report.html', 'ok'],
    ['http://127.0.0.1:8080/x', 'ok'],
    ['https://example.org/annual-report.pdf', 'pdf'],
    ['chrome://extensions/', 'browser'],
    ['about:blank', 'browser'],
    ['chrome-extension://abc/popup.html', 'browser'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['file:///home/me/report.html', 'file'],
    ['file:///home/me/report.PDF', 'pdf'],
    [undefined, 'ok'],
  ])('%s → %s', (url, support) => {
    expect(pageSupport(url)).toBe(support);
  });
});

test.each([
  ['next-reference', { type: 'sdg:step', direction: 'next' }],
  ['previous-reference', { type: 'sdg:step', direction: 'previous' }],
  ['toggle-highlights', { type: 'sdg:set-highlights' }],
  ['unknown', undefined],
])('command %s sends %j', (command, msg) => {
  expect(commandMessage(command)).toEqual(msg);
});
