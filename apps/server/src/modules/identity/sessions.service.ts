import type { Session } from '@crossskill/contracts';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import type { Executor } from '../../platform/db/index.js';
import type { AuthContext, AuthResolver } from '../../platform/http/index.js';
import { AppError } from '../../platform/http/index.js';
import { sessions, users } from './identity.tables.js';
import { loadMemberships } from './users.repo.js';

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

/** Only touch last_seen_at once a minute: a write per request would be wasteful on exam day. */
const TOUCH_INTERVAL_MS = 60_000;

export function sessionAuthResolver(ctx: AppContext): AuthResolver {
  return {
    async resolve(token, via): Promise<AuthContext | null> {
      if (token.length > 200) return null;
      const now = new Date();
      const [row] = await ctx.db
        .select({ s: sessions, userName: users.name, status: users.status })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.tokenHash, sha256(token)), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
        .limit(1);
      // A cookie token only works as a cookie and a bearer token only as a bearer token.
      if (row?.status !== 'active' || row.s.kind !== via) return null;
      if (now.getTime() - row.s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        await ctx.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.s.id));
      }
      return {
        userId: row.s.userId,
        userName: row.userName,
        sessionId: row.s.id,
        via,
        memberships: await loadMemberships(ctx.db, row.s.userId),
      };
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
