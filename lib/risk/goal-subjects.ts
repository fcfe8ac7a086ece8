/**
 * Per-goal subject lexicon for S5 ("a goal claimed, with no content anywhere on its subject").
 * Deliberately broad: S5 fires only when NONE of a goal's subject words occur outside the SDG
 * references themselves, so a wide lexicon keeps false alarms down. en/fr/es stems, matched
 * case-insensitively at word starts.
 */
export const GOAL_SUBJECTS: Record<number, readonly string[]> = {
  1: [
    'poverty', 'poor', 'incomes?', 'living wage', 'wages?', 'salar(?:y|ies)', 'price premium', 'fair price', 'microfinanc\\w*', 'microcredit\\w*', 'social protection', 'livelihoods?', 'cash transfers?',
    'pauvreté', 'pauvres?', 'revenus?', 'salaires?', 'prix juste', 'microcrédit\\w*', 'précarité', 'minima sociaux',
    'pobreza', 'pobres?', 'ingresos?', 'salarios?', 'sobreprecio', 'precio justo', 'microcrédit\\w*', 'microfinanz\\w*',
  ],
  2: [
    'hunger', 'food', 'nutrition\\w*', 'nutritious', 'meals?', 'feed(?:s|ing)?', 'agricultur\\w*', 'agri-?\\w*', 'farm\\w*', 'crops?', 'harvest\\w*', 'maize', 'rice', 'wheat', 'smallholders?', 'dairy', 'milk', 'cereals?', 'livestock', 'diet\\w*', 'malnutrition',
    'faim', 'aliment\\w*', 'repas', 'agricol\\w*', 'agricult\\w*', 'ferm\\w*', 'récoltes?', 'orge', 'céréales?', 'éleveurs?', 'élevage', 'cultures?', 'nourri\\w*',
    'hambre', 'aliment\\w*', 'nutrici\\w*', 'comidas?', 'agrícol\\w*', 'agricult\\w*', 'cultivos?', 'cosechas?', 'café', 'cacao', 'fincas?', 'cafetales?', 'verduras?', 'huertos?', 'ganader\\w*', 'maíz',
  ],
  3: [
    'health\\w*', 'well-?being', 'diseases?', 'medical', 'medicines?', 'hospitals?', 'clinics?', 'patients?', 'mortality', 'vaccin\\w*', 'mental', 'air quality', 'safety', 'injur\\w*',
    'santé', 'soins', 'médic\\w*', 'maladies?', 'prévention', 'hôpita\\w*', 'patients?', 'bien-être', 'mutuelle',
    'salud', 'sanitari\\w*', 'médic\\w*', 'enfermedad\\w*', 'bienestar', 'hospital\\w*', 'pacientes?',
  ],
  4: [
    'educat\\w*', 'schools?', 'teach\\w*', 'learn\\w*', 'literacy', 'reading', 'read', 'training', 'trained', 'trainees?', 'students?', 'pupils?', 'skills?', 'books?', 'mentors?',
    'éducation', 'écoles?', 'formation\\w*', 'formée?s?', 'enseign\\w*', 'apprenti\\w*', 'lecture', 'élèves?', 'compétences?',
    'educa\\w*', 'escuelas?', 'escolar\\w*', 'formación', 'capacit\\w*', 'alumn\\w*', 'lectura', 'enseñanza',
  ],
  5: [
    'women', 'woman', 'girls?', 'gender', 'female', 'mothers?', 'maternity', 'paternity',
    'femmes?', 'filles?', 'égalité femmes-hommes', 'genre', 'parité', 'mères?',
    'mujer\\w*', 'niñas?', 'género', 'madres?', 'paridad',
  ],
  6: [
    'water', 'sanitation', 'hygiene', 'toilets?', 'drinking', 'wastewater', 'wells?', 'boreholes?',
    'eau', 'eaux', 'assainissement', 'potable', 'hygiène',
    'agua', 'saneamiento', 'higiene', 'potable', 'pozos?',
  ],
  7: [
    'energy', 'electricity', 'solar', 'wind', 'renewabl\\w*', 'power', 'fuel', 'heating', 'insulation', 'retrofit\\w*', 'kerosene', 'lighting', 'off-grid', 'warm', 'hydro', 'efficiency',
    'énergie\\w*', 'électricité', 'solaire', 'éolien\\w*', 'renouvelables?', 'chauffage', 'isolation', 'photovolta\\w*',
    'energía\\w*', 'electricidad', 'solar\\w*', 'eólic\\w*', 'renovables?', 'calefacción', 'aislamiento', 'fotovolta\\w*',
  ],
  8: [
    'jobs?', 'employ\\w*', 'work', 'workers?', 'working', 'wages?', 'incomes?', 'economic', 'economy', 'business(?:es)?', 'entrepreneurs?', 'smes?', 'microenterprises?', 'trainees?', 'careers?', 'labou?r', 'livelihoods?', 'growth',
    'emplois?', 'salariés?', 'travail', 'insertion', 'entreprises?', 'économi\\w*', 'chômage', 'embauch\\w*',
    'empleos?', 'trabaj\\w*', 'economía', 'económic\\w*', 'microempresas?', 'empresas?', 'negocios?', 'productor\\w*', 'autónomos?',
  ],
  9: [
    'industr\\w*', 'infrastructure', 'innovat\\w*', 'technolog\\w*', 'research', 'internet', 'broadband', 'digital', 'manufactur\\w*', 'software', 'data', 'connectivity',
    'infrastructures?', 'numérique', 'recherche', 'usines?',
    'infraestructuras?', 'innovación', 'tecnolog\\w*', 'investigación', 'fábricas?',
  ],
  10: [
    'inequalit\\w*', 'inclusi\\w*', 'discriminat\\w*', 'disadvantaged', 'marginali\\w*', 'migrants?', 'refugees?', 'disabilit\\w*', 'disabled', 'barriers?', 'minorit\\w*', 'equal opportunit\\w*', 'vulnerable', 'low-income', 'excluded',
    'inégalités?', 'handicap\\w*', 'réfugiés?', 'exclu\\w*', 'pour tous', 'accès aux soins',
    'desigualdad\\w*', 'inclusión', 'discapacidad', 'migrantes?', 'exclusión', 'vulnerables?', 'refugiad\\w*',
  ],
  11: [
    'cit(?:y|ies)', 'urban', 'housing', 'homes?', 'neighbou?rhoods?', 'transport\\w*', 'mobility', 'public spaces?', 'parks?', 'air quality', 'cycl\\w*', 'buses', 'tenants?',
    'villes?', 'urbain\\w*', 'logements?', 'quartiers?', 'mobilité', 'transports?', 'habitat',
    'ciudad\\w*', 'urban\\w*', 'viviendas?', 'barrios?', 'movilidad', 'bicicleta', 'carril bici', 'transporte', 'municipio',
  ],
  12: [
    'waste', 'recycl\\w*', 'reuse', 'circular', 'packaging', 'consumption', 'production', 'materials?', 'compost\\w*', 'resource', 'resources', 'textiles?',
    'déchets?', 'recycl\\w*', 'réemploi', 'emballages?', 'consommation', 'circulaire', 'drêches', 'revend\\w*', 'tri\\w*',
    'residuos?', 'recicl\\w*', 'reutiliz\\w*', 'envases?', 'consumo', 'circular', 'compost\\w*', 'recircul\\w*', 'pulpa',
  ],
  13: [
    'climat\\w*', 'carbon', 'emissions?', 'co2\\w*', 'greenhouse', 'net zero', 'warming', 'temperatures?', 'decarboni\\w*', 'fossil', 'ghg',
    'climat\\w*', 'carbone', 'émissions?', 'effet de serre', 'réchauffement',
    'clima\\w*', 'climátic\\w*', 'carbono', 'emisiones', 'temperaturas?', 'calentamiento',
  ],
  14: [
    'oceans?', 'seas?', 'marine', 'fish\\w*', 'coast\\w*', 'coral\\w*', 'maritime', 'seafood', 'mangroves?', 'shores?', 'beach\\w*', 'aquatic',
    'mer', 'mers', 'océans?', 'marin\\w*', 'pêche\\w*', 'poissons?', 'côtes?', 'côtier\\w*', 'littoral', 'aquatique',
    'mar', 'mares', 'océanos?', 'marin\\w*', 'pesca\\w*', 'peces', 'costa\\w*', 'coster\\w*', 'litoral', 'acuátic\\w*',
  ],
  15: [
    'forests?', 'forestry', 'biodivers\\w*', 'wildlife', 'species', 'habitats?', 'hedgerows?', 'trees?', 'land', 'soils?', 'deforestation', 'ecosystems?', 'pollinators?', 'bees?', 'meadows?', 'grassland', 'wetlands?', 'seedlings?', 'wildflowers?',
    'forêts?', 'biodiversité', 'espèces?', 'haies?', 'abeilles?', 'arbres?', 'sols?', 'déforestation', 'écosystèmes?', 'garrigue', 'prairies?',
    'bosques?', 'biodiversidad', 'especies', 'árboles?', 'suelos?', 'deforestación', 'ecosistemas?', 'reforest\\w*', 'plántulas?', 'sombra',
  ],
  16: [
    'peace', 'justice', 'institutions?', 'governance', 'corruption', 'bribery', 'transparen\\w*', 'human rights', 'violence', 'rule of law', 'accountab\\w*',
    'paix', 'gouvernance', 'droits humains', 'droits de l\'homme',
    'paz', 'justicia', 'gobernanza', 'corrupción', 'derechos humanos', 'violencia', 'transparencia',
  ],
  17: [
    'partner\\w*', 'collaborat\\w*', 'cooperation', 'alliances?', 'co-?fund\\w*', 'donors?', 'funders?',
    'partenariats?', 'partenaires?', 'coopération',
    'alianzas?', 'socios?', 'colaboración', 'cooperación',
  ],
};
