import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onLibraryCommand, onLibraryMessage, onMenuClicked, SAVE_COMMAND, SAVE_MENU_ID, saveTabReport, savedAnnotationsFor } from '../../lib/background/library';
import { libraryStore } from '../../lib/store/shared';
import type { ReportSource } from '../../lib/schema/saved-report';
import { parseMessage } from '../../lib/schema/messages';
import { TEXT, fixtureAnalysis } from './export-fixtures';

const source = (url: string): ReportSource => ({
  url,
  title: 'Example report',
  organisation: 'Example Co.',
  text: TEXT,
  lang: 'en',
  analysis: fixtureAnalysis(),
});

/** The content script of the fake tab answers `sdg:get-report-source` with `answer`. */
function contentAnswers(answer: unknown) {
  const tabs = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: { type: string }) => {
    if (msg.type === 'sdg:get-report-source') {
      if (answer instanceof Error) throw answer;
      return answer;
    }
    return undefined;
  }) as never);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  return tabs;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saving a tab', () => {
  test('stores the page with one annotation per finding, keyed by its URL without the fragment', async () => {
    contentAnswers(source('https://example.org/a.html#section-2'));
    const r = await saveTabReport(7, new Date('2026-11-22T00:00:00.000Z'));
    expect(r).toMatchObject({ ok: true, replaced: false, lostNotes: 0, annotations: 4 });
    const saved = await savedAnnotationsFor('https://example.org/a.html#other');
    expect(saved.report?.annotations.map((a) => a.kind).sort()).toEqual(['explicit', 'explicit', 'flag', 'thematic']);
  });

  test('announces the save to extension pages and to the tab', async () => {
    const tabs = contentAnswers(source('https://example.org/b.html'));
    const runtime = vi.mocked(fakeBrowser.runtime.sendMessage);
    await saveTabReport(9);
    const change = runtime.mock.calls.map((c) => parseMessage(c[0])).find((m) => m?.type === 'sdg:library-changed');
    expect(change).toMatchObject({ url: 'https://example.org/b.html', reason: 'saved' });
    expect(tabs.mock.calls.some((c) => c[0] === 9 && (c[1] as { type: string }).type === 'sdg:library-changed')).toBe(true);
  });

  test('saving the same page again updates it in place', async () => {
    contentAnswers(source('https://example.org/c.html'));
    const first = await saveTabReport(1);
    const second = await saveTabReport(1);
    expect(second).toMatchObject({ ok: true, replaced: true });
    expect(first.ok && second.ok && second.reportId).toBe(first.ok && first.reportId);
  });

  test.each([
    ['no content script answers', new Error('Could not establish connection'), /not been analysed yet/],
    ['the answer is not a report source', { error: 'not-scanned' }, /not been analysed yet/],
  ])('refuses with a message when %s, and stores nothing', async (_n, answer, message) => {
    contentAnswers(answer);
    const before = (await (await libraryStore()).listReports()).length;
    const r = await saveTabReport(3);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
    expect((await (await libraryStore()).listReports()).length).toBe(before);
  });

  test('an unsaved URL has no saved annotations', async () => {
    expect(await savedAnnotationsFor('https://example.org/never-saved')).toEqual({ report: null });
  });
});

describe('the background message listener', () => {
  const ask = (raw: unknown, sender: { id?: string }) =>
    new Promise<{ returned: unknown; response?: unknown }>((resolve) => {
      const returned = onLibraryMessage(raw, sender as never, (response) => resolve({ returned, response }));
      if (returned !== true) resolve({ returned });
    });

  test.each([
    ['another extension', { id: 'some-other-extension' }],
    ['a web page (no sender id)', {}],
  ])('ignores messages from %s', async (_n, sender) => {
    expect(await ask({ type: 'sdg:library-for-url', url: 'https://example.org/a.html' }, sender)).toEqual({ returned: undefined });
  });

  test.each([
    ['a malformed message', { type: 'sdg:library-for-url', url: 42 }],
    ['a message of another module', { type: 'sdg:get-summary' }],
    ['not a message at all', 'hello'],
  ])('leaves %s to others', async (_n, raw) => {
    expect(await ask(raw, { id: fakeBrowser.runtime.id })).toEqual({ returned: undefined });
  });

  test('answers the saved annotations of a URL to the extension itself', async () => {
    contentAnswers(source('https://example.org/d.html'));
    await saveTabReport(4);
    const { returned, response } = await ask({ type: 'sdg:library-for-url', url: 'https://example.org/d.html' }, { id: fakeBrowser.runtime.id });
    expect(returned).toBe(true);
    expect((response as { report: { annotations: unknown[] } }).report.annotations).toHaveLength(4);
  });

  test('stores re-anchoring results, orphans included', async () => {
    contentAnswers(source('https://example.org/e.html'));
    const saved = await saveTabReport(5);
    const reportId = saved.ok ? saved.reportId : '';
    const ids = (await savedAnnotationsFor('https://example.org/e.html')).report!.annotations.map((a) => a.id);
    const results = [{ id: ids[0], status: 'orphan' }, { id: ids[1], status: 'fuzzy', start: 1, end: 4, score: 0.8 }];
    const { response } = await ask({ type: 'sdg:library-anchor-results', reportId, results }, { id: fakeBrowser.runtime.id });
    expect(response).toEqual({ ok: true });
    const after = (await savedAnnotationsFor('https://example.org/e.html')).report!.annotations;
    expect(after.find((a) => a.id === ids[0])?.anchor.status).toBe('orphan');
    expect(after.find((a) => a.id === ids[1])?.anchor).toMatchObject({ status: 'fuzzy', start: 1, end: 4 });
  });
});

