export * from './assessment.js';
export * from './basic-requirements.js';
export * from './eligibility.js';
export * from './eligibility-data.js';
export * from './levels.js';
export type { OccupationRelation, SchoolCategory } from './matching.js';
export { classifyOccupation, classifySchoolType, isRelatedMajor, isThisOrRelatedOccupation } from './matching.js';
export * from './related.js';
export * from './weights.js';
