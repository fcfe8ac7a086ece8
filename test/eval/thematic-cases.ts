/**
 * Parallel paragraphs (same content in en/fr/es) with the goal each is clearly about, and generic
 * corporate prose about no goal. Written for the tests and the parity check; none of them is in
 * the training data (lib/sdg/train/synthetic.ts holds different paragraphs).
 */

/** One clear case per goal, in three languages. */
export interface ParallelCase {
  goal: number;
  /** Subject words (per language, '|'-separated alternatives): one should appear among the evidence terms. */
  evidence: { en: string; fr: string; es: string };
  en: string;
  fr: string;
  es: string;
}

/** Clear cases, one per goal. */
export const PARALLEL_CASES: ParallelCase[] = [
  {
    goal: 1,
    evidence: { en: 'poverty', fr: 'pauvreté', es: 'pobreza' },
    en: 'In the districts we serve, one family in three lives in extreme poverty. Our social assistance scheme gives poor households a monthly allowance and access to basic services.',
    fr: 'Dans les districts que nous desservons, une famille sur trois vit dans l’extrême pauvreté. Notre dispositif d’aide sociale verse aux ménages pauvres une allocation mensuelle et leur donne accès aux services de base.',
    es: 'En los distritos que atendemos, una de cada tres familias vive en la pobreza extrema. Nuestro plan de asistencia social da a los hogares pobres una asignación mensual y acceso a los servicios básicos.',
  },
  {
    goal: 2,
    evidence: { en: 'hunger', fr: 'faim', es: 'hambre' },
    en: 'Hunger remains widespread after three failed harvests. The project distributes seeds and fertiliser to farmers and treats children suffering from acute malnutrition.',
    fr: 'La faim reste répandue après trois mauvaises récoltes. Le projet distribue des semences et des engrais aux agriculteurs et soigne les enfants souffrant de malnutrition aiguë.',
    es: 'El hambre sigue extendida tras tres malas cosechas. El proyecto distribuye semillas y fertilizantes a los agricultores y trata a los niños que sufren desnutrición aguda.',
  },
  {
    goal: 3,
    evidence: { en: 'hospital|HIV|immunisation|antenatal', fr: 'hôpital|VIH|vaccination|prénatales', es: 'hospital|VIH|vacunación|prenatal' },
    en: 'The new district hospital offers antenatal care, immunisation for infants and treatment for HIV, which will reduce deaths of mothers and newborns.',
    fr: 'Le nouvel hôpital de district propose des consultations prénatales, la vaccination des nourrissons et le traitement du VIH, ce qui réduira les décès de mères et de nouveau-nés.',
    es: 'El nuevo hospital de distrito ofrece atención prenatal, vacunación de lactantes y tratamiento del VIH, lo que reducirá las muertes de madres y recién nacidos.',
  },
  {
    goal: 4,
    evidence: { en: 'schools|teachers|education', fr: 'écoles|enseignants|enseignement', es: 'escuelas|docentes|educación' },
    en: 'We built twelve schools, trained 300 teachers and provide textbooks so that every pupil learns to read and write by the end of primary education.',
    fr: 'Nous avons construit douze écoles, formé 300 enseignants et fourni des manuels pour que chaque élève sache lire et écrire à la fin de l’enseignement primaire.',
    es: 'Construimos doce escuelas, formamos a 300 docentes y proporcionamos libros de texto para que cada alumno aprenda a leer y escribir al final de la educación primaria.',
  },
  {
    goal: 5,
    evidence: { en: 'women', fr: 'femmes', es: 'mujeres' },
    en: 'Women earn a fifth less than men for the same work and hold few seats on boards. The programme trains women leaders and supports victims of domestic violence.',
    fr: 'Les femmes gagnent un cinquième de moins que les hommes pour le même travail et occupent peu de sièges dans les conseils. Le programme forme des femmes dirigeantes et soutient les victimes de violences conjugales.',
    es: 'Las mujeres ganan una quinta parte menos que los hombres por el mismo trabajo y ocupan pocos puestos en los consejos. El programa forma a mujeres líderes y apoya a las víctimas de la violencia doméstica.',
  },
  {
    goal: 6,
    evidence: { en: 'water', fr: 'eau', es: 'agua' },
    en: 'Villagers used to walk two hours to fetch water from a polluted stream. The new pipeline delivers safe drinking water, and every household now has a latrine.',
    fr: 'Les villageois marchaient deux heures pour puiser l’eau d’un ruisseau pollué. La nouvelle canalisation apporte de l’eau potable et chaque foyer dispose désormais de latrines.',
    es: 'Los aldeanos caminaban dos horas para sacar agua de un arroyo contaminado. La nueva tubería lleva agua potable segura y cada hogar cuenta ahora con una letrina.',
  },
  {
    goal: 7,
    evidence: { en: 'solar|electricity|energy', fr: 'solaires|électricité|énergie', es: 'solares|electricidad|energía' },
    en: 'Rooftop solar panels and a small hydropower plant now supply clean electricity to the island, replacing diesel generators and cutting energy bills.',
    fr: 'Des panneaux solaires sur les toits et une petite centrale hydroélectrique fournissent désormais une électricité propre à l’île, à la place des groupes électrogènes diesel, et réduisent les factures d’énergie.',
    es: 'Paneles solares en los tejados y una pequeña central hidroeléctrica suministran ahora electricidad limpia a la isla, sustituyen a los generadores diésel y reducen las facturas de energía.',
  },
  {
    goal: 8,
    evidence: { en: 'jobs', fr: 'emplois', es: 'empleos' },
    en: 'Youth unemployment is high, so the programme helps young people find decent jobs, protects workers’ rights and inspects factories for unsafe working conditions.',
    fr: 'Le chômage des jeunes est élevé : le programme aide les jeunes à trouver des emplois décents, protège les droits des travailleurs et inspecte les usines pour repérer les conditions de travail dangereuses.',
    es: 'El desempleo juvenil es alto, por lo que el programa ayuda a los jóvenes a encontrar empleos dignos, protege los derechos de los trabajadores e inspecciona las fábricas en busca de condiciones de trabajo peligrosas.',
  },
  {
    goal: 9,
    evidence: { en: 'infrastructure', fr: 'infrastructures', es: 'infraestructura' },
    en: 'The new motorway, a modern port and fibre internet infrastructure connect the region’s factories to markets, and a research centre helps small manufacturers innovate.',
    fr: 'La nouvelle autoroute, un port moderne et des infrastructures internet en fibre relient les usines de la région aux marchés, et un centre de recherche aide les petits industriels à innover.',
    es: 'La nueva autopista, un puerto moderno y la infraestructura de internet por fibra conectan las fábricas de la región con los mercados, y un centro de investigación ayuda a los pequeños fabricantes a innovar.',
  },
  {
    goal: 10,
    evidence: { en: 'inequality', fr: 'inégalités', es: 'desigualdad' },
    en: 'The gap between the richest and the poorest keeps widening. Progressive taxes and the inclusion of migrants and people with disabilities are needed to reduce inequality.',
    fr: 'L’écart entre les plus riches et les plus pauvres ne cesse de se creuser. Une fiscalité progressive et l’inclusion des migrants et des personnes handicapées sont nécessaires pour réduire les inégalités.',
    es: 'La brecha entre los más ricos y los más pobres sigue aumentando. Se necesitan impuestos progresivos y la inclusión de los migrantes y las personas con discapacidad para reducir la desigualdad.',
  },
  {
    goal: 11,
    evidence: { en: 'housing', fr: 'logements', es: 'viviendas' },
    en: 'The city is building affordable housing near new tram lines, upgrading slums and creating parks so that residents breathe cleaner air.',
    fr: 'La ville construit des logements abordables près des nouvelles lignes de tramway, réhabilite les bidonvilles et crée des parcs pour que les habitants respirent un air plus pur.',
    es: 'La ciudad construye viviendas asequibles cerca de las nuevas líneas de tranvía, mejora los barrios marginales y crea parques para que los residentes respiren un aire más limpio.',
  },
  {
    goal: 12,
    evidence: { en: 'waste|recycling|packaging', fr: 'déchet|recyclant|emballages', es: 'residuos|reciclando|envases' },
    en: 'Our factories reuse offcuts, customers can return products for repair, and we aim to send zero waste to landfill by reducing packaging and recycling materials.',
    fr: 'Nos usines réutilisent les chutes, les clients peuvent rapporter les produits pour réparation, et nous visons zéro déchet mis en décharge en réduisant les emballages et en recyclant les matériaux.',
    es: 'Nuestras fábricas reutilizan los recortes, los clientes pueden devolver los productos para su reparación y buscamos cero residuos en vertedero reduciendo los envases y reciclando los materiales.',
  },
  {
    goal: 13,
    evidence: { en: 'climate|greenhouse|emissions', fr: 'climatique|effet de serre|émissions', es: 'climático|invernadero|emisiones' },
    en: 'Rising temperatures and more frequent storms threaten the coast. The plan halves greenhouse gas emissions by 2030 and helps farmers adapt to climate change.',
    fr: 'La hausse des températures et des tempêtes plus fréquentes menacent la côte. Le plan réduit de moitié les émissions de gaz à effet de serre d’ici 2030 et aide les agriculteurs à s’adapter au changement climatique.',
    es: 'El aumento de las temperaturas y las tormentas más frecuentes amenazan la costa. El plan reduce a la mitad las emisiones de gases de efecto invernadero para 2030 y ayuda a los agricultores a adaptarse al cambio climático.',
  },
  {
    goal: 14,
    evidence: { en: 'fish', fr: 'poissons', es: 'peces' },
    en: 'Overfishing has emptied the bay of fish and plastic litter washes onto the reef. A new marine reserve lets fish stocks recover and protects the coral.',
    fr: 'La surpêche a vidé la baie de ses poissons et les déchets plastiques s’échouent sur le récif. Une nouvelle réserve marine permet aux stocks de poissons de se reconstituer et protège les coraux.',
    es: 'La sobrepesca ha vaciado la bahía de peces y los residuos plásticos llegan al arrecife. Una nueva reserva marina permite que las poblaciones de peces se recuperen y protege el coral.',
  },
  {
    goal: 15,
    evidence: { en: 'forest|logging|ecosystem', fr: 'forêt|écosystème|faune', es: 'bosque|ecosistema|fauna' },
    en: 'Illegal logging destroyed much of the forest and wildlife disappeared with it. Rangers now patrol the reserve, and native trees are planted to restore the ecosystem.',
    fr: 'L’exploitation illégale du bois a détruit une grande partie de la forêt et la faune sauvage a disparu avec elle. Des gardes patrouillent désormais la réserve et des arbres indigènes sont plantés pour restaurer l’écosystème.',
    es: 'La tala ilegal destruyó gran parte del bosque y la fauna silvestre desapareció con él. Ahora los guardabosques patrullan la reserva y se plantan árboles autóctonos para restaurar el ecosistema.',
  },
  {
    goal: 16,
    evidence: { en: 'corruption', fr: 'corruption', es: 'corrupción' },
    en: 'Corruption in the courts and police violence undermine trust. The reform creates an independent anti-corruption agency and free legal aid so that citizens can obtain justice.',
    fr: 'La corruption dans les tribunaux et les violences policières minent la confiance. La réforme crée une agence anticorruption indépendante et une aide juridictionnelle gratuite pour que les citoyens obtiennent justice.',
    es: 'La corrupción en los tribunales y la violencia policial socavan la confianza. La reforma crea una agencia anticorrupción independiente y asistencia jurídica gratuita para que los ciudadanos obtengan justicia.',
  },
  {
    goal: 17,
    evidence: { en: 'partnership', fr: 'partenariat', es: 'alianza' },
    en: 'The partnership brings together donor governments, development banks and private investors to finance projects in low-income countries and to transfer technology.',
    fr: 'Le partenariat réunit des gouvernements donateurs, des banques de développement et des investisseurs privés pour financer des projets dans les pays à faible revenu et transférer des technologies.',
    es: 'La alianza reúne a gobiernos donantes, bancos de desarrollo e inversores privados para financiar proyectos en países de bajos ingresos y transferir tecnología.',
  },
];

