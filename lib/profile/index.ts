/** Organisation SDG profiles: computed from saved reports, adjusted by a reader, drawn as a badge. */
export { profileFromReports, adjustGoal, GENERATOR, type ProfileReportInput, type LevelAdjustment, type ProfileOptions } from './build';
export { goalEvidence, extractIndicators, hasAssurance, THEMATIC_MIN } from './evidence';
export { renderBadgeSvg, escapeXml, BADGE_SIZE } from './badge-svg';
export { embedSnippet, profileJson } from './embed';
export { groupByOrganisation, foldOrganisation, slug } from './organisations';
