/**
 * The content script's side of a re-scan, against the background's real answers (the router's
 * `answerAnalysisMessage` behind a fake `runtime.sendMessage`): the first scan sends the page,
 * re-scans send only what changed and rebuild the analysis from the changed findings, and a
 * background that lost the page (a restarted service worker) gets it whole again. Every result
 * must equal the core's analysis of the page's text.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePage, type ScanBase } from '../../entrypoints/annotate.content/core';
import { answerAnalysisMessage, dropTab } from '../../lib/background/router';
import { parseMessage } from '../../lib/schema/messages';
import { analyze } from '../../lib/analyze';
import type { Analysis } from '../../lib/schema/analysis';

const TAB = 41;
let sent: { type: string; chars: number; base: boolean }[] = [];

beforeEach(() => {
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (raw: unknown) => {
    const msg = parseMessage(raw);
    if (!msg) throw new Error(`not a protocol message: ${JSON.stringify(raw).slice(0, 80)}`);
    if ('text' in msg) sent.push({ type: msg.type, chars: msg.text.length, base: 'base' in msg && msg.base !== undefined });
    // Structured cloning, as the runtime does between the page and the background.
    return structuredClone(answerAnalysisMessage(TAB, 0, msg));
  }) as never);
  document.documentElement.lang = 'en';
  const paras = Array.from({ length: 300 }, (_, i) => `<p id="p${i}">Site ${i}: in 2025 the cooperative connected ${1000 + i} households to safe drinking water (SDG 6) and trained ${i} teachers for primary schools.</p>`);
  document.body.innerHTML = `<main><h1>Impact report</h1>${paras.join('')}</main>`;
});

afterEach(() => {
  dropTab(TAB);
  vi.restoreAllMocks();
});

/** One scan the way the annotator runs it, keeping what the next one is based on. */
async function scan(previous?: { base: ScanBase; analysis: Analysis }) {
  const r = await analyzePage(document, new AbortController().signal, previous ? { ...previous.base, merged: previous.analysis } : undefined);
  // What the page shows equals what the core finds in the page's text.
  expect(r.analysis).toEqual(analyze(r.index.text, { lang: 'en', blocks: r.index.blocks }));
  return { base: r.base, analysis: r.analysis, sentChars: r.sentChars, length: r.index.text.length };
}

describe('re-scans over the protocol', () => {
  test('the first scan sends the page; each edit sends the changed paragraph and rebuilds the same analysis as a fresh scan', async () => {
    let s = await scan();
    expect(s.sentChars).toBe(s.length);
    const edits: (() => void)[] = [
      () => document.getElementById('p150')!.replaceWith(Object.assign(document.createElement('p'), { textContent: 'Our justice programme supports SDG 16 in nine districts.' })),
      () => document.getElementById('p3')!.remove(),
      () => (document.getElementById('p290')!.firstChild!.nodeValue = 'Partnerships for the goals (SDG 17) with 40 municipalities.'),
      () => document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Update: clinics advanced SDG 3 with 40,000 vaccinations.' })),
      () => document.querySelector('main')!.prepend(Object.assign(document.createElement('p'), { textContent: 'Foreword: carbon neutral operations (SDG 13).' })),
    ];
    for (const edit of edits) {
      edit();
      const next = await scan(s);
      expect(next.sentChars).toBeLessThan(200);
      expect(sent.at(-1)).toMatchObject({ type: 'sdg:analyze', base: true });
      s = next;
    }
    expect(s.analysis.explicit.some((e) => e.goals.includes(17))).toBe(true);
  });

  test('an unchanged page is not sent again', async () => {
    const s = await scan();
    sent = [];
    const again = await scan(s);
    expect(sent).toEqual([]);
    expect(again.analysis).toBe(s.analysis);
  });

  test('a background that lost the page (restarted) is sent the whole page again, and the result is the same', async () => {
    const s = await scan();
    document.getElementById('p10')!.textContent = 'Now about SDG 2: 3,000 smallholder farmers.';
    dropTab(TAB); // what a service worker restart does to its sessions
    sent = [];
    const next = await scan(s);
    expect(sent.map((m) => [m.type, m.base])).toEqual([
      ['sdg:analyze', true],
      ['sdg:analyze', false],
    ]);
    expect(next.sentChars).toBe(next.length);
  });

  test('a page long enough to go in chunks and come back in parts, edited in the middle', async () => {
    const paras = Array.from({ length: 2500 }, (_, i) => `<p>Site ${i}: safe drinking water (SDG 6) for ${i} homes; women's cooperatives (SDG 5).</p>`);
    document.body.innerHTML = `<main>${paras.join('')}</main>`;
    const s = await scan();
    expect(sent.filter((m) => m.type === 'sdg:analyze-chunk').length).toBeGreaterThan(0);
    document.querySelectorAll('p')[1200]!.textContent = 'A new paragraph on SDG 9 and industry.';
    sent = [];
    const next = await scan(s);
    expect(sent).toHaveLength(1);
    expect(next.sentChars).toBeLessThan(100);
  });
});
