/**
 * A ninth washing set, written for this project last of all and scored once (blind figures in the
 * final report): short passages in the dev style, en/fr/es, with hard negatives.
 */
import type { GoldItem } from './washing-score';

/** The items, in the shared dev format. */
export const FRESH7_SET: GoldItem[] = [
  { id: 'f7-01', lang: 'en', kind: 'passage', text: 'Hartwell Dairy\'s oat drink is better for the environment than ever.', gold: [{ criterion: 'E2', quote: 'better for the environment than ever' }], note: 'Comparative without comparator.' },
  { id: 'f7-02', lang: 'en', kind: 'passage', text: 'All our hotels have been carbon neutral since 2021.', gold: [{ criterion: 'G2', quote: 'have been carbon neutral since 2021' }], note: 'Unexplained basis.' },
  { id: 'f7-03', lang: 'en', kind: 'passage', text: 'Pennant Bank intends to end all new lending to coal by 2026.', gold: [{ criterion: 'F1', quote: 'intends to end all new lending to coal by 2026' }], note: 'Pledge.' },
  { id: 'f7-04', lang: 'en', kind: 'passage', text: 'We work hand in hand with our partners to build a more sustainable world.', gold: [{ criterion: 'V1', quote: 'work hand in hand with our partners to build a more sustainable world' }], note: 'Vague.' },
  { id: 'f7-05', lang: 'en', kind: 'passage', text: 'The retrofit cut heating bills by 40% for tenants in Hulme.', gold: [{ criterion: 'Q1', quote: 'cut heating bills by 40%' }], note: 'No base or period.' },
  { id: 'f7-06', lang: 'en', kind: 'passage', text: 'As a B Corp, we are proud to contribute to the UN Global Goals.', gold: [{ criterion: 'S1', quote: 'contribute to the UN Global Goals' }], note: 'General SDG claim; B Corp is a named scheme (no G5).' },
  { id: 'f7-07', lang: 'en', kind: 'passage', text: 'Our work touches every single SDG.', gold: [{ criterion: 'S2', quote: 'every single SDG' }], note: 'All 17 phrased as every SDG.' },
  { id: 'f7-08', lang: 'en', kind: 'passage', text: 'In 2024 our advisers held 2,600 money-advice sessions - the heart of our impact.', gold: [{ criterion: 'I1', quote: '2,600 money-advice sessions' }], note: 'Outputs as impact.' },
  { id: 'f7-09', lang: 'en', kind: 'passage', text: 'Thanks to Lumen Finance, 900 farmers in Tamil Nadu doubled their yields.', gold: [{ criterion: 'I2', quote: 'Thanks to Lumen Finance' }], note: 'Sole credit.' },
  { id: 'f7-10', lang: 'en', kind: 'passage', text: 'Our jackets are made with bluesign-approved fabrics, and 72% of our range was bluesign certified in 2024.', gold: [], note: 'Named scheme.' },
  { id: 'f7-11', lang: 'en', kind: 'passage', text: 'In 2024, 14 of our 20 depots ran on certified renewable electricity under PPAs with named wind farms, listed in Annex C.', gold: [], note: 'Specific, sourced; "certified renewable" refers to listed PPAs.' },
  { id: 'f7-12', lang: 'fr', kind: 'passage', text: 'Nos yaourts sont fabriqués de façon durable, dans le respect de la nature.', gold: [{ criterion: 'G1', quote: 'dans le respect de la nature' }], note: 'Generic.' },
  { id: 'f7-13', lang: 'fr', kind: 'passage', text: 'Grâce à notre programme, 600 agriculteurs ont doublé leurs revenus.', gold: [{ criterion: 'I2', quote: 'Grâce à notre programme' }], note: 'Sole credit.' },
  { id: 'f7-14', lang: 'fr', kind: 'passage', text: 'Notre coopérative agit au quotidien pour les territoires ruraux.', gold: [{ criterion: 'V1', quote: 'agit au quotidien pour les territoires ruraux' }], note: 'Vague.' },
  { id: 'f7-15', lang: 'fr', kind: 'passage', text: 'La ville de Lorient a réduit ses émissions de 28 % entre 2015 et 2024, de 310 à 223 kt CO2e (bilan carbone territorial, méthode ADEME).', gold: [], note: 'Clean.' },
  { id: 'f7-16', lang: 'es', kind: 'passage', text: 'Nuestra marca es la más verde del sector textil.', gold: [{ criterion: 'E2', quote: 'la más verde del sector' }], note: 'Superlative.' },
  { id: 'f7-17', lang: 'es', kind: 'passage', text: 'Nos comprometemos a plantar un millón de árboles antes de 2030.', gold: [{ criterion: 'F1', quote: 'Nos comprometemos a plantar un millón de árboles antes de 2030' }], note: 'Pledge.' },
  { id: 'f7-18', lang: 'es', kind: 'passage', text: 'La Fundación Aurora apoya a colectivos vulnerables en toda la región.', gold: [{ criterion: 'V1', quote: 'apoya a colectivos vulnerables' }, { criterion: 'I3', quote: 'colectivos vulnerables' }], note: 'Vague; who unspecified.' },
  { id: 'f7-19', lang: 'es', kind: 'passage', text: 'Nuestros envases llevan el sello EcoVida, creado por nuestro departamento de calidad.', gold: [{ criterion: 'G5', quote: 'el sello EcoVida, creado por nuestro departamento' }], note: 'Own label.' },
  { id: 'f7-20', lang: 'es', kind: 'passage', text: 'En 2024 el 38 % de nuestras directivas eran mujeres, frente al 29 % en 2021, según el registro de personal.', gold: [], note: 'Clean.' },
];
