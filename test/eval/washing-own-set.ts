/**
 * A second washing set, written for SDG Lens (not derived from shared/ dev items):
 * other organisations, sectors and phrasings, in en/fr/es, labelled against WASHING.md. Used as a
 * cross-set check in `npm run eval` and as the source of the unit tests' contrastive pairs
 * (notes "Contrastive pair with <id>" as in the shared format).
 */
import type { GoldItem } from './washing-score';

/** The items, in the shared dev format. */
export const OWN_SET: GoldItem[] = [
  // ---- G1 generic environmental claim
  { id: 'own-g1-a', lang: 'en', kind: 'passage', text: 'Our new Brisa detergent refills are environmentally friendly and gentle on your clothes.', gold: [{ criterion: 'G1', quote: 'environmentally friendly' }], note: 'Contrastive pair with own-g1-b. Generic attribute.' },
  { id: 'own-g1-b', lang: 'en', kind: 'passage', text: 'Our new Brisa detergent refills are environmentally friendly: they hold the EU Ecolabel (licence DE/020/301) and the pouch uses 72 g of plastic instead of the 310 g of a rigid bottle.', gold: [], note: 'Contrastive pair with own-g1-a. Ecolabel and metric.' },
  { id: 'own-g1-c', lang: 'fr', kind: 'passage', text: 'Avec nos stylos Plumea, écrire devient un geste écologique au quotidien.', gold: [{ criterion: 'G1', quote: 'un geste écologique' }], note: 'Contrastive pair with own-g1-d.' },
  { id: 'own-g1-d', lang: 'fr', kind: 'passage', text: 'Nos stylos Plumea sont titulaires de l\'Écolabel européen depuis 2023 : le corps contient 85 % de plastique recyclé et pèse 6 g.', gold: [], note: 'Contrastive pair with own-g1-c.' },
  { id: 'own-g1-e', lang: 'es', kind: 'passage', text: 'Las zapatillas Andarín son respetuosas con el medio ambiente y cómodas para caminar todo el día.', gold: [{ criterion: 'G1', quote: 'respetuosas con el medio ambiente' }], note: 'Generic attribute.' },
  { id: 'own-g1-f', lang: 'en', kind: 'passage', text: 'The council opened a new green roof on the Hallam Street library in June, covering 420 m² with sedum.', gold: [], note: 'Literal green roof.' },

  // ---- G2 neutrality
  { id: 'own-g2-a', lang: 'en', kind: 'passage', text: 'Every flight booked through SkyHop is CO2 neutral: we buy verified credits from a cookstove project in Ghana.', gold: [{ criterion: 'G2', quote: 'is CO2 neutral' }], note: 'Contrastive pair with own-g2-b.' },
  { id: 'own-g2-b', lang: 'en', kind: 'passage', text: 'SkyHop buys verified credits from a cookstove project in Ghana each year; we report them separately as a contribution and do not use them to claim that any flight is neutral.', gold: [], note: 'Contrastive pair with own-g2-a. Credits kept separate; no claim.' },
  { id: 'own-g2-c', lang: 'fr', kind: 'passage', text: 'Nos colis sont désormais neutres en carbone grâce à des projets de reforestation en Bretagne.', gold: [{ criterion: 'G2', quote: 'neutres en carbone' }], note: 'Offset basis.' },
  { id: 'own-g2-d', lang: 'es', kind: 'passage', text: 'Nuestra bodega es climáticamente neutra desde 2022.', gold: [{ criterion: 'G2', quote: 'es climáticamente neutra' }], note: 'Unexplained basis.' },

  // ---- G3 whole-entity
  { id: 'own-g3-a', lang: 'en', kind: 'passage', text: 'Since opening a solar-powered warehouse in Leeds, Tandem Retail has become a green company.', gold: [{ criterion: 'G3', quote: 'Tandem Retail has become a green company' }], note: 'Contrastive pair with own-g3-b.' },
  { id: 'own-g3-b', lang: 'en', kind: 'passage', text: 'Tandem Retail opened a solar-powered warehouse in Leeds in 2024; the panels supplied 41% of that site\'s electricity, which is 3% of the electricity used across our 60 stores and depots.', gold: [], note: 'Contrastive pair with own-g3-a. Scoped to one site, no entity claim.' },
  { id: 'own-g3-c', lang: 'es', kind: 'passage', text: 'Con su nueva línea de envases compostables, Lácteos Brañas se ha convertido en una empresa sostenible.', gold: [{ criterion: 'G3', quote: 'se ha convertido en una empresa sostenible' }], note: 'One product.' },

  // ---- G4 legal requirement
  { id: 'own-g4-a', lang: 'en', kind: 'passage', text: 'Peace of mind for parents: every Tumbletoy rattle is lead-free paint certified, fully compliant with EU toy safety law.', gold: [{ criterion: 'G4', quote: 'fully compliant with EU toy safety law' }, { criterion: 'G5', quote: 'certified' }], note: 'Contrastive pair with own-g4-b. Also G5: "certified" with no scheme.' },
  { id: 'own-g4-b', lang: 'en', kind: 'passage', text: 'Like every toy sold in the EU, Tumbletoy rattles must comply with the Toy Safety Directive; lead-free paint is a legal requirement for all manufacturers, not a special feature of ours.', gold: [], note: 'Contrastive pair with own-g4-a.' },
  { id: 'own-g4-c', lang: 'fr', kind: 'passage', text: 'Fiers de nos valeurs, nous respectons toute la réglementation environnementale en vigueur.', gold: [{ criterion: 'G4', quote: 'respectons toute la réglementation' }], note: 'Compliance as merit.' },

  // ---- G5 labels
  { id: 'own-g5-a', lang: 'en', kind: 'passage', text: 'Look for our Fair Harvest seal on every bag of Tallow Coffee.', gold: [{ criterion: 'G5', quote: 'our Fair Harvest seal' }], note: 'Contrastive pair with own-g5-b. Own seal.' },
  { id: 'own-g5-b', lang: 'en', kind: 'passage', text: 'Every bag of Tallow Coffee carries the Fairtrade Mark, and our cooperative partners are audited by FLOCERT.', gold: [], note: 'Contrastive pair with own-g5-a. Named scheme.' },
  { id: 'own-g5-c', lang: 'es', kind: 'passage', text: 'Nuestros muebles llevan el distintivo Bosque Vivo, nuestro propio sello de madera responsable.', gold: [{ criterion: 'G5', quote: 'nuestro propio sello' }], note: 'Own label.' },
  { id: 'own-g5-d', lang: 'fr', kind: 'passage', text: 'Ce jus d\'orange est certifié durable.', gold: [{ criterion: 'G5', quote: 'certifié durable' }], note: 'Certified with no scheme.' },

  // ---- F1 pledges
  { id: 'own-f1-a', lang: 'en', kind: 'passage', text: 'Brackley Foods will halve food waste across its bakeries by 2030.', gold: [{ criterion: 'F1', quote: 'will halve food waste across its bakeries by 2030' }], note: 'Contrastive pair with own-f1-b.' },
  { id: 'own-f1-b', lang: 'en', kind: 'passage', text: 'Brackley Foods will halve food waste across its bakeries by 2030 from a 2021 baseline of 3,400 tonnes; an interim target of 2,600 tonnes for 2026 is set out in our published Waste Plan, and waste stood at 2,950 tonnes in 2024.', gold: [], note: 'Contrastive pair with own-f1-a. Baseline, interim target, plan and progress.' },
  { id: 'own-f1-c', lang: 'es', kind: 'passage', text: 'Para 2035, todos nuestros autobuses serán eléctricos.', gold: [{ criterion: 'F1', quote: 'Para 2035, todos nuestros autobuses serán eléctricos' }], note: 'Dated pledge.' },
  { id: 'own-f1-d', lang: 'fr', kind: 'passage', text: 'Le groupe Marnière s\'est fixé pour objectif d\'utiliser 100 % d\'électricité renouvelable d\'ici 2028.', gold: [{ criterion: 'F1', quote: 'd\'utiliser 100 % d\'électricité renouvelable d\'ici 2028' }], note: 'Dated pledge.' },

  // ---- V1 vague
  { id: 'own-v1-a', lang: 'en', kind: 'passage', text: 'Harlow Water is committed to protecting rivers and encourages customers to save water at home.', gold: [{ criterion: 'V1', quote: 'is committed to protecting rivers and encourages customers to save water at home' }], note: 'Contrastive pair with own-v1-b.' },
  { id: 'own-v1-b', lang: 'en', kind: 'passage', text: 'Harlow Water cut pollution incidents on the River Lee from 41 in 2020 to 12 in 2024, and metered households used 118 litres per person per day in 2024, down from 131 litres in 2020.', gold: [], note: 'Contrastive pair with own-v1-a. Measured results.' },
  { id: 'own-v1-c', lang: 'fr', kind: 'passage', text: 'La Fondation Arbela soutient la jeunesse et favorise l\'inclusion numérique.', gold: [{ criterion: 'V1', quote: 'soutient la jeunesse et favorise l\'inclusion numérique' }], note: 'Vague verbs.' },
  { id: 'own-v1-d', lang: 'es', kind: 'passage', text: 'En Transportes Olmedo promovemos la movilidad sostenible y fomentamos el uso del transporte público.', gold: [{ criterion: 'V1', quote: 'promovemos la movilidad sostenible y fomentamos el uso del transporte público' }], note: 'Vague verbs.' },

  // ---- Q1 figures
  { id: 'own-q1-a', lang: 'en', kind: 'passage', text: 'Our redesigned boilers use 27% less gas.', gold: [{ criterion: 'Q1', quote: 'use 27% less gas' }], note: 'Contrastive pair with own-q1-b.' },
  { id: 'own-q1-b', lang: 'en', kind: 'passage', text: 'In laboratory tests to EN 15502 in 2024, our redesigned boilers used 27% less gas than our 2019 model at the same heat output (9.1 versus 12.5 m³ per day).', gold: [], note: 'Contrastive pair with own-q1-a. Comparator, method, period.' },
  { id: 'own-q1-c', lang: 'fr', kind: 'passage', text: 'Grâce à la récupération de chaleur, l\'usine de Vienne a diminué sa consommation de gaz de 18 %.', gold: [{ criterion: 'Q1', quote: 'diminué sa consommation de gaz de 18 %' }], note: 'Bare percentage.' },
  { id: 'own-q1-d', lang: 'es', kind: 'passage', text: 'Los nuevos motores consumen hasta un 25 % menos de combustible.', gold: [{ criterion: 'Q1', quote: 'hasta un 25 % menos' }], note: 'Up to figure.' },

  // ---- S1 misting
  { id: 'own-s1-a', lang: 'en', kind: 'passage', text: 'Our microloans for women entrepreneurs advance SDG 5, Gender Equality.', gold: [{ criterion: 'S1', quote: 'advance SDG 5' }], note: 'Contrastive pair with own-s1-b.' },
  { id: 'own-s1-b', lang: 'en', kind: 'passage', text: 'Our microloans for women entrepreneurs address SDG target 5.5: the share of women-owned client firms with a woman on the management team rose from 22% in 2021 to 35% in 2024.', gold: [], note: 'Contrastive pair with own-s1-a. Target code with KPI.' },
  { id: 'own-s1-c', lang: 'fr', kind: 'passage', text: 'Notre politique d\'achats responsables est alignée sur les Objectifs de développement durable.', gold: [{ criterion: 'S1', quote: 'alignée sur les Objectifs de développement durable' }], note: 'General alignment.' },
  { id: 'own-s1-d', lang: 'es', kind: 'passage', text: 'El programa de becas de la Fundación Lumbre contribuye al ODS 4.', gold: [{ criterion: 'S1', quote: 'contribuye al ODS 4' }], note: 'Goal-level.' },

  // ---- S2 rainbow
  { id: 'own-s2-a', lang: 'en', kind: 'passage', text: 'Our reusable cup supports all 17 Global Goals.', gold: [{ criterion: 'S2', quote: 'supports all 17 Global Goals' }], note: 'Contrastive pair with own-s2-b.' },
  { id: 'own-s2-b', lang: 'en', kind: 'passage', text: 'Our reusable cup scheme addresses SDG target 12.5: in 2024 it replaced 1.2 million single-use cups in our 40 cafés, against 0.3 million in 2022.', gold: [], note: 'Contrastive pair with own-s2-a. One target with KPI.' },
  { id: 'own-s2-c', lang: 'fr', kind: 'passage', text: 'Notre application de covoiturage contribue aux ODD 3, 7, 9, 11, 12 et 13.', gold: [{ criterion: 'S2', quote: 'contribue aux ODD 3, 7, 9, 11, 12 et 13' }], note: 'Six goals for one product.' },

  // ---- S3 icons
  { id: 'own-s3-a', lang: 'en', kind: 'passage', text: '[image: SDG 7 Affordable and Clean Energy icon] [image: SDG 13 Climate Action icon] Brightfield Solar: power for a better tomorrow.', gold: [{ criterion: 'S3', quote: '[image: SDG 7 Affordable and Clean Energy icon]' }], note: 'Contrastive pair with own-s3-b.' },
  { id: 'own-s3-b', lang: 'en', kind: 'passage', text: '[image: SDG 7 Affordable and Clean Energy icon] Target 7.2: Brightfield Solar installed 48 MW of rooftop capacity in 2024, raising the renewable share of our customers\' electricity from 12% in 2022 to 19% in 2024.', gold: [], note: 'Contrastive pair with own-s3-a. Target and KPI for the goal shown.' },

  // ---- I1 outputs
  { id: 'own-i1-a', lang: 'en', kind: 'passage', text: 'Our impact this year: 2,300 young people coached and 140 coding workshops delivered in Bristol.', gold: [{ criterion: 'I1', quote: '2,300 young people coached and 140 coding workshops delivered' }], note: 'Contrastive pair with own-i1-b.' },
  { id: 'own-i1-b', lang: 'en', kind: 'passage', text: 'In 2024 we coached 2,300 young people in Bristol; six months after the course, 38% of them were in work or training, compared with 24% of a comparison group from the same waiting list.', gold: [], note: 'Contrastive pair with own-i1-a. Outcome against comparison group.' },
  { id: 'own-i1-c', lang: 'es', kind: 'passage', text: 'Nuestro impacto en 2024: 5.200 mujeres capacitadas en finanzas personales y 310 talleres realizados.', gold: [{ criterion: 'I1', quote: '5.200 mujeres capacitadas en finanzas personales y 310 talleres' }], note: 'Outputs as impact.' },

  // ---- I2 attribution
  { id: 'own-i2-a', lang: 'en', kind: 'passage', text: 'Thanks to Meadowlark Capital, 1,800 families in Accra now have access to clean cooking.', gold: [{ criterion: 'I2', quote: 'Thanks to Meadowlark Capital' }], note: 'Contrastive pair with own-i2-b.' },
  { id: 'own-i2-b', lang: 'en', kind: 'passage', text: 'Meadowlark Capital co-financed, with the Ghana Energy Fund and two banks, stoves now used by 1,800 families in Accra; pro rata to our 30% share of the financing, we attribute 540 of these households to our investment.', gold: [], note: 'Contrastive pair with own-i2-a. Co-funders and attribution share.' },
  { id: 'own-i2-c', lang: 'fr', kind: 'passage', text: 'Grâce à nous, 900 jeunes ont trouvé un emploi en 2024.', gold: [{ criterion: 'I2', quote: 'Grâce à nous, 900 jeunes ont trouvé un emploi' }], note: 'Sole credit.' },

  // ---- I3 who
  { id: 'own-i3-a', lang: 'en', kind: 'passage', text: 'The Larkspur Trust provides grants that reach vulnerable people.', gold: [{ criterion: 'I3', quote: 'vulnerable people' }], note: 'Contrastive pair with own-i3-b.' },
  { id: 'own-i3-b', lang: 'en', kind: 'passage', text: 'In 2024 the Larkspur Trust made grants to 1,150 carers aged over 70 in the London Borough of Newham, of whom 81% said in our follow-up survey that the grant covered their heating bills.', gold: [], note: 'Contrastive pair with own-i3-a. Named group and place.' },
  { id: 'own-i3-c', lang: 'es', kind: 'passage', text: 'Nuestros voluntarios llevan alimentos a las personas vulnerables cada semana.', gold: [{ criterion: 'I3', quote: 'las personas vulnerables' }], note: 'Unspecified who.' },

  // ---- E2 superlative
  { id: 'own-e2-a', lang: 'en', kind: 'passage', text: 'Velora makes the most sustainable running shoes on the market.', gold: [{ criterion: 'E2', quote: 'the most sustainable running shoes on the market' }], note: 'Contrastive pair with own-e2-b.' },
  { id: 'own-e2-b', lang: 'en', kind: 'passage', text: 'In the 2024 Footwear Footprint Study (ISO 14067, cradle-to-grave), Velora running shoes had the lowest carbon footprint of the 14 models compared, at 6.2 kgCO2e per pair.', gold: [], note: 'Contrastive pair with own-e2-a. Named comparator set, method, period.' },
  { id: 'own-e2-c', lang: 'es', kind: 'passage', text: 'Somos la cadena hotelera más sostenible de Canarias.', gold: [{ criterion: 'E2', quote: 'más sostenible de Canarias' }], note: 'Superlative.' },
  { id: 'own-e2-d', lang: 'fr', kind: 'passage', text: 'Verdanne, leader de l\'emballage responsable en Europe.', gold: [{ criterion: 'E2', quote: 'leader de l\'emballage responsable' }], note: 'Leader claim.' },

  // ---- hard negatives
  { id: 'own-n-a', lang: 'en', kind: 'passage', text: 'The plant\'s wastewater is treated to a pH-neutral level before discharge, as measured daily by the operator.', gold: [], note: 'pH-neutral is not a cue.' },
  { id: 'own-n-b', lang: 'fr', kind: 'passage', text: 'Fondée en 1978, la coopérative compte 212 salariés et 1 400 adhérents (rapport 2024, page 12).', gold: [], note: 'Descriptive facts, dates and a page number.' },
  { id: 'own-n-c', lang: 'es', kind: 'passage', text: 'La cooperativa no es neutra en carbono: en 2024 emitió 4.100 t CO2e (alcances 1 y 2), un 6 % menos que en 2023.', gold: [], note: 'Negated neutrality, figure with reference.' },
  { id: 'own-n-d', lang: 'en', kind: 'passage', text: 'Sustainable aviation fuel made up 2.4% of the fuel we bought in 2024, up from 0.5% in 2022.', gold: [], note: 'Technical term; figure with reference.' },
  { id: 'own-n-e', lang: 'en', kind: 'passage', text: 'Target 6.3 (wastewater): the share of our plants treating effluent on site rose from 60% in 2020 to 85% in 2024.', gold: [], note: 'Target code with KPI; "target" is not a pledge.' },
  { id: 'own-n-f', lang: 'fr', kind: 'passage', text: 'Le fonds Alizé a financé 14 PME en 2024, dont 9 ont augmenté leurs effectifs selon leurs déclarations sociales (de 310 à 372 salariés entre 2023 et 2024).', gold: [], note: 'Outcome with source.' },

  // ---- documents
  {
    id: 'own-doc-a', lang: 'en', kind: 'document', gold: [
      { criterion: 'S1', quote: 'proud to support the Sustainable Development Goals' }, { criterion: 'G1', quote: 'eco-friendly' }, { criterion: 'Q1', quote: 'cut packaging by 30%' },
      { criterion: 'S4' }, { criterion: 'E1' },
    ],
    text: 'Bramble & Co - Sustainability Highlights 2024\n\nBramble & Co bakes biscuits in Norwich and sells them in 1,200 shops across the UK.\n\nWe are proud to support the Sustainable Development Goals.\n\nOur biscuits come in eco-friendly wrappers.\n\nThis year we cut packaging by 30%.',
    note: 'Contrastive pair with own-doc-b. Positive-only, no method.',
  },
  {
    id: 'own-doc-b', lang: 'en', kind: 'document', gold: [],
    text: 'Bramble & Co - Sustainability Highlights 2024\n\nBramble & Co bakes biscuits in Norwich and sells them in 1,200 shops across the UK.\n\nPackaging: plastic packaging fell from 212 tonnes in 2021 to 148 tonnes in 2024 (all UK sites), mainly by thinning the film from 35 to 25 µm.\n\nShortfalls: the new paper wrappers cannot yet be recycled in household collections, and our sugar use rose by 4% in 2024 compared with 2023.\n\nMethod: packaging weights come from supplier invoices; the figures were reviewed by Keel Assurance LLP under ISAE 3000 (limited assurance).',
    note: 'Contrastive pair with own-doc-a. Baselined figures, negatives, method and assurance.',
  },
  {
    id: 'own-doc-c', lang: 'fr', kind: 'document', gold: [
      { criterion: 'S1', quote: 'contribue aux ODD 6 et 14' }, { criterion: 'S5', quote: 'ODD 6 et 14' }, { criterion: 'V1', quote: 'accompagne les familles' }, { criterion: 'I3', quote: 'les familles bénéficiaires' }, { criterion: 'S4' }, { criterion: 'E1' },
    ],
    text: 'Association Trait d\'Union - Bilan 2024\n\nL\'association Trait d\'Union gère trois centres d\'hébergement d\'urgence à Lille.\n\nNotre action contribue aux ODD 6 et 14.\n\nChaque jour, l\'équipe accompagne les familles bénéficiaires vers un logement stable.',
    note: 'ODD 6 and 14 claimed with no water or marine content; positive only; no method.',
  },
  {
    id: 'own-doc-d', lang: 'es', kind: 'document', gold: [
      { criterion: 'S2', quote: 'contribuimos a los 17 ODS' }, { criterion: 'G1', quote: 'productos ecológicos' }, { criterion: 'E1' },
    ],
    text: 'Supermercados Ribera - Memoria de sostenibilidad 2024\n\nSupermercados Ribera gestiona 85 tiendas en Valencia y Castellón.\n\nCon nuestra actividad contribuimos a los 17 ODS.\n\nOfrecemos cada vez más productos ecológicos.\n\nRiesgos: el aumento de los precios de la energía y la escasez de agua en la huerta valenciana afectan a nuestros proveedores.',
    note: 'All 17, generic product claim, risks disclosed (no S4), no method.',
  },
  {
    id: 'own-doc-e', lang: 'en', kind: 'document', gold: [],
    text: 'Harbour Credit Union - Annual Review 2024\n\nHarbour Credit Union serves 23,000 members in Cork and Kerry.\n\nWe chose two priorities after a materiality review with members in 2022: SDG target 1.4 (access to financial services) and target 7.2 (renewable energy).\n\nTarget 1.4: members with no other bank account rose from 1,900 in 2022 to 2,640 in 2024.\n\nTarget 7.2: home solar loans financed 3.1 MW in 2024, up from 0.8 MW in 2022.\n\nRisks: arrears on personal loans rose from 2.1% to 2.9% in 2024.\n\nMethod: figures come from our loan system and were reviewed by Quay Audit under ISAE 3000.',
    note: 'Clean document with targets, KPIs, negatives and assurance.',
  },
];
