/**
 * The popup in real Chromium, opened as a tab with `?tab=ID` pointing at a fixture page: counts
 * per goal match the page's analysis, the risk summary is shown, the controls act on the page,
 * unreadable pages get a clear message, and axe finds no violations. "Save report" in the popup
 * puts the page in the library, and the popup's risk summary is the one `sdg-lens scan` gives for
 * the same HTML file.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer';
import { collectErrors, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './support/browser';
import { startServer, type FixtureServer } from './support/server';
import { highlightsOf, runAxe, sendToTab, summaryOf, tabIdOf, waitForScan } from './annotate-helpers';
import type { TabSummary } from '../../lib/schema/messages';
import { ReportSourceSchema } from '../../lib/schema/saved-report';
import type { Analysis } from '../../lib/schema/analysis';

let eb: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let popup: Page;
let tabId: number;
let summary: TabSummary;
let popupErrors: string[];

beforeAll(async () => {
  eb = await launchWithExtension();
  server = await startServer({ '/fixtures': path.resolve('test/fixtures') });
  page = await eb.browser.newPage();
  await page.goto(server.url('/fixtures/pages/impact-report.html'), { waitUntil: 'load' });
  tabId = await tabIdOf(eb, page);
  summary = await waitForScan(eb, tabId);
  popup = await openExtensionPage(eb, `popup.html?tab=${tabId}`);
  popupErrors = collectErrors(popup);
  await popup.waitForSelector('[data-testid=total]');
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe('popup for an analysed page', () => {
  test('the total counts match the page analysis', async () => {
    const total = await popup.$eval('[data-testid=total]', (el) => ({
      explicit: Number(el.getAttribute('data-explicit')),
      thematic: Number(el.getAttribute('data-thematic')),
    }));
    expect(total).toEqual({ explicit: summary.explicitTotal, thematic: summary.thematicTotal });
    expect(total.explicit).toBeGreaterThan(0);
  });

  test('one coloured tile per goal with findings, with its named and discussed counts', async () => {
    const tiles = await popup.$$eval('.sdg-tile', (els) =>
      els.map((el) => ({
        goal: Number(el.getAttribute('data-goal')),
        named: Number(el.getAttribute('data-named')),
        discussed: Number(el.getAttribute('data-discussed')),
        background: getComputedStyle(el).backgroundColor,
      })),
    );
    const expected = summary.goals
      .filter((g) => g.explicit > 0 || g.thematic > 0)
      .map((g) => ({ goal: g.goal, named: g.explicit, discussed: g.thematic }))
      .sort((a, b) => a.goal - b.goal);
    expect(tiles.map(({ background: _, ...t }) => t)).toEqual(expected);
    expect(new Set(tiles.map((t) => t.background)).size).toBe(tiles.length);
  });

  test.each([13, 6, 5])('the SDG %i tile says how often the goal is named', async (goal) => {
    const label = await popup.$eval(`.sdg-tile[data-goal="${goal}"]`, (el) => el.getAttribute('aria-label'));
    const row = summary.goals.find((g) => g.goal === goal)!;
    expect(label).toContain(`SDG ${goal}`);
    expect(label).toContain(`named ${row.explicit} times`);
  });

  test('the risk level and the flags per criterion are shown in plain words', async () => {
    const level = await popup.$eval('[data-testid=risk-level]', (el) => el.textContent);
    expect(level?.toLowerCase()).toBe(summary.risk!.level);
    const rows = await popup.$$eval('.sdg-crit-list li', (els) => els.map((el) => ({ criterion: el.getAttribute('data-criterion'), count: Number(el.getAttribute('data-count')), text: el.textContent })));
    expect(rows.map(({ criterion, count }) => ({ criterion, count }))).toEqual(summary.flagsByCriterion.map(({ criterion, count }) => ({ criterion, count })));
    for (const r of rows) expect(r.text!.length).toBeGreaterThan(10);
  });

  test('unticking "show highlights" hides them on the page; ticking brings them back', async () => {
    await popup.click('[data-testid=toggle-highlights]');
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('sdg-')));
    expect((await summaryOf(eb, tabId)).highlightsVisible).toBe(false);
    await popup.click('[data-testid=toggle-highlights]');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('sdg-goal-')));
    expect(Object.keys(await highlightsOf(page)).length).toBeGreaterThan(0);
  });

  test('the sensitivity switch is stored and reaches the page (strong flags only)', async () => {
    await popup.select('[data-testid=sensitivity]', 'strong');
    await popup.waitForFunction(`chrome.storage.local.get('sdg-settings').then((v) => v['sdg-settings']?.sensitivity === 'strong')`);
    const weak = await page.waitForFunction(() => !CSS.highlights.has('sdg-flag-weak')).then(() => true);
    expect(weak).toBe(true);
    const s = await summaryOf(eb, tabId);
    expect(s.flagsByCriterion.every((r) => r.count === r.strong)).toBe(true);
    await popup.select('[data-testid=sensitivity]', 'all');
  });

  test('the popup passes axe accessibility checks', async () => {
    const violations = await runAxe(popup, ['body']);
    expect(violations).toEqual([]);
  });

  test('controls are reachable with the keyboard in reading order', async () => {
    // A fresh load: sequential focus starts at the top of the document.
    await popup.reload({ waitUntil: 'load' });
    await popup.waitForSelector('[data-testid=toggle-highlights]');
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await popup.keyboard.press('Tab');
      order.push(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.getAttribute('href') ?? ''));
    }
    // "Save report" and the library link follow the findings they act on, then the settings.
    expect(order).toEqual(['save-report', '/library.html', 'toggle-highlights', 'sensitivity', 'site-toggle']);
  });

  test('no errors in the popup', () => {
    expect(popupErrors).toEqual([]);
  });
});

describe('popup site switch and scan-on-click', () => {
  test('unticking "active on this site" switches the page off; ticking switches it back on', async () => {
    const p = await openExtensionPage(eb, `popup.html?tab=${tabId}`);
    await p.waitForSelector('[data-testid=site-toggle]');
    await p.click('[data-testid=site-toggle]');
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('sdg-')));
    await p.waitForFunction(() => document.body.innerText.includes('switched off'));
    await p.click('[data-testid=site-toggle]');
    await p.waitForSelector('[data-testid=total]');
    expect((await waitForScan(eb, tabId)).explicitTotal).toBe(summary.explicitTotal);
    await p.close();
  });

  test('with automatic scanning off the popup offers a scan button that fills in the counts', async () => {
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': { autoScan: false } })`);
    const fresh = await eb.browser.newPage();
    await fresh.goto(server.url('/fixtures/pages/impact-report.html?manual'), { waitUntil: 'load' });
    const id = await tabIdOf(eb, fresh);
    expect((await summaryOf(eb, id)).status).toBe('idle');
    const p = await openExtensionPage(eb, `popup.html?tab=${id}`);
    const button = await p.waitForSelector('.sdg-button');
    await button!.click();
    const total = await p.waitForSelector('[data-testid=total]');
    expect(Number(await total!.evaluate((el) => el.getAttribute('data-explicit')))).toBe(summary.explicitTotal);
    await eb.worker.evaluate(`chrome.storage.local.set({ 'sdg-settings': {} })`);
    await p.close();
    await fresh.close();
  });
});

describe('popup for pages the extension cannot read', () => {
  test.each([['chrome://version/'], ['about:blank']])('%s gets a clear message instead of counts', async (url) => {
    const tab = await eb.browser.newPage();
    await tab.goto(url).catch(() => {});
    const id = (await eb.worker.evaluate(`chrome.tabs.query({}).then((ts) => ts.filter((t) => t.url === ${JSON.stringify(url)} || t.pendingUrl === ${JSON.stringify(url)}).map((t) => t.id))`)) as number[];
    // Without the `tabs` permission URLs are hidden; fall back to the newest tab, which is ours.
    const all = (await eb.worker.evaluate('chrome.tabs.query({}).then((ts) => ts.map((t) => t.id))')) as number[];
    const target = id[0] ?? Math.max(...all);
    const p = await openExtensionPage(eb, `popup.html?tab=${target}`);
    const msg = await p.waitForSelector('[data-testid=unreadable]');
    const text = await msg!.evaluate((el) => el.textContent ?? '');
    expect(text.length).toBeGreaterThan(20);
    expect(await p.$('[data-testid=total]')).toBeNull();
    await p.close();
    await tab.close();
  });
});

describe('"Save report" in the popup', () => {
  test('saving from the popup puts the page, with every finding and flag, in the library', async () => {
    const p = await openExtensionPage(eb, `popup.html?tab=${tabId}`);
    const errors = collectErrors(p);
    await p.waitForSelector('[data-testid=total]');
    await p.click('[data-testid=save-report]');
    await p.waitForSelector('[data-testid=save-status][data-ok=true]');
    const status = await p.$eval('[data-testid=save-status]', (e) => e.textContent ?? '');
    const saved = /Saved in the library \((\d+) findings and flags\)/.exec(status);
    expect(saved, status).not.toBeNull();
    const annotations = Number(saved![1]);
    expect(annotations).toBe(summary.explicitTotal + summary.thematicTotal + summary.flagTotal);
    const lib = await openExtensionPage(eb, 'library.html');
    await lib.waitForSelector('[data-testid=library-row]');
    const rows = await lib.$$eval('[data-testid=library-row] h2', (els) => els.map((e) => e.textContent));
    expect(rows).toEqual([await page.title()]);
    await lib.click('[data-testid=library-row] h2 a');
    await lib.waitForSelector('[data-testid=report-annotation]');
    expect(await lib.$$eval('[data-testid=report-annotation]', (els) => els.length)).toBe(annotations);
    expect(errors).toEqual([]);
    await lib.close();
    await p.close();
  });
});

/** What `sdg-lens scan --format json` reports for an HTML file. */
function cliAnalysis(file: string): Analysis {
  const out = execFileSync(process.execPath, ['lib/cli/bin.mjs', 'scan', file, '--format', 'json'], { encoding: 'utf8' });
  const reports = JSON.parse(out) as { analysis: Analysis }[];
  expect(reports).toHaveLength(1);
  return reports[0]!.analysis;
}

