export { registerStandardRoutes } from './standards.routes.js';
export { getVersion, seedStandardVersions, versionInForce } from './standards.service.js';
export { standardVersions } from './standards.tables.js';
