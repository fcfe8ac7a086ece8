/**
 * Cue and counter-evidence lexicons for the washing-risk checks, per language, as data.
 *
 * Each entry is a regular-expression fragment matched case-insensitively on word boundaries, with
 * inflections written in (lemma-ish matching: "support(?:s|ing)?"). Keeping them here, not in the
 * checks, lets a reviewer read what triggers a criterion and what removes it (WASHING.md §2–3).
 */

/** Languages with cue tables. Other languages fall back to English. */
export type CueLang = 'en' | 'fr' | 'es';
/** One table: a list of regex fragments per language. */
export type CueTable = Record<CueLang, readonly string[]>;

/** A number as written in reports: "46,000", "1 450", "12.000", "3,9", "0.42". */
export const NUM = String.raw`\d{1,3}(?:[\u00a0\u202f ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

/** Units and currencies that make a number a measure. */
export const UNIT = String.raw`(?:%|‰|per ?cent|pour ?cent|por ?ciento|percentage points?|points? de pourcentage|puntos? porcentuales|[kmgt]?tco2e?q?|[kmgt]?t ?co2e?q?|co2e?|tonnes?|tons?|toneladas?|kilo(?:gram(?:me)?s?)?|kgs?|g|grams?|grammes?|gramos?|mt|kt|t|[kmgt]wh|[kmgt]w|[kmgt]wc|watts?|litres?|liters?|litros?|l|m[³3²2]|km[²2]?|cm|mm|metres?|meters?|metros?|mètres?|ha|hectares?|hectáreas?|acres?|µg\/m[³3]|mg\/l|°c|€|eur(?:os?)?|\$|usd|us\$|£|gbp|kes|chf|sek|m€|k€|millions? d'euros|millones de euros|raciones|portions|servings|days?|jours?|días?|hours?|heures?|horas?|months?|mois|meses|years?|ans|años|per (?:meal|unit|kilo|kg|parcel|employee|pair|tonne|hectare|household|person)|par (?:repas|unité|kilo|salarié|personne)|por (?:kilo|persona|comida|unidad))`;

/** Number words used for counting goals ("nine of the seventeen Goals", "huit ODD"). */
export const NUMBER_WORDS: Record<string, number> = {
  six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17,
  sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  'dix-sept': 17,
  seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15,
  dieciséis: 16, diecisiete: 17,
};

/** G1: vague green attributes that are generic claims wherever they qualify a thing. */
export const G1_STRONG: CueTable = {
  en: [
    'eco[- ]?friendly', 'environmentally[- ]friendly', 'planet[- ]friendly', 'earth[- ]friendly', 'nature[- ]friendly',
    'climate[- ]friendly', 'environment(?:ally)?[- ]conscious', 'eco[- ]conscious', 'eco[- ]responsible',
    'environmentally (?:responsible|sound|safe)', 'kind to the (?:planet|earth|environment)',
    'good for the (?:planet|earth|environment)', 'in harmony with nature', 'sustainably (?:made|produced|sourced|grown)',
    'gentle on the (?:planet|environment)', 'planet[- ]positive', 'nature[- ]positive', 'kind to nature', 'zero[- ]impact', 'impact[- ]free',
    'responsibly (?:made|sourced|produced|crafted)', 'conscious (?:collection|choice|fashion|range)', 'eco[- ]designed',
  ],
  fr: [
    'écologiques?', 'éco[- ]?responsables?', 'écoresponsables?', 'éco[- ]?conçue?s?', 'respectueu(?:x|se|ses) de (?:l\'environnement|la planète|la nature)',
    'bons? pour la planète', 'bonnes? pour la planète', 'en harmonie avec la nature', 'verte?s? et responsables?', 'respectueu(?:x|se|ses) de la nature',
    'sans impact (?:sur|pour) (?:l\'environnement|la planète)', 'zéro impact', 'dans le respect de (?:la nature|l\'environnement|la planète)', 'de (?:façon|manière) (?:durable|écologique|éco-?responsable)',
  ],
  es: [
    'ecológic[oa]s?', 'eco[- ]?amigables?', 'eco[- ]?diseñad[oa]s?', 'respetuos[oa]s? con el (?:medio ?ambiente|planeta|entorno)',
    'amigables? con el (?:medio ?ambiente|planeta)', 'buen[oa]s? para el planeta', 'en armonía con la naturaleza', 'impacto cero', 'sin impacto ambiental', 'respetando el medio ?ambiente', 'de (?:forma|manera) (?:sostenible|ecológica|respetuosa)',
  ],
};

/** G1: ambiguous attributes ("green", "sustainable") — only a claim when they qualify a product or the organisation. */
export const G1_WEAK: CueTable = {
  en: ['green', 'sustainable', 'low[- ]carbon'],
  fr: ['verte?s?', 'durables?', 'bas[- ]carbone'],
  es: ['verdes?', 'sostenibles?', 'sustentables?', 'bajo en carbono', 'baja en carbono'],
};

/** Nouns a G1_WEAK attribute must qualify to count as a product/organisation claim. */
export const G1_PRODUCT_NOUNS: CueTable = {
  en: [
    'products?', 'range', 'ranges', 'choice', 'choices', 'materials?', 'packaging', 'pack', 'pouch(?:es)?', 'paper',
    'brand', 'company', 'business', 'solutions?', 'services?', 'offer(?:ing)?s?', 'collection', 'fashion', 'clothes',
    'garments?', 'food', 'coffee', 'tea', 'beers?', 'wines?', 'cosmetics', 'shoes', 'shopping', 'fabrics?',
    'delivery', 'deliveries', 'shipping', 'energy supplier', 'tariff', 'investments?', 'funds?', 'financial products?', 'loans?', 'mortgages?', 'bonds?', 'deposits?', 'savings accounts?', 'accounts?', 'electricity', 'energy',
  ],
  fr: [
    'produits?', 'gammes?', 'choix', 'matériaux', 'matières', 'emballages?', 'papiers?', 'marques?', 'entreprises?',
    'solutions?', 'offres?', 'collections?', 'vêtements?', 'bières?', 'vins?', 'cafés?', 'cosmétiques', 'soins',
    'placements?', 'produits financiers', 'fonds', 'prêts?', 'crédits?', 'obligations?', 'livrets?', 'électricité', 'énergie',
  ],
  es: [
    'productos?(?: financieros?)?', 'gamas?', 'materiales', 'envases?', 'embalajes?', 'papel', 'marcas?', 'empresas?',
    'soluciones', 'servicios?', 'ofertas?', 'colecciones?', 'prendas?', 'ropa', 'cervezas?', 'vinos?', 'café',
    'inversiones', 'fondos?', 'préstamos?', 'hipotecas?', 'bonos?', 'cuentas?', 'electricidad', 'energía',
  ],
};

/** Literal or technical uses that are never G1 (WASHING.md §1 not-cues). */
export const G1_NOT: CueTable = {
  en: [
    'green (?:space|spaces|roofs?|walls?|belt|corridors?|areas?|hydrogen|finance framework|bond framework|tariff(?! is)|light|card|list|paper \\(|party|beans?|tea|vegetables|waste|manure|deal|belt)',
    'sustainable (?:development|aviation fuels?|development goals?|finance disclosure|forest management|livelihoods?|cities)',
    'sustainability', 'clean (?:water|energy|air|cooking|hands)', 'natural (?:gas|resources?|capital|habitats?|disasters?|persons?|regeneration|language)',
    'responsible (?:for|consumption and production|investment principles|minerals|gambling|sourcing policy)',
    'low[- ]carbon (?:economy|transition|future|society)', 'green (?:economy|transition|growth)',
  ],
  fr: [
    'espaces? verts?', 'toitures? végétalisées?', 'chimie verte', 'obligations? vertes?', 'emplois? durables?',
    'développement durable', 'eaux? propres?', 'énergies? propres?', 'croissance verte', 'économie verte',
    'responsables? (?:de|du|des)', 'consommation responsable', 'production responsable',
  ],
  es: [
    'zonas? verdes?', 'espacios? verdes?', 'áreas? verdes?', 'bonos? verdes?', 'hidrógeno verde', 'empleos? (?:estables|sostenibles)',
    'desarrollo sostenible', 'agua limpia', 'energías? limpias?', 'economía verde', 'responsables? de', 'consumo responsable',
    'ciudades y comunidades sostenibles',
  ],
};

/** G1/G5 counter-evidence: recognised excellent performance or a named independent scheme. */
export const NAMED_SCHEMES = [
  'eu ecolabel', 'ecolabel européen', 'écolabel européen', 'écolabel de l\'ue', 'etiqueta ecológica (?:de la ue|europea)',
  'iso 14024', 'iso 14001', 'iso 14021', 'iso 14025', 'emas', 'nordic swan', 'cygne nordique', 'blue angel', 'blauer engel',
  'global recycled standard', 'grs', 'recycled claim standard', 'rcs', 'fsc', 'pefc', 'fairtrade', 'fair trade',
  'max havelaar', 'rainforest alliance', 'b corp', 'b corporation', 'gots', 'global organic textile standard',
  'oeko[- ]tex', 'bluesign', 'cradle to cradle', 'c2c', 'msc', 'asc', 'eu organic', 'ab agriculture biologique',
  'agriculture biologique', 'label bio européen', 'euro[- ]feuille', 'bio europeo', 'energy star', 'epd', 'leed',
  'breeam', 'hqe', 'passivhaus', 'passive house', 'soil association', 'usda organic', 'organic 100 content standard',
  'better cotton', 'bci', 'ecocert', 'natrue', 'cosmos', 'leaping bunny', 'label rouge', 'nf environnement',
  'ange bleu', 'aenor', 'climate neutral certified', 'carbon trust', 'iscc', 'rspo', 'bonsucro', 'utz', 'smeta',
  'sa8000', 'living wage employer', 'label isr', 'greenfin', 'towards sustainability', 'febelfin', 'lucie',
  'b lab', 'demeter', 'naturland', 'fsc®', 'pefc™', 'blue flag', 'pavillon bleu', 'bandera azul', 'green key', 'clef verte', 'gold standard', 'verra', 'vcs', 'marine stewardship council', 'ecovadis', 'flocert', 'cosmos organic', 'fairtrade mark',
];

/** G2: present-tense neutrality words (climate, carbon, emissions only; gender- or pH-neutral are not cues). */
export const G2_CUES: CueTable = {
  en: [
    '(?:carbon|climate|co2|co₂|ghg|emissions?)[- ]neutral(?:ity)?', 'net[- ]zero', 'climate[- ]positive', 'carbon[- ]negative',
    '(?:carbon|climate)[- ]compensated', 'fully (?:offset|compensated)', '(?:offset|compensate)s? (?:100 ?%|all) (?:of )?(?:our|its|the|their) (?:emissions|carbon|co2)',
  ],
  fr: [
    'neutres? en carbone', 'neutralité carbone', 'carboneutres?', 'neutres? pour le climat', 'neutres? en co2',
    'zéro émission nette', 'zéro carbone', 'climatiquement neutres?', 'compensée?s? carbone', 'positive? pour le climat',
  ],
  es: [
    'neutr[oa]s? en carbono', 'neutralidad (?:de carbono|climática)', 'climáticamente neutr[oa]s?', 'carbono neutral(?:es)?',
    'neutr[oa]s? en co2', 'cero emisiones netas', 'emisiones netas cero', 'positiv[oa]s? para el clima',
  ],
};

/** G2: the claim rests on offsets (strong) — words that show the basis. */
export const OFFSET_WORDS: CueTable = {
  en: ['offset(?:s|ting)?', 'carbon credits?', 'forestry credits?', 'credits?', 'compensat(?:e|es|ed|ing|ion)', 'renewable energy certificates?', 'recs?', 'tree[- ]planting', 'planting trees'],
  fr: ['compens(?:e|ée|ées|és|ons|ent|er|ation)', 'crédits? carbone', 'crédits?', 'plantation d\'arbres'],
  es: ['compens(?:a|an|amos|ar|ación|adas?|ados?)', 'créditos? de carbono', 'créditos?', 'plantación de árboles', 'bonos de carbono'],
};

/** Future markers: a target date or a promise (F1; they also make G2 a pledge, not a present claim). */
export const FUTURE_MARKERS: CueTable = {
  en: [
    'will', "we'll", 'shall', 'aims? to', 'aiming to', 'ambition(?:s)? (?:is )?to', 'pledges? to', 'pledged to', 'commit(?:s|ted)? to (?:reach|achieve|become|cut|reduce|halve|be|using|use|reaching|achieving|halving|cutting|reducing|sourcing|source|eliminat\\p{L}+|phase)',
    'target(?:s|ing)?(?: to| of|:)', 'objective:', 'plans? to', 'set to', 'intends? to', 'goal (?:is )?to', 'on track to', 'strives? to reach', 'seeks? to',
    'is to (?:reach|achieve|become|cut|halve)',
  ],
  fr: [
    'vis(?:e|ons|ent|er)', 'atteindr(?:a|ons|ont)', 'sera', 'seront', 'serons', '\\p{L}{3,}(?:erons|irons|eront|iront|dra|drons|dront)', 'deviendr(?:a|ons|ont)', 'réduir(?:a|ons|ont)', 's\'engag(?:e|ent) à', 'nous nous engageons à',
    'ambition(?:ne)? (?:de|d\')', 'objectif (?:de|d\'|est|:)', 'ambitionn(?:e|ons|ent)', 'prévoi(?:t|ons|ent)', 'compt(?:e|ons|ent) (?:atteindre|réduire)',
    'utiliser(?:a|ons|ont)', 'aur(?:a|ons|ont)',
  ],
  es: [
    'será', 'serán', 'seremos', 'alcanzar(?:á|emos|án)', '\\p{L}{2,}(?:ará|erá|irá|arán|erán|irán|aremos|eremos|iremos)', '(?:har|habr|podr|pondr|sabr|saldr|vendr)(?:á|án|emos)', 'nos proponemos', 'se propone', 'aspira(?:mos)? a', 'nos comprometemos a', 'se compromete a',
    'objetivo(?: de| es|:)', 'meta (?:de|es)', 'reducir(?:á|emos|án)', 'lograr(?:á|emos|án)', 'tendr(?:á|emos|án)', 'usar(?:á|emos|án)', 'utilizar(?:á|emos|án)',
    'pretende(?:mos)?', 'prevé', 'prevemos',
  ],
};

/** Target dates: "by 2030", "d'ici 2030", "para 2030", "en 2040", "in 2050". */
export const TARGET_DATE: CueTable = {
  en: ['by (?:the end of )?(20[2-9]\\d)', 'in (20[2-9]\\d)', 'before (20[2-9]\\d)', 'until (20[2-9]\\d)'],
  fr: ['d\'ici (?:à |la fin de )?(20[2-9]\\d)', 'en (20[2-9]\\d)', 'avant (20[2-9]\\d)', 'à l\'horizon (20[2-9]\\d)', 'horizon (20[2-9]\\d)'],
  es: ['para (?:el año |finales de )?(20[2-9]\\d)', 'en (20[2-9]\\d)', 'antes de (20[2-9]\\d)', 'a más tardar en (20[2-9]\\d)', 'de cara a (20[2-9]\\d)'],
};

/** What makes a future sentence a performance pledge (F1), not an event announcement. */
export const PLEDGE_OBJECTS: CueTable = {
  en: ['net[- ]zero', 'neutral', 'emissions?', 'carbon', 'co2', 'renewabl\\p{L}*', 'halve', 'reduc\\p{L}+', 'cut', 'zero', '100 ?%', 'sustainabl\\p{L}+', 'recycl\\p{L}+', 'plastic', 'deforestation', 'footprint', 'plan', 'water', 'waste', 'fossil', 'coal', 'electric', 'gender', 'parity', 'living wage', 'positive'],
  fr: ['neutr\\p{L}+', 'zéro', 'émissions?', 'carbone', 'co2', 'renouvelables?', 'électriques?', 'réduir\\p{L}*', 'réduction', 'moitié', '100 ?%', 'durables?', 'recycl\\p{L}+', 'plastique', 'déforestation', 'empreinte', 'plan', 'eau', 'déchets', 'fossiles?', 'charbon', 'parité'],
  es: ['neutr\\p{L}+', 'cero', 'emisiones', 'carbono', 'co2', 'renovables?', 'eléctric\\p{L}+', 'reduc\\p{L}+', 'mitad', '100 ?%', 'sostenibles?', 'recicl\\p{L}+', 'plástico', 'deforestación', 'huella', 'plan', 'agua', 'residuos', 'fósiles?', 'carbón', 'paridad'],
};

/** F1 counter: a baseline (reference year with a figure). */
export const BASELINE: CueTable = {
  en: ['baseline', 'base year', 'compared (?:with|to) (?:20|19)\\d\\d', '(?:from|against|relative to|versus|vs\\.?) (?:a |the |our )?(?:(?:20|19)\\d\\d)', 'from (?:the )?(?:20|19)\\d\\d (?:level|baseline)s?', 'below (?:20|19)\\d\\d levels?', '(?:19|20)\\d\\d levels?'],
  fr: ['année de référence', 'référence', 'par rapport à (?:20|19)\\d\\d', 'par rapport à l\'année', 'base (?:20|19)\\d\\d', 'depuis (?:20|19)\\d\\d', 'niveau de (?:20|19)\\d\\d'],
  es: ['año base', 'línea de base', 'línea base', 'respecto (?:a|de) (?:20|19)\\d\\d', 'con respecto a', 'frente a (?:20|19)\\d\\d', 'en comparación con (?:20|19)\\d\\d', 'niveles de (?:20|19)\\d\\d'],
};

/** F1 counter: an interim step, a published plan or budget, independent validation or progress to date. */
export const PLAN_STEPS: CueTable = {
  en: ['interim', 'milestones?', 'intermediate target', 'transition plan', 'published plan', 'action plan', 'roadmap', 'budget(?:ed)?', 'capex', 'investment plan', '(?:€|\\$|£) ?\\d', 'science based targets?', 'sbti', 'validated', 'independently verified', 'progress to date', 'stood at', 'so far', 'to date', 'already (?:cut|reduced|achieved)'],
  fr: ['étapes?', 'intermédiaires?', 'jalons?', 'plan (?:climat|de transition|d\'action)', 'feuille de route', 'budget', 'consacre', 'm€', '€', 'sbti', 'science based targets?', 'validée?s? par', 's\'élevai(?:t|ent)', 'à ce jour', 'déjà'],
  es: ['hitos?', 'intermedi[oa]s?', 'plan (?:de transición|climático|de acción)', 'hoja de ruta', 'presupuesto', 'millones de euros', '€', 'sbti', 'science based targets?', 'validad[oa]s? por', 'hasta la fecha', 'ya hemos', 'se situaron', 'ascendieron'],
};

/** V1: engagement verbs (present tense) that stand in for a result. */
export const V1_CUES: CueTable = {
  en: [
    'support(?:s|ing)?', 'help(?:s|ing)?', 'contribut(?:e|es|ing) (?:to|towards)', '(?:are|is|remain|remains|stay) (?:fully |deeply |firmly )?committed to',
    'promot(?:e|es|ing)', 'striv(?:e|es|ing)', 'endeavou?r(?:s)? to', 'rais(?:e|es|ing) awareness', 'foster(?:s|ing)?', 'encourag(?:e|es|ing)',
    'champion(?:s|ing)?', 'empower(?:s|ing)?', 'work(?:s|ing)? (?:towards|to build|for a)', 'continu(?:e|es) to (?:invest|work|support|champion|promote|help|strive)',
    'wherever possible', 'where possible', 'make a (?:positive )?difference', 'making (?:every|a) \\p{L}+ count', 'improv(?:e|es|ing) (?:the )?(?:lives|quality of life|wellbeing|well-being|outcomes|life chances|prospects|opportunities)',
    'dedicated to', 'passionate about', 'play(?:s|ing)? (?:our|its|their) part', 'care(?:s)? (?:deeply )?about', 'aspir(?:e|es) to', '(?:are|is) working (?:to|towards|hard to)',
    'give(?:s)? back to', 'believe(?:s)? in (?:a|the|building)', 'work(?:s|ing)? (?:[\\p{L}-]+ ){0,6}?to build', 'build(?:s|ing)? a (?:more sustainable|better|fairer|greener|brighter) (?:world|future|planet|society|tomorrow)',
  ],
  fr: [
    'contribu(?:e|ons|ent|er|ez) à', 'contribu(?:e|ons|ent|ez) au(?:x)?', 'soutien(?:t|nent)', 'souten(?:ons|ez)', 'accompagn(?:e|ons|ent)', 'favoris(?:e|ons|ent)', 'promouv(?:oir|ons|ent)', 'promeut',
    'sensibilis(?:e|ons|ent|er)', 'œuvr(?:e|ons|ent|er)', 'oeuvr(?:e|ons|ent|er)', 'agi(?:t|ssons|ssent) pour', 'encourag(?:e|eons|ent)', 'nous engageons pour',
    'nous sommes engagés', 'engagée? (?:pour|en faveur)', 'dans la mesure du possible', 'nous attachons à', 'nous efforçons de', 's\'efforce de', 'agi(?:t|ssons) en faveur', 'agi(?:t|ssons|ssent) (?:[\\p{L}-]+ ){0,2}pour', 'améliorer? (?:la qualité de vie|le quotidien|le bien-être)', 'contribuer à', 'aid(?:e|ons|ent) (?:les|à)',
  ],
  es: [
    'contribu(?:ye|imos|yen|ir|yes) a', 'contribu(?:ye|imos|yen|yes) al', 'apoy(?:a|amos|an|ar|as)', 'apost(?:amos|a|an) por', 'impuls(?:a|amos|an|ar)', 'foment(?:a|amos|an|ar)', 'promov(?:emos|er)',
    'promuev(?:e|en)', 'acompañ(?:a|amos|an)', 'sensibiliz(?:a|amos|an|ar)', 'trabaj(?:a|amos|an) por', 'mejorando', 'mejora(?:mos)? la calidad de vida', 'ayud(?:a|amos|an) a',
    'en la medida de lo posible', 'nos comprometemos con', 'comprometid[oa]s? con', 'favorec(?:e|emos|en)', 'trabaj(?:a|amos|an) para (?:mejorar|construir|impulsar|lograr)', 'nos esforzamos', 'se esfuerza',
  ],
};

/** V1 does not fire when the "verb" is a noun: "rent-support scheme", "our support". */
export const V1_NOUN_BEFORE = String.raw`(?:-|\b(?:the|our|a|an|their|its|of|for|with|financial|technical|public|rent|income|peer|la|le|les|notre|nos|un|une|el|los|las|su|sus|nuestro|nuestra|del|de))\s*$`;

/** Q1: "up to" figures, always lacking a reference. */
export const Q1_UP_TO: CueTable = {
  en: ['up to'],
  fr: ['jusqu\'à'],
  es: ['hasta (?:un|el)?'],
};

/** Q1: change verbs that make a figure a performance claim. */
export const CHANGE_VERBS: CueTable = {
  en: ['cut', 'cuts', 'reduc(?:ed|es|e|ing)', 'lower(?:ed|s)?', 'decreas(?:ed|es)', 'fell', 'dropped', 'improv(?:ed|es)', 'increas(?:ed|es)', 'rose', 'grew', 'boost(?:ed|s)', 'sav(?:ed|es|e|ing)', 'avoid(?:ed|s)?', 'halved', 'doubled', 'raised', 'less', 'more', 'fewer', 'lower', 'higher', 'down', 'up', 'growth', 'reduction', 'saving', 'savings'],
  fr: ['rédui(?:t|ts|te|tes|sons|sent)', 'baiss(?:é|ée|e)', 'diminu(?:é|ée|e)', 'augment(?:é|ée|e)', 'amélior(?:é|ée|e)', 'économis(?:é|ée|és|e|ons)', 'évit(?:é|ée|és|e|ons)', 'en moins', 'en plus', 'de moins', 'de plus', 'réduction', 'baisse', 'hausse', 'divisé', 'progress(?:é|e)'],
  es: ['reduc(?:ido|e|imos)', 'redujo', 'disminu(?:ido|yó|ye)', 'baj(?:ado|ó)', 'aument(?:ado|ó|a)', 'mejor(?:ado|ó)', 'creci(?:do|ó)', 'ahorr(?:ado|ó|a|amos)', 'evit(?:ado|a|amos|an)', 'menos', 'más', 'reducción', 'aumento', 'ahorro'],
};

/** Q1 counter: a reference point for the figure — base year or comparator. */
export const REFERENCE: CueTable = {
  en: ['from (?:a |the )?[\\d€$£][^,;]{0,40}?\\bto [\\d€$£]', 'compared (?:with|to)', 'relative to', 'than', 'versus', 'vs\\.?', 'against (?:a|the|our)', 'baseline', 'base year', 'since (?:19|20)\\d\\d', 'between (?:19|20)\\d\\d', 'on (?:19|20)\\d\\d', '(?:19|20)\\d\\d(?:/\\d\\d)? (?:levels?|baseline)', 'year[- ]on[- ]year', 'per (?:meal|unit|kilo|kg|parcel|employee|pair|tonne|hectare|household|person|m²)', 'a year earlier', 'previous (?:model|year|version)'],
  fr: ['(?:moins|plus) [^.;]{0,60}? que (?:le|la|les|l\'|ceux|celles|nos|notre|en)', 'de [\\d€][^,;]{0,30}? à [\\d€]', 'passé(?:e|es|s)? de', 'par rapport à', 'que (?:l\'an|l\'année|en)', 'depuis (?:19|20)\\d\\d', 'entre (?:19|20)\\d\\d', 'référence', 'contre ', 'sur un an', 'par (?:repas|unité|kilo|salarié|personne|tonne)'],
  es: ['(?:menos|más) [^.;]{0,60}? que (?:el|la|los|las|lo|nuestr[oa]s?|en)', 'de [\\d€][^,;]{0,30}? a [\\d€]', 'del [\\d][^,;]{0,30}? al [\\d]', 'pas(?:ó|aron) de', 'frente (?:a|al)', 'respecto (?:a|al|de)', 'en comparación con', 'que en (?:19|20)\\d\\d', 'desde (?:19|20)\\d\\d', 'entre (?:las |los )?(?:cosechas |campañas )?(?:19|20)\\d\\d', 'línea de base', 'año base', 'por (?:kilo|persona|comida|unidad|hectárea)'],
};

/** Q1 counter: a period for an absolute avoided/saved figure. */
export const PERIOD: CueTable = {
  en: ['(?:in|during|for|over|since|between|from) (?:the )?(?:(?:fiscal |financial )?year )?(?:19|20)\\d\\d', 'per (?:year|annum|month)', 'a year', 'each year', 'every year', 'annual(?:ly)?', 'this year', 'last year', 'during the year', 'in the year', 'over (?:the )?(?:past|last) (?:\\p{L}+ )?(?:years|decade|months)', 'to date', 'so far', 'since (?:our )?(?:founding|launch|\\d{4})'],
  fr: ['en (?:19|20)\\d\\d', 'depuis (?:19|20)\\d\\d', 'entre (?:19|20)\\d\\d', 'par an', 'chaque année', 'annuel(?:le)?s?', 'cette année', 'sur l\'année'],
  es: ['en (?:19|20)\\d\\d', 'desde (?:19|20)\\d\\d', 'entre (?:19|20)\\d\\d', 'al año', 'por año', 'cada año', 'anual(?:es|mente)?', 'este año', 'durante (?:el año|(?:19|20)\\d\\d)'],
};

/** G4: legal compliance or absence of a banned substance presented as a benefit. */
export const G4_CUES: CueTable = {
  en: [
    'cfc[- ]free', 'free (?:of|from) cfcs?', '(?:reach|rohs|voc)[- ]compliant(?: (?:under|with) (?:[\\p{L}-]+ ){0,3}?(?:law|regulations?|legislation|directive))?', 'compliant under (?:[\\p{L}-]+ ){0,3}?(?:law|regulations?|legislation)', '(?:fully |100% )?compliant with (?:all )?(?:the )?(?:applicable |relevant |current |eu |european |environmental |legal |local )*(?:law|laws|regulations?|legislation|requirements|directive|standards required by law)',
    '(?:in )?(?:full )?compliance with (?:all )?(?:the )?(?:[\\p{L}-]+ ){0,4}?(?:law|laws|regulations?|legislation|reach|rohs|directive)',
    '(?:fully |100% )?compliant with (?:all )?(?:the )?(?:[\\p{L}-]+ ){0,4}?(?:law|laws|regulations?|legislation|directive)',
    '(?:comply|complies|complying) with (?:all )?(?:the )?(?:applicable |relevant |current |environmental |legal )*(?:law|laws|regulations?|legislation)',
    'meets? (?:all )?(?:the )?(?:legal|regulatory) requirements', 'rohs[- ]compliant', 'lead[- ]free (?:toys?|paint)', 'asbestos[- ]free', 'phosphate[- ]free (?:laundry|detergents?)', 'bpa[- ]free (?:baby )?bottles?',
  ],
  fr: [
    'sans cfc', 'sans plomb', 'conformes? (?:à|aux) (?:la |les )?(?:réglementations?|normes? (?:en vigueur|légales)|législations?|exigences légales|lois?)', 'respect(?:e|ons|ent) (?:toute |toutes |la |les )?(?:la )?(?:réglementations?|législations?)(?: en vigueur)?',
    'en conformité avec (?:la |les )?(?:réglementations?|législations?|lois?)', 'conformes? (?:au|à la) (?:règlement )?reach', 'sans phosphates?', 'sans amiante',
  ],
  es: [
    'sin cfcs?', 'cumpl(?:e|imos|en|iendo) (?:con )?(?:toda |todas |la |las )?(?:la )?(?:normativas?|legislación|leyes|regulación|reglamentación)(?: [\\p{L}]+)?', 'conformes? (?:a|con) la (?:normativa|legislación)',
    'de acuerdo con la normativa vigente', 'libres? de cfcs?', 'sin plomo', 'sin fosfatos',
  ],
};

/** G4 counter: compliance framed as a baseline that applies to everyone. */
export const G4_BASELINE: CueTable = {
  en: ['required by law', 'as required (?:by|under)', 'as (?:every|all|any) [\\p{L}\\s]{0,60}?(?:must|has to|have to|is required|are required)', '(?:like|as with) (?:every|all|any) ', 'must (?:by law|legally)', 'legal (?:requirement|obligation|baseline|minimum)', 'all (?:manufacturers|producers|companies|suppliers)', 'as (?:the law|regulation) requires', 'not a (?:distinctive|unique|special) (?:benefit|feature|advantage)', 'banned (?:since|in|under)', 'mandatory for'],
  fr: ['l\'impose', 'comme l\'exige', 'comme (?:tous|toutes) les ', 'obligation légale', 'obligatoire pour', 'à tous les (?:fabricants|producteurs)', 'pas un avantage', 'interdit depuis', 'exigence légale'],
  es: ['obligación legal', 'lo exige la ley', 'como exige', 'como (?:todos|todas) los ', 'exigido por ley', 'obligatorio para', 'todos los (?:fabricantes|productores)', 'no es una ventaja', 'prohibido desde'],
};

/** G5: certification or label words. */
export const G5_CERTIFIED: CueTable = {
  en: ['certified(?![- ]?(?:public|b corp|by|to|under|as))(?: \\p{L}+)?'],
  fr: ['certifiée?s?(?! par| selon| conforme)(?: \\p{L}+)?', 'labellisée?s?'],
  es: ['certificad[oa]s?(?! por| según| conforme)(?: \\p{L}+)?'],
};

/** G5: own labels, seals and badges, and implied UN endorsement. */
export const G5_OWN_LABEL: CueTable = {
  en: [
    '(?:our|its) (?:own |in[- ]house |exclusive )?(?:[\\p{Lu}][\\p{L}\\-]*\\s){0,4}(?:seal|label|badge|tag|mark|logo|stamp)',
    'in[- ]house (?:label|seal|certification|standard)', '(?:seal|label|badge|mark|tag),? (?:[\\p{Lu}][\\p{L}\']*\\s?){1,3}(?:\'s)? own', 'own (?:label|seal|mark|badge)',
    'un[- ]approved', 'approved by the (?:un|united nations)', 'endorsed by the (?:un|united nations)', 'un[- ]endorsed', 'un[- ]certified', 'sdg[- ]certified', 'sdg[- ]approved',
  ],
  fr: [
    '(?:notre|nos|son|sa) (?:propre )?label(?: maison)?', 'label maison', 'label interne', '(?:notre|son) (?:sceau|badge|logo|macaron|étiquette)', 'approuvée? par l\'onu', 'labellisée? (?:par l\')?onu',
    'label [«"][^»"]+[»"],? (?:créé|conçu) par',
  ],
  es: [
    'sello (?:propio|de la casa)', '(?:nuestro|su) (?:propio )?(?:sello|distintivo|etiqueta)', 'sello [\\p{Lu}][^,.;]{0,40}?,? (?:cread|diseñad)[oa] por', 'avalad[oa] por la onu', 'aprobad[oa] por (?:la onu|naciones unidas)',
    'con el sello [\\p{Lu}][^,.;]{0,40}?,? (?:cread|diseñad)[oa] por',
  ],
};

/** E2: unverifiable superlatives and unquantified comparatives. */
export const E2_CUES: CueTable = {
  en: [
    'greenest', 'cleanest', 'the first (?:truly |fully )?(?:sustainable|green|carbon[- ]neutral|eco[- ]friendly|climate[- ]positive)', 'most (?:environmentally |ecologically |socially )?(?:sustainable|eco[- ]friendly|environmentally friendly|responsible|ethical|efficient|climate[- ]friendly|planet[- ]friendly|green|advanced sustainable|committed|transparent)',
    'lowest[- ](?:emission|emissions|carbon|impact|footprint)\\p{L}*', 'lowest (?:water |carbon |environmental |co2 )?(?:footprint|emissions?|impact)',
    'industry[- ]leading', 'sector[- ]leading', 'market[- ]leading', 'best[- ]in[- ]class', 'world[- ]class', 'leading the way', 'leads? the way', 'leader in (?:sustainab\\p{L}+|green|climate|responsible|ethical|renewabl\\p{L}+|clean)',
    'industry leader', 'pioneer(?:s|ing)? (?:in|of) (?:sustainab|green|clean|climate|responsib|renewab)\\p{L}*', 'lower[- ](?:emissions?|carbon|impact)',
    '(?:sustainability|climate|esg|green) (?:leader|champion|pioneer)', 'unrivalled', 'unmatched', 'second to none',
    '(?:greener|cleaner|more sustainable|more eco[- ]friendly|more environmentally friendly) than', 'better for the (?:planet|environment|earth|climate)', '(?:is|are) (?:now |also )?(?:greener|cleaner|more sustainable)', 'lead(?:s|ing)? the (?:transition|industry|market|sector)',
  ],
  fr: [
    'l[ea]s? plus (?:écologiques?|engagée?s?|responsables?|durables?|vert(?:e|s|es)?|propres?|vertueu(?:x|se|ses)|sobres?)',
    'plus (?:écologiques?|engagée?s?|durables?|vert(?:e|s|es)?|propres?|vertueu(?:x|se|ses)) (?:de|du|des) ', 'leader (?:du|de la|des|de l\'|en|sur)', 'premi(?:er|ère) (?:[\\p{L}-]+ )?(?:engagée?|responsable|durable|verte?|écologique)', '(?:mène|menons|montre|montrons|ouvre|ouvrons) (?:la transition|la voie|le chemin)', 'numéro un de', 'pionni(?:er|ère) (?:de|du|en)', 'référence (?:du|en matière)',
    'plus (?:écologiques?|vert(?:e|s)?|propres?|durables?) que', 'moins polluante?s?',
  ],
  es: [
    'l[ao]s? más (?:sostenibles?|ecológic[oa]s?|verdes?|limpi[oa]s?|comprometid[oa]s?|responsables?|eficientes?)',
    'más (?:sostenibles?|ecológic[oa]s?|verdes?|limpi[oa]s?|comprometid[oa]s?|responsables?) (?:de|del) ', 'líder(?:es)? (?:del sector|en|de la industria|del mercado)', 'lidera(?:mos|n)? (?:la transición|el camino|el sector|el mercado)', 'referente en', 'pioner[oa]s? en', 'número uno en', 'primer[oa]? (?:[\\p{L}-]+ )?(?:sostenible|verde|comprometid[oa]|ecológic[oa])',
    'más (?:sostenibles?|ecológic[oa]s?|verdes?|limpi[oa]s?) que', 'menos contaminantes?',
  ],
};

/** E2 counter: a named comparator set, a method or study, and a period. */
export const COMPARATOR: CueTable = {
  en: ['compared in', 'comparison of', 'study', 'survey', 'benchmark', 'ranking', 'ranked', 'index', 'assessed by', 'rated by', 'according to', 'iso \\d+', 'methodology', 'lca', 'life[- ]cycle assessment', 'of the \\p{L}+ [\\p{L}\\s-]{0,30}(?:compared|assessed|rated|surveyed)'],
  fr: ['étude', 'classement', 'selon', 'd\'après', 'comparée?s? dans', 'indice', 'iso \\d+', 'méthodologie', 'acv', 'analyse de cycle de vie'],
  es: ['estudio', 'clasificación', 'ranking', 'según', 'comparad[oa]s? en', 'índice', 'iso \\d+', 'metodología', 'acv', 'análisis de ciclo de vida'],
};

/** I1: output verbs whose object is a count ("trained 1,240 mentors", "9,400 farmers … trained"). */
export const I1_VERBS: CueTable = {
  en: ['trained', 'reached', 'distributed', 'planted', 'served', 'welcomed', 'donated', 'mentored', 'screened', 'vaccinated', 'enrolled', 'coached', 'equipped', 'handed out', 'sensiti[sz]ed'],
  fr: ['(?:form|accompagn|distribu|plant|sensibilis|collect|rénov|équip|touch|vaccin|soign|hébergé)(?:é|ée|és|ées)', 'servi(?:e|s|es)?', 'accueilli(?:e|s|es)?'],
  es: ['capacitad[oa]s', 'capacitamos', 'formad[oa]s', 'formamos', 'entregad[oa]s', 'entregamos', 'plantad[oa]s', 'plantamos', 'distribuid[oa]s', 'distribuimos', 'atendid[oa]s', 'atendimos', 'acompañad[oa]s', 'acompañamos', 'sensibilizad[oa]s', 'llegamos a', 'alcanzamos a'],
};

/** I1: output nouns counted directly ("312 sessions", "1.9 million beneficiaries"). */
export const I1_NOUNS: CueTable = {
  en: ['beneficiaries', 'participants', 'events', 'workshops', 'sessions', 'storytelling sessions', 'trainings', 'open days', 'meals', 'books', 'kits', 'trees', 'seedlings', 'volunteer hours', 'visits', 'consultations', 'people reached', 'attendees'],
  fr: ['bénéficiaires', 'participants', 'ateliers', 'événements', 'repas', 'arbres', 'sessions', 'kits', 'livres', 'heures de bénévolat', 'personnes sensibilisées'],
  es: ['beneficiari[oa]s', 'participantes', 'talleres', 'eventos', 'plántulas', 'árboles', 'comidas', 'raciones entregadas', 'kits', 'libros', 'jornadas'],
};

/** I1: the count is presented as a result ("that is our impact"). */
export const IMPACT_FRAMING: CueTable = {
  en: ['impact', 'impacts', 'results?', 'achievements?', 'outcomes?', 'difference we made', 'success(?:es)?', 'proud(?:est)?'],
  fr: ['impact', 'impacts', 'résultats?', 'utilité sociale', 'réalisations', 'réussites?', 'succès', 'fierté', 'fiers'],
  es: ['impacto', 'impactos', 'resultados?', 'logros?', 'éxitos?', 'orgullo', 'orgullosos'],
};

/** I1/I2/I3 counter: change against a baseline or comparison group; a counterfactual. */
export const OUTCOME_CHANGE: CueTable = {
  en: ['comparison group', 'control group', 'matched', 'counterfactual', 'rose from', 'fell from', 'increased from', 'improved from', 'from [^,;]{0,30}? to [^,;]{0,30}?(?:%|per|in (?:19|20)\\d\\d)', 'baseline', 'follow[- ]up', 'endline', 'than (?:a|the) (?:matched|comparison|control)', 'a year later', 'months later', 'after \\d+ (?:months|years)'],
  fr: ['groupe (?:témoin|de comparaison|de contrôle)', 'passée? de', 'passés de', 'est passé de', 'sont passés de', 'contrefactuel', 'par rapport à', 'un an après', 'mois après', 'ligne de base'],
  es: ['grupo (?:de comparación|de control|testigo)', 'pasó de', 'pasaron de', 'contrafactual', 'frente al', 'línea de base', 'a los \\d+ meses', 'un año después', 'seguimiento'],
};

/** I2: credit taken for a result. */
export const I2_CUES: CueTable = {
  en: [
    'thanks to (?:us|our|we|(?:[\\p{Lu}][\\p{L}\\d&\'’+-]*\\s?){1,4}(?:\'s|’s)?)(?![\\p{L}])', 'because of (?:us|our|(?:[\\p{Lu}][\\p{L}\\d&\'’+-]*\\s?){1,4}(?:\'s|’s)?)(?![\\p{L}])', 'we (?:have )?lifted', 'lifted [^.;]{0,40}? out of (?:\\p{L}+ )?poverty',
    '(?:we|has|have|it|fund|[\\p{Lu}][\\p{L}]*) (?:have |has )?created [\\d,.\\s]+(?:[\\p{L}-]+ )?(?:jobs|positions)', 'we (?:have )?(?:generated|created) [\\d,.\\s]+(?:[\\p{L}-]+ )?(?:jobs|livelihoods)', '(?:transformed|changed|saved|improved) (?:the )?lives of [\\d,.\\s]+', '(?:transformed|changed|saved) [\\d,.\\s]+(?:million )?lives',
  ],
  fr: ['grâce à (?:nous|notre|nos|(?:[\\p{Lu}][\\p{L}\\d&\'’-]*\\s?){1,4})(?![\\p{L}])', 'nous avons (?:créé|sorti)', 'a créé [\\d\\s]+ (?:[\\p{L}-]+ )?emplois', 'ont créé [\\d\\s]+ (?:[\\p{L}-]+ )?emplois', 'sorti[es]? de la pauvreté grâce'],
  es: ['gracias a (?:nosotros|nuestr[oa]s?|(?:[\\p{Lu}][\\p{L}\\d&\'’-]*\\s?){1,4})(?![\\p{L}])', 'hemos creado', 'ha creado [\\d.\\s]+ (?:[\\p{L}-]+ )?empleos', 'han creado [\\d.\\s]+ (?:[\\p{L}-]+ )?empleos', 'sacamos de la pobreza', 'hemos sacado'],
};

/** I2 counter: attribution share, counterfactual or named co-funders. */
export const ATTRIBUTION: CueTable = {
  en: ['attribut(?:e|ed|able|ion)', 'share of', 'counterfactual', 'comparison group', 'control group', 'co[- ]?fund\\p{L}*', 'together with', 'alongside', 'in partnership with', 'with (?:the support of|our partners)', 'jointly', 'do not claim', 'contribution of'],
  fr: ['attribu\\p{L}+', 'part de', 'contrefactuel', 'groupe témoin', 'cofinanc\\p{L}+', 'avec (?:le soutien de|nos partenaires)', 'en partenariat avec', 'conjointement'],
  es: ['atribu\\p{L}+', 'proporción', 'contrafactual', 'grupo de (?:comparación|control)', 'cofinanc\\p{L}+', 'junto con', 'en colaboración con', 'con el apoyo de'],
};

/** I3: beneficiaries named only generically. */
export const I3_CUES: CueTable = {
  en: [
    '(?:the |our |local |vulnerable |poor |disadvantaged |rural |underserved |marginali[sz]ed |host )?communities(?: we serve| we work with| in need)?', 'beneficiaries', 'beneficiary (?:families|households|groups)',
    '(?:vulnerable|disadvantaged|marginali[sz]ed|underserved|low-income) (?:people|groups|populations|households|families|individuals)', 'people in need', 'those (?:most )?in need', 'the most vulnerable', 'the poorest',
    '(?:help|helps|helping|support|supports|supporting|empower|empowers) people', 'people we serve',
    '(?:underprivileged|disadvantaged|vulnerable|at-risk|marginali[sz]ed|underserved) (?:children|youth|young people|women|girls|people|groups|populations|households|families|individuals|communities)',
  ],
  fr: [
    'les communautés(?: locales)?', 'des communautés', 'les populations(?: locales| vulnérables| fragiles)?', 'les publics? fragiles', 'publics? fragiles', 'les plus (?:vulnérables|démunis|fragiles)',
    'les bénéficiaires', 'des bénéficiaires', 'familles bénéficiaires', 'personnes vulnérables', 'personnes dans le besoin', 'jeunes défavorisés', 'personnes en difficulté', 'populations défavorisées',
  ],
  es: [
    'las comunidades(?: (?:más )?vulnerables| locales)?', 'a comunidades', 'las poblaciones(?: más necesitadas| vulnerables)?', 'los (?:más )?vulnerables', 'los más necesitados', 'los beneficiarios', 'las beneficiarias',
    'familias beneficiarias', 'personas vulnerables', 'colectivos vulnerables', 'personas (?:en situación de )?necesitadas', 'colectivos desfavorecidos', 'personas en riesgo de exclusión', 'familias vulnerables',
  ],
};

/** I3 counter: a named place (toponym after a preposition or an administrative noun). */
export const PLACE: CueTable = {
  en: ['(?:in|across|of|from|at) (?:the )?[\\p{Lu}][\\p{L}\'’-]+(?: [\\p{Lu}][\\p{L}\'’-]+)*(?: (?:county|district|state|province|region|village|town|city))?', '(?:county|district|province|region|village|villages|municipality) of [\\p{Lu}]'],
  fr: ['(?:à|en|au|aux|dans le|dans la|de la région|du département) [\\p{Lu}][\\p{L}\'’-]+', 'quartiers? (?:de|du|des) [\\p{Lu}]'],
  es: ['(?:en|de la provincia de|del distrito de|del departamento de|de la región de) [\\p{Lu}][\\p{L}\'’-]+', 'distrito de [\\p{Lu}]', 'barrios? de [\\p{Lu}]'],
};

/** S1/S2: framing that presents an SDG reference as a contribution or alignment. */
export const SDG_CLAIM_FRAMING: CueTable = {
  en: [
    'contribut(?:e|es|ing|ed)', 'contribution', 'aligned', 'align(?:s|ing)?', 'in line with', 'support(?:s|ing)?', 'advanc(?:e|es|ing)', 'deliver(?:s|ing)?(?: on)?', 'help(?:s|ing)?', 'help(?:s|ing)? (?:to )?achieve',
    'mapped', 'map(?:s|ping)?', 'committed to', 'commitment to', 'part of the (?:global )?movement', 'serv(?:e|es|ing)', 'address(?:es|ing)?', 'work(?:s|ing)? (?:towards|for|on)', 'for the', 'proud', 'in service of', 'towards',
  ],
  fr: ['contribu\\p{L}+', 's\'inscri(?:t|vent)', 'inscrit', 'aligné\\p{L}*', 'en ligne avec', 'soutien\\p{L}*', 'soutenons', 'en faveur', 'au service', 'particip\\p{L}+', 'répond\\p{L}*', 'engag\\p{L}+', 'œuvr\\p{L}+', 'oeuvr\\p{L}+', 'agi\\p{L}* pour'],
  es: ['contribu\\p{L}+', 'alinead\\p{L}+', 'en línea con', 'apoy\\p{L}+', 'compromiso con', 'comprometid\\p{L}+', 'se suma', 'sumamos', 'trabaj\\p{L}+ por', 'a favor', 'al servicio', 'particip\\p{L}+', 'impuls\\p{L}+', 'responde'],
};

/** S2 counter: prioritisation with a materiality rationale. */
export const PRIORITISATION: CueTable = {
  en: ['materiality', 'prioriti[sz]\\p{L}*', 'priority (?:goals|sdgs|targets)', 'selected (?:\\p{L}+ )?(?:targets|goals)', 'we chose', 'focus (?:goals|sdgs)'],
  fr: ['matérialité', 'prioritaires?', 'priorisé\\p{L}*', 'prioris\\p{L}+', 'nous avons choisi'],
  es: ['materialidad', 'prioritari[oa]s', 'prioriz\\p{L}+', 'eligió', 'seleccion\\p{L}+'],
};

/** S4: disclosed negative impacts, trade-offs, risks or shortfalls. */
export const NEGATIVES: CueTable = {
  en: [
    'negative (?:impacts?|effects?|results?)', 'adverse', 'trade[- ]offs?', 'harm(?:s|ed|ful)?', '(?:our|key|main|principal|material|identified|significant|these|remaining|residual|the following) (?:[\\p{L}-]+ )?risks?', 'risks?(?: and [\\p{L}-]+)?:', 'risks? (?:include|remain|are|were)', 'we (?:recogni[sz]e|acknowledge|face) (?:[\\p{L}-]+ )?risks?', 'shortfalls?', 'fell short', 'missed', 'not (?:yet )?(?:been )?(?:met|achieved|reached|measured|on track)', 'below (?:the |our )?(?:target|plan|goal)',
    'against a plan of', 'still (?:exceeded|included|emit\\p{L}*|rely|relies)', 'exceeded the (?:legal )?limit', 'dispute', 'complaints?', 'injur(?:ed|y|ies)', 'fatalit(?:y|ies)', 'accidents?', 'incidents?', 'controvers\\p{L}+',
    'not every result', '(?:our|key|main|remaining|the following) challenges?', 'challenges?:', 'challenges? (?:remain|include)', 'difficult(?:y|ies)?', 'declin(?:e|ed)', 'deteriorat\\p{L}+', 'worse', 'emissions (?:rose|increased|grew)', '(?:rose|increased|grew) by [^.]{0,30}(?:emissions|waste)', 'lost', 'failed',
    'limitations?', 'we have not', 'unfortunately', 'exposure to (?:oil|gas|coal|fossil)', 'removed [^.]{0,30}hectares', 'concerns? (?:about|over) (?:our|the)',
  ],
  fr: [
    'impacts? négatifs?', 'effets? négatifs?', '(?:nos|les principaux|principaux|ces) risques', 'risques? (?:identifiés|principaux|majeurs|résiduels)', 'risques? :', 'points? de vigilance', 'difficult\\p{L}+', 'difficiles?', 'plaintes?', 'défrichement', 'en deçà', 'n\'a pas été atteint', 'pas atteint', 'hausse des émissions', 'accidents?', 'blessée?s?',
    'contentieux', 'controverses?', 'limites', 'arbitrages?', 'recul', 'baisse (?:du|de la) taux', 'dégradation', 'malheureusement', 'insuffisant\\p{L}*',
  ],
  es: [
    'impactos? negativos?', 'efectos? negativos?', '(?:nuestros|los principales|principales|estos) riesgos', 'riesgos? (?:identificados|principales|residuales)', 'riesgos?:', 'reconocemos (?:[\\p{L}-]+ )?riesgos', 'y riesgos', 'dificultades', 'difícil(?:es)?', 'quejas?', 'reclamaciones', 'subió', 'empeor\\p{L}+', 'no (?:se )?(?:alcanz|logr|cumpl)\\p{L}+', 'por debajo', 'accidentes?', 'herid[oa]s?', 'sobreendeudamiento',
    'morosidad', 'controversias?', 'limitaciones', 'desafíos', 'retroceso', 'lamentablemente', 'conflictos?',
  ],
};

/** E1: method, data source or independent verification stated anywhere. */
export const VERIFICATION: CueTable = {
  en: [
    '(?:verified|assured|audited|reviewed|certified|validated|checked) (?:independently )?by', 'independent(?:ly)? (?:verified|assured|audited|reviewed|verification|assurance|audit)', 'third[- ]party (?:verification|assurance|audit)',
    '(?:limited|reasonable) assurance', 'isae ?3000', 'isae ?3410', 'aa1000(?:as)?', 'iso ?14064(?:-3)?', 'methodolog(?:y|ies)', '\\bmethod\\b', 'measured (?:by|with|using)', 'data sources?', 'calculated (?:with|using|according)',
    'ghg protocol', 'pcaf', 'iris\\+', 'survey (?:by|of)', '\\d[\\d,.]* (?:customers|respondents|households|farmers)? ?surveyed', 'according to', 'uncertaint(?:y|ies)', 'margin of error', 'annex [a-z\\d]', 'indicator definitions',
  ],
  fr: [
    '(?:vérifiée?s?|audité\\p{L}*|certifiée?s?|contrôlée?s?) par', 'organisme tiers indépendant', 'oti', 'tiers indépendant', 'assurance (?:modérée|raisonnable|limitée)', 'isae ?3000', 'isae ?3410', 'aa1000', 'méthodologie', 'méthode', 'source des données',
    'selon (?:l\'enquête|les données|nos mesures)', 'mesurée?s? (?:par|avec)', 'incertitude', 'bilan carbone', 'ghg protocol', 'enquête',
  ],
  es: [
    '(?:verificad[oa]s?|auditad[oa]s?|revisad[oa]s?|certificad[oa]s?) por', 'verificación independiente', 'tercero independiente', 'seguridad (?:limitada|razonable)', 'isae ?3000', 'isae ?3410', 'aa1000', 'metodología', 'método',
    'fuente de (?:los )?datos', 'según (?:los datos|nuestras encuestas|nuestra encuesta|la encuesta|el informe)', 'medid[oa]s? (?:por|con)', 'incertidumbre', 'encuesta', 'prueba de corte',
  ],
};

/** G3: a company-, brand- or range-wide attribute. */
export const G3_ENTITY_NOUNS: CueTable = {
  en: ['company', 'brand', 'business', 'organi[sz]ation', 'group', 'firm', 'retailer', 'bank', 'manufacturer', 'producer', 'employer', 'supplier', 'partner', 'fashion brand', 'snack brand', 'utility', 'operator', 'airline', 'insurer', 'investor', 'cooperative', 'charity', 'city', 'council', 'university', 'hotel', 'chain'],
  fr: ['entreprise', 'marque', 'groupe', 'société', 'cimentier', 'fabricant', 'producteur', 'acteur', 'distributeur', 'banque', 'brasserie', 'opérateur', 'coopérative', 'ville', 'commune', 'enseigne', 'compagnie'],
  es: ['empresa', 'marca', 'grupo', 'compañía', 'fabricante', 'productor(?:a)?', 'banco', 'cooperativa', 'entidad', 'operador(?:a)?', 'ciudad', 'cadena', 'aerolínea'],
};

/** G3: attributes that become a whole-entity claim on an entity noun. */
export const G3_ATTRIBUTES: CueTable = {
  en: ['(?:truly |fully |100% |genuinely |completely )?(?:sustainable|green|eco[- ]friendly|climate[- ]friendly|low[- ]carbon|energy[- ]efficient|resource[- ]efficient|zero[- ]deforestation|deforestation[- ]free|carbon[- ]neutral|environmentally friendly|planet[- ]friendly|circular|regenerative|plastic[- ]free|zero[- ]waste)'],
  fr: ['(?:vraiment |totalement |100 % )?(?:durable|vert|verte|écologique|éco-?responsable|bas[- ]carbone|zéro déforestation|neutre en carbone|circulaire)'],
  es: ['(?:verdaderamente |totalmente |100 % )?(?:sostenible|verde|ecológica|ecológico|baja en carbono|bajo en carbono|circular|libre de deforestación)'],
};

/** G3 counter: an explicit scope qualifier. */
export const SCOPE_QUALIFIER: CueTable = {
  en: ['this (?:product|range|line|site|mill|plant) only', 'only (?:this|the|our) (?:product|range|line|site|mill|plant)', 'across all (?:our )?(?:sites|products|operations)', 'all (?:\\d+ )?(?:our )?(?:sites|mills|plants|products) ', 'life[- ]cycle', 'lca', 'scope 3'],
  fr: ['uniquement', 'seulement', 'pour ce seul', 'cycle de vie', 'tous nos sites', 'l\'ensemble de nos sites', 'scope 3'],
  es: ['únicamente', 'solamente', 'solo (?:este|esta)', 'ciclo de vida', 'todas nuestras plantas', 'alcance 3'],
};

/** Negation before a cue makes it a non-claim ("not carbon neutral", "n'est pas", "no es"). */
export const NEGATION = String.raw`(?:\b(?:not|never|no longer|nor|cannot|isn't|aren't|wasn't|don't|doesn't|do not|does not|is not|are not|pas|jamais|plus|ni|non|no|nunca|tampoco|ningún|ninguna|sans être)\b|n['’]|n't)`;

/**
 * Sustainability and impact vocabulary. Generic-verb criteria (V1, F1, Q1, I1–I3, E2, G4, weak
 * G1/G5) only fire where this vocabulary is present — in the paragraph, or densely across the
 * document — so a news article's "help" or "fell 0.3 per cent" is not read as an impact claim.
 */
export const TOPIC: CueTable = {
  en: [
    'sustainab\\p{L}*', 'environment\\p{L}*', 'climat\\p{L}*', 'carbon\\p{L}*', 'emission\\p{L}*', 'co2\\p{L}*', 'co₂', 'greenhouse', 'ghg', 'net[- ]zero', 'green\\p{L}*', 'planet\\p{L}*', 'nature', 'biodivers\\p{L}*',
    'energy', 'renewabl\\p{L}*', 'solar', 'water', 'waste', 'recycl\\p{L}*', 'circular', 'pollut\\p{L}*', 'forest\\p{L}*', 'deforestation', 'ocean\\p{L}*', 'wildlife', 'packaging', 'plastic\\p{L}*', 'footprint',
    'social', 'communit\\p{L}*', 'impact\\p{L}*', 'sdgs?', 'esg', 'csr', 'poverty', 'inclusi\\p{L}*', 'women', 'gender', 'health\\p{L}*', 'wellbeing', 'well-being', 'education', 'jobs', 'employment', 'livelihoods?',
    'farmers?', 'smallholders?', 'fair ?trade', 'ethical', 'responsib\\p{L}*', 'offset\\p{L}*', 'neutral\\p{L}*', 'beneficiar\\p{L}*', 'vulnerable', 'low-income', 'households', 'food', 'hunger', 'nutrition\\p{L}*', 'housing',
    'eco\\p{L}*', 'decarboni\\p{L}*', 'transition', 'mobility', 'cycling', 'trees?', 'biodiversity', 'wellbeing', 'lives', 'quality of life', 'inequalit\\p{L}*',
  ],
  fr: [
    'durab\\p{L}*', 'environnement\\p{L}*', 'climat\\p{L}*', 'carbone', 'émissions?', 'co2', 'gaz à effet de serre', 'vert\\p{L}*', 'planète', 'nature', 'biodiversité', 'énergie\\p{L}*', 'renouvelables?', 'eau', 'déchets?',
    'recycl\\p{L}*', 'circulaire', 'pollution', 'forêts?', 'océans?', 'emballages?', 'plastique\\p{L}*', 'empreinte', 'social\\p{L}*', 'sociaux', 'communaut\\p{L}*', 'impact\\p{L}*', 'odd', 'rse', 'esg', 'pauvreté', 'inclusion',
    'femmes', 'égalité', 'santé', 'soins', 'prévention', 'éducation', 'emplois?', 'insertion', 'agricult\\p{L}*', 'équitable', 'responsab\\p{L}*', 'compens\\p{L}*', 'neutr\\p{L}*', 'bénéficiaires?', 'vulnérables?', 'fragiles?',
    'alimenta\\p{L}*', 'logements?', 'éco\\p{L}*', 'transition', 'mobilit\\p{L}*', 'arbres?', 'économie locale', 'qualité de vie', 'inégalités?', 'solidai\\p{L}*',
  ],
  es: [
    'sostenib\\p{L}*', 'ambient\\p{L}*', 'clima\\p{L}*', 'climátic\\p{L}*', 'carbono', 'emisiones', 'co2', 'efecto invernadero', 'verdes?', 'planeta', 'naturaleza', 'biodiversidad', 'energ\\p{L}*', 'renovables?', 'agua',
    'residuos?', 'recicl\\p{L}*', 'circular', 'contamina\\p{L}*', 'bosques?', 'océanos?', 'envases?', 'plástico\\p{L}*', 'huella', 'social\\p{L}*', 'comunidad\\p{L}*', 'impacto\\p{L}*', 'ods', 'rsc', 'esg', 'pobreza',
    'inclusión', 'mujeres', 'género', 'igualdad', 'salud', 'educación', 'empleos?', 'agricult\\p{L}*', 'agrícol\\p{L}*', 'comercio justo', 'responsab\\p{L}*', 'compens\\p{L}*', 'neutr\\p{L}*', 'beneficiari\\p{L}*',
    'vulnerables?', 'necesitad\\p{L}*', 'aliment\\p{L}*', 'viviendas?', 'eco\\p{L}*', 'transición', 'movilidad', 'bicicleta', 'árboles?', 'calidad de vida', 'desigualdad\\p{L}*', 'ciudadan\\p{L}*', 'solidari\\p{L}*',
  ],
};
