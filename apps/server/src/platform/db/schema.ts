// Every table of every module, for Drizzle's typed queries and drizzle-kit's migrations.
export * from '../../modules/audit/audit.tables.js';
export * from '../../modules/identity/identity.tables.js';
export * from '../../modules/notifications/notifications.tables.js';
export * from '../../modules/orgs/orgs.tables.js';
export * from '../../modules/standards/standards.tables.js';
