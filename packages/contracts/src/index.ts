export * from './audit.js';
export * from './auth.js';
export * from './errors.js';
export * from './fields.js';
export * from './id-number.js';
export * from './orgs.js';
export * from './roles.js';
export * from './standards.js';
