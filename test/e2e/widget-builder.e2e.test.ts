/**
 * The profile builder in the built extension: reports imported into the library (through the
 * library page's own import, as a reader would), then profile.html builds the organisation's
 * profile: computed levels, an adjustment that needs a reason (kept across visits), the live
 * widget preview, the embed snippet, the JSON download, and axe.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './support/browser';
import { analyze } from '../../lib/analyze';
import { exportLibraryJson } from '../../lib/export/json';
import { profileFromReports } from '../../lib/profile/build';
import { parseProfile } from '../../lib/schema/profile';
import { SavedReportSchema, type SavedReport } from '../../lib/schema/saved-report';

const TEXTS = [
  `Acme Water & Energy — Sustainability report 2024
We contribute to SDG 6 (clean water and sanitation), in particular target 6.4 on water-use efficiency.
Our treatment plants supply safe drinking water to 40 towns; we reduced water withdrawal per cubic metre produced by 18% compared with 2019.
The water data in this report were assured by Bureau Veritas under ISAE 3000 (limited assurance).
We also support SDG 13 and aim to be net zero by 2040.`,
  `Acme Water & Energy — People and inclusion
Our work supports SDG 5. Women hold 41% of management positions in 2024, up from 30% in 2020.`,
];

/** A saved report made with the real analysis; parsed here so a broken analysis fails with its reason, not a timeout. */
function report(i: number, text: string): SavedReport {
  return SavedReportSchema.parse({
    id: `r-acme-${i}`,
    url: `https://acme.example/report-${i}`,
    title: `Acme report ${i}`,
    organisation: i === 0 ? 'Acme Water & Energy' : 'ACME water & energy',
    savedAt: `2025-0${i + 1}-01T10:00:00.000Z`,
    text,
    lang: 'en',
    analysis: analyze(text),
    annotations: [],
  });
}

const REPORTS = TEXTS.map((t, i) => report(i, t));
// What the same code computes in Node: the builder must show exactly this.
const EXPECTED = profileFromReports(REPORTS).goals.map((g) => ({ goal: g.goal, computed: g.computed as string }));
const GOALS = EXPECTED.map((g) => g.goal);

let eb: ExtensionBrowser;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-builder-'));
  fs.writeFileSync(path.join(dir, 'library.json'), exportLibraryJson(REPORTS));
  eb = await launchWithExtension();
  const lib = await openExtensionPage(eb, 'library.html');
  const input = await lib.waitForSelector('[data-testid="import-file"]');
  await (input as any).uploadFile(path.join(dir, 'library.json'));
  await lib.waitForFunction(() => document.querySelectorAll('[data-testid="library-row"]').length === 2, { timeout: 15_000 });
  await lib.close();
});

afterAll(async () => {
  await eb?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function openBuilder(): Promise<{ page: Page; errors: string[] }> {
  const page = await eb.browser.newPage();
  // Extension pages forbid injected scripts; axe is injected by the test only.
  await page.setBypassCSP(true);
  const errors = collectErrors(page);
  await page.goto(`chrome-extension://${eb.extensionId}/profile.html?org=${encodeURIComponent('Acme Water & Energy')}`, { waitUntil: 'load' });
  await page.waitForSelector('table.sdg-levels', { timeout: 15_000 });
  await page.waitForFunction(() => document.getElementById('sdg-preview-widget')?.getAttribute('data-state') === 'ok');
  return { page, errors };
}

const rows = (page: Page) =>
  page.$$eval('table.sdg-levels tbody tr', (trs) => trs.map((tr) => ({ goal: Number(tr.querySelector('.sdg-goal-chip')!.textContent), computed: tr.querySelector('td')!.textContent })));

describe('profile builder', () => {
  test('groups both spellings of the organisation and lists every named goal with its computed level', async () => {
    const { page, errors } = await openBuilder();
    const org = await page.$eval('select', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent);
    const checked = await page.$$eval('.sdg-report-choice input', (xs) => xs.filter((x) => (x as HTMLInputElement).checked).length);
    const table = await rows(page);
    const preview = await page.evaluate(() =>
      [...document.getElementById('sdg-preview-widget')!.shadowRoot!.querySelectorAll('.t.on')].map((t) => Number(t.firstChild!.textContent)),
    );
    await page.close();
    expect(org).toBe('Acme Water & Energy (2)');
    expect(checked).toBe(2);
    expect(table).toEqual(EXPECTED);
    expect(preview).toEqual(GOALS);
    // The water report names target 6.4, gives a figure against 2019 and states ISAE 3000 assurance.
    expect(EXPECTED.find((r) => r.goal === 6)?.computed).toBe('verified');
    expect(errors).toEqual([]);
  });

  test('an adjusted level needs a reason before anything can be published, and the reason is kept', async () => {
    const { page } = await openBuilder();
    const goal = GOALS.at(-1)!;
    const select = `table.sdg-levels tbody tr:nth-child(${GOALS.length}) select`;
    const current = await page.$eval(select, (s) => (s as HTMLSelectElement).value);
    const target = current === 'claimed' ? 'evidenced' : 'claimed';
    await page.select(select, target);
    await page.waitForSelector(`#sdg-reason-${goal}`);
    const blocked = await page.$$eval('.sdg-actions button', (bs) => bs.map((b) => (b as HTMLButtonElement).disabled));
    await page.type(`#sdg-reason-${goal}`, 'Checked </script><b>by hand</b>');
    await page.waitForFunction(() => [...document.querySelectorAll('.sdg-actions button')].every((b) => !(b as HTMLButtonElement).disabled));
    const snippet = await page.$eval('#sdg-snippet', (t) => (t as HTMLTextAreaElement).value);
    const previewNote = await page.evaluate(() => document.getElementById('sdg-preview-widget')!.shadowRoot!.querySelector('[part="adjustment"]')?.textContent);
    await page.close();
    expect(blocked).toEqual([true, true, true]);
    expect(snippet).toContain('<sdg-profile variant="card"');
    expect(snippet).toMatch(/style="--sdg-min-height: \d+px"/);
    expect(snippet).toContain('Checked \\u003c/script\\u003e\\u003cb\\u003eby hand\\u003c/b\\u003e');
    expect(snippet).not.toContain('</script><b>');
    expect(previewNote).toContain('Checked </script><b>by hand</b>');

    // A later visit starts from the kept choices.
    const again = await openBuilder();
    const kept = await again.page.$eval(`#sdg-reason-${goal}`, (i) => (i as HTMLInputElement).value);
    await again.page.close();
    expect(kept).toBe('Checked </script><b>by hand</b>');
  });

  test('downloads a profile JSON that parses with the schema and keeps the reason', async () => {
    const { page } = await openBuilder();
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await page.click('.sdg-actions button:nth-child(2)');
    const file = path.join(dir, 'sdg-profile-acme-water-energy.json');
    for (let i = 0; i < 100 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    await page.close();
    const parsed = parseProfile(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.profile.organisation.name).toBe('Acme Water & Energy');
    expect(parsed.profile.goals.map((g) => g.goal)).toEqual(GOALS);
    expect(parsed.profile.goals.find((g) => g.reason)?.reason).toBe('Checked </script><b>by hand</b>');
    expect(parsed.profile.sources.map((s) => s.url).sort()).toEqual(['https://acme.example/report-0', 'https://acme.example/report-1']);
  });

  test('axe finds no WCAG A/AA violation on the builder page', async () => {
    const { page } = await openBuilder();
    await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const res = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return res.violations.map((v: any) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target?.join(' ')}`);
    });
    await page.close();
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
