export type { Database, Db, Executor, Tx } from './client.js';
export { openDatabase } from './client.js';
export { uniqueViolation } from './errors.js';
export { appliedSchemaVersion, latestSchemaVersion, runMigrations } from './migrate.js';
export * as tables from './schema.js';
