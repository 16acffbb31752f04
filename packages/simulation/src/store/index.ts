// Public surface of store/. Names exported here must be unique across the package.
export { checkFieldValue, normalizeFieldValue } from './field-check.js';
export { storeReducers } from './reducers.js';
export { MAX_STORE_CATEGORIES } from './reducers-categories.js';
export { storeActionSchemas } from './schemas.js';
export { validateRegistration, validateSettings } from './validate.js';
