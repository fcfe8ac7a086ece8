/**
 * Which pages the content script can read, judged from the URL, so the popup can say why a page
 * shows nothing instead of an empty summary.
 */

/** Why a page cannot be read, or `ok`. `file` means: readable only with "Allow access to file URLs". */
export type PageSupport = 'ok' | 'browser' | 'store' | 'pdf' | 'file';

const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Classify a tab URL (`undefined` when the browser does not tell us: treated as readable, the content script will answer or not). */
export function pageSupport(url: string | undefined): PageSupport {
  if (!url) return 'ok';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'browser';
  }
  if (u.protocol === 'file:') return /\.pdf$/i.test(u.pathname) ? 'pdf' : 'file';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser';
  if (STORE_HOSTS.includes(u.hostname) || (u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore'))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return 'ok';
}