/**
 * Audit and control prose: accountability vocabulary ("external auditor", "independence") sits
 * near the thresholds of goals 16 and 8. A known weakness, kept visible in the tests.
 */
export const BORDERLINE_CASE = 'The audit committee oversees the integrity of the financial statements, the independence of the external auditor and the effectiveness of internal controls.';

/** Generic corporate and administrative prose: no goal should be judged relevant. */
export const NEGATIVE_CASES: Array<{ lang: 'en' | 'fr' | 'es'; text: string }> = [
  { lang: 'en', text: 'The annual general meeting will be held on 14 May at the company’s headquarters. Shareholders may vote in person or by proxy on the resolutions set out in the notice.' },
  { lang: 'en', text: 'Net income for the quarter rose to 312 million, earnings per share increased by 8%, and the board declared an interim dividend.' },
  { lang: 'en', text: 'Please read these terms of use carefully before using the website. By accessing the site you agree to be bound by them.' },
  { lang: 'en', text: 'Our customer service team is available Monday to Friday. Orders placed before noon are shipped the same day and can be tracked online.' },
  { lang: 'fr', text: 'L’assemblée générale annuelle se tiendra le 14 mai au siège de la société. Les actionnaires peuvent voter en personne ou par procuration sur les résolutions.' },
  { lang: 'fr', text: 'Le résultat net du trimestre atteint 312 millions, le bénéfice par action progresse de 8 % et le conseil a déclaré un acompte sur dividende.' },
  { lang: 'fr', text: 'Notre service client est disponible du lundi au vendredi. Les commandes passées avant midi sont expédiées le jour même.' },
  { lang: 'es', text: 'La junta general anual se celebrará el 14 de mayo en la sede de la empresa. Los accionistas pueden votar en persona o por representación.' },
  { lang: 'es', text: 'El beneficio neto del trimestre ascendió a 312 millones, el beneficio por acción aumentó un 8 % y el consejo aprobó un dividendo a cuenta.' },
  { lang: 'es', text: 'Nuestro servicio de atención al cliente está disponible de lunes a viernes. Los pedidos realizados antes del mediodía se envían el mismo día.' },
];
