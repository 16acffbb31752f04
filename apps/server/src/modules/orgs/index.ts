export { addMember } from './memberships.service.js';
export { registerOrgRoutes } from './orgs.routes.js';
export { createOrg, getOrg } from './orgs.service.js';
export { memberships, organizations } from './orgs.tables.js';
