// Every table of every module, for Drizzle's typed queries and drizzle-kit's migrations.
export * from '../../modules/audit/audit.tables.js';
export * from '../../modules/certificates/certificates.tables.js';
export * from '../../modules/exams/exams.tables.js';
export * from '../../modules/identity/identity.tables.js';
export * from '../../modules/notifications/notifications.tables.js';
export * from '../../modules/orgs/orgs.tables.js';
export * from '../../modules/questionbank/analysis/analysis.tables.js';
export * from '../../modules/questionbank/interchange/interchange.tables.js';
export * from '../../modules/questionbank/questionbank.tables.js';
export * from '../../modules/results/results.tables.js';
export * from '../../modules/review/review.tables.js';
export * from '../../modules/simulation/simulation.tables.js';
export * from '../../modules/standards/standards.tables.js';
export * from '../jobs/jobs.tables.js';
