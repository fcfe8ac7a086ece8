/**
 * A third washing set, written for this project after the rules were frozen and scored once before
 * any change ("blind" figures in the final report), to estimate how the checks generalise to new
 * organisations and phrasings. en/fr/es, passages and documents, labelled against WASHING.md.
 */
import type { GoldItem } from './washing-score';

/** The items, in the shared dev format. */
export const FRESH_SET: GoldItem[] = [
  { id: 'fr-01', lang: 'en', kind: 'passage', text: 'Kinsale Cosmetics offers a truly green skincare range that is better for the planet.', gold: [{ criterion: 'G1', quote: 'green skincare range' }, { criterion: 'E2', quote: 'better for the planet' }], note: 'Generic claim; an unreferenced comparative (E2 added after fresh set 7: WASHING.md gives comparatives to E2).' },
  { id: 'fr-02', lang: 'en', kind: 'passage', text: 'Our events business went carbon neutral in 2023 by funding mangrove restoration credits.', gold: [{ criterion: 'G2', quote: 'went carbon neutral in 2023' }], note: 'Offset neutrality.' },
  { id: 'fr-03', lang: 'en', kind: 'passage', text: 'We are dedicated to building thriving communities across the region.', gold: [{ criterion: 'V1', quote: 'dedicated to building thriving communities' }, { criterion: 'I3', quote: 'communities' }], note: 'Vague, unspecified who.' },
  { id: 'fr-04', lang: 'en', kind: 'passage', text: 'Sales of our plant-based range grew 48% last year.', gold: [{ criterion: 'Q1', quote: 'grew 48%' }], note: 'Growth with no base.' },
  { id: 'fr-05', lang: 'en', kind: 'passage', text: 'Our pension fund aims to be net zero by 2050 across all portfolios.', gold: [{ criterion: 'F1', quote: 'aims to be net zero by 2050' }], note: 'Pledge.' },
  { id: 'fr-06', lang: 'en', kind: 'passage', text: 'Ashgrove Homes is the UK\'s most environmentally responsible housebuilder.', gold: [{ criterion: 'E2', quote: 'most environmentally responsible housebuilder' }], note: 'Superlative.' },
  { id: 'fr-07', lang: 'en', kind: 'passage', text: 'By joining the UN Global Compact, Norbeck Steel has shown that it is aligned with the Global Goals.', gold: [{ criterion: 'S1', quote: 'aligned with the Global Goals' }], note: 'Alignment without target.' },
  { id: 'fr-08', lang: 'en', kind: 'passage', text: 'Over the past decade our charity has planted 2 million trees and distributed 60,000 cookstoves - a legacy we are proud of.', gold: [{ criterion: 'I1', quote: 'planted 2 million trees and distributed 60,000 cookstoves' }], note: 'Outputs as impact.' },
  { id: 'fr-09', lang: 'en', kind: 'passage', text: 'Because of our bursaries, 450 students from low-income families graduated this year.', gold: [{ criterion: 'I2', quote: 'Because of our bursaries, 450 students' }, { criterion: 'I3', quote: 'low-income families' }], note: 'Sole credit; vulnerable group with no place (I3 added after the blind run: the codebook lists vulnerable groups as I3).' },
  { id: 'fr-10', lang: 'en', kind: 'passage', text: 'All Pelican paints are VOC compliant under EU law, so you can paint with a clear conscience.', gold: [{ criterion: 'G4', quote: 'VOC compliant under EU law' }], note: 'Legal compliance as merit.' },
  { id: 'fr-11', lang: 'en', kind: 'passage', text: 'Each Corvale mattress is stamped with the Corvale Green Promise badge.', gold: [{ criterion: 'G5', quote: 'Corvale Green Promise badge' }], note: 'Own badge.' },
  { id: 'fr-12', lang: 'en', kind: 'passage', text: 'In 2024 our Tamale clinic screened 3,900 pregnant women for anaemia; 62% of those treated had normal haemoglobin at the 12-week follow-up, against 35% at enrolment.', gold: [], note: 'Clean: outcome with baseline and named group/place.' },
  { id: 'fr-13', lang: 'en', kind: 'passage', text: 'Our data centre in Tallinn has run on 100% renewable electricity since 2021 under a direct power purchase agreement with the Paldiski wind farm.', gold: [], note: 'Clean specific claim.' },
  { id: 'fr-14', lang: 'en', kind: 'passage', text: 'The Goal 3 target of the 2023 season was to score more goals than the previous year.', gold: [], note: 'Sport goal; not SDG.' },
  { id: 'fr-15', lang: 'fr', kind: 'passage', text: 'Nos vêtements sont fabriqués de manière éco-responsable en Europe.', gold: [{ criterion: 'G1', quote: 'éco-responsable' }], note: 'Generic claim.' },
  { id: 'fr-16', lang: 'fr', kind: 'passage', text: 'Notre banque est la plus verte du marché français.', gold: [{ criterion: 'E2', quote: 'la plus verte du marché' }], note: 'Superlative.' },
  { id: 'fr-17', lang: 'fr', kind: 'passage', text: 'Les émissions du site de Rouen ont baissé de 12 %.', gold: [{ criterion: 'Q1', quote: 'baissé de 12 %' }], note: 'Bare percentage.' },
  { id: 'fr-18', lang: 'fr', kind: 'passage', text: 'Nous nous engageons à devenir neutres en carbone d\'ici 2040.', gold: [{ criterion: 'F1', quote: 'devenir neutres en carbone d\'ici 2040' }], note: 'Pledge (not G2).' },
  { id: 'fr-19', lang: 'fr', kind: 'passage', text: 'La Mutuelle Horizon participe activement à l\'atteinte de l\'ODD 3.', gold: [{ criterion: 'S1', quote: 'participe activement à l\'atteinte de l\'ODD 3' }], note: 'Goal-level claim.' },
  { id: 'fr-20', lang: 'fr', kind: 'passage', text: 'Grâce à Solidaires Énergie, 1 200 foyers sont sortis de la précarité énergétique.', gold: [{ criterion: 'I2', quote: 'Grâce à Solidaires Énergie' }], note: 'Sole credit.' },
  { id: 'fr-21', lang: 'fr', kind: 'passage', text: 'Notre livraison est 100 % compensée carbone grâce à nos partenaires forestiers.', gold: [{ criterion: 'G2', quote: '100 % compensée carbone' }], note: 'Offset claim.' },
  { id: 'fr-22', lang: 'fr', kind: 'passage', text: 'En 2024, 86 % des 1 240 salariés du site de Lens ont suivi la formation sécurité, contre 71 % en 2023 (registre de formation).', gold: [], note: 'Clean measured result.' },
  { id: 'fr-23', lang: 'es', kind: 'passage', text: 'Nuestra naviera lidera la transición hacia un transporte marítimo más limpio.', gold: [{ criterion: 'E2', quote: 'lidera la transición' }], note: 'Leader claim (unquantified).' },
  { id: 'fr-24', lang: 'es', kind: 'passage', text: 'Con cada compra, apoyas a las comunidades productoras y contribuyes a un planeta mejor.', gold: [{ criterion: 'V1', quote: 'apoyas a las comunidades productoras y contribuyes a un planeta mejor' }, { criterion: 'I3', quote: 'las comunidades productoras' }], note: 'Vague and unspecified who.' },
  { id: 'fr-25', lang: 'es', kind: 'passage', text: 'Nuestros envases son 100 % sostenibles.', gold: [{ criterion: 'G1', quote: 'son 100 % sostenibles' }], note: 'Generic.' },
  { id: 'fr-26', lang: 'es', kind: 'passage', text: 'La planta de Zaragoza ha ahorrado 3.000 MWh gracias a la nueva caldera.', gold: [{ criterion: 'Q1', quote: 'ha ahorrado 3.000 MWh' }], note: 'Saving with no period.' },
  { id: 'fr-27', lang: 'es', kind: 'passage', text: 'Nuestro programa Raíces impulsa los ODS 1, 2, 4, 5, 8, 10 y 13 en el medio rural.', gold: [{ criterion: 'S2', quote: 'impulsa los ODS 1, 2, 4, 5, 8, 10 y 13' }], note: 'Seven goals.' },
  { id: 'fr-28', lang: 'es', kind: 'passage', text: 'Todas nuestras frutas cumplen con la legislación europea sobre residuos de plaguicidas, una garantía para tu familia.', gold: [{ criterion: 'G4', quote: 'cumplen con la legislación europea' }], note: 'Compliance as merit.' },
  { id: 'fr-29', lang: 'es', kind: 'passage', text: 'Entre 2020 y 2024, el consumo de agua de la planta de Elche bajó de 4,1 a 3,2 litros por kilo de producto, según los contadores.', gold: [], note: 'Clean measured result.' },
  { id: 'fr-30', lang: 'es', kind: 'passage', text: 'La cooperativa tiene 340 socios y fue fundada en 1985 en Jaén.', gold: [], note: 'Descriptive facts.' },
  {
    id: 'fr-31', lang: 'en', kind: 'document',
    gold: [{ criterion: 'S2', quote: 'contributes to 12 of the 17 SDGs' }, { criterion: 'V1', quote: 'empowers local entrepreneurs' }, { criterion: 'I1', quote: 'reached 85,000 customers and held 320 training events' }, { criterion: 'S4' }, { criterion: 'E1' }],
    text: 'SunPath Energy - Impact Report 2024\n\nSunPath Energy sells solar home systems on credit in rural Uganda.\n\nOur business contributes to 12 of the 17 SDGs.\n\nSunPath empowers local entrepreneurs through its agent network.\n\nIn 2024 we reached 85,000 customers and held 320 training events.',
    note: 'Rainbow count, vague verb, outputs; positive-only; no method.',
  },
  {
    id: 'fr-32', lang: 'fr', kind: 'document',
    gold: [{ criterion: 'G3', quote: 'Lavandière est une marque écologique' }, { criterion: 'F1', quote: 'Nous visons zéro plastique en 2027' }, { criterion: 'E1' }],
    text: 'Lavandière - Engagements 2024\n\nLavandière fabrique des lessives à Grasse et emploie 48 personnes.\n\nDepuis le lancement de notre recharge en carton, Lavandière est une marque écologique.\n\nNous visons zéro plastique en 2027.\n\nPoint de vigilance : nos ventes en ligne augmentent les livraisons individuelles, donc les émissions de transport.',
    note: 'Brand claim from one product, pledge, negative disclosed, no method.',
  },
  {
    id: 'fr-33', lang: 'es', kind: 'document',
    gold: [{ criterion: 'S1', quote: 'contribuimos al ODS 14' }, { criterion: 'S5', quote: 'ODS 14' }, { criterion: 'S4' }, { criterion: 'E1' }],
    text: 'Panadería Espiga - Informe social 2024\n\nLa Panadería Espiga tiene 12 tiendas en Burgos y emplea a 96 personas.\n\nCon nuestro pan artesano contribuimos al ODS 14.\n\nCada día horneamos 8.000 barras con harina de trigo de Castilla.',
    note: 'ODS 14 without marine content.',
  },
  {
    id: 'fr-34', lang: 'en', kind: 'document', gold: [],
    text: 'Northfield Water - Annual Performance Summary 2024\n\nNorthfield Water supplies 1.2 million people in the Tees valley.\n\nTarget 6.4 (water efficiency): leakage fell from 142 to 118 megalitres per day between 2019/20 and 2024/25.\n\nWhere we fell short: we had 61 pollution incidents in 2024, above our target of 40, mainly at two treatment works.\n\nAssurance: the performance figures were audited by Marlow & Finch LLP under ISAE 3000.',
    note: 'Clean document.',
  },
];
