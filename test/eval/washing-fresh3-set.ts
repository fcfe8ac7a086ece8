/**
 * A fifth washing set, written for this project after the fixes prompted by fresh sets 1 and 2 and
 * scored once before any further change (blind figures in the final report). Mixed sectors and
 * phrasings, en/fr/es; passages and short documents.
 */
import type { GoldItem } from './washing-score';

/** The items, in the shared dev format. */
export const FRESH3_SET: GoldItem[] = [
  { id: 'f3-01', lang: 'en', kind: 'passage', text: 'Our hand soap is made with eco-conscious ingredients.', gold: [{ criterion: 'G1', quote: 'eco-conscious' }], note: 'Generic.' },
  { id: 'f3-02', lang: 'en', kind: 'passage', text: 'Byford Water reached carbon neutrality for its offices in 2023 through certified offsets.', gold: [{ criterion: 'G2', quote: 'reached carbon neutrality' }], note: 'Offsets; achieved.' },
  { id: 'f3-03', lang: 'en', kind: 'passage', text: 'Thanks to our new LED programme, Byford Water is now an energy-efficient utility.', gold: [{ criterion: 'G3', quote: 'Byford Water is now an energy-efficient utility' }], note: 'Whole-entity claim from one programme.' },
  { id: 'f3-04', lang: 'en', kind: 'passage', text: 'By 2027 we intend to source all our cocoa from verified deforestation-free farms.', gold: [{ criterion: 'F1', quote: 'By 2027 we intend to source all our cocoa from verified deforestation-free farms' }], note: 'Pledge.' },
  { id: 'f3-05', lang: 'en', kind: 'passage', text: 'Our teams work tirelessly to support the local economy.', gold: [{ criterion: 'V1', quote: 'support the local economy' }], note: 'Vague.' },
  { id: 'f3-06', lang: 'en', kind: 'passage', text: 'Switching to rail freight avoided 4,800 tonnes of CO2e.', gold: [{ criterion: 'Q1', quote: 'avoided 4,800 tonnes of CO2e' }], note: 'No period or method.' },
  { id: 'f3-07', lang: 'en', kind: 'passage', text: 'Every purchase supports the Global Goals.', gold: [{ criterion: 'S1', quote: 'supports the Global Goals' }], note: 'General.' },
  { id: 'f3-08', lang: 'en', kind: 'passage', text: 'Our savings account contributes to SDGs 1, 4, 5, 8, 10, 11 and 16.', gold: [{ criterion: 'S2', quote: 'contributes to SDGs 1, 4, 5, 8, 10, 11 and 16' }], note: 'Seven goals.' },
  { id: 'f3-09', lang: 'en', kind: 'passage', text: 'Since launch, the app has been downloaded 2 million times and hosted 40,000 volunteer events - that is real impact.', gold: [{ criterion: 'I1', quote: 'hosted 40,000 volunteer events' }], note: 'Outputs as impact.' },
  { id: 'f3-10', lang: 'en', kind: 'passage', text: 'Our microgrants have lifted 3,000 artisans out of poverty.', gold: [{ criterion: 'I2', quote: 'lifted 3,000 artisans out of poverty' }], note: 'Sole credit.' },
  { id: 'f3-11', lang: 'en', kind: 'passage', text: 'We deliver vital services to the communities who need them most.', gold: [{ criterion: 'I3', quote: 'the communities' }], note: 'Who unspecified.' },
  { id: 'f3-12', lang: 'en', kind: 'passage', text: 'Brightline is the most sustainable bus operator in Scotland.', gold: [{ criterion: 'E2', quote: 'the most sustainable bus operator in Scotland' }], note: 'Superlative.' },
  { id: 'f3-13', lang: 'en', kind: 'passage', text: 'Our detergents are phosphate-free laundry products, as every detergent sold in the EU must be since 2013.', gold: [], note: 'Framed as legal baseline.' },
  { id: 'f3-14', lang: 'en', kind: 'passage', text: 'Our recycled nylon is certified to the Global Recycled Standard by Control Union (licence CU 1024).', gold: [], note: 'Named scheme.' },
  { id: 'f3-15', lang: 'en', kind: 'passage', text: 'In the 2024 financial year, food waste at our 212 stores fell to 3,100 tonnes from 4,050 tonnes in 2021/22, based on waste contractor weighbridge data.', gold: [], note: 'Clean.' },
  { id: 'f3-16', lang: 'fr', kind: 'passage', text: 'Nos cosmétiques naturels sont bons pour la planète.', gold: [{ criterion: 'G1', quote: 'bons pour la planète' }], note: 'Generic.' },
  { id: 'f3-17', lang: 'fr', kind: 'passage', text: 'Grâce à son nouvel entrepôt photovoltaïque, le groupe Vellane est devenu une entreprise verte.', gold: [{ criterion: 'G3', quote: 'est devenu une entreprise verte' }], note: 'One site.' },
  { id: 'f3-18', lang: 'fr', kind: 'passage', text: 'Notre objectif est de réduire nos émissions de 40 % d\'ici 2030.', gold: [{ criterion: 'F1', quote: 'réduire nos émissions de 40 % d\'ici 2030' }], note: 'Pledge.' },
  { id: 'f3-19', lang: 'fr', kind: 'passage', text: 'Le réseau œuvre au quotidien pour une alimentation plus juste.', gold: [{ criterion: 'V1', quote: 'œuvre au quotidien pour une alimentation plus juste' }], note: 'Vague.' },
  { id: 'f3-20', lang: 'fr', kind: 'passage', text: 'Nos magasins ont diminué leur consommation d\'électricité de 22 %.', gold: [{ criterion: 'Q1', quote: 'diminué leur consommation d\'électricité de 22 %' }], note: 'Bare percentage.' },
  { id: 'f3-21', lang: 'fr', kind: 'passage', text: 'Notre démarche est alignée avec l\'Agenda 2030 des Nations unies.', gold: [{ criterion: 'S1', quote: 'alignée avec l\'Agenda 2030' }], note: 'General.' },
  { id: 'f3-22', lang: 'fr', kind: 'passage', text: 'Ce vin porte notre sceau « Terre Vivante », garant de pratiques responsables.', gold: [{ criterion: 'G5', quote: 'notre sceau « Terre Vivante »' }], note: 'Own seal.' },
  { id: 'f3-23', lang: 'fr', kind: 'passage', text: 'Depuis 2021, la part de femmes au comité de direction de la Mutuelle Alpine est passée de 2 sur 10 à 5 sur 10.', gold: [], note: 'Clean.' },
  { id: 'f3-24', lang: 'es', kind: 'passage', text: 'Nuestros productos de limpieza son ecológicos y seguros para tu familia.', gold: [{ criterion: 'G1', quote: 'son ecológicos' }], note: 'Generic.' },
  { id: 'f3-25', lang: 'es', kind: 'passage', text: 'Nuestra flota de reparto es neutra en carbono desde 2023.', gold: [{ criterion: 'G2', quote: 'es neutra en carbono' }], note: 'Unexplained basis.' },
  { id: 'f3-26', lang: 'es', kind: 'passage', text: 'Somos líderes en energía renovable en Andalucía.', gold: [{ criterion: 'E2', quote: 'líderes en energía renovable' }], note: 'Leader claim.' },
  { id: 'f3-27', lang: 'es', kind: 'passage', text: 'Gracias a Fundación Olivo, 300 jóvenes de Córdoba encontraron trabajo en 2024.', gold: [{ criterion: 'I2', quote: 'Gracias a Fundación Olivo' }], note: 'Sole credit.' },
  { id: 'f3-28', lang: 'es', kind: 'passage', text: 'La empresa cumple con toda la legislación vigente en materia de residuos, de lo que estamos orgullosos.', gold: [{ criterion: 'G4', quote: 'cumple con toda la legislación vigente' }], note: 'Compliance as merit.' },
  { id: 'f3-29', lang: 'es', kind: 'passage', text: 'La Fundación Cauce contribuye a los ODS 6 y 15 con sus proyectos de restauración de ríos.', gold: [{ criterion: 'S1', quote: 'contribuye a los ODS 6 y 15' }], note: 'Goal-level.' },
  {
    id: 'f3-30', lang: 'en', kind: 'document',
    gold: [{ criterion: 'S3', quote: '[image: SDG 12 icon]' }, { criterion: 'V1', quote: 'promote responsible consumption' }, { criterion: 'S4' }, { criterion: 'E1' }],
    text: 'Loop & Co - Our Impact\n\n[image: SDG 12 icon] [image: SDG 13 icon]\n\nLoop & Co rents out reusable packaging to 140 cafés in Manchester.\n\nWe promote responsible consumption in everything we do.\n\nOur crates are washed and reused an average of 40 times.',
    note: 'Icons without KPIs, vague verb, positive only, no method.',
  },
];
