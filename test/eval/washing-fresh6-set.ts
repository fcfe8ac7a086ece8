/**
 * An eighth washing set, written for this project after fresh set 5 and scored once before any
 * further change (blind figures in the final report): full documents in the dev style, each mixing
 * flagged claims with clean, substantiated ones.
 */
import type { GoldItem } from './washing-score';

/** The items, in the shared dev format. */
export const FRESH6_SET: GoldItem[] = [
  {
    id: 'f6-01', lang: 'en', kind: 'document',
    gold: [
      { criterion: 'S2', quote: 'supports 10 of the 17 Sustainable Development Goals' }, { criterion: 'G1', quote: 'eco-friendly' },
      { criterion: 'F1', quote: 'will be carbon neutral by 2030' }, { criterion: 'I2', quote: 'Thanks to Solvo, 2,000 households' },
      { criterion: 'S4' }, { criterion: 'E1' },
    ],
    text: 'Solvo Batteries - Impact Report 2024\n\nSolvo assembles home battery systems in Eindhoven and employs 310 people.\n\nOur technology supports 10 of the 17 Sustainable Development Goals.\n\nEvery Solvo battery is eco-friendly, from cell to casing.\n\nSolvo will be carbon neutral by 2030.\n\nThanks to Solvo, 2,000 households cut their electricity bills in 2024.\n\nWe shipped 14,500 systems in 2024, up from 9,800 in 2023.',
    note: 'Rainbow count, generic, bare pledge, sole credit; positive only; no method. The shipment figure has a comparator.',
  },
  {
    id: 'f6-02', lang: 'en', kind: 'document', gold: [{ criterion: 'V1', quote: 'We are committed to supporting local suppliers' }, { criterion: 'Q1', quote: 'cut water use by 18%' }],
    text: 'Marlow Breweries - Responsibility Report 2024\n\nMarlow Breweries brews 310,000 hectolitres a year at two sites in Buckinghamshire.\n\nWe are committed to supporting local suppliers.\n\nIn 2024 we cut water use by 18%.\n\nScope 1 and 2 emissions fell from 6,900 tCO2e in 2019 to 4,300 tCO2e in 2024 (both sites, operational control).\n\nShortfalls: our 2024 target for returnable kegs (85%) was missed at 78%, and a wastewater spill in May led to a formal warning from the Environment Agency.\n\nThe emissions and water figures were assured by Fenwick Audit LLP under ISAE 3410 and ISAE 3000 (limited assurance).',
    note: 'Vague commitment, bare percentage; negatives and assurance present; the emissions figure is clean.',
  },
  {
    id: 'f6-03', lang: 'fr', kind: 'document',
    gold: [
      { criterion: 'S3', quote: '[image: ODD 4]' }, { criterion: 'S1', quote: 'contribuons à l\'ODD 4' }, { criterion: 'I1', quote: '3 200 élèves accompagnés et 180 ateliers' },
      { criterion: 'I3', quote: 'les jeunes les plus fragiles' }, { criterion: 'V1', quote: 'soutenons les jeunes les plus fragiles' }, { criterion: 'S4' }, { criterion: 'E1' },
    ],
    text: 'Association Lire Ensemble - Rapport annuel 2024\n\n[image: ODD 4] [image: ODD 10]\n\nL\'association intervient dans 40 écoles de Marseille.\n\nNous contribuons à l\'ODD 4.\n\nNotre impact en 2024 : 3 200 élèves accompagnés et 180 ateliers de lecture.\n\nNous soutenons les jeunes les plus fragiles.',
    note: 'Icons, goal-level claim, outputs as impact, vague support and who; positive only; no method.',
  },
  {
    id: 'f6-04', lang: 'es', kind: 'document',
    gold: [{ criterion: 'G2', quote: 'es neutra en carbono' }, { criterion: 'E2', quote: 'la aerolínea más sostenible de España' }, { criterion: 'Q1', quote: 'un 12 % menos de combustible' }],
    text: 'Aerolíneas Brisa - Informe de sostenibilidad 2024\n\nAerolíneas Brisa opera 42 aviones desde Valencia y Palma.\n\nCada ruta de Brisa es neutra en carbono gracias a la compensación de sus emisiones.\n\nSomos la aerolínea más sostenible de España.\n\nNuestros nuevos aviones consumen un 12 % menos de combustible.\n\nRiesgos: el tráfico aéreo creció un 9 % en 2024 y con él nuestras emisiones absolutas, que pasaron de 1,21 a 1,32 Mt CO2.\n\nMetodología: emisiones calculadas según el Protocolo GHG y verificadas por Auditores Turia S.L. (ISAE 3410).',
    note: 'Offset neutrality, superlative, bare percentage; risk and method disclosed.',
  },
  {
    id: 'f6-05', lang: 'en', kind: 'document', gold: [],
    text: 'Holt Valley Council - Climate Progress 2024\n\nHolt Valley Council serves 96,000 residents.\n\nTarget 13.2: the Council\'s own emissions fell from 9,400 tCO2e in 2019/20 to 6,100 tCO2e in 2024/25 (buildings, fleet and street lighting).\n\nWe are behind on fleet electrification: 31% of vehicles were electric in March 2025 against a plan of 45%.\n\nThe carbon figures follow the GHG Protocol; the method note is published as Annex B and was reviewed by the Holt Audit Partnership.',
    note: 'Clean document.',
  },
  {
    id: 'f6-06', lang: 'fr', kind: 'document', gold: [{ criterion: 'G3', quote: 'Ferrand est devenu une entreprise écoresponsable' }, { criterion: 'G4', quote: 'conformes à la réglementation' }, { criterion: 'E1' }],
    text: 'Menuiserie Ferrand - Démarche RSE\n\nLa menuiserie Ferrand emploie 35 personnes à Angers.\n\nDepuis l\'installation de panneaux solaires sur notre atelier, Ferrand est devenu une entreprise écoresponsable.\n\nNos fenêtres sont conformes à la réglementation, ce qui fait notre fierté.\n\nDifficultés : la hausse du prix du bois a réduit notre marge de 4 points en 2024.',
    note: 'Entity claim from one site, compliance as merit; difficulty disclosed; no method.',
  },
];
