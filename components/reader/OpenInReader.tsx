/**
 * The offer shown where a tab displays a PDF in the browser's own viewer (popup, side panel):
 * one button that reopens the PDF in SDG Lens's reader.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { pageSupport } from '../../lib/background/page-support';
import { openPdfInReader } from '../../lib/pdf/open';
import { readerText } from '../../lib/pdf/strings';

/** "This tab shows a PDF… [Open in SDG Lens]"; `onOpened` lets a popup close itself. */
export function OpenInReader({ url, tabId, onOpened }: { url: string | undefined; tabId: number | null; onOpened?: () => void }) {
  if (!url) return null;
  return (
    <div class="sdg-notice sdg-pdf-offer" role="status" data-testid="pdf-offer">
      <p>{readerText('offer')}</p>
      <button
        type="button"
        class="sdg-button"
        data-testid="open-in-reader"
        onClick={() => void openPdfInReader(url, tabId ?? undefined).then(() => onOpened?.())}
      >
        {readerText('open')}
      </button>
    </div>
  );
}

/**
 * For views that know only the tab id (side panel): the offer when the tab shows a PDF, else
 * `fallback` (the view's own "cannot read this page" message).
 */
export function PdfOfferOr({ tabId, fallback }: { tabId: number | null; fallback: ComponentChildren }) {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) return;
    void browser.tabs.get(tabId).then(
      (tab) => setUrl(tab.url),
      () => setUrl(undefined),
    );
  }, [tabId]);
  return url && pageSupport(url) === 'pdf' ? <OpenInReader url={url} tabId={tabId} /> : <>{fallback}</>;
}
