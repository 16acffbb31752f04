export * from './advance.js';
export * from './freight.js';
export * from './reducers.js';
export * from './rules.js';
export type * from './rules-types.js';
export { logisticsActionSchemas } from './schemas.js';
export * from './tracking.js';
export * from './zones.js';
