import { describe, expect, test } from 'vitest';
import { findExplicitReferences } from '../../lib/detect/explicit';
import { detectLang } from '../../lib/detect/lang';
import { ExplicitReferenceSchema, type ExplicitReference } from '../../lib/schema/analysis';
import type { Lang } from '../../lib/sdg/index';

/** Expected reference: matched text, goals, and optionally form/target/indicator/lang. */
interface Exp {
  t: string;
  g: number[];
  form?: ExplicitReference['form'];
  target?: string;
  indicator?: string;
  lang?: Lang;
}
type Case = [text: string, expected: Exp[], lang?: Lang];

const ALL = Array.from({ length: 17 }, (_, i) => i + 1);
const n = (t: string, g: number, lang?: Lang): Exp => ({ t, g: [g], form: 'number', ...(lang ? { lang } : {}) });
const gen = (t: string, lang?: Lang): Exp => ({ t, g: [], form: 'general', ...(lang ? { lang } : {}) });
const list = (t: string, g: number[], lang?: Lang): Exp => ({ t, g, form: 'list', ...(lang ? { lang } : {}) });
const range = (t: string, g: number[]): Exp => ({ t, g, form: 'range' });
const tgt = (t: string, code: string, lang?: Lang): Exp => ({
  t, g: [Number(code.split('.')[0])], form: 'target', target: code, ...(lang ? { lang } : {}),
});
const ind = (t: string, code: string, lang?: Lang): Exp => ({
  t, g: [Number(code.split('.')[0])], form: 'indicator', indicator: code, ...(lang ? { lang } : {}),
});
const name = (t: string, g: number, lang?: Lang): Exp => ({ t, g: [g], form: 'name', ...(lang ? { lang } : {}) });

/** Goal numbers in every spelling. */
const numberCases: Case[] = [
  ['We contribute to SDG 13.', [n('SDG 13', 13, 'en')]],
  ['Our focus is SDG13 this year.', [n('SDG13', 13)]],
  ['Progress on SDG-13 was slow.', [n('SDG-13', 13)]],
  ['See SDG #13 in the annex.', [n('SDG #13', 13)]],
  ['Aligned with SDG no. 13 and more.', [n('SDG no. 13', 13)]],
  ['Aligned with SDG No 4 on education.', [n('SDG No 4', 4)]],
  ['Under SDG number 6 we report water use.', [n('SDG number 6', 6)]],
  ['The sdg 5 hashtag and #SDG5 posts.', [n('sdg 5', 5), n('SDG5', 5)]],
  ['SDG 1 opens the list.', [n('SDG 1', 1)]],
  ['SDG 17 closes the list.', [n('SDG 17', 17)]],
  ['SDG 10 concerns inequality.', [n('SDG 10', 10)]],
  ['SDG 05 with a leading zero.', [n('SDG 05', 5)]],
  ['The Sustainable Development Goal 13 asks for urgent action.', [n('Sustainable Development Goal 13', 13, 'en')]],
  ['sustainable development goal 7 in lower case.', [n('sustainable development goal 7', 7)]],
  ['Sustainable Development Goal (SDG) 14 protects oceans.', [n('Sustainable Development Goal (SDG) 14', 14)]],
  ['Global Goal 13 is about the climate.', [n('Global Goal 13', 13)]],
  ['Global Goal no. 2 is zero hunger.', [n('Global Goal no. 2', 2)]],
  ['SDG 13 and SDG 14 are linked.', [n('SDG 13', 13), n('SDG 14', 14)]],
  ['(SDG 3)', [n('SDG 3', 3)]],
  ['SDG 8\'s decent work agenda.', [n('SDG 8', 8)]],
  ['UN-SDG 6 on water.', [n('SDG 6', 6)]],
  ['Contribution: SDG\u00a012.', [n('SDG\u00a012', 12)]],
  ['SDG\n13 across a line break.', [n('SDG\n13', 13)]],
  ['SDG 16, peace and justice.', [n('SDG 16', 16)]],
  ['Our report maps SDG 9 to investments.', [n('SDG 9', 9)]],
  ['SDG 11 and cities.', [n('SDG 11', 11)]],
  ['SDG 15 – land.', [n('SDG 15', 15)]],
];

