/**
 * The 17 goals' official colours and short titles in the widget's languages, as a small literal:
 * the widget cannot afford lib/sdg's full JSON (titles, 169 targets). A unit test keeps it equal
 * to `GOALS` in lib/sdg.
 */

/** Languages the widget and the badge speak. */
export const PROFILE_LANGS = ['en', 'fr', 'es'] as const;
/** A language the widget and the badge speak. */
export type ProfileLang = (typeof PROFILE_LANGS)[number];

/** [colour, en, fr, es] per goal; index 0 is goal 1. */
export const GOAL_META: readonly (readonly [string, string, string, string])[] = [
  ['#E5243B', 'No poverty', 'Pas de pauvreté', 'Fin de la Pobreza'],
  ['#DDA63A', 'Zero hunger', 'Faim "zéro"', 'Hambre Cero'],
  ['#4C9F38', 'Good health and well-being', 'Bonne santé et bien-être', 'Salud y Bienestar'],
  ['#C5192D', 'Quality education', 'Éducation de qualité', 'Educación de Calidad'],
  ['#FF3A21', 'Gender equality', 'Égalité entre les sexes', 'Igualdad de Género'],
  ['#26BDE2', 'Clean water and sanitation', 'Eau propre et assainissement', 'Agua Limpia y Saneamiento'],
  ['#FCC30B', 'Affordable and clean energy', "Energies propres et d'un coût abordable", 'Energía Asequible y No Contaminante'],
  ['#A21942', 'Decent work and economic growth', 'Travaux décent et croissance économique', 'Trabajo decente y crecimiento económico'],
  ['#FD6925', 'Industry, innovation and infrastructure', 'Industrie, innovation et infrastructure', 'Industria, Innovación e Infraestructura'],
  ['#DD1367', 'Reduced inequalities', 'Inégalités réduites', 'Reducción de las Desigualdades'],
  ['#FD9D24', 'Sustainable cities and communities', 'Villes et communautés durables', 'Ciudades y comunidades sostenibles'],
  ['#BF8B2E', 'Responsible consumption and production', 'Consommation et production responsables', 'Producción y Consumo Responsables'],
  ['#3F7E44', 'Climate action', 'Mesures relatives à la lutte contre les changements climatiques', 'Acción por el Clima'],
  ['#0A97D9', 'Life below water', 'Vie aquatique', 'Vida Submarina'],
  ['#56C02B', 'Life on land', 'Vie terrestre', 'Vida de Ecosistemas Terrestres'],
  ['#00689D', 'Peace, justice and strong institutions', 'Paix, justice et institutions efficaces', 'Paz, justicia e instituciones fuertes'],
  ['#19486A', 'Partnerships for the goals', 'Partenariats pour la réalisation des objectifs', 'Alianzas para Lograr los Objetivos'],
];

/** Short title of goal n (1–17) in a profile language. */
export function goalName(n: number, lang: ProfileLang): string {
  return GOAL_META[n - 1]![1 + PROFILE_LANGS.indexOf(lang)]!;
}

/** Official colour of goal n (1–17). */
export function goalHex(n: number): string {
  return GOAL_META[n - 1]![0];
}

/** WCAG relative luminance of a `#RRGGBB` colour. */
export function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#RRGGBB` colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Black or white, whichever reads better on a goal colour (white text fails on yellow goal 7). */
export function inkOn(hex: string): '#000000' | '#FFFFFF' {
  return contrast(hex, '#000000') >= contrast(hex, '#FFFFFF') ? '#000000' : '#FFFFFF';
}
