export { customsReducers } from './reducers.js';
export * from './rules.js';
export type * from './rules-types.js';
export { customsActionSchemas } from './schemas.js';
export { isDeclarationTime, validateDeclaration } from './validate.js';
