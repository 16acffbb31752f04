export { registerAuditRoutes } from './audit.routes.js';
export { type AuditInput, recordAudit } from './audit.service.js';