/** Flag counts per criterion, sorted by criterion. */
function countsOf(flags: readonly { criterion: string }[]): { criterion: string; count: number }[] {
  const m = new Map<string, number>();
  for (const f of flags) m.set(f.criterion, (m.get(f.criterion) ?? 0) + 1);
  return [...m].map(([criterion, count]) => ({ criterion, count })).sort((a, b) => a.criterion.localeCompare(b.criterion));
}

describe('the popup and the CLI agree on the same page', () => {
  test.each(['impact-report.html', 'demo-report.html'])('%s: same risk level, score, explanation, flags per criterion and goal counts in the popup as from `sdg-lens scan`', async (name) => {
    const file = path.resolve('test/fixtures/pages', name);
    const cli = cliAnalysis(file);
    const tab = await eb.browser.newPage();
    await tab.goto(server.url(`/fixtures/pages/${name}`), { waitUntil: 'load' });
    const id = await tabIdOf(eb, tab);
    await waitForScan(eb, id);
    const p = await openExtensionPage(eb, `popup.html?tab=${id}`);
    await p.waitForSelector('[data-testid=risk-level]');
    const shown = await p.evaluate(() => ({
      level: document.querySelector('[data-testid=risk-level]')?.textContent?.toLowerCase(),
      score: document.querySelector('.sdg-risk-score')?.textContent ?? '',
      summary: document.querySelector('.sdg-risk-summary')?.textContent,
      rows: [...document.querySelectorAll('.sdg-crit-list li')].map((el) => ({ criterion: el.getAttribute('data-criterion') ?? '', count: Number(el.getAttribute('data-count')) })),
    }));
    expect(cli.flags.length).toBeGreaterThan(0);
    expect(shown.level).toBe(cli.risk.level);
    expect(shown.score.match(/\d+/g)).toContain(String(Math.round(cli.risk.score)));
    expect(shown.summary).toBe(cli.risk.summary);
    expect([...shown.rows].sort((a, b) => a.criterion.localeCompare(b.criterion))).toEqual(countsOf(cli.flags));
    // Beneath the summary: the page read the same text as the CLI, so every flag sits on the same span.
    const source = ReportSourceSchema.parse(await sendToTab(eb, id, { type: 'sdg:get-report-source' }));
    expect(source.analysis.length).toBe(cli.length);
    const spans = (a: Analysis) => a.flags.map((f) => `${f.criterion} ${f.start}-${f.end} ${f.strength}`);
    expect(spans(source.analysis)).toEqual(spans(cli));
    const refs = (a: Analysis) => a.explicit.map((r) => `${r.goals.join('+')} ${r.start}-${r.end} ${r.text}`);
    expect(refs(source.analysis)).toEqual(refs(cli));
    // And the goal tiles beside the risk summary count what the CLI counts.
    const tiles = await p.$$eval('.sdg-tile', (els) => els.map((el) => ({ goal: Number(el.getAttribute('data-goal')), named: Number(el.getAttribute('data-named')), discussed: Number(el.getAttribute('data-discussed')) })));
    const cliTiles = cli.goals.filter((g) => g.explicit > 0 || g.thematic > 0).map((g) => ({ goal: g.goal, named: g.explicit, discussed: g.thematic }));
    expect(tiles.sort((a, b) => a.goal - b.goal)).toEqual(cliTiles.sort((a, b) => a.goal - b.goal));
    await p.close();
    await tab.close();
  });
});
