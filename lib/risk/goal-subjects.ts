/**
 * Per-goal subject lexicon for S5 ("a goal claimed, with no content anywhere on its subject").
 * Deliberately broad: S5 fires only when NONE of a goal's subject words occur outside the SDG
 * references themselves, so a wide lexicon keeps false alarms down. en/fr/es stems, matched
 * case-insensitively at word starts.
 */
export const GOAL_SUBJECTS: Record<number, readonly string[]> = {
  1: [
    'poverty', 'poor', 'incomes?', 'living wage', 'wages?', 'salar(?:y|ies)', 'price premium', 'fair price', 'microfinanc\\p{L}*', 'microcredit\\p{L}*', 'social protection', 'livelihoods?', 'cash transfers?',
    'pauvreté', 'pauvres?', 'revenus?', 'salaires?', 'prix juste', 'microcrédit\\p{L}*', 'précarité', 'minima sociaux',
    'pobreza', 'pobres?', 'ingresos?', 'salarios?', 'sobreprecio', 'precio justo', 'microcrédit\\p{L}*', 'microfinanz\\p{L}*',
  ],
  2: [
    'hunger', 'food', 'nutrition\\p{L}*', 'nutritious', 'meals?', 'feed(?:s|ing)?', 'agricultur\\p{L}*', 'agri-?\\p{L}*', 'farm\\p{L}*', 'crops?', 'harvest\\p{L}*', 'maize', 'rice', 'wheat', 'smallholders?', 'dairy', 'milk', 'cereals?', 'livestock', 'diet\\p{L}*', 'malnutrition',
    'faim', 'aliment\\p{L}*', 'repas', 'agricol\\p{L}*', 'agricult\\p{L}*', 'ferm\\p{L}*', 'récoltes?', 'orge', 'céréales?', 'éleveurs?', 'élevage', 'cultures?', 'nourri\\p{L}*',
    'hambre', 'aliment\\p{L}*', 'nutrici\\p{L}*', 'comidas?', 'agrícol\\p{L}*', 'agricult\\p{L}*', 'cultivos?', 'cosechas?', 'café', 'cacao', 'fincas?', 'cafetales?', 'verduras?', 'huertos?', 'ganader\\p{L}*', 'maíz',
  ],
  3: [
    'health\\p{L}*', 'well-?being', 'diseases?', 'medical', 'medicines?', 'hospitals?', 'clinics?', 'patients?', 'mortality', 'vaccin\\p{L}*', 'mental', 'air quality', 'safety', 'injur\\p{L}*',
    'santé', 'soins', 'médic\\p{L}*', 'maladies?', 'prévention', 'hôpita\\p{L}*', 'patients?', 'bien-être', 'mutuelle',
    'salud', 'sanitari\\p{L}*', 'médic\\p{L}*', 'enfermedad\\p{L}*', 'bienestar', 'hospital\\p{L}*', 'pacientes?',
  ],
  4: [
    'educat\\p{L}*', 'schools?', 'teach\\p{L}*', 'learn\\p{L}*', 'literacy', 'reading', 'read', 'training', 'trained', 'trainees?', 'students?', 'pupils?', 'skills?', 'books?', 'mentors?',
    'éducation', 'écoles?', 'formation\\p{L}*', 'formée?s?', 'enseign\\p{L}*', 'apprenti\\p{L}*', 'lecture', 'élèves?', 'compétences?',
    'educa\\p{L}*', 'escuelas?', 'escolar\\p{L}*', 'formación', 'capacit\\p{L}*', 'alumn\\p{L}*', 'lectura', 'enseñanza',
  ],
  5: [
    'women', 'woman', 'girls?', 'gender', 'female', 'mothers?', 'maternity', 'paternity',
    'femmes?', 'filles?', 'égalité femmes-hommes', 'genre', 'parité', 'mères?',
    'mujer\\p{L}*', 'niñas?', 'género', 'madres?', 'paridad',
  ],
  6: [
    'water', 'sanitation', 'hygiene', 'toilets?', 'drinking', 'wastewater', 'wells?', 'boreholes?',
    'eau', 'eaux', 'assainissement', 'potable', 'hygiène',
    'agua', 'saneamiento', 'higiene', 'potable', 'pozos?',
  ],
  7: [
    'energy', 'electricity', 'solar', 'wind', 'renewabl\\p{L}*', 'power', 'fuel', 'heating', 'insulation', 'retrofit\\p{L}*', 'kerosene', 'lighting', 'off-grid', 'warm', 'hydro', 'efficiency',
    'énergie\\p{L}*', 'électricité', 'solaire', 'éolien\\p{L}*', 'renouvelables?', 'chauffage', 'isolation', 'photovolta\\p{L}*',
    'energía\\p{L}*', 'electricidad', 'solar\\p{L}*', 'eólic\\p{L}*', 'renovables?', 'calefacción', 'aislamiento', 'fotovolta\\p{L}*',
  ],
  8: [
    'jobs?', 'employ\\p{L}*', 'work', 'workers?', 'working', 'wages?', 'incomes?', 'economic', 'economy', 'business(?:es)?', 'entrepreneurs?', 'smes?', 'microenterprises?', 'trainees?', 'careers?', 'labou?r', 'livelihoods?', 'growth',
    'emplois?', 'salariés?', 'travail', 'insertion', 'entreprises?', 'économi\\p{L}*', 'chômage', 'embauch\\p{L}*',
    'empleos?', 'trabaj\\p{L}*', 'economía', 'económic\\p{L}*', 'microempresas?', 'empresas?', 'negocios?', 'productor\\p{L}*', 'autónomos?',
  ],
  9: [
    'industr\\p{L}*', 'infrastructure', 'innovat\\p{L}*', 'technolog\\p{L}*', 'research', 'internet', 'broadband', 'digital', 'manufactur\\p{L}*', 'software', 'data', 'connectivity',
    'infrastructures?', 'numérique', 'recherche', 'usines?',
    'infraestructuras?', 'innovación', 'tecnolog\\p{L}*', 'investigación', 'fábricas?',
  ],
  10: [
    'inequalit\\p{L}*', 'inclusi\\p{L}*', 'discriminat\\p{L}*', 'disadvantaged', 'marginali\\p{L}*', 'migrants?', 'refugees?', 'disabilit\\p{L}*', 'disabled', 'barriers?', 'minorit\\p{L}*', 'equal opportunit\\p{L}*', 'vulnerable', 'low-income', 'excluded',
    'inégalités?', 'handicap\\p{L}*', 'réfugiés?', 'exclu\\p{L}*', 'pour tous', 'accès aux soins',
    'desigualdad\\p{L}*', 'inclusión', 'discapacidad', 'migrantes?', 'exclusión', 'vulnerables?', 'refugiad\\p{L}*',
  ],
  11: [
    'cit(?:y|ies)', 'urban', 'housing', 'homes?', 'neighbou?rhoods?', 'transport\\p{L}*', 'mobility', 'public spaces?', 'parks?', 'air quality', 'cycl\\p{L}*', 'buses', 'tenants?',
    'villes?', 'urbain\\p{L}*', 'logements?', 'quartiers?', 'mobilité', 'transports?', 'habitat',
    'ciudad\\p{L}*', 'urban\\p{L}*', 'viviendas?', 'barrios?', 'movilidad', 'bicicleta', 'carril bici', 'transporte', 'municipio',
  ],
  12: [
    'waste', 'recycl\\p{L}*', 'reuse', 'circular', 'packaging', 'consumption', 'production', 'materials?', 'compost\\p{L}*', 'resource', 'resources', 'textiles?',
    'déchets?', 'recycl\\p{L}*', 'réemploi', 'emballages?', 'consommation', 'circulaire', 'drêches', 'revend\\p{L}*', 'tri\\p{L}*',
    'residuos?', 'recicl\\p{L}*', 'reutiliz\\p{L}*', 'envases?', 'consumo', 'circular', 'compost\\p{L}*', 'recircul\\p{L}*', 'pulpa',
  ],
  13: [
    'climat\\p{L}*', 'carbon', 'emissions?', 'co2\\p{L}*', 'greenhouse', 'net zero', 'warming', 'temperatures?', 'decarboni\\p{L}*', 'fossil', 'ghg',
    'climat\\p{L}*', 'carbone', 'émissions?', 'effet de serre', 'réchauffement',
    'clima\\p{L}*', 'climátic\\p{L}*', 'carbono', 'emisiones', 'temperaturas?', 'calentamiento',
  ],
  14: [
    'oceans?', 'seas?', 'marine', 'fish\\p{L}*', 'coast\\p{L}*', 'coral\\p{L}*', 'maritime', 'seafood', 'mangroves?', 'shores?', 'beach\\p{L}*', 'aquatic',
    'mer', 'mers', 'océans?', 'marin\\p{L}*', 'pêche\\p{L}*', 'poissons?', 'côtes?', 'côtier\\p{L}*', 'littoral', 'aquatique',
    'mar', 'mares', 'océanos?', 'marin\\p{L}*', 'pesca\\p{L}*', 'peces', 'costa\\p{L}*', 'coster\\p{L}*', 'litoral', 'acuátic\\p{L}*',
  ],
  15: [
    'forests?', 'forestry', 'biodivers\\p{L}*', 'wildlife', 'species', 'habitats?', 'hedgerows?', 'trees?', 'land', 'soils?', 'deforestation', 'ecosystems?', 'pollinators?', 'bees?', 'meadows?', 'grassland', 'wetlands?', 'seedlings?', 'wildflowers?',
    'forêts?', 'biodiversité', 'espèces?', 'haies?', 'abeilles?', 'arbres?', 'sols?', 'déforestation', 'écosystèmes?', 'garrigue', 'prairies?',
    'bosques?', 'biodiversidad', 'especies', 'árboles?', 'suelos?', 'deforestación', 'ecosistemas?', 'reforest\\p{L}*', 'plántulas?', 'sombra',
  ],
  16: [
    'peace', 'justice', 'institutions?', 'governance', 'corruption', 'bribery', 'transparen\\p{L}*', 'human rights', 'violence', 'rule of law', 'accountab\\p{L}*',
    'paix', 'gouvernance', 'droits humains', 'droits de l\'homme',
    'paz', 'justicia', 'gobernanza', 'corrupción', 'derechos humanos', 'violencia', 'transparencia',
  ],
  17: [
    'partner\\p{L}*', 'collaborat\\p{L}*', 'cooperation', 'alliances?', 'co-?fund\\p{L}*', 'donors?', 'funders?',
    'partenariats?', 'partenaires?', 'coopération',
    'alianzas?', 'socios?', 'colaboración', 'cooperación',
  ],
};
