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
  openButton: { en: 'Open PDF…', fr: 'Ouvrir un PDF…', es: 'Abrir PDF…' },
  pages: { en: 'Pages', fr: 'Pages', es: 'Páginas' },
  previousPage: { en: 'Previous page', fr: 'Page précédente', es: 'Página anterior' },
  nextPage: { en: 'Next page', fr: 'Page suivante', es: 'Página siguiente' },
  pageNumber: { en: 'Page number', fr: 'Numéro de page', es: 'Número de página' },
  page: { en: 'Page', fr: 'Page', es: 'Página' },
  zoomIn: { en: 'Zoom in', fr: 'Zoom avant', es: 'Acercar' },
  zoomOut: { en: 'Zoom out', fr: 'Zoom arrière', es: 'Alejar' },
  find: { en: 'Find in document', fr: 'Rechercher dans le document', es: 'Buscar en el documento' },
  hint: {
    en: 'Open a PDF report (button above, or drop a file here) to read it with SDG Lens.',
    fr: 'Ouvrez un rapport PDF (bouton ci-dessus, ou déposez un fichier ici) pour le lire avec SDG Lens.',
    es: 'Abra un informe PDF (botón de arriba, o suelte un archivo aquí) para leerlo con SDG Lens.',
  },
  opening: { en: 'Opening', fr: 'Ouverture de', es: 'Abriendo' },
  reading: { en: 'Reading text: page $1 of $2…', fr: 'Lecture du texte : page $1 sur $2…', es: 'Leyendo el texto: página $1 de $2…' },
  analysing: { en: 'Analysing…', fr: 'Analyse…', es: 'Analizando…' },
  done: { en: 'Analysed $1 pages in $2 ms.', fr: '$1 pages analysées en $2 ms.', es: '$1 páginas analizadas en $2 ms.' },
  findings: { en: 'Findings', fr: 'Résultats', es: 'Resultados' },
  findingsCount: { en: '$1 findings', fr: '$1 résultats', es: '$1 resultados' },
  thematicCount: { en: '(+$1 thematic)', fr: '(+$1 thématiques)', es: '(+$1 temáticos)' },
  risk: { en: 'Washing risk', fr: 'Risque de washing', es: 'Riesgo de washing' },
  flag: { en: 'Flag', fr: 'Alerte', es: 'Alerta' },
  theme: { en: 'Theme', fr: 'Thème', es: 'Tema' },
  pageShort: { en: 'p. $1', fr: 'p. $1', es: 'p. $1' },
  download: {
    en: 'Could not download the PDF ($1). Save it to your computer and open the file here.',
    fr: 'Impossible de télécharger le PDF ($1). Enregistrez-le sur votre ordinateur et ouvrez le fichier ici.',
    es: 'No se pudo descargar el PDF ($1). Guárdelo en su ordenador y abra el archivo aquí.',
  },
  encrypted: {
    en: 'This PDF is password-protected; SDG Lens cannot read encrypted PDFs.',
    fr: 'Ce PDF est protégé par un mot de passe ; SDG Lens ne lit pas les PDF chiffrés.',
    es: 'Este PDF está protegido con contraseña; SDG Lens no puede leer PDF cifrados.',
  },
  noText: {
    en: 'This PDF has no text layer (a scanned or image-only document); SDG Lens reads text, not images. Run it through OCR first.',
    fr: "Ce PDF n'a pas de couche texte (document numérisé ou composé d'images) ; SDG Lens lit du texte, pas des images. Passez-le d'abord dans un logiciel d'OCR.",
    es: 'Este PDF no tiene capa de texto (documento escaneado o solo de imágenes); SDG Lens lee texto, no imágenes. Páselo antes por un OCR.',
  },
  corrupt: {
    en: 'This file is not a readable PDF (it is damaged, truncated or not a PDF at all).',
    fr: "Ce fichier n'est pas un PDF lisible (il est endommagé, tronqué ou n'est pas un PDF).",
    es: 'Este archivo no es un PDF legible (está dañado, truncado o no es un PDF).',
  },
} satisfies Record<string, Record<UiLocale, string>>;

/** A reader string in the current UI language; `$1`, `$2`… are replaced by `subs`. */
export function readerText(key: keyof typeof STRINGS, ...subs: (string | number)[]): string {
  return STRINGS[key][uiLocale()].replace(/\$(\d)/g, (m, d: string) => String(subs[Number(d) - 1] ?? m));
}
