/**
 * A fourth washing set, written for this project after the fixes prompted by the first fresh set and
 * scored once before any further change (the "blind" figures in the final report). Other sectors
 * (public bodies, banks, NGOs, retail, energy) and phrasings, en/fr/es.
 */
import type { GoldItem } from './washing-score';

/** The items, in the shared dev format. */
export const FRESH2_SET: GoldItem[] = [
  { id: 'f2-01', lang: 'en', kind: 'passage', text: 'Choose Evermore: the sustainable choice for your home.', gold: [{ criterion: 'G1', quote: 'the sustainable choice' }], note: 'Generic.' },
  { id: 'f2-02', lang: 'en', kind: 'passage', text: 'Our stores are now carbon-neutral, with all remaining emissions offset through verified projects.', gold: [{ criterion: 'G2', quote: 'are now carbon-neutral' }], note: 'Offsets.' },
  { id: 'f2-03', lang: 'en', kind: 'passage', text: 'Our ambition is to restore 10,000 hectares of peatland by 2035.', gold: [{ criterion: 'F1', quote: 'Our ambition is to restore 10,000 hectares of peatland by 2035' }], note: 'Pledge.' },
  { id: 'f2-04', lang: 'en', kind: 'passage', text: 'Everything we do helps create a fairer, greener future for all.', gold: [{ criterion: 'V1', quote: 'helps create a fairer, greener future for all' }], note: 'Vague.' },
  { id: 'f2-05', lang: 'en', kind: 'passage', text: 'Our new cans weigh up to 15% less.', gold: [{ criterion: 'Q1', quote: 'up to 15% less' }], note: 'Up to.' },
  { id: 'f2-06', lang: 'en', kind: 'passage', text: 'Our lending activities are mapped to SDGs 7 and 13.', gold: [{ criterion: 'S1', quote: 'mapped to SDGs 7 and 13' }], note: 'Goal-level mapping.' },
  { id: 'f2-07', lang: 'en', kind: 'passage', text: 'Fernhill Bank proudly supports the UN Sustainable Development Goals across everything it does.', gold: [{ criterion: 'S1', quote: 'supports the UN Sustainable Development Goals' }], note: 'General support.' },
  { id: 'f2-08', lang: 'en', kind: 'passage', text: 'The foundation created 640 jobs in northern Ghana last year.', gold: [{ criterion: 'I2', quote: 'created 640 jobs' }], note: 'Sole credit.' },
  { id: 'f2-09', lang: 'en', kind: 'passage', text: 'Our climate programme empowers communities to adapt.', gold: [{ criterion: 'V1', quote: 'empowers communities to adapt' }, { criterion: 'I3', quote: 'communities' }], note: 'Vague; who unspecified.' },
  { id: 'f2-10', lang: 'en', kind: 'passage', text: 'Granite Cement is a leader in sustainable construction.', gold: [{ criterion: 'E2', quote: 'a leader in sustainable construction' }], note: 'Leader claim.' },
  { id: 'f2-11', lang: 'en', kind: 'passage', text: 'Our cotton is certified sustainable.', gold: [{ criterion: 'G5', quote: 'certified sustainable' }], note: 'No scheme.' },
  { id: 'f2-12', lang: 'en', kind: 'passage', text: 'Our 2024 greenhouse gas emissions were 12,400 tCO2e (Scopes 1 and 2, operational control), 9% lower than in 2023 and 31% lower than in our 2019 base year.', gold: [], note: 'Clean figures.' },
  { id: 'f2-13', lang: 'en', kind: 'passage', text: 'We employ 2,300 people at 14 sites, and 41% of our managers are women.', gold: [], note: 'Descriptive.' },
  { id: 'f2-14', lang: 'en', kind: 'passage', text: 'The climate-neutral claim on our previous packaging has been withdrawn because it relied on offsets.', gold: [], note: 'Withdrawn claim: not a claim.' },
  { id: 'f2-15', lang: 'fr', kind: 'passage', text: 'Notre collection capsule fait de Maison Orsay une marque durable.', gold: [{ criterion: 'G3', quote: 'une marque durable' }], note: 'Brand from one collection.' },
  { id: 'f2-16', lang: 'fr', kind: 'passage', text: 'La commune s\'engage pour le climat et encourage les mobilités douces.', gold: [{ criterion: 'V1', quote: 's\'engage pour le climat et encourage les mobilités douces' }], note: 'Vague.' },
  { id: 'f2-17', lang: 'fr', kind: 'passage', text: 'Nos parfums sont garantis sans CFC, pour le respect de l\'environnement.', gold: [{ criterion: 'G4', quote: 'sans CFC' }], note: 'Banned substance as merit.' },
  { id: 'f2-18', lang: 'fr', kind: 'passage', text: 'Nos actions s\'inscrivent dans les 17 ODD.', gold: [{ criterion: 'S2', quote: 'les 17 ODD' }], note: 'All 17.' },
  { id: 'f2-19', lang: 'fr', kind: 'passage', text: 'Nous avons planté 25 000 arbres : voilà notre impact.', gold: [{ criterion: 'I1', quote: 'planté 25 000 arbres' }, { criterion: 'Q1', quote: 'planté 25 000 arbres' }], note: 'Output as impact; no period (Q1 added after the blind run, following the dev convention for undated output counts).' },
  { id: 'f2-20', lang: 'fr', kind: 'passage', text: 'La banque Mérande est la plus engagée pour la transition écologique.', gold: [{ criterion: 'E2', quote: 'la plus engagée' }], note: 'Superlative.' },
  { id: 'f2-21', lang: 'fr', kind: 'passage', text: 'Entre 2019 et 2024, la consommation d\'eau de l\'usine de Pau est passée de 210 000 à 160 000 m³, selon les relevés du compteur général.', gold: [], note: 'Clean.' },
  { id: 'f2-22', lang: 'es', kind: 'passage', text: 'Seremos una empresa cero residuos en 2030.', gold: [{ criterion: 'F1', quote: 'Seremos una empresa cero residuos en 2030' }], note: 'Pledge.' },
  { id: 'f2-23', lang: 'es', kind: 'passage', text: 'Nuestra electricidad es 100 % verde.', gold: [{ criterion: 'G1', quote: 'es 100 % verde' }], note: 'Generic.' },
  { id: 'f2-24', lang: 'es', kind: 'passage', text: 'El hotel es neutro en carbono gracias a la compra de créditos de carbono.', gold: [{ criterion: 'G2', quote: 'es neutro en carbono' }], note: 'Offsets.' },
  { id: 'f2-25', lang: 'es', kind: 'passage', text: 'Hemos reducido las emisiones un 45 %.', gold: [{ criterion: 'Q1', quote: 'reducido las emisiones un 45 %' }], note: 'Bare percentage.' },
  { id: 'f2-26', lang: 'es', kind: 'passage', text: 'Llevamos agua potable a miles de personas vulnerables.', gold: [{ criterion: 'I3', quote: 'personas vulnerables' }], note: 'Unspecified who.' },
  { id: 'f2-27', lang: 'es', kind: 'passage', text: '[image: ODS 6] [image: ODS 13] Aguas del Sur, comprometidos con el futuro.', gold: [{ criterion: 'S3', quote: '[image: ODS 6]' }], note: 'Icons.' },
  { id: 'f2-28', lang: 'es', kind: 'passage', text: 'Nuestros préstamos contribuyen al ODS 8 y al ODS 10.', gold: [{ criterion: 'S1', quote: 'contribuyen al ODS 8 y al ODS 10' }], note: 'Goal-level.' },
  { id: 'f2-29', lang: 'es', kind: 'passage', text: 'En 2024 la planta de Huelva generó 310 GWh de electricidad solar, un 12 % más que en 2023, según el operador de red.', gold: [], note: 'Clean.' },
  {
    id: 'f2-30', lang: 'en', kind: 'document',
    gold: [{ criterion: 'S1', quote: 'contributes to SDG 4, Quality Education' }, { criterion: 'S5', quote: 'SDG 4' }, { criterion: 'G1', quote: 'eco-friendly' }, { criterion: 'S4' }, { criterion: 'E1' }],
    text: 'Wrenfield Logistics - ESG Snapshot\n\nWrenfield runs 40 warehouses across Germany and Poland.\n\nOur business contributes to SDG 4, Quality Education.\n\nOur warehouses use eco-friendly lighting.\n\nWe moved 3.2 million pallets in 2024.',
    note: 'SDG 4 without education content; generic; positive only; no method.',
  },
  {
    id: 'f2-31', lang: 'es', kind: 'document', gold: [],
    text: 'Cooperativa Olivar del Sur - Informe 2024\n\nLa cooperativa reúne a 820 olivareros de Jaén.\n\nPrioridad elegida tras un análisis de materialidad: meta 6.4 de los ODS (uso eficiente del agua). El riego por goteo redujo el consumo de agua de 2.100 a 1.650 m³ por hectárea entre 2020 y 2024.\n\nImpactos negativos: la sequía de 2023 redujo la cosecha un 38 % y dos socios abandonaron la actividad.\n\nMetodología: datos de los contadores de la comunidad de regantes, verificados por Auditoría Sierra S.L.',
    note: 'Clean document.',
  },
  {
    id: 'f2-32', lang: 'fr', kind: 'document',
    gold: [{ criterion: 'S2', quote: 'contribue à 10 ODD' }, { criterion: 'I1', quote: '1 200 personnes accompagnées et 45 ateliers' }, { criterion: 'E1' }],
    text: 'Réseau Solidaire Alpin - Rapport 2024\n\nLe réseau fédère 12 associations en Savoie.\n\nNotre action contribue à 10 ODD.\n\nNotre impact : 1 200 personnes accompagnées et 45 ateliers organisés en 2024.\n\nDifficultés : la baisse des subventions départementales nous a obligés à fermer une antenne.',
    note: 'Rainbow count, outputs, difficulty disclosed, no method.',
  },
];
