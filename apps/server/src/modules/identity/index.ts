export {
  assertContactsFree,
  idNumberColumns,
  inviteUser,
  mapUniqueErrors,
} from './accounts.service.js';
export { registerIdentityRoutes } from './identity.routes.js';
export { users } from './identity.tables.js';
export { hashPassword } from './passwords.js';
export { sessionAuthResolver } from './sessions.service.js';
export { findUserByAccount, findUserById, toUserDto, type UserRow } from './users.repo.js';
