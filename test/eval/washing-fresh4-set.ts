/**
 * A sixth washing set, written for this project after fresh set 3 and scored once before any further
 * change (blind figures in the final report): longer passages, counter-evidence in a neighbouring
 * sentence, tables, hard negatives.
 */
import type { GoldItem } from './washing-score';

/** The items, in the shared dev format. */
export const FRESH4_SET: GoldItem[] = [
  { id: 'f4-01', lang: 'en', kind: 'passage', text: 'Our Ridgeway trainers are eco-friendly. The upper is 92% recycled polyester and the sole uses 40% bio-based EVA, cutting the shoe\'s footprint to 7.4 kg CO2e per pair (ISO 14067, 2024).', gold: [], note: 'Generic word specified by metrics in the next sentence.' },
  { id: 'f4-02', lang: 'en', kind: 'passage', text: 'We aim to halve operational emissions by 2030. Against our 2019 baseline of 48,000 tCO2e, emissions were 36,500 tCO2e in 2024, and our board approved a £12 million decarbonisation budget for 2025-2027.', gold: [], note: 'Baseline, progress and budget in the same paragraph.' },
  { id: 'f4-03', lang: 'en', kind: 'passage', text: 'Kelvin Air is committed to cleaner skies. Our new aircraft are up to 25% more fuel-efficient.', gold: [{ criterion: 'V1', quote: 'is committed to cleaner skies' }, { criterion: 'Q1', quote: 'up to 25% more fuel-efficient' }], note: 'Vague + up to.' },
  { id: 'f4-04', lang: 'en', kind: 'passage', text: 'SDG target | Indicator | 2021 | 2024\n4.1 | Pupils reaching minimum reading level (%) | 41 | 57\n4.c | Trained teachers (number) | 210 | 480', gold: [], note: 'Table with targets and baselines.' },
  { id: 'f4-05', lang: 'en', kind: 'passage', text: 'Our bank\'s green loans are available for any home improvement.', gold: [{ criterion: 'G1', quote: 'green loans' }], note: 'Green product with no criteria stated.' },
  { id: 'f4-06', lang: 'en', kind: 'passage', text: 'Every Pinecone hoodie carries the Pinecone Planet Pledge tag.', gold: [{ criterion: 'G5', quote: 'Pinecone Planet Pledge tag' }], note: 'Own tag.' },
  { id: 'f4-07', lang: 'en', kind: 'passage', text: 'Our Drayton plant is the first cement works in the UK to be powered entirely by on-site wind turbines, commissioned in March 2024 (11 MW).', gold: [], note: 'Factual first with date and capacity.' },
  { id: 'f4-08', lang: 'en', kind: 'passage', text: 'Orchid Bank has helped more than 5,000 small businesses grow.', gold: [{ criterion: 'I2', quote: 'helped more than 5,000 small businesses grow' }], note: 'Credit for growth without counterfactual — arguably; see note.' },
  { id: 'f4-09', lang: 'en', kind: 'passage', text: 'Our volunteers support refugees and asylum seekers.', gold: [{ criterion: 'V1', quote: 'support refugees and asylum seekers' }], note: 'Vague support; the group is named (no I3).' },
  { id: 'f4-10', lang: 'en', kind: 'passage', text: 'In 2024 the City of Larne planted 12,000 street trees; canopy cover in the five target wards rose from 9% in 2018 to 14% in 2024 (LiDAR survey).', gold: [], note: 'Output followed by outcome with baseline.' },
  { id: 'f4-11', lang: 'en', kind: 'passage', text: 'Bluewave Shipping is carbon neutral on paper only: we do not yet have a credible plan to cut our fuel oil use.', gold: [], note: 'Self-critical, no claim.' },
  { id: 'f4-12', lang: 'fr', kind: 'passage', text: 'Nos cafés sont issus de l\'agriculture biologique, certifiés par Ecocert (FR-BIO-01).', gold: [], note: 'Named scheme.' },
  { id: 'f4-13', lang: 'fr', kind: 'passage', text: 'Notre électricité est 100 % verte et locale.', gold: [{ criterion: 'G1', quote: '100 % verte' }], note: 'Generic.' },
  { id: 'f4-14', lang: 'fr', kind: 'passage', text: 'La mutuelle accompagne ses adhérents à chaque étape de la vie.', gold: [{ criterion: 'V1', quote: 'accompagne ses adhérents à chaque étape de la vie' }], note: 'Vague.' },
  { id: 'f4-15', lang: 'fr', kind: 'passage', text: 'Nos entrepôts consomment 30 % d\'énergie en moins.', gold: [{ criterion: 'Q1', quote: '30 % d\'énergie en moins' }], note: 'Comparative without reference.' },
  { id: 'f4-16', lang: 'fr', kind: 'passage', text: 'L\'association a distribué 45 000 repas en 2024 : c\'est notre plus belle réussite.', gold: [{ criterion: 'I1', quote: 'distribué 45 000 repas' }], note: 'Output framed as success.' },
  { id: 'f4-17', lang: 'fr', kind: 'passage', text: 'Le groupe Altane ambitionne de devenir la référence du transport bas carbone en Europe d\'ici 2030.', gold: [{ criterion: 'F1', quote: 'ambitionne de devenir la référence du transport bas carbone en Europe d\'ici 2030' }], note: 'Pledge (E2 on "la référence" is arguable; not labelled).' },
  { id: 'f4-18', lang: 'es', kind: 'passage', text: 'Apoyamos a más de 200 ONG en toda España.', gold: [{ criterion: 'V1', quote: 'Apoyamos a más de 200 ONG' }], note: 'Vague support of organisations; count of partners.' },
  { id: 'f4-19', lang: 'es', kind: 'passage', text: 'Nuestros autobuses eléctricos emiten un 100 % menos de CO2 en el tubo de escape que los diésel a los que sustituyeron en 2023.', gold: [], note: 'Comparison with named comparator and scope (tailpipe), date.' },
  { id: 'f4-20', lang: 'es', kind: 'passage', text: 'Somos una cooperativa comprometida con el desarrollo sostenible de nuestra comarca.', gold: [{ criterion: 'V1', quote: 'comprometida con el desarrollo sostenible de nuestra comarca' }], note: 'Vague commitment.' },
  { id: 'f4-21', lang: 'es', kind: 'passage', text: 'Desde 2020, el 100 % de la electricidad que compramos procede de fuentes renovables con garantías de origen, según nuestras facturas.', gold: [], note: 'Specific, sourced.' },
  {
    id: 'f4-22', lang: 'en', kind: 'document',
    gold: [{ criterion: 'S1', quote: 'support SDG 3 and SDG 6' }, { criterion: 'I1', quote: 'distributed 14,000 water filters' }, { criterion: 'E1' }],
    text: 'Clearway Foundation - Annual Review 2024\n\nClearway works with rural clinics in Malawi.\n\nOur projects support SDG 3 and SDG 6.\n\nOur impact this year: we distributed 14,000 water filters to households.\n\nChallenges: supply delays meant that 3 of our 12 planned clinic upgrades slipped into 2025.',
    note: 'Goal-level SDGs, outputs as impact; challenges disclosed; no method.',
  },
  {
    id: 'f4-23', lang: 'fr', kind: 'document',
    gold: [{ criterion: 'G2', quote: 'neutre en carbone' }, { criterion: 'E2', quote: 'la plus verte de la région' }, { criterion: 'S4' }, { criterion: 'E1' }],
    text: 'Hôtel Belvédère - Notre engagement\n\nL\'hôtel compte 80 chambres au bord du lac d\'Annecy.\n\nNotre établissement est neutre en carbone.\n\nNous sommes l\'adresse la plus verte de la région.\n\nNos clients peuvent recharger leur voiture électrique sur place.',
    note: 'Unexplained neutrality, superlative, positive only, no method.',
  },
];
