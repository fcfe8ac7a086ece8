import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { assess, CRITERION_INFO } from '../../lib/risk/index';
import { CRITERIA, FlagSchema, RiskSummarySchema, type Criterion } from '../../lib/schema/analysis';
import { OWN_SET } from '../eval/washing-own-set';
import { FRESH_SET } from '../eval/washing-fresh-set';
import { FRESH2_SET } from '../eval/washing-fresh2-set';
import { FRESH3_SET } from '../eval/washing-fresh3-set';
import { FRESH4_SET } from '../eval/washing-fresh4-set';
import { FRESH5_SET } from '../eval/washing-fresh5-set';
import { FRESH6_SET } from '../eval/washing-fresh6-set';
import { FRESH7_SET } from '../eval/washing-fresh7-set';
import { scoreSet } from '../eval/washing-score';

type Lang = 'en' | 'fr' | 'es';
const crits = (text: string, lang: Lang): Criterion[] => [...new Set(assess(text, { lang }).flags.map((f) => f.criterion))];
const flagsOf = (text: string, lang: Lang, c: Criterion) => assess(text, { lang }).flags.filter((f) => f.criterion === c);

/**
 * Contrastive pairs, one or more per criterion: the first passage is flagged for the criterion,
 * the second is the same claim with the counter-evidence WASHING.md names, and is not.
 */
