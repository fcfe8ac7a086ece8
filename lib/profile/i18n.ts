/**
 * The words of the widget and the static badge in English, French and Spanish. Plain data and a
 * tiny formatter (no ICU): the widget ships it, so it must stay small.
 */
import type { ProfileLang } from './goal-meta';
import type { Level } from './limits';

/** One language's strings; `{name}` placeholders are filled by {@link fmt}. */
export interface ProfileStrings {
  profile: string;
  profileOf: string;
  goalsClaimed: string;
  goalsShort: string;
  noGoals: string;
  goal: string;
  levels: Record<Level, string>;
  levelHelp: Record<Level, string>;
  risk: string;
  riskLevels: Record<'low' | 'medium' | 'high', string>;
  criteria: string;
  criterionNames: Record<string, string>;
  targets: string;
  indicators: string;
  baseline: string;
  counts: string;
  sources: string;
  adjusted: string;
  period: string;
  generated: string;
  loading: string;
  error: string;
  errNotFound: string;
  errJson: string;
  errInvalid: string;
  more: string;
}

const en: ProfileStrings = {
  profile: 'SDG profile',
  profileOf: 'SDG profile of {org}',
  goalsClaimed: '{n} of 17 goals claimed',
  goalsShort: '{n}/17 goals',
  noGoals: 'No goal is claimed.',
  goal: 'Goal {n}',
  levels: { claimed: 'claimed', evidenced: 'evidenced', measured: 'measured', verified: 'verified' },
  levelHelp: {
    claimed: 'named in a report, nothing more',
    evidenced: 'named and discussed in substance',
    measured: 'with an indicator, a baseline or a period',
    verified: 'measured, and independently assured',
  },
  risk: 'Claim risk',
  riskLevels: { low: 'low', medium: 'medium', high: 'high' },
  criteria: 'What a careful reader would question',
  criterionNames: {
    G1: 'Generic environmental claim', G2: 'Neutrality resting on offsets', G3: 'Whole-entity claim from one aspect',
    G4: 'Legal requirement as merit', G5: 'Self-made label', F1: 'Future pledge without plan', V1: 'Vague framing instead of result',
    Q1: 'Figure without reference', S1: 'SDG without target', S2: 'Many SDGs without priorities', S3: 'SDG icons as decoration',
    S4: 'Positive-only reporting', S5: 'Claimed goal without substance', I1: 'Outputs as impact', I2: 'Attribution overclaim',
    I3: 'Unspecified beneficiaries', E1: 'No method or verification', E2: 'Unverifiable superlative',
  },
  targets: 'Targets',
  indicators: 'Indicators',
  baseline: 'baseline {b}',
  counts: 'References: {r} · passages: {f}',
  sources: 'Sources',
  adjusted: 'Adjusted from “{c}”: {reason}',
  period: 'Period',
  generated: 'Made with {gen} on {date}',
  loading: 'Loading the SDG profile…',
  error: 'This SDG profile cannot be shown',
  errNotFound: 'the file could not be loaded',
  errJson: 'the file is not valid JSON',
  errInvalid: 'the file is not a valid profile',
  more: 'Details',
};