describe('relaying library changes to pages', () => {
  test('a note edited in an extension page is forwarded to every tab, so noted passages repaint', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 11 }, { id: 12 }] as never);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    const change = { type: 'sdg:library-changed', reportId: 'r-1', reason: 'edited' };
    expect(onLibraryMessage(change, { id: fakeBrowser.runtime.id } as never, () => {})).toBeUndefined();
    await vi.waitFor(() => expect(sent.mock.calls.map((c) => c[0]).sort()).toEqual([11, 12]));
  });

  test.each([
    ['a content script', { id: 'extension-id', tab: { id: 3 } }, { type: 'sdg:library-changed', reason: 'edited' }],
    ['the anchoring results', { id: 'extension-id' }, { type: 'sdg:library-changed', reason: 'anchored' }],
  ])('changes announced by %s are not relayed', async (_n, sender, change) => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 11 }] as never);
    onLibraryMessage(change, { ...sender, id: fakeBrowser.runtime.id } as never, () => {});
    await new Promise((r) => setTimeout(r, 20));
    expect(query).not.toHaveBeenCalled();
  });
});

describe('saving from the context menu and the keyboard shortcut', () => {
  const notices = (tabs: ReturnType<typeof contentAnswers>) =>
    tabs.mock.calls.map((c) => [c[0], parseMessage(c[1])] as const).filter(([, m]) => m?.type === 'sdg:notice');

  test('"Save report to SDG Lens" in the context menu saves the tab and tells the reader on the page', async () => {
    const tabs = contentAnswers(source('https://example.org/menu.html'));
    const outcome = await onMenuClicked({ menuItemId: SAVE_MENU_ID }, { id: 12, windowId: 1 });
    expect(outcome).toMatchObject({ ok: true, annotations: 4 });
    expect((await savedAnnotationsFor('https://example.org/menu.html')).report?.annotations).toHaveLength(4);
    expect(notices(tabs)).toEqual([[12, { type: 'sdg:notice', tone: 'ok', text: expect.stringMatching(/Saved to your SDG Lens library \(4 /) }]]);
  });

  test('the save-report shortcut saves the active tab', async () => {
    const tabs = contentAnswers(source('https://example.org/shortcut.html'));
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 33, url: 'https://example.org/shortcut.html' }] as never);
    expect(await onLibraryCommand(SAVE_COMMAND)).toMatchObject({ ok: true });
    expect((await savedAnnotationsFor('https://example.org/shortcut.html')).report).not.toBeNull();
    expect(notices(tabs).map(([tab, m]) => [tab, m?.type === 'sdg:notice' && m.tone])).toEqual([[33, 'ok']]);
  });

  test('a page that was not analysed gets an error notice and nothing is saved', async () => {
    const tabs = contentAnswers(new Error('no content script'));
    const outcome = await onMenuClicked({ menuItemId: SAVE_MENU_ID }, { id: 14, windowId: 1 });
    expect(outcome).toMatchObject({ ok: false });
    expect(notices(tabs)).toEqual([[14, { type: 'sdg:notice', tone: 'error', text: expect.stringMatching(/not been analysed/) }]]);
  });

  test('other menu items and commands do not save', async () => {
    const tabs = contentAnswers(source('https://example.org/other.html'));
    expect(onMenuClicked({ menuItemId: 'something-else' }, { id: 15, windowId: 1 })).toBeUndefined();
    expect(onLibraryCommand('next-reference')).toBeUndefined();
    expect(notices(tabs)).toEqual([]);
    expect((await savedAnnotationsFor('https://example.org/other.html')).report).toBeNull();
  });
});
