/**
 * The reader's ways-in strings (popup offer, context menu, library link) in the UI languages.
 * Kept beside the reader instead of in public/_locales so the PDF feature ships as one unit.
 */
import { uiLocale, type UiLocale } from '../i18n';

const STRINGS = {
  offer: {
    en: 'This tab shows a PDF. SDG Lens reads PDFs in its own reader.',
    fr: 'Cet onglet affiche un PDF. SDG Lens lit les PDF dans son propre lecteur.',
    es: 'Esta pestaña muestra un PDF. SDG Lens lee los PDF en su propio lector.',
  },
  open: { en: 'Open in SDG Lens', fr: 'Ouvrir dans SDG Lens', es: 'Abrir en SDG Lens' },
  menuLink: { en: 'Open PDF in SDG Lens', fr: 'Ouvrir le PDF dans SDG Lens', es: 'Abrir el PDF en SDG Lens' },
  library: { en: 'Open a PDF report…', fr: 'Ouvrir un rapport PDF…', es: 'Abrir un informe PDF…' },
} satisfies Record<string, Record<UiLocale, string>>;

/** A reader string in the current UI language. */
export function readerText(key: keyof typeof STRINGS): string {
  return STRINGS[key][uiLocale()];
}
