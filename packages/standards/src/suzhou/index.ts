export * from './data.js';
export * from './forms.js';
export * from './scoring.js';