/** "Goal n" needs SDG context; sport does not count. */
const goalContextCases: Case[] = [
  ['The SDGs guide us. Goal 13 is our priority.', [gen('SDGs'), n('Goal 13', 13)]],
  ['In line with the 2030 Agenda, Goal 6 is central.', [gen('2030 Agenda'), n('Goal 6', 6)]],
  ['Goal 13: Climate Action frames our plan.', [n('Goal 13: Climate Action', 13)]],
  ['GOAL 5 : Gender Equality . Target 5.1 End all forms of discrimination', [n('GOAL 5 : Gender Equality', 5), tgt('Target 5.1', '5.1')]],
  ['We support the Sustainable Development Goals, especially goals 3 and 4.', [gen('Sustainable Development Goals'), list('goals 3 and 4', [3, 4])]],
  ['The SDGs matter; Goals 1-5 are social.', [gen('SDGs'), range('Goals 1-5', [1, 2, 3, 4, 5])]],
  ['SDG 3 leads; Goal 4 follows.', [n('SDG 3', 3), n('Goal 4', 4)]],
];

/** Lists and ranges are one reference with all goals. */
const listCases: Case[] = [
  ['We address SDGs 3, 4 and 5.', [list('SDGs 3, 4 and 5', [3, 4, 5])]],
  ['All SDGs 1–17 are covered.', [range('SDGs 1–17', ALL)]],
  ['Focus on SDG 8 & 10 this year.', [list('SDG 8 & 10', [8, 10])]],
  ['Energy and climate: SDGs 6/7.', [list('SDGs 6/7', [6, 7])]],
  ['SDGs 3, 4, and 5 with an Oxford comma.', [list('SDGs 3, 4, and 5', [3, 4, 5])]],
  ['SDGs 1-17 with a hyphen.', [range('SDGs 1-17', ALL)]],
  ['SDGs 1 to 17 in words.', [range('SDGs 1 to 17', ALL)]],
  ['SDGs 12 through 15 are environmental.', [range('SDGs 12 through 15', [12, 13, 14, 15])]],
  ['SDG 3,4,5 without spaces.', [list('SDG 3,4,5', [3, 4, 5])]],
  ['SDGs 2 or 3 may apply.', [list('SDGs 2 or 3', [2, 3])]],
  ['SDGs 1-5 and 8 count.', [list('SDGs 1-5 and 8', [1, 2, 3, 4, 5, 8])]],
  ['SDG 7 + 13 together.', [list('SDG 7 + 13', [7, 13])]],
  ['Sustainable Development Goals 6 and 14 on water.', [list('Sustainable Development Goals 6 and 14', [6, 14])]],
  ['Global Goals 1, 2 and 3 are about people.', [list('Global Goals 1, 2 and 3', [1, 2, 3])]],
  ['SDGs 5; 10 as a pair.', [list('SDGs 5; 10', [5, 10])]],
  ['SDGs 17–1 reversed range.', [range('SDGs 17–1', ALL)]],
  ['SDGs 3 and 2030 targets.', [n('SDGs 3', 3)]],
  ['SDGs 4 and 4.1 mix.', [n('SDGs 4', 4)]],
];

