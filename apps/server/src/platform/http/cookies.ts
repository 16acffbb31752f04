import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'cs_session';
/** Readable by the page, echoed in the CSRF header (double-submit). */
export const CSRF_COOKIE = 'cs_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function setSessionCookies(
  reply: FastifyReply,
  opts: { token: string; csrf: string; expiresAt: Date; secure: boolean },
) {
  const base = { path: '/', sameSite: 'lax' as const, secure: opts.secure, expires: opts.expiresAt };
  reply.setCookie(SESSION_COOKIE, opts.token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, opts.csrf, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