const PAIRS: [Criterion, Lang, string, string][] = [
  ['G1', 'en', 'The Kelda water bottle is planet-friendly.', 'The Kelda water bottle is planet-friendly: it holds the EU Ecolabel and weighs 180 g of recycled steel.'],
  ['G1', 'es', 'Nuestras bolsas son ecológicas.', 'Nuestras bolsas son ecológicas: tienen la Etiqueta Ecológica de la UE y pesan 12 g.'],
  ['G2', 'en', 'Tarn Coffee roasting is carbon neutral, as we offset all emissions with peatland credits.', 'Tarn Coffee reports roasting emissions and peatland credits separately: Scope 1 and 2 emissions fell from 410 tCO2e in 2020 to 260 tCO2e in 2024.'],
  ['G2', 'fr', 'Notre salon professionnel est neutre en carbone grâce à la compensation.', 'Notre salon professionnel a réduit ses émissions de 380 à 240 t CO2e entre 2022 et 2024, sur le périmètre des scopes 1 et 2.'],
  ['G3', 'en', 'With its new refill station in Bath, Loma Beauty is now a zero-waste brand.', 'With its new refill station in Bath, Loma Beauty cut packaging at that store only by 2.1 tonnes in 2024.'],
  ['G3', 'fr', 'Avec le lancement de sa gamme Origine, Fromagerie Besse est devenue une entreprise bas carbone.', 'Avec le lancement de sa gamme Origine, la Fromagerie Besse réduit l’empreinte de cette seule gamme : 4,1 kg CO2e par kilo contre 5,3 kg en 2022 (ACV, cycle de vie complet).'],
  ['G4', 'en', 'Our sofas are fully compliant with all applicable fire safety regulations, a promise to every family.', 'Our sofas meet UK fire safety regulations, a legal requirement for all manufacturers, not a special feature.'],
  ['G4', 'es', 'Cumplimos con toda la normativa ambiental, algo que nos enorgullece.', 'Cumplimos con toda la normativa ambiental, una obligación legal que se aplica a todos los fabricantes.'],
  ['G5', 'en', 'Every Oakden candle is certified natural.', 'Every Oakden candle is certified by the Soil Association to its COSMOS organic standard.'],
  ['G5', 'fr', 'Nos œufs portent notre label maison « Plein Champ ».', 'Nos œufs portent le label AB agriculture biologique, contrôlé par Ecocert.'],
  ['F1', 'en', 'Hillcrest Dairies will cut farm emissions by 40% by 2032.', 'Hillcrest Dairies will cut farm emissions by 40% by 2032 from a 2020 baseline of 52,000 tCO2e, with an interim milestone of 46,000 tCO2e in 2027 in our published transition plan.'],
  ['F1', 'fr', 'La métropole atteindra 100 % de bus électriques d’ici 2030.', 'La métropole atteindra 100 % de bus électriques d’ici 2030 : en 2024, 41 % de la flotte était électrique contre 12 % en 2020 (référence), et le plan bus voté en 2023 y consacre 120 M€.'],
  ['V1', 'en', 'Cobalt Bank champions financial inclusion and supports small businesses.', 'Cobalt Bank opened 14,200 basic accounts for first-time customers in 2024, up from 9,800 in 2023.'],
  ['V1', 'es', 'Fomentamos la economía circular en nuestras tiendas.', 'En 2024 recogimos 310 toneladas de ropa usada en nuestras tiendas, frente a 190 toneladas en 2022.'],
  ['Q1', 'en', 'The new kiln uses 35% less energy.', 'The new kiln used 35% less energy per tonne of brick than the kiln it replaced, measured over 2023 and 2024.'],
  ['Q1', 'en', 'We cut our emissions by 30%.', 'We cut our emissions by 30%. The baseline is our 2019 inventory of 52,000 tCO2e, and the 2024 inventory is 36,400 tCO2e.'],
  ['Q1', 'fr', 'Nos camions consomment jusqu’à 20 % de carburant en moins.', 'Nos camions ont consommé 27,4 litres aux 100 km en 2024 contre 31,2 litres en 2022, selon les relevés des cartes carburant.'],
  ['S1', 'en', 'Our housing programme supports SDG 11.', 'Our housing programme supports SDG target 11.1: 640 social homes were completed between 2021 and 2024.'],
  ['S1', 'es', 'Nuestra actividad está alineada con la Agenda 2030.', 'Nuestra actividad aborda la meta 12.5 de los ODS: reciclamos el 71 % de los residuos en 2024, frente al 52 % en 2021.'],
  ['S2', 'en', 'Our payments platform advances all 17 SDGs.', 'Our payments platform focuses on SDG target 8.10: accounts held by first-time users rose from 120,000 in 2022 to 410,000 in 2024.'],
  ['S2', 'fr', 'Notre mutuelle contribue aux ODD 1, 3, 5, 8, 10 et 16.', 'Notre mutuelle contribue à la cible 3.8 des ODD : 4 200 adhérents ont été couverts par la complémentaire solidaire en 2024, contre 2 900 en 2022.'],
  ['S3', 'en', '[image: SDG 6 icon] [image: SDG 14 icon] Clearwater Filters for a cleaner world.', '[image: SDG 6 icon] Target 6.1: Clearwater filters served 52,000 households in 2024, up from 31,000 in 2022.'],
  ['S3', 'es', '[image: ODS 4] [image: ODS 10] Fundación Aula, educación para todos.', '[image: ODS 4] Meta 4.1: la tasa de finalización de primaria en nuestras 20 escuelas pasó del 64 % en 2020 al 79 % en 2024.'],
  ['I1', 'en', 'Our 2024 impact: 12,000 meals served and 800 food parcels handed out in Leicester.', 'In 2024 we served 12,000 meals in Leicester; among 300 regular guests surveyed, the share skipping meals fell from 46% at baseline to 21% after six months.'],
  ['I1', 'fr', 'Notre impact en 2024 : 2 300 jeunes accompagnés et 140 ateliers organisés.', 'En 2024, 2 300 jeunes accompagnés : à six mois, 58 % étaient en emploi ou en formation contre 41 % d’un groupe témoin.'],
  ['I2', 'en', 'Thanks to Rowan Microfinance, 2,500 traders in Kumasi have doubled their income.', 'Rowan Microfinance lent to 2,500 traders in Kumasi alongside two co-funders; compared with a control group, their income rose 18%, and we attribute a third of that rise to our loans.'],
  ['I2', 'es', 'Gracias a nosotros, 700 personas encontraron empleo en 2024.', 'En 2024, 700 personas encontraron empleo tras nuestro programa, cofinanciado por el Servicio Público de Empleo; frente a un grupo de control, la tasa de empleo fue 12 puntos mayor.'],
  ['I3', 'en', 'Our volunteers bring hot meals to people in need every week.', 'Our volunteers bring hot meals to 160 housebound residents aged over 75 in Salford every week.'],
  ['I3', 'fr', 'Nous aidons les publics fragiles à accéder au numérique.', 'Nous avons formé 420 demandeurs d’emploi de plus de 50 ans à Roubaix au numérique en 2024.'],
  ['E2', 'en', 'Halcyon Air operates the cleanest fleet in Europe.', 'In the 2024 Aviation Efficiency Index (ICCT method, 2023 data), Halcyon Air ranked first of the 20 European airlines compared, at 61 g CO2 per passenger-km.'],
  ['E2', 'es', 'Somos la empresa más comprometida del sector con el clima.', 'Según el índice CDP 2024, obtuvimos una A, la calificación más alta de las 12 empresas del sector evaluadas.'],
];