/** Targets and indicators, validated against the official code lists. */
const targetCases: Case[] = [
  ['SDG target 8.7 on forced labour.', [tgt('SDG target 8.7', '8.7')]],
  ['Under the SDGs, target 14.1 covers marine pollution.', [gen('SDGs'), tgt('target 14.1', '14.1')]],
  ['SDG 6.1.1 measures safe drinking water.', [ind('SDG 6.1.1', '6.1.1')]],
  ['We report indicator 12.5.1 on recycling.', [ind('indicator 12.5.1', '12.5.1')]],
  ['Target 3.c on the health workforce.', [tgt('Target 3.c', '3.c')]],
  ['SDG 8.7 abolishes child labour.', [tgt('SDG 8.7', '8.7')]],
  ['SDG target 17.17 on partnerships.', [tgt('SDG target 17.17', '17.17')]],
  ['SDG indicator 3.b.1 on vaccines.', [ind('SDG indicator 3.b.1', '3.b.1')]],
  ['Indicator 17.18.1 on statistics.', [ind('Indicator 17.18.1', '17.18.1')]],
  ['The SDGs: targets 8.7 and 8.8 matter.', [gen('SDGs'), tgt('targets 8.7', '8.7'), tgt('8.8', '8.8')]],
  ['SDG Target 13.A on climate finance.', [tgt('SDG Target 13.A', '13.a')]],
  ['TARGET 10.C : reduce remittance costs (SDG).', [tgt('TARGET 10.C', '10.c')]],
  ['SDG 14.1 and SDG 14.2 on oceans.', [tgt('SDG 14.1', '14.1'), tgt('SDG 14.2', '14.2')]],
  // In a text that names the SDGs outright, a valid target code counts however far from the cue.
  [`We report on SDG 2 and SDG 14. ${'Our fleet landed more fish. '.repeat(30)}Every vessel follows a plan aligned with target 14.4.`, [n('SDG 2', 2), n('SDG 14', 14), tgt('target 14.4', '14.4')]],
  [`SDG 6 and SDG 12 frame this report. ${'Water use fell again. '.repeat(30)}We publish indicator 12.3.1 yearly.`, [n('SDG 6', 6), n('SDG 12', 12), ind('indicator 12.3.1', '12.3.1')]],
  ['indicators 6.3.1 and 6.3.2 on wastewater.', [ind('indicators 6.3.1', '6.3.1'), ind('6.3.2', '6.3.2')]],
  ['Target 1.4 : Ensure that all men and women have equal rights (Goal 1 : No poverty).', [tgt('Target 1.4', '1.4'), n('Goal 1 : No poverty', 1)]],
];

/** Goal names and short titles, only when used as names. */
const nameCases: Case[] = [
  ['The SDGs include Zero Hunger and Gender Equality.', [gen('SDGs'), name('Zero Hunger', 2), name('Gender Equality', 5)]],
  ['SDG 13: Climate Action is our focus.', [n('SDG 13: Climate Action', 13)]],
  ['SDG 14 – Life Below Water.', [n('SDG 14 – Life Below Water', 14)]],
  ['SDG 6 (clean water and sanitation).', [n('SDG 6 (clean water and sanitation', 6)]],
  ['Our SDG priorities: Quality Education, Decent Work and Economic Growth.', [name('Quality Education', 4), name('Decent Work and Economic Growth', 8)]],
  ['Under the 2030 Agenda, "climate action" is a goal.', [gen('2030 Agenda'), name('climate action', 13)]],
  ['The Global Goals: Life on Land, Life Below Water.', [gen('Global Goals'), name('Life on Land', 15), name('Life Below Water', 14)]],
  ['SDGs: Good Health and Well-being matters most.', [gen('SDGs'), name('Good Health and Well-being', 3)]],
  ['SDGs: Good Health & Wellbeing matters most.', [gen('SDGs'), name('Good Health & Wellbeing', 3)]],
  ['Among the SDGs, Affordable and Clean Energy is key.', [gen('SDGs'), name('Affordable and Clean Energy', 7)]],
  ['Among the SDGs, Peace, Justice and Strong Institutions.', [gen('SDGs'), name('Peace, Justice and Strong Institutions', 16)]],
  ['SDGs and Partnerships for the Goals.', [gen('SDGs'), name('Partnerships for the Goals', 17)]],
  ['The SDGs: RESPONSIBLE CONSUMPTION AND PRODUCTION.', [gen('SDGs'), name('RESPONSIBLE CONSUMPTION AND PRODUCTION', 12)]],
  ['The SDGs: Industry, Innovation and Infrastructure.', [gen('SDGs'), name('Industry, Innovation and Infrastructure', 9)]],
  ['The SDGs: Sustainable Cities and Communities.', [gen('SDGs'), name('Sustainable Cities and Communities', 11)]],
  ['The SDGs: Reduced Inequalities and No Poverty.', [gen('SDGs'), name('Reduced Inequalities', 10), name('No Poverty', 1)]],
  ['SDG 2 – Zero Hunger and SDG 4 – Quality Education.', [n('SDG 2 – Zero Hunger', 2), n('SDG 4 – Quality Education', 4)]],
  ['SDG 1: End poverty in all its forms everywhere.', [n('SDG 1: End poverty in all its forms everywhere', 1)]],
  ['Les ODD : Vie aquatique et Vie terrestre.', [gen('ODD', 'fr'), name('Vie aquatique', 14, 'fr'), name('Vie terrestre', 15, 'fr')], 'fr'],
  ['Los ODS: Hambre Cero y Acción por el Clima.', [gen('ODS', 'es'), name('Hambre Cero', 2, 'es'), name('Acción por el Clima', 13, 'es')], 'es'],
  ['SDG 2: Kein Hunger', [n('SDG 2: Kein Hunger', 2, 'de')], 'de'],
  ['Die SDGs: Hochwertige Bildung und Leben an Land.', [gen('SDGs', 'de'), name('Hochwertige Bildung', 4, 'de'), name('Leben an Land', 15, 'de')], 'de'],
];

