export * from './rules/index.js';
export * from './tree/index.js';