describe('contrastive pairs: flagged, then not flagged once the counter-evidence is added', () => {
  test.each(PAIRS)('%s (%s): "%s" is flagged', (c, lang, flagged) => {
    expect(crits(flagged, lang)).toContain(c);
  });
  test.each(PAIRS)('%s (%s): the countered passage is not flagged for it', (c, lang, _flagged, countered) => {
    expect(crits(countered, lang)).not.toContain(c);
  });
});

/** Document-level contrastive pairs (S4, S5, E1 apply to documents only; S2 also across a document). */
const DOC_PAIRS: [Criterion, Lang, string, string][] = [
  [
    'S4', 'en',
    'Ferncombe Farms - Our year\n\nFerncombe Farms grows apples in Kent.\n\nWe support local biodiversity with wildflower margins.\n\nWe are proud to contribute to SDG 15.',
    'Ferncombe Farms - Our year\n\nFerncombe Farms grows apples in Kent.\n\nWe support local biodiversity with wildflower margins.\n\nWe are proud to contribute to SDG 15.\n\nTrade-offs: our orchards still rely on two fungicides that can harm aquatic life, and we missed our water target in 2024.',
  ],
  [
    'S5', 'en',
    'Lumio Apps - Impact 2024\n\nLumio builds budgeting apps used by 300,000 people.\n\nOur work contributes to SDG 14, Life Below Water.\n\nUsers saved on average £40 a month in 2024, according to in-app data.',
    'Lumio Apps - Impact 2024\n\nLumio builds budgeting apps used by 300,000 people.\n\nOur work contributes to SDG 14, Life Below Water.\n\nUsers saved on average £40 a month in 2024, according to in-app data, and 5% of revenue funds a coastal clean-up with the Marine Conservation Society that removed 3 tonnes of plastic from beaches.',
  ],
  [
    'E1', 'fr',
    'Biscuiterie Landaise - Rapport RSE 2024\n\nNous fabriquons des biscuits à Dax.\n\nNous avons réduit nos déchets de 30 %.\n\nNos emballages sont éco-responsables.',
    'Biscuiterie Landaise - Rapport RSE 2024\n\nNous fabriquons des biscuits à Dax.\n\nNous avons réduit nos déchets de 30 %.\n\nNos emballages sont éco-responsables.\n\nMéthodologie : les données proviennent de nos pesées mensuelles et ont été vérifiées par un organisme tiers indépendant, le cabinet Adour Audit (ISAE 3000).',
  ],
  [
    'S2', 'es',
    'Textil Norte - Memoria 2024\n\nFabricamos tejidos en Bilbao.\n\nContribuimos al ODS 5 y al ODS 8.\n\nTambién apoyamos el ODS 9, el ODS 12 y el ODS 13, además del ODS 17.',
    'Textil Norte - Memoria 2024\n\nFabricamos tejidos en Bilbao.\n\nTras un análisis de materialidad, priorizamos la meta 12.5: reciclamos el 64 % de los retales en 2024, frente al 40 % en 2021.',
  ],
];

