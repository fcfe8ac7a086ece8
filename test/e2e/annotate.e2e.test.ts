/**
 * The content script in real Chromium with the built extension: highlights with the right goals,
 * the hover card on mouse hover and on keyboard navigation, the highlight toggle, per-site
 * settings, a page that never stops mutating, and the page's text left exactly as it was.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer';
import { collectErrors, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startServer, type FixtureServer } from './support/server';
import {
  cardText,
  goalCounts,
  highlightPoint,
  highlightsOf,
  recordTextBeforeExtension,
  runAxe,
  sendToTab,
  summaryOf,
  tabIdOf,
  textBeforeAndAfter,
  waitForCard,
  waitForScan,
} from './annotate-helpers';

const REPORT = '/fixtures/pages/impact-report.html';

let eb: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let tabId: number;
let errors: string[];

beforeAll(async () => {
  eb = await launchWithExtension();
  server = await startServer({ '/fixtures': path.resolve('test/fixtures') });
  page = await eb.browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  errors = collectErrors(page);
  await recordTextBeforeExtension(page);
  await page.goto(server.url(REPORT), { waitUntil: 'load' });
  tabId = await tabIdOf(eb, page);
  await waitForScan(eb, tabId);
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('highlights on the impact report', () => {
  test.each([4, 5, 6, 7, 8, 13])('goal %i named in the report is highlighted in its colour layer', async (goal) => {
    const counts = goalCounts(await highlightsOf(page));
    expect(counts.get(goal) ?? 0).toBeGreaterThan(0);
  });

  test.each([
    [1, 'hidden by the hidden attribute'],
    [2, 'hidden by a stylesheet'],
    [3, '"goal 3 of the match" in sport'],
    [9, 'typed in a form field'],
    [10, 'inside a script'],
  ])('goal %i is not highlighted (%s)', async (goal) => {
    expect(goalCounts(await highlightsOf(page)).get(goal) ?? 0).toBe(0);
  });

  test.each([
    ['sdg-goal-13', 'SDG 13', 'split across an inline <b> element'],
    ['sdg-goal-5', 'ODD 5', 'French'],
    ['sdg-goal-6', 'ODS 6', 'Spanish'],
  ])('%s has a range reading exactly "%s" (%s)', async (name, text) => {
    expect((await highlightsOf(page))[name]).toContain(text);
  });

  test.each([
    ['sdg-goal-6', '6.1', 'a target'],
    ['sdg-goal-7', '7.1.2', 'an indicator'],
  ])('%s covers the code %s (%s)', async (name, code) => {
    const texts = (await highlightsOf(page))[name] ?? [];
    expect(texts.some((t) => t.includes(code))).toBe(true);
  });

  test('every explicit reference in the summary is drawn exactly once', async () => {
    const h = await highlightsOf(page);
    const drawn = Object.entries(h)
      .filter(([name]) => /^sdg-goal-\d+$/.test(name) || name === 'sdg-general')
      .reduce((n, [, texts]) => n + texts.length, 0);
    const s = await summaryOf(eb, tabId);
    expect(drawn).toBe(s.explicitTotal);
    expect(s.highlightSupport).toBe(true);
  });

  test('thematic findings are drawn as their own layers (dotted underline), e.g. SDG 6 on the water paragraph', async () => {
    const s = await summaryOf(eb, tabId);
    expect(s.thematicTotal).toBeGreaterThan(0);
    const inWater = await page.evaluate(() => {
      const p = document.getElementById('thematic-water')!;
      const h = CSS.highlights.get('sdg-theme-6');
      return h ? [...h].some((r) => p.contains((r as Range).commonAncestorContainer)) : false;
    });
    expect(inWater).toBe(true);
  });

  test('washing-prone claims get flag highlights, distinct from SDG references', async () => {
    const s = await summaryOf(eb, tabId);
    expect(s.flagTotal).toBeGreaterThan(0);
    const flagged = await page.evaluate(() =>
      ['sdg-flag', 'sdg-flag-weak'].flatMap((n) => {
        const h = CSS.highlights.get(n);
        return h ? [...h].map((r) => (r as Range).commonAncestorContainer.parentElement?.closest('section')?.id ?? '') : [];
      }),
    );
    expect(flagged).toContain('claims');
  });
});

describe('hover card', () => {
  test.each([
    ['sdg-goal-13', ['SDG 13', 'Climate action', 'Matched words']],
    ['sdg-goal-7', ['SDG 7', 'Indicator 7.1.2', 'clean fuels']],
  ])('hovering a %s highlight shows a card with %j', async (name, expected) => {
    await page.mouse.move(5, 5);
    await waitForCard(page, false).catch(() => {});
    const texts = (await highlightsOf(page))[name]!;
    const i = Math.max(0, texts.findIndex((t) => /\d/.test(t)));
    const { x, y } = await highlightPoint(page, name, i);
    await page.mouse.move(x, y);
    const text = await waitForCard(page);
    for (const e of expected) expect(text).toContain(e);
  });

  test('the card goes away when the pointer leaves the highlight', async () => {
    const { x, y } = await highlightPoint(page, 'sdg-goal-13');
    await page.mouse.move(x, y);
    await waitForCard(page);
    await page.mouse.move(x, y + 300);
    expect(await waitForCard(page, false)).toBeNull();
  });

  test('hovering a flag shows its criterion, what is missing and the source', async () => {
    const name = (await highlightsOf(page))['sdg-flag'] ? 'sdg-flag' : 'sdg-flag-weak';
    const { x, y } = await highlightPoint(page, name);
    await page.mouse.move(x, y);
    const text = await waitForCard(page);
    expect(text).toMatch(/Washing-risk flag/i);
    expect(text).toMatch(/\b[GFVQSIE][1-5]\b/);
    expect(text).toContain('Missing nearby');
    expect(text).toContain('Source');
    await page.mouse.move(2, 2);
  });

  test('hovering thematic evidence shows the goal, relevance and evidence terms', async () => {
    const name = Object.keys(await highlightsOf(page)).find((n) => n.startsWith('sdg-theme-'))!;
    const { x, y } = await highlightPoint(page, name);
    await page.mouse.move(x, y);
    const text = await waitForCard(page);
    expect(text).toMatch(/Discussed, not named/i);
    expect(text).toContain('Evidence terms');
    expect(text).toMatch(/Relevance \d+%/);
    await page.mouse.move(2, 2);
  });

  test('the card passes axe accessibility checks', async () => {
    const { x, y } = await highlightPoint(page, 'sdg-goal-13');
    await page.mouse.move(x, y);
    await waitForCard(page);
    const violations = await runAxe(page, [['sdg-lens-ui', '.sdg-card']]);
    expect(violations).toEqual([]);
    await page.mouse.move(2, 2);
    await waitForCard(page, false);
  });
});

describe('notices (saving from the context menu or the shortcut)', () => {
  test('a notice from the background shows on the page in our shadow root, is announced, passes axe and leaves the page text alone', async () => {
    const text = 'Saved to your SDG Lens library (12 findings and flags).';
    expect(await sendToTab(eb, tabId, { type: 'sdg:notice', tone: 'ok', text })).toEqual({ ok: true });
    const shown = await page.waitForFunction(
      () => {
        const root = document.querySelector('sdg-lens-ui')?.shadowRoot;
        const toast = root?.querySelector<HTMLElement>('.sdg-toast');
        const live = root?.querySelector('[aria-live]');
        if (!toast || toast.hidden || !live?.textContent) return null;
        const r = toast.getBoundingClientRect();
        return { text: toast.textContent, live: live.textContent, visible: r.width > 0 && r.height > 0 && r.bottom <= innerHeight };
      },
      { timeout: 5_000, polling: 50 },
    );
    expect(await shown.jsonValue()).toEqual({ text, live: text, visible: true });
    expect(await runAxe(page, [['sdg-lens-ui', '.sdg-toast']])).toEqual([]);
    // An error notice replaces it.
    await sendToTab(eb, tabId, { type: 'sdg:notice', tone: 'error', text: 'This page has not been analysed yet: scan it first, then save.' });
    await page.waitForFunction(
      () => {
        const root = document.querySelector('sdg-lens-ui')?.shadowRoot;
        return root?.querySelector<HTMLElement>('.sdg-toast')?.dataset.tone === 'error' && /not been analysed/.test(root.querySelector('[aria-live]')?.textContent ?? '');
      },
      { timeout: 5_000 },
    );
    // Leave the shared page as the next tests expect it: no notice, nothing in the live region.
    await page.evaluate(() => {
      const root = document.querySelector('sdg-lens-ui')!.shadowRoot!;
      root.querySelector<HTMLElement>('.sdg-toast')!.hidden = true;
      root.querySelector('[aria-live]')!.textContent = '';
    });
  });
});

describe('keyboard navigation (the command path)', () => {
  test('next shows the card for the first finding, marks it current and announces it', async () => {
    const r = (await sendToTab(eb, tabId, { type: 'sdg:step', direction: 'next' })) as { ok: boolean };
    expect(r.ok).toBe(true);
    const text = await waitForCard(page);
    expect(text).toMatch(/^1 of \d+/m);
    const current = (await highlightsOf(page))['sdg-current'];
    expect(current).toHaveLength(1);
    await page.waitForFunction(() => !!document.querySelector('sdg-lens-ui')!.shadowRoot!.querySelector('[aria-live]')!.textContent);
    const live = await page.evaluate(() => document.querySelector('sdg-lens-ui')!.shadowRoot!.querySelector('[aria-live]')!.textContent);
    expect(live).toMatch(/^1 of \d+\. /);
  });

  test('stepping on scrolls each current finding into view', async () => {
    for (let i = 0; i < 12; i++) {
      await sendToTab(eb, tabId, { type: 'sdg:step', direction: 'next' });
      const inView = await page.evaluate(() => {
        const r = [...CSS.highlights.get('sdg-current')!][0] as Range;
        const rect = r.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < window.innerHeight;
      });
      expect(inView).toBe(true);
    }
  });

  test('previous from the first finding wraps to the last one', async () => {
    await sendToTab(eb, tabId, { type: 'sdg:step', direction: 'next' });
    // Go back to the first, then one more.
    let text = (await cardText(page)) ?? '';
    let guard = 0;
    while (!/^1 of /m.test(text) && guard++ < 200) {
      await sendToTab(eb, tabId, { type: 'sdg:step', direction: 'previous' });
      text = (await cardText(page)) ?? '';
    }
    await sendToTab(eb, tabId, { type: 'sdg:step', direction: 'previous' });
    text = (await cardText(page)) ?? '';
    const m = /^(\d+) of (\d+)/m.exec(text);
    expect(m?.[1]).toBe(m?.[2]);
  });

  test('Escape closes the card and clears the current mark', async () => {
    await page.keyboard.press('Escape');
    expect(await waitForCard(page, false)).toBeNull();
    expect((await highlightsOf(page))['sdg-current']).toBeUndefined();
  });

  test('focus-finding by id (side panel) shows that finding', async () => {
    const { items } = (await sendToTab(eb, tabId, { type: 'sdg:get-findings' })) as { items: { id: string; finding: { kind: string; text?: string } }[] };
    const target = items.find((i) => i.finding.kind === 'explicit' && i.finding.text === 'SDG 13')!;
    const r = (await sendToTab(eb, tabId, { type: 'sdg:focus-finding', id: target.id })) as { ok: boolean };
    expect(r.ok).toBe(true);
    expect((await highlightsOf(page))['sdg-current']).toEqual(['SDG 13']);
    await page.keyboard.press('Escape');
  });
});

describe('toggle and settings', () => {
  test('toggling hides every highlight and toggling again restores them', async () => {
    const before = await highlightsOf(page);
    const off = (await sendToTab(eb, tabId, { type: 'sdg:set-highlights' })) as { visible: boolean };
    expect(off.visible).toBe(false);
    expect(await highlightsOf(page)).toEqual({});
    const on = (await sendToTab(eb, tabId, { type: 'sdg:set-highlights' })) as { visible: boolean };
    expect(on.visible).toBe(true);
    expect(await highlightsOf(page)).toEqual(before);
  });

  test('switching the site off removes the highlights; switching it on brings them back', async () => {
    const host = new URL(page.url()).hostname;
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': { sites: { ${JSON.stringify(host)}: false } } })`);
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('sdg-')));
    expect((await summaryOf(eb, tabId)).status).toBe('disabled');
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': { sites: {} } })`);
    const s = await waitForScan(eb, tabId);
    expect(s.explicitTotal).toBeGreaterThan(0);
  });
});

describe('UI language and highlight style settings', () => {
  test('with the UI language set to French the card speaks French', async () => {
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': { uiLang: 'fr' } })`);
    await page.mouse.move(2, 2);
    await waitForCard(page, false).catch(() => {});
    // The content script applies the change asynchronously; hover until the card is French.
    let text: string | null = null;
    for (let i = 0; i < 20 && !text?.includes('ODD 13'); i++) {
      const { x, y } = await highlightPoint(page, 'sdg-goal-13');
      await page.mouse.move(2, 2);
      await page.mouse.move(x, y);
      text = await waitForCard(page);
    }
    expect(text).toContain('ODD 13');
    expect(text).toContain('Mots reconnus');
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': {} })`);
    await page.mouse.move(2, 2);
  });

  test('the high-contrast style repaints the same highlights with the high-contrast rules', async () => {
    const rules = () =>
      page.evaluate(() => document.adoptedStyleSheets.flatMap((sh) => [...sh.cssRules].map((r) => r.cssText)).filter((r) => r.includes('sdg-goal-13')).join(' '));
    expect(await rules()).not.toContain('255, 239, 92');
    const before = await highlightsOf(page);
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': { highlightStyle: 'high-contrast' } })`);
    await page.waitForFunction(() =>
      document.adoptedStyleSheets.some((sh) => [...sh.cssRules].some((r) => r.cssText.includes('sdg-goal-13') && r.cssText.includes('255, 239, 92'))),
    );
    expect(await highlightsOf(page)).toEqual(before);
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': {} })`);
  });
});

describe('the page is left as it was', () => {
  test('body innerText and innerHTML are identical before and after annotating, hovering and navigating', async () => {
    const { before, after } = await textBeforeAndAfter(page);
    expect(after.text).toBe(before.text);
    expect(after.html).toBe(before.html);
  });

  test('the only element added is our <sdg-lens-ui> host, outside <body>', async () => {
    const added = await page.evaluate(() => [...document.documentElement.children].map((e) => e.localName));
    expect(added).toEqual(['head', 'body', 'sdg-lens-ui']);
  });

  test('no errors from the extension in the page or the service worker', async () => {
    expect(errors).toEqual([]);
    expect(eb.workerErrors).toEqual([]);
  });
});

describe('a page that mutates constantly', () => {
  test('is scanned, stays responsive, and keeps its references highlighted', async () => {
    const p = await eb.browser.newPage();
    const errs = collectErrors(p);
    await p.goto(server.url('/fixtures/pages/mutating-page.html'), { waitUntil: 'load' });
    const id = await tabIdOf(eb, p);
    await waitForScan(eb, id);
    const ticks = await p.evaluate(() => Number(document.getElementById('clock')!.textContent));
    await new Promise((r) => setTimeout(r, 2500));
    // The page's own 16 ms timer kept running while we re-scanned (not frozen)…
    const later = await p.evaluate(() => Number(document.getElementById('clock')!.textContent));
    expect(later - ticks).toBeGreaterThan(20);
    // …and our content script still answers, with the stable reference drawn.
    expect((await summaryOf(eb, id)).explicitTotal).toBeGreaterThan(0);
    expect((await highlightsOf(p))['sdg-goal-14']).toContain('SDG 14');
    expect(errs).toEqual([]);
    await p.close();
  });
});
