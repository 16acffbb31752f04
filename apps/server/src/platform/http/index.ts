export type { Access, AuthContext, AuthMembership, AuthResolver } from './access.js';
export { access, allows, isOrgAdmin, isPlatformAdmin } from './access.js';
export { createHttpApp } from './app.js';
export { errorResponses, idParams, okSchema } from './common-schemas.js';
export { CSRF_COOKIE, CSRF_HEADER, clearSessionCookies, SESSION_COOKIE, setSessionCookies } from './cookies.js';
export { AppError } from './errors.js';
export type { Lang } from './i18n.js';
export type { App, RegisteredRoute } from './types.js';