/** French, Spanish and German forms. */
const multilingualCases: Case[] = [
  ["L'entreprise contribue à l'ODD 5 sur l'égalité.", [n('ODD 5', 5, 'fr')], 'fr'],
  ["Il s'agit de l'Objectif de développement durable n°13 pour le climat.", [n('Objectif de développement durable n°13', 13, 'fr')], 'fr'],
  ['Les Objectifs de développement durable (ODD) guident nos actions.', [gen('Objectifs de développement durable (ODD)', 'fr')], 'fr'],
  ['Nous soutenons les ODD 3, 4 et 5 dans nos programmes.', [list('ODD 3, 4 et 5', [3, 4, 5], 'fr')], 'fr'],
  ["L'ODD n°6 porte sur l'eau et l'assainissement.", [n('ODD n°6', 6, 'fr')], 'fr'],
  ["Pour les ODD, l'objectif 13 est prioritaire.", [gen('ODD', 'fr'), n('objectif 13', 13, 'fr')], 'fr'],
  ["La cible 14.1 des ODD concerne la pollution marine.", [tgt('cible 14.1', '14.1', 'fr'), gen('ODD', 'fr')], 'fr'],
  ["L'indicateur 6.1.1 mesure l'accès à l'eau potable.", [ind('indicateur 6.1.1', '6.1.1', 'fr')], 'fr'],
  ["Les ODD 1 à 17 couvrent tous les enjeux.", [range('ODD 1 à 17', ALL)], 'fr'],
  ["L'Agenda 2030 pour le développement durable est universel.", [gen('Agenda 2030 pour le développement durable', 'fr')], 'fr'],
  ['La empresa contribuye al ODS 4 sobre educación.', [n('ODS 4', 4, 'es')], 'es'],
  ['Los Objetivos de Desarrollo Sostenible son universales para todos.', [gen('Objetivos de Desarrollo Sostenible', 'es')], 'es'],
  ['Con los ODS, el Objetivo 6 es clave para el agua.', [gen('ODS', 'es'), n('Objetivo 6', 6, 'es')], 'es'],
  ['El Objetivo de Desarrollo Sostenible 7 trata de la energía.', [n('Objetivo de Desarrollo Sostenible 7', 7, 'es')], 'es'],
  ['Los ODS 8 y 9 son prioritarios para la empresa.', [list('ODS 8 y 9', [8, 9], 'es')], 'es'],
  ['La meta 3.4 de los ODS reduce la mortalidad.', [tgt('meta 3.4', '3.4', 'es'), gen('ODS', 'es')], 'es'],
  ['El indicador 12.5.1 mide el reciclaje.', [ind('indicador 12.5.1', '12.5.1', 'es')], 'es'],
  ['La Agenda 2030 para el Desarrollo Sostenible es universal.', [gen('Agenda 2030 para el Desarrollo Sostenible', 'es')], 'es'],
  ['Das Nachhaltigkeitsziel 12 betrifft Konsum und Produktion.', [n('Nachhaltigkeitsziel 12', 12, 'de')], 'de'],
  ['Wir leisten einen Beitrag zu SDG 12 und der Agenda 2030.', [n('SDG 12', 12, 'de'), gen('Agenda 2030', 'de')], 'de'],
  ['Die Ziele für nachhaltige Entwicklung sind für uns wichtig.', [gen('Ziele für nachhaltige Entwicklung', 'de')], 'de'],
  ['Die 17 Nachhaltigkeitsziele der Vereinten Nationen sind der Rahmen.', [gen('Nachhaltigkeitsziele der Vereinten Nationen', 'de')], 'de'],
  ['Die globalen Nachhaltigkeitsziele sind für die Welt.', [gen('globalen Nachhaltigkeitsziele', 'de')], 'de'],
  ['Die UN-Nachhaltigkeitsziele sind der Rahmen.', [gen('UN-Nachhaltigkeitsziele', 'de')], 'de'],
  ['Mit den SDGs ist Ziel 5 für uns zentral.', [gen('SDGs', 'de'), n('Ziel 5', 5, 'de')], 'de'],
  ['Die Unterziele 8.7 und 8.8 der SDGs sind wichtig.', [tgt('Unterziele 8.7', '8.7', 'de'), tgt('8.8', '8.8', 'de'), gen('SDGs', 'de')], 'de'],
  ['Der Indikator 6.1.1 misst die Versorgung mit Trinkwasser.', [ind('Indikator 6.1.1', '6.1.1', 'de')], 'de'],
  ['Die Nachhaltigkeitsziele 3 und 4 sind für uns zentral.', [list('Nachhaltigkeitsziele 3 und 4', [3, 4], 'de')], 'de'],
  ['Nachhaltige Entwicklung – Agenda 2030 / SDGs', [gen('Agenda 2030', 'de'), gen('SDGs', 'de')], 'de'],
];

