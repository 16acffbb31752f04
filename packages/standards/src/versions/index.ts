export * from './diff.js';
export * from './edit.js';
export * from './errors.js';
export * from './search.js';
export * from './snapshot.js';
export * from './types.js';
export * from './validate.js';
