export * from './courses.js';
export * from './data.js';
export * from './functions.js';
