/**
 * `npm run demo`: build the extension, open Chromium with it on a bundled demo impact report,
 * wait for the analysis, print the findings (per goal, flags, risk) and write a screenshot with a
 * hover card open (test/.artifacts/demo.png) plus one of the popup (demo-popup.png).
 * With a display (`DISPLAY` set) the browser window stays open until you close it; without one
 * it runs headless and exits.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension, openExtensionPage, EXT_DIR } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';
import { FindingsResponseSchema } from '../../lib/schema/messages';
import { goal, type GoalNumber } from '../../lib/sdg/index';
import { highlightPoint, sendToTab, tabIdOf, waitForCard, waitForScan } from '../e2e/annotate-helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test/.artifacts');
const headed = !!process.env.DISPLAY && process.env.SDG_DEMO_HEADLESS !== '1';

function build(): void {
  if (process.env.SDG_DEMO_SKIP_BUILD === '1' && fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) return;
  console.log(`Building the extension into ${path.relative(ROOT, EXT_DIR)} …`);
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  if (r.status !== 0) {
    console.error('wxt build failed');
    process.exit(1);
  }
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  build();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer({ '/fixtures': path.join(ROOT, 'test/fixtures') });
  const eb = await launchWithExtension({ headless: !headed });
  try {
    const page = await eb.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const url = server.url('/fixtures/pages/demo-report.html');
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(eb, page);
    const summary = await waitForScan(eb, tabId);
    const { items } = FindingsResponseSchema.parse(await sendToTab(eb, tabId, { type: 'sdg:get-findings' }));

    console.log(`\nSDG Lens on ${url}`);
    console.log(`  ${summary.explicitTotal} explicit references, ${summary.thematicTotal} thematic findings, ${summary.flagTotal} washing-risk flags (scan ${summary.scanMs?.toFixed(0)} ms)\n`);
    console.log(`  ${'Goal'.padEnd(52)} named  discussed`);
    for (const g of summary.goals.filter((x) => x.explicit > 0 || x.thematic > 0)) {
      const title = `SDG ${g.goal} ${goal(g.goal as GoalNumber).short.en}`;
      console.log(`  ${title.padEnd(52)} ${String(g.explicit).padStart(5)}  ${String(g.thematic).padStart(9)}`);
    }
    const general = items.filter((i) => i.finding.kind === 'explicit' && i.finding.goals.length === 0).length;
    if (general) console.log(`  (plus ${general} general reference${general > 1 ? 's' : ''} to the SDGs / 2030 Agenda)`);
    console.log('\n  Washing-risk flags');
    for (const { finding: f } of items) {
      if (f.kind !== 'flag') continue;
      console.log(`  ${f.criterion.padEnd(3)} ${f.strength.padEnd(6)} “${f.quote.length > 70 ? f.quote.slice(0, 67) + '…' : f.quote}”`);
      console.log(`      ${f.explanation}`);
    }
    if (summary.risk) {
      console.log(`\n  Risk: ${summary.risk.level.toUpperCase()} (score ${Math.round(summary.risk.score)}/100)`);
      console.log(`  ${summary.risk.summary}`);
    }

    // A hover card over the first reference that names a target, with the pointer really on it.
    const target = items.find((i) => i.finding.kind === 'explicit' && i.finding.target);
    if (target) {
      await sendToTab(eb, tabId, { type: 'sdg:focus-finding', id: target.id });
      await page.keyboard.press('Escape');
      await waitForCard(page, false);
      const name = `sdg-goal-${target.finding.kind === 'explicit' ? target.finding.goals[0] : 12}`;
      const texts = await page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
      const index = Math.max(0, texts.indexOf(target.finding.kind === 'explicit' ? target.finding.text : ''));
      const { x, y } = await highlightPoint(page, name, index);
      await page.evaluate(() => window.scrollBy(0, -160));
      await page.mouse.move(x, y - 160 < 40 ? y : y - 160);
      // Re-read the point after scrolling and hover the words themselves.
      const p = await highlightPoint(page, name, index);
      await page.mouse.move(p.x, p.y);
      await waitForCard(page);
    }
    const shot = path.join(ARTIFACTS, 'demo.png');
    await page.screenshot({ path: shot });
    console.log(`\n  Screenshot with a hover card: ${path.relative(ROOT, shot)}`);

    const popup = await openExtensionPage(eb, `popup.html?tab=${tabId}`);
    await popup.setViewport({ width: 360, height: 600 });
    await popup.waitForSelector('[data-testid=total]');
    const popupShot = path.join(ARTIFACTS, 'demo-popup.png');
    await (await popup.$('main'))!.screenshot({ path: popupShot });
    console.log(`  Popup: ${path.relative(ROOT, popupShot)}`);
    if (headed) {
      await popup.close();
      await page.bringToFront();
      console.log('\n  The browser stays open: hover the highlights, press Alt+Shift+N / Alt+Shift+P. Close the window to finish.');
      await new Promise<void>((resolve) => eb.browser.once('disconnected', () => resolve()));
    }
  } finally {
    await eb.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