const fr: ProfileStrings = {
  profile: 'Profil ODD',
  profileOf: 'Profil ODD de {org}',
  goalsClaimed: '{n} objectifs sur 17 revendiqués',
  goalsShort: '{n}/17 objectifs',
  noGoals: 'Aucun objectif revendiqué.',
  goal: 'Objectif {n}',
  levels: { claimed: 'annoncé', evidenced: 'étayé', measured: 'mesuré', verified: 'vérifié' },
  levelHelp: {
    claimed: 'cité dans un rapport, sans plus',
    evidenced: 'cité et traité sur le fond',
    measured: 'avec un indicateur, une référence ou une période',
    verified: 'mesuré et vérifié par un tiers indépendant',
  },
  risk: 'Risque des allégations',
  riskLevels: { low: 'faible', medium: 'moyen', high: 'élevé' },
  criteria: 'Ce qu’un lecteur attentif questionnerait',
  criterionNames: {
    G1: 'Allégation environnementale générique', G2: 'Neutralité fondée sur la compensation', G3: 'Allégation globale sur un seul aspect',
    G4: 'Obligation légale présentée comme mérite', G5: 'Label maison', F1: 'Engagement futur sans plan', V1: 'Formulation vague au lieu de résultats',
    Q1: 'Chiffre sans référence', S1: 'ODD sans cible', S2: 'Nombreux ODD sans priorités', S3: 'Icônes ODD décoratives',
    S4: 'Bilan uniquement positif', S5: 'Objectif cité sans contenu', I1: 'Activités présentées comme impact', I2: 'Attribution excessive',
    I3: 'Bénéficiaires non précisés', E1: 'Ni méthode ni vérification', E2: 'Superlatif invérifiable',
  },
  targets: 'Cibles',
  indicators: 'Indicateurs',
  baseline: 'référence {b}',
  counts: 'Mentions : {r} · passages : {f}',
  sources: 'Sources',
  adjusted: 'Ajusté depuis « {c} » : {reason}',
  period: 'Période',
  generated: 'Réalisé avec {gen} le {date}',
  loading: 'Chargement du profil ODD…',
  error: 'Ce profil ODD ne peut pas être affiché',
  errNotFound: 'le fichier n’a pas pu être chargé',
  errJson: 'le fichier n’est pas du JSON valide',
  errInvalid: 'le fichier n’est pas un profil valide',
  more: 'Détails',
};

const es: ProfileStrings = {
  profile: 'Perfil ODS',
  profileOf: 'Perfil ODS de {org}',
  goalsClaimed: '{n} de 17 objetivos declarados',
  goalsShort: '{n}/17 objetivos',
  noGoals: 'No se declara ningún objetivo.',
  goal: 'Objetivo {n}',
  levels: { claimed: 'declarado', evidenced: 'respaldado', measured: 'medido', verified: 'verificado' },
  levelHelp: {
    claimed: 'citado en un informe, nada más',
    evidenced: 'citado y tratado en el fondo',
    measured: 'con un indicador, una línea base o un periodo',
    verified: 'medido y verificado de forma independiente',
  },
  risk: 'Riesgo de las afirmaciones',
  riskLevels: { low: 'bajo', medium: 'medio', high: 'alto' },
  criteria: 'Lo que un lector atento cuestionaría',
  criterionNames: {
    G1: 'Afirmación ambiental genérica', G2: 'Neutralidad basada en compensaciones', G3: 'Afirmación global sobre un aspecto',
    G4: 'Requisito legal como mérito', G5: 'Sello propio', F1: 'Compromiso futuro sin plan', V1: 'Formulación vaga en lugar de resultados',
    Q1: 'Cifra sin referencia', S1: 'ODS sin meta', S2: 'Muchos ODS sin prioridades', S3: 'Iconos ODS decorativos',
    S4: 'Informe solo positivo', S5: 'Objetivo citado sin contenido', I1: 'Actividades como impacto', I2: 'Atribución excesiva',
    I3: 'Beneficiarios sin precisar', E1: 'Sin método ni verificación', E2: 'Superlativo no verificable',
  },
  targets: 'Metas',
  indicators: 'Indicadores',
  baseline: 'línea base {b}',
  counts: 'Menciones: {r} · pasajes: {f}',
  sources: 'Fuentes',
  adjusted: 'Ajustado desde «{c}»: {reason}',
  period: 'Periodo',
  generated: 'Hecho con {gen} el {date}',
  loading: 'Cargando el perfil ODS…',
  error: 'Este perfil ODS no se puede mostrar',
  errNotFound: 'no se pudo cargar el archivo',
  errJson: 'el archivo no es JSON válido',
  errInvalid: 'el archivo no es un perfil válido',
  more: 'Detalles',
};

/** Strings per language. */
export const STRINGS: Record<ProfileLang, ProfileStrings> = { en, fr, es };

/** Fill `{key}` placeholders; values are plain text (callers put the result in text nodes). */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** The profile language for a BCP 47 tag ("fr-CA" → "fr"); English when unsupported. */
export function pickLang(tag: string | null | undefined): ProfileLang {
  const base = (tag ?? '').trim().slice(0, 2).toLowerCase();
  return base === 'fr' || base === 'es' ? base : 'en';
}