/** Document-level positives in the languages the pairs above do not cover. */
const DOC_POSITIVES: [Criterion, Lang, string][] = [
  ['S4', 'fr', 'Fromagerie du Jura - Rapport RSE 2024\n\nNous affinons 900 tonnes de comté par an.\n\nNos fromages sont écologiques.\n\nNous contribuons à l’ODD 12.'],
  ['S4', 'es', 'Bodegas Llano - Memoria 2024\n\nProducimos vino en La Rioja desde 1950.\n\nNuestros vinos son ecológicos.\n\nContribuimos al ODS 12.'],
  ['S4', 'en', 'Harvest Link - Impact 2024\n\nHarvest Link sells weather insurance to farmers in Kenya.\n\nWe help farmers reduce the risk of crop failure and face the challenges of drought.\n\nOur insurance is the most sustainable choice for smallholders.'],
  ['S5', 'fr', 'Cabinet Lemaire - Rapport 2024\n\nNous conseillons 300 PME en Bretagne.\n\nNotre cabinet contribue à l’ODD 14.\n\nNos consultants ont suivi 2 000 heures de formation en 2024.'],
  ['S5', 'es', 'Asesoría Prado - Informe 2024\n\nAsesoramos a 400 pymes en Madrid.\n\nNuestra actividad contribuye al ODS 2, Hambre cero.\n\nNuestro equipo creció un 12 % en 2024 frente a 2023.'],
  ['E1', 'en', 'Kestle Foods - Impact 2024\n\nKestle Foods makes soups in Devon.\n\nOur soups are eco-friendly.\n\nWe cut packaging by 30%.'],
  ['E1', 'es', 'Conservas Ribera - Impacto 2024\n\nConservas Ribera elabora conservas en Navarra.\n\nNuestros envases son ecológicos.\n\nHemos reducido un 30 % el consumo de agua.'],
];

describe('document-level positives in en/fr/es', () => {
  test.each(DOC_POSITIVES)('%s (%s) fires on a document', (c, lang, text) => {
    expect(crits(text, lang)).toContain(c);
  });
});

describe('document-level criteria: contrastive documents', () => {
  test.each(DOC_PAIRS)('%s (%s): the first document is flagged, the second is not', (c, lang, flagged, countered) => {
    expect(crits(flagged, lang)).toContain(c);
    expect(crits(countered, lang)).not.toContain(c);
  });

  test.each([['S4'], ['S5'], ['E1']] as const)('%s never fires on a single passage', (c) => {
    expect(crits('Our work contributes to SDG 14. Our packaging is eco-friendly.', 'en')).not.toContain(c);
  });
});

/** Positives per criterion and language, phrased differently from the pairs. */
const POSITIVES: [Criterion, Lang, string, string][] = [
  ['G1', 'fr', 'Ces chaussures sont respectueuses de la planète.', 'respectueuses de la planète'],
  ['G1', 'en', 'Shop our sustainable products today.', 'sustainable products'],
  ['G2', 'es', 'Todos nuestros envíos son neutros en carbono gracias a la compensación de emisiones.', 'neutros en carbono'],
  ['G2', 'en', 'Our bakery has been net zero since 2022 thanks to the carbon credits we buy.', 'net zero'],
  ['G3', 'es', 'Gracias a su nueva planta solar, Conservas Ría se ha convertido en una empresa sostenible.', 'empresa sostenible'],
  ['G4', 'fr', 'Nos jouets sont conformes à la réglementation européenne : une vraie garantie pour vos enfants.', 'conformes à la réglementation'],
  ['G5', 'en', 'This tea is UN-approved.', 'UN-approved'],
  ['G5', 'es', 'Cada botella lleva nuestro sello propio de calidad verde.', 'sello propio'],
  ['F1', 'es', 'Alcanzaremos las cero emisiones netas en 2040.', 'cero emisiones netas en 2040'],
  ['F1', 'en', 'We pledge to become plastic-free by 2028.', 'pledge to become plastic-free by 2028'],
  ['V1', 'fr', 'Nous sensibilisons nos clients au tri des déchets.', 'sensibilisons'],
  ['V1', 'en', 'We strive to minimise our footprint wherever possible.', 'strive'],
  ['Q1', 'es', 'El nuevo modelo reduce un 40 % el consumo de agua.', '40 %'],
  ['Q1', 'en', 'Our stores saved 12,000 MWh of electricity.', '12,000 MWh'],
  ['S1', 'fr', 'Nos actions soutiennent les Objectifs de développement durable.', 'Objectifs de développement durable'],
  ['S1', 'en', 'Our portfolio is aligned with the 2030 Agenda.', '2030 Agenda'],
  ['S2', 'es', 'Nuestra empresa trabaja por los 17 ODS.', '17 ODS'],
  ['S2', 'en', 'Our app contributes to nine of the seventeen SDGs.', 'nine of the seventeen SDGs'],
  ['S3', 'fr', '[image: ODD 2] [image: ODD 12] Coopérative Blé d’Or.', '[image: ODD 2]'],
  ['I1', 'es', 'Nuestro impacto: 900 agricultores capacitados y 15.000 árboles plantados.', '900 agricultores capacitados'],
  ['I2', 'en', 'We lifted 1,200 families out of poverty in 2024.', 'lifted 1,200 families'],
  ['I2', 'fr', 'Notre fonds a créé 800 emplois en Afrique de l’Ouest.', 'créé 800 emplois'],
  ['I3', 'es', 'Apoyamos a las comunidades más vulnerables con becas.', 'las comunidades más vulnerables'],
  ['I3', 'en', 'Our grants help vulnerable families get back on their feet.', 'vulnerable families'],
  ['E2', 'fr', 'Nous sommes le transporteur le plus vert de France.', 'le plus vert'],
  ['E2', 'en', 'Pinecrest is a sustainability leader in retail.', 'sustainability leader'],
  ['E2', 'en', 'We are an industry leader in renewable energy.', 'industry leader'],
  ['G1', 'en', 'Our cleaning sprays are kind to nature.', 'kind to nature'],
  ['G2', 'en', 'We offset 100% of our emissions every year.', 'offset 100% of our emissions'],
  ['Q1', 'en', 'We achieved a 20% reduction in water use.', '20% reduction'],
  ['Q1', 'fr', 'Nous avons réduit nos déchets de moitié.', 'de moitié'],
  ['F1', 'en', 'Our target: 50% recycled content in 2027.', '50% recycled content in 2027'],
  ['I2', 'en', 'Our programme has transformed the lives of 10,000 people.', 'transformed the lives'],
  ['I3', 'en', 'We provide meals to underprivileged children.', 'underprivileged children'],
];

