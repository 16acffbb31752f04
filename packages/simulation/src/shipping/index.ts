// Public surface of shipping/. Names exported here must be unique across the package.
export { isRestOfWorld, ruleCountries, shippingRuleFor } from './coverage.js';
export { type BuyerShippingQuote, quoteBuyerShipping } from './quote.js';
export { MAX_SHIPPING_TEMPLATES, shippingReducers } from './reducers.js';
export { shippingActionSchemas, shippingRuleSchema } from './schemas.js';
export { validateShippingRules } from './validate.js';