/** General references: no specific goal. */
const generalCases: Case[] = [
  ['We support the Sustainable Development Goals.', [gen('Sustainable Development Goals', 'en')]],
  ['the United Nations Sustainable Development Goals ( SDGs ) and more', [gen('Sustainable Development Goals ( SDGs )')]],
  ['Our work advances the SDGs.', [gen('SDGs')]],
  ['We align with the 2030 Agenda.', [gen('2030 Agenda')]],
  ['We align with Agenda 2030.', [gen('Agenda 2030')]],
  ['the 2030 Agenda for Sustainable Development', [gen('2030 Agenda for Sustainable Development')]],
  ['We back the Global Goals.', [gen('Global Goals')]],
  ['the Global Goals for Sustainable Development', [gen('Global Goals for Sustainable Development')]],
  ['The SDGs are a set of 17 global goals and 169 targets', [gen('SDGs'), gen('global goals')]],
  ['the UN Global Goals', [gen('Global Goals')]],
  ['contributing to all 17 SDGs', [gen('SDGs')]],
  ['and Sustainable Development Goal', [gen('Sustainable Development Goal')]],
  ['SUSTAINABLE DEVELOPMENT GOALS', [gen('SUSTAINABLE DEVELOPMENT GOALS')]],
  ['The UN SDGs framework', [gen('SDGs')]],
  ['the seven Global Goals most relevant to our business', [gen('Global Goals')]],
];