describe('positives: the criterion fires and its span covers the cue', () => {
  test.each(POSITIVES)('%s (%s): "%s"', (c, lang, text, cue) => {
    const fs = flagsOf(text, lang, c);
    expect(fs.length).toBeGreaterThan(0);
    const at = text.indexOf(cue);
    expect(fs.some((f) => f.start < at + cue.length && at < f.end)).toBe(true);
  });
});

/** Not-cues from WASHING.md §1 and other hard negatives: nothing fires. */
const NEGATIVES: [string, Lang, string][] = [
  ['goal names are not G1 or I3', 'es', 'El Ayuntamiento publica su informe sobre Ciudades y comunidades sostenibles en la página 4.'],
  ['proper names are not G1', 'en', 'Greenway Partners was founded in 1998 in Leeds and employs 120 people.'],
  ['green space is literal', 'en', 'The park added 2 hectares of green space in 2024, funded by the council.'],
  ['sustainable aviation fuel is technical', 'en', 'Sustainable aviation fuel was 1.8% of our fuel in 2024, up from 0.6% in 2022.'],
  ['chimie verte is technical', 'fr', 'Le laboratoire de chimie verte de l’université a publié 14 articles en 2024.'],
  ['emploi durable means a lasting job', 'fr', 'En 2024, 45 des 60 salariés en insertion ont obtenu un emploi durable, contre 38 en 2023.'],
  ['gender-neutral is not a neutrality claim', 'en', 'All job adverts use gender-neutral wording since 2022.'],
  ['pH-neutral is not a neutrality claim', 'en', 'The cleaner is pH-neutral.'],
  ['dates, pages and law numbers are not figures', 'fr', 'Conformément à l’article 8 de la loi n° 2015-992, le rapport figure en page 14.'],
  ['a target code is not a figure', 'en', 'This section reports on target 6.3.'],
  ['descriptive facts are not performance claims', 'es', 'Fundada en 1990, la empresa tiene 250 empleados y 3 plantas.'],
  ['a negated neutrality claim is not a claim', 'en', 'Our factory is not carbon neutral: it emitted 3,200 tCO2e in 2024, 4% less than in 2023.'],
  ['an operational objective is not an SDG or a pledge', 'es', 'El objetivo de la campaña de 2024 era vender 500 cestas; se vendieron 540.'],
  ['a sports goal is not an SDG', 'en', 'Our goal 3 minutes into the match won the 2024 cup.'],
  ['a green bond with use of proceeds is literal', 'en', 'The green bond financed 12 school retrofits; allocation was verified by Arden Assurance under ISAE 3000 in 2024.'],
  ['thanks to a thing is not attribution', 'en', 'Thanks to the new boiler, heating costs fell from £42,000 in 2022 to £31,000 in 2024.'],
  ['certified people are not a label claim', 'en', 'Our boilers are fitted by certified engineers in Leeds; 1,240 were installed in 2024.'],
  ['a generic superlative off the topic is not E2', 'fr', 'Le Monde, leader de la presse française en ligne, publie 120 articles par jour.'],
  ['a measured result is not vague', 'en', 'In 2024 we supported 320 tenants in Hull to switch supplier, saving them £180 each on average compared with 2023 tariffs.'],
];

