/**
 * The 18 washing-risk criteria of shared/docs/WASHING.md: name, scope, the counter-evidence a
 * check looks for, the reader's message (en/fr/es) and the sources (§4), in one table so the UI,
 * the CLI and the tests read the same words.
 */
import type { Criterion } from '../schema/analysis';
import type { CueLang } from './lexicon';

/** Everything a flag reports about its criterion, apart from the span. */
export interface CriterionInfo {
  id: Criterion;
  name: string;
  scope: 'S' | 'P' | 'D';
  /** The counter-evidence looked for, per language. */
  missing: Record<CueLang, string>;
  /** The one-sentence message; `{cue}` is replaced by the trigger words. */
  message: Record<CueLang, string>;
  /** WASHING.md §4. */
  source: string;
  /** Weight in the risk score (see score.ts). */
  weight: number;
}

const table: CriterionInfo[] = [
  {
    id: 'G1', name: 'Generic environmental claim', scope: 'S', weight: 5,
    missing: {
      en: 'a specific attribute with a metric nearby, or a recognised label (EU Ecolabel, ISO 14024 Type I, EMAS)',
      fr: 'un attribut précis chiffré à proximité, ou un label reconnu (Écolabel européen, ISO 14024 type I, EMAS)',
      es: 'un atributo concreto con una cifra cerca, o una etiqueta reconocida (Etiqueta Ecológica de la UE, ISO 14024 tipo I, EMAS)',
    },
    message: {
      en: '“{cue}” is a generic environmental claim; nothing specific, measured or certified is stated nearby.',
      fr: '« {cue} » est une allégation environnementale générique : rien de précis, chiffré ou certifié à proximité.',
      es: '«{cue}» es una afirmación ambiental genérica: no hay cerca nada concreto, medido o certificado.',
    },
    source: "ECGT Annex I point 4a and Art 2 definitions ('generic environmental claim', 'recognised excellent environmental performance'); ISO 14021:2016 §5.3 and §5.5; TC 'Vagueness'; CMA 'clear and unambiguous'.",
  },
  {
    id: 'G2', name: 'Neutrality claim resting on offsets', scope: 'P', weight: 8,
    missing: {
      en: 'own reductions with a stated boundary and no offsets, or credits reported separately and not used for the claim',
      fr: 'des réductions propres avec un périmètre déclaré et sans compensation, ou des crédits déclarés à part',
      es: 'reducciones propias con un perímetro declarado y sin compensación, o créditos declarados por separado',
    },
    message: {
      en: '“{cue}” seems to rely on offsets or an unexplained basis, not on stated own reductions.',
      fr: '« {cue} » semble reposer sur la compensation ou sur une base non expliquée, pas sur des réductions propres déclarées.',
      es: '«{cue}» parece basarse en compensaciones o en una base no explicada, no en reducciones propias declaradas.',
    },
    source: 'ECGT Annex I point 4c; GCD Arts 3 and 5 (proposed); HLEG recommendation 3; FTC Green Guides, 16 CFR 260.5.',
  },
  {
    id: 'G3', name: 'Whole-entity claim from one aspect', scope: 'P', weight: 6,
    missing: {
      en: 'an explicit scope qualifier, or evidence on the main life-cycle impacts of the whole organisation',
      fr: 'une limite de périmètre explicite, ou des preuves sur les principaux impacts du cycle de vie de toute l’organisation',
      es: 'una delimitación explícita del alcance, o pruebas sobre los principales impactos del ciclo de vida de toda la organización',
    },
    message: {
      en: '“{cue}” covers the whole organisation, while the evidence given covers one part of it.',
      fr: '« {cue} » vise toute l’organisation, alors que la preuve donnée n’en couvre qu’une partie.',
      es: '«{cue}» abarca toda la organización, mientras que la prueba aportada cubre solo una parte.',
    },
    source: "ECGT Annex I point 4b; GCD Art 3 (proposed); TC 'Hidden trade-off'; CMA 'full life cycle'.",
  },
  {
    id: 'G4', name: 'Legal requirement as merit', scope: 'S', weight: 4,
    missing: {
      en: 'a statement that this is a legal baseline that applies to everyone',
      fr: 'la mention qu’il s’agit d’une obligation légale qui s’applique à tous',
      es: 'la indicación de que se trata de una obligación legal que se aplica a todos',
    },
    message: {
      en: '“{cue}” is a legal requirement, presented here as a distinctive benefit.',
      fr: '« {cue} » est une obligation légale, présentée ici comme un avantage distinctif.',
      es: '«{cue}» es una obligación legal, presentada aquí como una ventaja distintiva.',
    },
    source: "ECGT Annex I point 10a; UCPD Art 6(2)(e) as amended; TC 'Irrelevance'; UNRIC 'SDG-Legal'.",
  },
  {
    id: 'G5', name: 'Self-made label / implied endorsement', scope: 'S', weight: 6,
    missing: {
      en: 'a named independent certification scheme or public label',
      fr: 'un référentiel de certification indépendant nommé ou un label public',
      es: 'un esquema de certificación independiente con nombre o una etiqueta pública',
    },
    message: {
      en: '“{cue}” is not linked to a named independent scheme.',
      fr: '« {cue} » n’est rattaché à aucun référentiel indépendant nommé.',
      es: '«{cue}» no está vinculado a ningún esquema independiente con nombre.',
    },
    source: "ECGT Annex I point 2a and the definitions of 'sustainability label' and 'certification scheme'; FTC 16 CFR 260.6; TC 'Worshipping false labels'; UN DGC SDG logo guidelines (no implied endorsement).",
  },
  {
    id: 'F1', name: 'Future pledge without plan', scope: 'P', weight: 6,
    missing: {
      en: 'a baseline (year, metric, scope) plus an interim target, a published plan or budget, independent validation (e.g. SBTi) or progress to date',
      fr: 'une référence (année, indicateur, périmètre) et une étape intermédiaire, un plan ou budget publié, une validation indépendante (ex. SBTi) ou les progrès à date',
      es: 'una línea de base (año, indicador, alcance) y un hito intermedio, un plan o presupuesto publicado, una validación independiente (p. ej. SBTi) o los avances hasta la fecha',
    },
    message: {
      en: '“{cue}” is a future target; no baseline with steps, plan, validation or progress is given nearby.',
      fr: '« {cue} » est un objectif futur : aucune référence avec étapes, plan, validation ou progrès n’est donnée à proximité.',
      es: '«{cue}» es un objetivo futuro: no se da cerca una línea de base con hitos, plan, validación o avances.',
    },
    source: 'UCPD Art 6(2)(d) as amended by ECGT (plan verified by an independent expert); HLEG recommendations 1, 2 and 4; ESAs Greenwashing Progress Reports 2023.',
  },
  {
    id: 'V1', name: 'Vague framing instead of result', scope: 'S', weight: 3,
    missing: {
      en: 'a measured outcome (number, unit, period) or a concrete completed action',
      fr: 'un résultat mesuré (nombre, unité, période) ou une action concrète réalisée',
      es: 'un resultado medido (número, unidad, periodo) o una acción concreta realizada',
    },
    message: {
      en: '“{cue}” is aspirational wording; no measured result is given.',
      fr: '« {cue} » est une formulation d’intention : aucun résultat mesuré n’est donné.',
      es: '«{cue}» es una formulación de intención: no se da ningún resultado medido.',
    },
    source: "TC 'Vagueness'; CMA 'clear and unambiguous'; ESAs 2023; Bingler et al. 2022, 'Cheap talk and cherry-picking'; SVI 'Do not overclaim'.",
  },
  {
    id: 'Q1', name: 'Figure without reference', scope: 'S', weight: 4,
    missing: {
      en: 'a base year or comparator, a period, a boundary or a denominator for the figure',
      fr: 'une année de référence ou un comparateur, une période, un périmètre ou un dénominateur pour le chiffre',
      es: 'un año base o comparador, un periodo, un alcance o un denominador para la cifra',
    },
    message: {
      en: 'The figure “{cue}” lacks a baseline, period, scope or denominator.',
      fr: 'Le chiffre « {cue} » n’a pas de référence, de période, de périmètre ou de dénominateur.',
      es: 'La cifra «{cue}» no tiene línea de base, periodo, alcance ni denominador.',
    },
    source: "GRI 1 (2021) principles of accuracy, comparability and verifiability; CMA 'fair and meaningful comparisons'; UNGC & GRI, Integrating the SDGs into Corporate Reporting (2018).",
  },
  {
    id: 'S1', name: 'SDG without target (misting)', scope: 'P', weight: 5,
    missing: {
      en: 'a target code (n.m) or a KPI with baseline and period for that goal',
      fr: 'un code de cible (n.m) ou un indicateur avec référence et période pour cet objectif',
      es: 'un código de meta (n.m) o un indicador con línea de base y periodo para ese objetivo',
    },
    message: {
      en: '“{cue}” cites the SDGs without a target or a measured contribution.',
      fr: '« {cue} » cite les ODD sans cible ni contribution mesurée.',
      es: '«{cue}» cita los ODS sin meta ni contribución medida.',
    },
    source: "Heras-Saizarbitoria, Urbieta & Boiral 2022, CSR & Env. Mgmt 29(2):316-328 ('SDG-washing'); UNGC & GRI 2018 (target-level KPIs); PwC SDG Challenge 2019; UNRIC 'SDG-Misting'.",
  },
  {
    id: 'S2', name: 'Rainbow-washing', scope: 'D', weight: 8,
    missing: {
      en: 'prioritisation with a materiality rationale, and a target or KPI for each priority goal',
      fr: 'une priorisation justifiée par la matérialité, et une cible ou un indicateur pour chaque objectif prioritaire',
      es: 'una priorización justificada por la materialidad, y una meta o indicador para cada objetivo prioritario',
    },
    message: {
      en: '“{cue}” claims many SDGs, without priorities or evidence per goal.',
      fr: '« {cue} » revendique de nombreux ODD, sans priorités ni preuves par objectif.',
      es: '«{cue}» reivindica muchos ODS, sin prioridades ni pruebas por objetivo.',
    },
    source: "Gutierrez et al. 2022, J Bus Ethics 180:1113-1136, 'Rainbow wash or rainbow revolution?'; SDG Compass (2015) step 2 'Defining priorities'; UNRIC 'SDG-Promise'.",
  },
  {
    id: 'S3', name: 'Icon tagging', scope: 'P', weight: 4,
    missing: {
      en: 'targets or KPIs for the goals whose icons are shown',
      fr: 'des cibles ou indicateurs pour les objectifs dont les icônes sont affichées',
      es: 'metas o indicadores para los objetivos cuyos iconos se muestran',
    },
    message: {
      en: 'SDG icons “{cue}” are used as decoration, with no target or KPI for those goals.',
      fr: 'Les icônes ODD « {cue} » servent de décoration, sans cible ni indicateur pour ces objectifs.',
      es: 'Los iconos de los ODS «{cue}» se usan como decoración, sin meta ni indicador para esos objetivos.',
    },
    source: "UN DGC guidelines for the SDG logo, colour wheel and icons; UNRIC 'SDG-Tagging'.",
  },
  {
    id: 'S4', name: 'Positive-only reporting', scope: 'D', weight: 8,
    missing: {
      en: 'any negative impact, trade-off, risk or shortfall, ideally with mitigation',
      fr: 'un impact négatif, un arbitrage, un risque ou un écart, idéalement avec les mesures prises',
      es: 'algún impacto negativo, compromiso, riesgo o incumplimiento, idealmente con su mitigación',
    },
    message: {
      en: 'Only positive contributions are reported; no negative impact, trade-off, risk or shortfall is disclosed.',
      fr: 'Seules des contributions positives sont présentées : aucun impact négatif, arbitrage, risque ou écart n’est mentionné.',
      es: 'Solo se presentan contribuciones positivas: no se menciona ningún impacto negativo, compromiso, riesgo o incumplimiento.',
    },
    source: "Ferrón Vílchez, Ortega Carrasco & Serrano Bernardo 2022, J Env Plan & Mgmt 65(6):1001-1023 ('SDGwashing'); GRI 1 'balance'; UNDP SDG Impact Standards; OPIM principle 5; ESAs 2023 (cherry-picking); TC 'Hidden trade-off'.",
  },
  {
    id: 'S5', name: 'Claimed goal without substance', scope: 'D', weight: 7,
    missing: {
      en: 'any substantive content on that goal’s subject',
      fr: 'un contenu de fond sur le sujet de cet objectif',
      es: 'algún contenido sustantivo sobre el tema de ese objetivo',
    },
    message: {
      en: '{cue} is claimed, but nothing in this text concerns its subject.',
      fr: '{cue} est revendiqué, mais rien dans ce texte ne porte sur son sujet.',
      es: 'Se reivindica {cue}, pero nada en este texto trata de su tema.',
    },
    source: "SDG Compass step 2; UNGC & GRI 2018; Heras-Saizarbitoria et al. 2022; CMA 'substantiated'.",
  },
  {
    id: 'I1', name: 'Outputs as impact', scope: 'P', weight: 5,
    missing: {
      en: 'a change in the situation of the people or environment, against a baseline or comparison group, with its duration',
      fr: 'un changement de situation mesuré par rapport à une référence ou un groupe de comparaison, avec sa durée',
      es: 'un cambio de situación medido frente a una línea de base o un grupo de comparación, con su duración',
    },
    message: {
      en: 'Activities are counted (“{cue}”), but no change in anyone’s situation is shown.',
      fr: 'Des activités sont comptées (« {cue} »), mais aucun changement de situation n’est montré.',
      es: 'Se cuentan actividades («{cue}»), pero no se muestra ningún cambio de situación.',
    },
    source: "IMP 'What' and 'How much'; SVI 'Understand what changes'; UNDP SDG Impact Standards.",
  },
  {
    id: 'I2', name: 'Attribution overclaim', scope: 'S', weight: 6,
    missing: {
      en: 'a counterfactual, an attribution share or the named co-funders and partners',
      fr: 'un contrefactuel, une part attribuable ou les cofinanceurs et partenaires nommés',
      es: 'un contrafactual, una proporción atribuible o los cofinanciadores y socios nombrados',
    },
    message: {
      en: '“{cue}” credits the result entirely to the organisation.',
      fr: '« {cue} » attribue le résultat entièrement à l’organisation.',
      es: '«{cue}» atribuye el resultado enteramente a la organización.',
    },
    source: "IMP 'Contribution'; SVI 'Do not overclaim'; OPIM principle 3.",
  },
  {
    id: 'I3', name: 'Unspecified "who"', scope: 'P', weight: 3,
    missing: {
      en: 'a named group and place (plus need level or feedback)',
      fr: 'un groupe et un lieu nommés (et le niveau de besoin ou les retours)',
      es: 'un grupo y un lugar nombrados (y el nivel de necesidad o su opinión)',
    },
    message: {
      en: 'Who benefits is not specified beyond “{cue}”.',
      fr: 'Les bénéficiaires ne sont pas précisés au-delà de « {cue} ».',
      es: 'No se precisa quién se beneficia más allá de «{cue}».',
    },
    source: "IMP 'Who'; SVI 'Involve stakeholders'.",
  },
  {
    id: 'E1', name: 'No method or verification', scope: 'D', weight: 8,
    missing: {
      en: 'a named assurer and standard (e.g. ISAE 3000/3410, AA1000AS), a methodology note, a data source or stated uncertainty',
      fr: 'un vérificateur nommé et une norme (ex. ISAE 3000/3410, AA1000AS), une note méthodologique, une source de données ou une incertitude',
      es: 'un verificador con nombre y una norma (p. ej. ISAE 3000/3410, AA1000AS), una nota metodológica, una fuente de datos o una incertidumbre',
    },
    message: {
      en: 'No method, data source or independent check is given for the claims in this text.',
      fr: 'Aucune méthode, source de données ou vérification indépendante n’est donnée pour les affirmations de ce texte.',
      es: 'No se indica ningún método, fuente de datos ni verificación independiente para las afirmaciones de este texto.',
    },
    source: "SVI 'Be transparent' and 'Verify the result'; OPIM principle 9; TC 'No proof'; CMA 'substantiated'; GCD Art 10 (proposed); IMP 'Risk'.",
  },
  {
    id: 'E2', name: 'Unverifiable superlative or comparative', scope: 'S', weight: 5,
    missing: {
      en: 'a named comparator set, the method and the period',
      fr: 'un ensemble de comparaison nommé, la méthode et la période',
      es: 'un conjunto de comparación con nombre, el método y el periodo',
    },
    message: {
      en: '“{cue}” is a superlative or comparison without a named comparator or method.',
      fr: '« {cue} » est un superlatif ou une comparaison sans comparateur nommé ni méthode.',
      es: '«{cue}» es un superlativo o una comparación sin comparador nombrado ni método.',
    },
    source: "CMA 'fair and meaningful comparisons'; UCPD Art 7(7) as amended by ECGT; TC 'Lesser of two evils'.",
  },
];

/** Criterion metadata by id. */
export const CRITERION_INFO: Readonly<Record<Criterion, CriterionInfo>> = Object.fromEntries(
  table.map((c) => [c.id, c]),
) as Record<Criterion, CriterionInfo>;
