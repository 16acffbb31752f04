export * from './data.js';
export * from './forms.js';