describe('negatives: no flag at all', () => {
  test.each(NEGATIVES)('%s', (_name, lang, text) => {
    expect(assess(text, { lang }).flags.map((f) => `${f.criterion}: ${f.quote}`)).toEqual([]);
  });
});

describe('context: generic verbs are read as claims only on sustainability or impact text', () => {
  // A long general page (well over 1,500 characters, few topic words): hedged advice and reported speech.
  const filler = 'The match started late because of the rain, and the crowd waited patiently in the stands. ';
  const page = `${filler.repeat(12)}\n\nStretching may help you recover faster, according to a study.\n\nThe council will publish the timetable by 2030, officials said.\n\nShares fell 3% on Tuesday.\n\n${filler.repeat(6)}`;

  test('a general page with "help", "will … by 2030" and "fell 3%" gets no flag', () => {
    expect(assess(page, { lang: 'en' }).flags).toEqual([]);
  });

  test('the organisation speaking of itself on the topic is still read on a general page', () => {
    const withClaim = `${page}\n\nWe help farmers protect biodiversity.`;
    expect(crits(withClaim, 'en')).toContain('V1');
  });

  test('a short passage submitted as a claim is always read', () => {
    expect(crits('We help our clients.', 'en')).toContain('V1');
  });
});

describe('precedence (WASHING.md §1): one span, one flag', () => {
  test.each([
    ['E2 over G1 for superlatives', 'en', 'Ours is the most sustainable paper ever.', 'E2', 'G1'],
    ['G3 over G1 for whole-entity claims resting on one aspect', 'en', 'With its new bamboo toothbrush, Dentiq has become a sustainable company.', 'G3', 'G1'],
    ['G2 over G1 for neutrality words', 'en', 'Our climate-friendly deliveries are carbon neutral thanks to offsets.', 'G2', 'G1'],
    ['F1 over V1 when there is a target date', 'en', 'We are committed to reaching net zero by 2040.', 'F1', 'V1'],
    ['S1 over V1 when the object is an SDG', 'en', 'We contribute to SDG 6.', 'S1', 'V1'],
    ['S2 over S1 on the same span', 'en', 'We contribute to all 17 SDGs.', 'S2', 'S1'],
    ['F1, not G2, for a future neutrality', 'fr', 'Nous serons neutres en carbone d’ici 2035.', 'F1', 'G2'],
    ['Q1, not E2, for a quantified comparison', 'en', 'Our trucks emit 20% lower emissions.', 'Q1', 'E2'],
  ] as const)('%s', (_name, lang, text, winner, loser) => {
    const cs = crits(text, lang);
    expect(cs).toContain(winner);
    expect(cs).not.toContain(loser);
  });
});

