// Public surface of listing/. Names exported here must be unique across the package.
export { type RulesChangeImpact, rulesChangeImpact } from './impact.js';
export { listingQuality } from './quality.js';
export { listingReducers } from './reducers.js';
export type { ListingRules } from './rules-types.js';
export { imageMetaSchema, listingActionSchemas } from './schemas.js';
export { listingRuleViolations, productCapFor, sameFactValue, validateListing } from './validate.js';
export { imageViolations, WHITE_BORDER_MIN } from './validate-images.js';
export { isAllCaps, repeatedTitleWords, textViolations, titleViolations } from './validate-text.js';