/** Things that are not SDG references. */
const negativeCases: Case[] = [
  ['Goal 3 of the match was scored in the 80th minute.', []],
  ['He scored goal 3 of the season for the league leaders.', []],
  ['The striker netted goal 2 before half-time.', []],
  ['Our goal 1 is to double revenue.', []],
  ['Goal 5: reduce churn by 10% next quarter.', []],
  ['Upgrade to v13.1 for the fix.', []],
  ['See p. 13.2 for details.', []],
  ['Figure 13 shows the trend.', []],
  ['Section 8.7 describes the method.', []],
  ['Table 6.1.1 lists the results.', []],
  ['version 12.5.1 was released', []],
  ['That is an ODD 5 minute delay.', []],
  ['ODD reports cover operational due diligence.', []],
  ['ODS emissions fell after the ban on ozone-depleting substances.', []],
  ['ODS 4 phase-out schedule for refrigerants.', []],
  ['SDG&E raised electricity prices.', []],
  ['SDG & E customers in San Diego.', []],
  ['The price is SDG 5 million in Sudan.', []],
  ['The Sudanese pound: SDG 10 buys little.', []],
  ['Exchange rate USD/SDG 15 this week.', []],
  ['SDG 15,000 was paid in fees.', []],
  ['SDG 12.5 percent rate.', []],
  ['SDG Group announced a merger.', []],
  ['Kampagne «God\'s Global Goals»: Was Nachhaltigkeitsziele und Kirche miteinander zu tun haben', [], 'de'],
  ['Unsere Nachhaltigkeitsziele für 2025 sind ehrgeizig.', [], 'de'],
  ['The church campaign God\'s Global Goals invites prayer.', []],
  ['We set global goals for the company.', []],
  ['climate action is needed now', []],
  ['Our Climate Action plan cuts emissions.', []],
  ['Zero Hunger Day at the school canteen.', []],
  ['gender equality matters in hiring', []],
  ['Life on Land is a documentary.', []],
  ['Quality Education Ltd opened a branch.', []],
  ['Digital Agenda 2030 of the city council.', []],
  ['The meeting agenda for 2030 planning.', []],
  ['The agenda item 13 was postponed.', []],
  ['Our target 14.1 million users by 2025.', []],
  // Without two outright SDG references, a far-away lower-case "target 14.4" is an ordinary target.
  [`Our sales team met its quarterly goals. ${'Revenue grew in every region. '.repeat(20)}The plan is aligned with target 14.4 for the year.`, []],
  [`We report on SDG 2 and SDG 14. ${'Our fleet landed more fish. '.repeat(30)}We target 1.5 degrees of warming and a target 2.5x leverage.`, [n('SDG 2', 2), n('SDG 14', 14)]],
  ['We target 1.5 degrees of warming.', []],
  ['indicator 1.5 of the dashboard', []],
  ['The target is 8.7 percent growth.', []],
  ['SDG 18 does not exist.', []],
  ['SDG 0 is not a goal.', []],
  ['SDG 130 is too large.', []],
  ['SDG 13th floor office.', []],
  ['SDG 2024 annual review.', []],
  ['SDGs20 tag', []],
  ['target 18.1 is not a target code.', []],
  ['SDG 13.9 is not a target code.', []],
  ['indicator 6.1.9 is not an indicator code.', []],
  ['XSDG 13 is part of a product code.', []],
  ['ABCSDGs is a token.', []],
  ['The Meta 3.4 release (Meta the company).', []],
  ['Objective 13 of the project is to deliver.', []],
  ['Objetivo 6 del proyecto: entregar a tiempo.', [], 'es'],
  ['Ziel 5 des Projekts ist die Lieferung.', [], 'de'],
  ["L'objectif 13 de l'équipe est de livrer.", [], 'fr'],
  ['goals 3 and 4 of the quarterly plan', []],
  ['The goalkeeper made 3 saves.', []],
  ['Goals: 3 in total this season.', []],
  ['He set a goal 13 years ago.', []],
  ['Our 2030 agenda items are listed.', []],
  ['Windows 10 target 10.2 build', []],
  ['ODD', []],
  ['odd 5 numbers', []],
  ['The goods and methods of ODS-free chillers.', []],
  ['accessible 3.4 parking', []],
  ['metadata 3.4 schema', []],
  ['Ziele für 2025', [], 'de'],
  ['les objectifs de développement durable de notre entreprise', [], 'fr'],
  ['Chapter 13.2 explains the sampling.', []],
  ['Release notes for 8.7.1 and 14.1.2.', []],
  ['The 2030 target of 17 sites was met.', []],
  ['Goal! 3-1 to the home side.', []],
  ['Our goals for 2030 are ambitious.', []],
  ['The team reached its goal 10 minutes before the deadline.', []],
];

