/**
 * The pure decisions of "open PDFs in SDG Lens automatically": which documents count as a PDF in
 * the browser's viewer, what the background does with a PDF tab, and where the reader may fall back.
 */
import { describe, expect, test } from 'vitest';
import { autoOpenAction, autoReaderUrl, fallbackTarget } from '../../lib/pdf/auto-open';
import { isPdfDocument, PdfTabMessageSchema } from '../../lib/pdf/pdf-tab';

describe('a document is a PDF in the viewer', () => {
  test.each<[string, string, boolean, boolean]>([
    ['application/pdf', 'https://x.org/download?id=3', false, true],
    ['text/html', 'https://x.org/report.pdf', true, true],
    ['text/html', 'https://x.org/report.PDF', true, true],
    ['text/html', 'https://x.org/report.pdf', false, false],
    ['text/html', 'https://x.org/report.html', true, false],
    ['text/html', 'not a url', true, false],
  ])('%s at %s with a PDF embed: %s → %s', (type, url, embed, pdf) => {
    expect(isPdfDocument(type, url, embed)).toBe(pdf);
  });
});

describe('what the background does with a PDF tab', () => {
  const url = 'https://x.org/r.pdf';
  test.each<[string, Parameters<typeof autoOpenAction>[0], ReturnType<typeof autoOpenAction>]>([
    ['option off', { on: false, url, previous: undefined, hostAccess: true }, 'off'],
    ['host access granted', { on: true, url, previous: undefined, hostAccess: true }, 'open'],
    ['no host access: try, the reader falls back', { on: true, url, previous: undefined, hostAccess: false }, 'try'],
    ['local file', { on: true, url: 'file:///home/u/r.pdf', previous: undefined, hostAccess: false }, 'open'],
    ['back from the reader to the same PDF', { on: true, url, previous: url, hostAccess: true }, 'already'],
    ['another PDF in the same tab', { on: true, url, previous: 'https://x.org/other.pdf', hostAccess: true }, 'open'],
    ['not a web or file URL', { on: true, url: 'ftp://x.org/r.pdf', previous: undefined, hostAccess: true }, 'unsupported'],
  ])('%s', (_name, opts, action) => {
    expect(autoOpenAction(opts)).toBe(action);
  });
});

describe('the reader opened automatically goes back to the PDF only for web and file URLs', () => {
  test.each<[string, string | undefined]>([
    [new URL(autoReaderUrl('chrome-extension://id/', 'https://x.org/r.pdf?a=1&b=2')).search, 'https://x.org/r.pdf?a=1&b=2'],
    [`?src=${encodeURIComponent('file:///r.pdf')}&auto=1`, 'file:///r.pdf'],
    [`?src=${encodeURIComponent('https://x.org/r.pdf')}`, undefined],
    [`?src=${encodeURIComponent('javascript:alert(1)')}&auto=1`, undefined],
    ['?auto=1', undefined],
  ])('%s → %s', (search, target) => {
    expect(fallbackTarget(search)).toBe(target);
  });
});

test.each<[unknown, boolean]>([
  [{ type: 'sdg:pdf-tab', url: 'https://x.org/r.pdf' }, true],
  [{ type: 'sdg:pdf-tab', url: 'r.pdf' }, false],
  [{ type: 'sdg:pdf-tab' }, false],
])('the sdg:pdf-tab message %j parses: %s', (raw, ok) => {
  expect(PdfTabMessageSchema.safeParse(raw).success).toBe(ok);
});
