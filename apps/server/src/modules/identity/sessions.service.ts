import type { Session } from '@crossskill/contracts';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import type { Executor } from '../../platform/db/index.js';
import type { AuthContext, AuthResolver } from '../../platform/http/index.js';
import { AppError } from '../../platform/http/index.js';
import { sessions } from './identity.tables.js';

export interface NewSession {
  userId: string;
  kind: 'cookie' | 'bearer';
  userAgent?: string | undefined;
  ip?: string | undefined;
}

export async function createSession(ctx: AppContext, exec: Executor, s: NewSession) {
  const token = randomToken();
  const ttl = s.kind === 'cookie' ? ctx.config.sessionTtlMs : ctx.config.bearerTtlMs;
  const expiresAt = new Date(Date.now() + ttl);
  const [row] = await exec
    .insert(sessions)
    .values({
      userId: s.userId,
      kind: s.kind,
      tokenHash: sha256(token),
      expiresAt,
      userAgent: s.userAgent?.slice(0, 300) ?? null,
      ip: s.ip ?? null,
    })
    .returning({ id: sessions.id });
  return { id: row!.id, token, expiresAt };
}

/**
 * Only touch last_seen_at every few minutes: on exam day 20,000 candidates call the API several times a
 * minute, and a write per request (or even per minute: 333 writes/s) would compete with their saves.
 */
const TOUCH_INTERVAL_MS = 5 * 60_000;

interface SessionLookupRow {
  id: string;
  user_id: string;
  kind: 'cookie' | 'bearer';
  last_seen_ms: number | string;
  user_name: string;
  user_status: string;
  memberships: AuthContext['memberships'] | string;
}

/**
 * Resolves a session token to the caller in ONE query (session, user and the memberships of active
 * organisations as JSON): every authenticated request pays it, so on exam day it is half of a save's work.
 */
export function sessionAuthResolver(ctx: AppContext): AuthResolver {
  return {
    async resolve(token, via): Promise<AuthContext | null> {
      if (token.length > 200) return null;
      const now = new Date();
      const result = await ctx.db.execute(sql`
        select s.id, s.user_id, s.kind, (extract(epoch from s.last_seen_at) * 1000)::float8 as last_seen_ms,
          u.name as user_name, u.status as user_status,
          coalesce((
            select json_agg(json_build_object('id', m.id, 'orgId', o.id, 'orgName', o.name, 'orgKind', o.kind,
              'role', m.role) order by o.name, m.role)
            from memberships m join organizations o on o.id = m.org_id
            where m.user_id = s.user_id and o.status = 'active'
          ), '[]'::json) as memberships
        from sessions s join users u on u.id = s.user_id
        where s.token_hash = ${sha256(token)} and s.revoked_at is null and s.expires_at > ${now.toISOString()}::timestamptz
        limit 1`);
      const row = (result as unknown as { rows: SessionLookupRow[] }).rows[0];
      // A cookie token only works as a cookie and a bearer token only as a bearer token.
      if (row?.user_status !== 'active' || row.kind !== via) return null;
      if (now.getTime() - Number(row.last_seen_ms) > TOUCH_INTERVAL_MS) {
        await ctx.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
      }
      const memberships = typeof row.memberships === 'string' ? JSON.parse(row.memberships) : row.memberships;
      return { userId: row.user_id, userName: row.user_name, sessionId: row.id, via, memberships };
    },
  };
}

export async function listSessions(exec: Executor, userId: string, currentId: string): Promise<Session[]> {
  const rows = await exec
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((s) => ({
    id: s.id,
    kind: s.kind,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    userAgent: s.userAgent,
    ip: s.ip,
    current: s.id === currentId,
  }));
}

/** Revokes one of the user's own sessions; someone else's session id is "not found". */
export async function revokeSession(exec: Executor, userId: string, sessionId: string): Promise<void> {
  const revoked = await exec
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  if (revoked.length === 0) throw new AppError('SESSION_NOT_FOUND');
}

export async function revokeAllSessions(exec: Executor, userId: string): Promise<void> {
  await exec
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}