/** Mixed realistic sentences. */
const realisticCases: Case[] = [
  // A one-word German goal name is an ordinary noun near a cue (bundeskanzleramt.gv.at menu).
  ['Agenda 2030 – Stärkung der Geschlechtergerechtigkeit. Weitere Organisationen zur Förderung der Geschlechtergleichstellung', [gen('Agenda 2030', 'de')], 'de'],
  [
    'BXP \'s reporting is aligned with the Global Reporting Initiative ( GRI ) , the United Nations Sustainable Development Goals ( SDGs ) , and SASB .',
    [gen('Sustainable Development Goals ( SDGs )')],
  ],
  [
    'aligned with the direction set by the United Nations SDGs , which support human rights initiatives . For example , SDG 8 includes a goal to protect labor rights',
    [gen('SDGs'), n('SDG 8', 8)],
  ],
  [
    '- GOAL 13 : Climate Action . Target 13.1 : Strengthen resilience and adaptive capacity',
    [n('GOAL 13 : Climate Action', 13), tgt('Target 13.1', '13.1')],
  ],
  [
    'The UN Sustainable Development Goals (SDGs) are a global call to action. They inform our approach to products.',
    [gen('Sustainable Development Goals (SDGs)')],
  ],
  [
    'Our contribution to SDG 7 (Affordable and Clean Energy) and SDG 13 (Climate Action) is measured by indicator 7.2.1.',
    [n('SDG 7 (Affordable and Clean Energy', 7), n('SDG 13 (Climate Action', 13), ind('indicator 7.2.1', '7.2.1')],
  ],
  [
    'Im Rahmen der Agenda 2030 unterstützen wir SDG 2: Kein Hunger und SDG 6.',
    [gen('Agenda 2030', 'de'), n('SDG 2: Kein Hunger', 2, 'de'), n('SDG 6', 6, 'de')],
    'de',
  ],
  [
    'We support “Zero Hunger” and ‘climate action’ under the SDGs — SDGs 1–17, Goal 14 – Life Below Water.',
    [name('Zero Hunger', 2), name('climate action', 13), gen('SDGs'), range('SDGs 1–17', ALL), n('Goal 14 – Life Below Water', 14)],
  ],
  [
    'Наша компания поддерживает ЦУР. Our report covers SDG 6 and “Clean Water and Sanitation”.',
    [n('SDG 6', 6), name('Clean Water and Sanitation', 6)],
  ],
  [
    'Emerging Markets SDG Impact Bond Fund (IBF) and the Sustainable Development Goals (SDG) of the United Nations',
    [gen('Sustainable Development Goals (SDG)')],
  ],
];

const allCases: [string, Case[]][] = [
  ['numbers', numberCases],
  ['goal in context', goalContextCases],
  ['lists and ranges', listCases],
  ['targets and indicators', targetCases],
  ['names', nameCases],
  ['multilingual', multilingualCases],
  ['general', generalCases],
  ['negatives', negativeCases],
  ['realistic', realisticCases],
];