describe('flags: shape, quote, explanation and source', () => {
  const text = 'Bramble Tea - Impact 2024\n\nOur tea is eco-friendly and contributes to SDG 13.\n\nWe will be net zero by 2035.\n\nWe trained 400 farmers and planted 9,000 trees.';
  const { flags, risk } = assess(text, { lang: 'en' });

  test('every flag parses as a Flag, quotes its exact span and cites its criterion\'s sources', () => {
    expect(flags.length).toBeGreaterThan(3);
    for (const f of flags) {
      expect(FlagSchema.parse(f)).toEqual(f);
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(f.source).toBe(CRITERION_INFO[f.criterion].source);
      expect(f.scope).toBe(CRITERION_INFO[f.criterion].scope);
      expect(f.missing.length).toBeGreaterThan(10);
    }
  });

  test('explanations say what is missing and never accuse', () => {
    for (const f of flags) {
      expect(f.explanation).toMatch(/\.$/);
      expect(f.explanation).not.toMatch(/\b(?:lie|lying|false|fraud|mislead|greenwash|dishonest)/i);
    }
  });

  test.each([
    ['fr', 'Nos produits sont écologiques.', /allégation environnementale générique/],
    ['es', 'Nuestros productos son ecológicos.', /afirmación ambiental genérica/],
    ['en', 'Our products are eco-friendly.', /generic environmental claim/],
  ] as const)('explanations are written in the document language (%s)', (lang, t, re) => {
    expect(assess(t, { lang }).flags[0]!.explanation).toMatch(re);
  });

  test('typographic apostrophes match like straight ones and quotes keep the original text', () => {
    const t = 'Nous visons la neutralité carbone d’ici 2030.';
    const f = flagsOf(t, 'fr', 'F1')[0]!;
    expect(f.quote).toContain('d’ici 2030');
  });

  test('the risk summary parses, explains itself and its breakdown covers every flagged criterion', () => {
    expect(RiskSummarySchema.parse(risk)).toEqual(risk);
    expect(new Set(risk.breakdown.map((b) => b.criterion))).toEqual(new Set(flags.map((f) => f.criterion)));
    expect(risk.summary).toMatch(/risk \(\d+\/100\)/);
  });
});

describe('risk summary', () => {
  test('no flags: score 0, level low', () => {
    const r = assess('The cooperative was founded in 1952.', { lang: 'en' }).risk;
    expect([r.score, r.level, r.breakdown]).toEqual([0, 'low', []]);
  });

  test('more distinct problems never lower the score, and many reach "high"', () => {
    const one = assess('Our pouch is eco-friendly.', { lang: 'en' }).risk;
    const many = assess(
      'Acme - Impact\n\nOur pouch is eco-friendly and the greenest on the market.\n\nWe contribute to all 17 SDGs.\n\nOur jackets are certified green.\n\nWe will be net zero by 2030.\n\nThanks to Acme, 500 families escaped poverty.',
      { lang: 'en' },
    ).risk;
    expect(many.score).toBeGreaterThan(one.score);
    expect(many.level).toBe('high');
  });

  test('weak flags weigh less than strong ones', () => {
    const strong = assess('Our snack pouch is eco-friendly.', { lang: 'en' });
    const weak = assess('Our sustainable products are here.', { lang: 'en' });
    expect(strong.flags[0]!.strength).toBe('strong');
    expect(weak.flags[0]!.strength).toBe('weak');
    expect(weak.risk.score).toBeLessThan(strong.risk.score);
  });
});

describe('all 18 criteria are covered by the tables above', () => {
  test.each(CRITERIA.map((c) => [c]))('%s has a contrastive pair and a positive', (c) => {
    const paired = PAIRS.some((p) => p[0] === c) || DOC_PAIRS.some((p) => p[0] === c);
    expect(paired).toBe(true);
  });
});

describe('own labelled sets (test/eval): every contrastive pair holds and no clean item is flagged', () => {
  test.each([
    ['own cross-set', OWN_SET],
    ['fresh set 1', FRESH_SET],
    ['fresh set 2', FRESH2_SET],
    ['fresh set 3', FRESH3_SET],
    ['fresh set 4', FRESH4_SET],
    ['fresh set 5', FRESH5_SET],
    ['fresh set 6', FRESH6_SET],
    ['fresh set 7', FRESH7_SET],
  ] as const)('%s', (_name, items) => {
    const report = scoreSet(items, (item) => assess(item.text, { lang: item.lang as Lang }).flags);
    expect(report.pairs.filter((p) => !p.ok)).toEqual([]);
    expect(report.cleanFalseAlarms).toBe(0);
  });
});

const DEV = path.resolve(__dirname, '../../../shared/data/washing/dev.jsonl');
describe.skipIf(!fs.existsSync(DEV))('shared dev set (skipped when ../shared is absent)', () => {
  test('no clean dev item is flagged', () => {
    const items = fs.readFileSync(DEV, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const report = scoreSet(items, (item) => assess(item.text, { lang: item.lang as Lang }).flags);
    expect(report.cleanFalseAlarms).toBe(0);
  });
});
