/**
 * A seventh washing set, written for this project last and scored once (its blind figures are the
 * final generalisation estimate in the report). Mixed sectors, en/fr/es, passages and documents.
 */
import type { GoldItem } from './washing-score';

/** The items, in the shared dev format. */
export const FRESH5_SET: GoldItem[] = [
  { id: 'f5-01', lang: 'en', kind: 'passage', text: 'Rowan Outdoor makes planet-friendly tents for every adventure.', gold: [{ criterion: 'G1', quote: 'planet-friendly tents' }], note: 'Generic.' },
  { id: 'f5-02', lang: 'en', kind: 'passage', text: 'Since 2022 our whole data centre estate has been climate neutral, achieved by retiring Gold Standard credits.', gold: [{ criterion: 'G2', quote: 'has been climate neutral' }], note: 'Offsets even if a standard is named.' },
  { id: 'f5-03', lang: 'en', kind: 'passage', text: 'We will phase out single-use plastic from all our restaurants.', gold: [{ criterion: 'F1', quote: 'will phase out single-use plastic from all our restaurants' }], note: 'Promise, no date or plan.' },
  { id: 'f5-04', lang: 'en', kind: 'passage', text: 'Through our grants we promote social cohesion and foster resilience.', gold: [{ criterion: 'V1', quote: 'promote social cohesion and foster resilience' }], note: 'Vague.' },
  { id: 'f5-05', lang: 'en', kind: 'passage', text: 'Customers who switch save up to £300 a year on their energy bills.', gold: [{ criterion: 'Q1', quote: 'save up to £300 a year' }], note: 'Up to.' },
  { id: 'f5-06', lang: 'en', kind: 'passage', text: 'Our pension products help deliver the Sustainable Development Goals.', gold: [{ criterion: 'S1', quote: 'help deliver the Sustainable Development Goals' }], note: 'General.' },
  { id: 'f5-07', lang: 'en', kind: 'passage', text: 'Our reading app serves every one of the 17 SDGs.', gold: [{ criterion: 'S2', quote: 'every one of the 17 SDGs' }], note: 'All 17 phrased differently.' },
  { id: 'f5-08', lang: 'en', kind: 'passage', text: 'Last year our mobile clinics vaccinated 18,000 children in the Kasai region: that is the impact of your donations.', gold: [{ criterion: 'I1', quote: 'vaccinated 18,000 children' }], note: 'Output framed as impact.' },
  { id: 'f5-09', lang: 'en', kind: 'passage', text: 'We created 1,100 green jobs in Wales in 2024.', gold: [{ criterion: 'I2', quote: 'We created 1,100 green jobs' }], note: 'Sole credit.' },
  { id: 'f5-10', lang: 'en', kind: 'passage', text: 'Our foundation improves outcomes for disadvantaged young people.', gold: [{ criterion: 'V1', quote: 'improves outcomes for disadvantaged young people' }, { criterion: 'I3', quote: 'disadvantaged young people' }], note: 'Vague; who unspecified.' },
  { id: 'f5-11', lang: 'en', kind: 'passage', text: 'Tidewell offers the greenest mortgages in Britain.', gold: [{ criterion: 'E2', quote: 'the greenest mortgages in Britain' }], note: 'Superlative.' },
  { id: 'f5-12', lang: 'en', kind: 'passage', text: 'The mill\'s permit was renewed in 2024 after an inspection found it met all emission limits, as every permitted site must.', gold: [], note: 'Compliance as baseline, not merit.' },
  { id: 'f5-13', lang: 'en', kind: 'passage', text: 'Our goal this season is to win the regional league for the third year running.', gold: [], note: 'Sport goal.' },
  { id: 'f5-14', lang: 'fr', kind: 'passage', text: 'Nos emballages éco-conçus préservent la planète.', gold: [{ criterion: 'G1', quote: 'éco-conçus' }], note: 'Generic (eco-designed).' },
  { id: 'f5-15', lang: 'fr', kind: 'passage', text: 'Depuis 2023, nos trains régionaux roulent à l\'énergie neutre en carbone grâce à l\'achat de garanties d\'origine.', gold: [{ criterion: 'G2', quote: 'neutre en carbone' }], note: 'Certificates as basis.' },
  { id: 'f5-16', lang: 'fr', kind: 'passage', text: 'Nous avons créé 250 emplois locaux en 2024.', gold: [{ criterion: 'I2', quote: 'Nous avons créé 250 emplois' }], note: 'Sole credit.' },
  { id: 'f5-17', lang: 'fr', kind: 'passage', text: 'Notre fonds soutient l\'ODD 7 en finançant des centrales solaires.', gold: [{ criterion: 'S1', quote: 'soutient l\'ODD 7' }], note: 'Goal-level.' },
  { id: 'f5-18', lang: 'fr', kind: 'passage', text: 'Nous sommes le premier distributeur engagé pour une alimentation durable.', gold: [{ criterion: 'E2', quote: 'le premier distributeur engagé' }], note: 'First/leader claim.' },
  { id: 'f5-19', lang: 'fr', kind: 'passage', text: 'En 2024, 412 personnes sans domicile ont été hébergées dans nos 3 centres de Nantes ; 58 % ont accédé à un logement durable dans l\'année, contre 44 % en 2022.', gold: [], note: 'Clean: group, place, outcome with comparison.' },
  { id: 'f5-20', lang: 'es', kind: 'passage', text: 'Nuestras zapatillas son sostenibles y están hechas para durar.', gold: [{ criterion: 'G1', quote: 'son sostenibles' }], note: 'Generic.' },
  { id: 'f5-21', lang: 'es', kind: 'passage', text: 'Alcanzaremos la neutralidad de carbono en 2035.', gold: [{ criterion: 'F1', quote: 'Alcanzaremos la neutralidad de carbono en 2035' }], note: 'Pledge.' },
  { id: 'f5-22', lang: 'es', kind: 'passage', text: 'Gracias a nuestros microcréditos, 5.000 mujeres salieron de la pobreza.', gold: [{ criterion: 'I2', quote: 'Gracias a nuestros microcréditos' }], note: 'Sole credit.' },
  { id: 'f5-23', lang: 'es', kind: 'passage', text: 'La cooperativa ha aumentado sus ventas un 15 %.', gold: [{ criterion: 'Q1', quote: 'aumentado sus ventas un 15 %' }], note: 'Bare percentage.' },
  { id: 'f5-24', lang: 'es', kind: 'passage', text: '[image: rueda de los ODS] Energía Norte, comprometida con un futuro limpio.', gold: [{ criterion: 'S3', quote: '[image: rueda de los ODS]' }, { criterion: 'V1', quote: 'comprometida con un futuro limpio' }], note: 'Wheel as decoration; vague commitment.' },
  {
    id: 'f5-25', lang: 'en', kind: 'document',
    gold: [{ criterion: 'S1', quote: 'contribute to SDG 2, Zero Hunger' }, { criterion: 'S5', quote: 'SDG 2' }, { criterion: 'G1', quote: 'environmentally friendly' }, { criterion: 'S4' }, { criterion: 'E1' }],
    text: 'Norden Print - Sustainability Report 2024\n\nNorden Print runs two printing plants in Aarhus.\n\nWe contribute to SDG 2, Zero Hunger.\n\nOur inks are environmentally friendly.\n\nWe printed 42 million brochures in 2024.',
    note: 'SDG 2 without food content; generic; positive only; no method.',
  },
];