function check(text: string, expected: Exp[], lang?: Lang) {
  const refs = findExplicitReferences(text, lang ? { lang } : {});
  expect(
    refs.map((r) => ({
      t: r.text,
      g: r.goals,
      ...(r.target ? { target: r.target } : {}),
      ...(r.indicator ? { indicator: r.indicator } : {}),
    })),
  ).toEqual(expected.map((e) => ({ t: e.t, g: e.g, ...(e.target ? { target: e.target } : {}), ...(e.indicator ? { indicator: e.indicator } : {}) })));
  refs.forEach((r, i) => {
    const e = expected[i]!;
    expect(r.text).toBe(text.slice(r.start, r.end));
    if (e.form) expect(r.form).toBe(e.form);
    if (e.lang) expect(r.lang).toBe(e.lang);
    expect(ExplicitReferenceSchema.parse(r)).toEqual(r);
  });
}

describe.each(allCases)('findExplicitReferences: %s', (_group, cases) => {
  test.each(cases)('%j', (text, expected, lang) => check(text, expected, lang));
});

describe('findExplicitReferences: invariants', () => {
  const doc = [...numberCases, ...listCases, ...targetCases, ...nameCases, ...generalCases, ...negativeCases]
    .map((c) => c[0])
    .join('\n');

  test('results are sorted by start and do not overlap', () => {
    const refs = findExplicitReferences(doc, { lang: 'en' });
    expect(refs.length).toBeGreaterThan(50);
    for (let i = 1; i < refs.length; i++) expect(refs[i]!.start).toBeGreaterThanOrEqual(refs[i - 1]!.end);
  });

  test('the table has at least 200 cases and a third of them are negatives', () => {
    const total = allCases.reduce((s, [, c]) => s + c.length, 0);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(negativeCases.length * 3).toBeGreaterThanOrEqual(total);
  });

  test('a weak "Goal n" far from any SDG cue is not taken', () => {
    const far = `The SDGs matter. ${'Filler words about our business. '.repeat(30)}Goal 13 is next.`;
    expect(findExplicitReferences(far, { lang: 'en' }).map((r) => r.text)).toEqual(['SDGs']);
  });

  test('a lower-case "goal n" needs its cue closer than a capitalised "Goal n"', () => {
    const gap = 'Filler words about our business. '.repeat(8); // ~270 characters
    expect(findExplicitReferences(`The SDGs matter. ${gap}Goal 13 is next.`, { lang: 'en' }).map((r) => r.text)).toEqual(['SDGs', 'Goal 13']);
    expect(findExplicitReferences(`The SDGs matter. ${gap}goal 13 is next.`, { lang: 'en' }).map((r) => r.text)).toEqual(['SDGs']);
  });

  test('a name far from any SDG cue is not taken', () => {
    const far = `The SDGs matter. ${'Filler words about our business. '.repeat(30)}Climate Action Week.`;
    expect(findExplicitReferences(far, { lang: 'en' }).map((r) => r.text)).toEqual(['SDGs']);
  });

  test('the document language is detected when not given', () => {
    expect(findExplicitReferences('Wir unterstützen SDG 12 und die Ziele der Agenda 2030 mit dem Projekt.')[0]!.lang).toBe('de');
  });
});

const langCases: [string, Lang][] = [
  ['The company is committed to the goals and the targets of the agreement.', 'en'],
  ["L'entreprise est engagée pour les objectifs et dans les actions du programme.", 'fr'],
  ['La empresa está comprometida con los objetivos y las metas del acuerdo para el futuro.', 'es'],
  ['Das Unternehmen ist den Zielen und der Agenda für die Zukunft verpflichtet und wird sich mit dem Thema befassen.', 'de'],
  ['SDG 13', 'en'],
  ['', 'en'],
];

describe('detectLang', () => {
  test.each(langCases)('%j → %s', (text, lang) => expect(detectLang(text)).toBe(lang));
});

