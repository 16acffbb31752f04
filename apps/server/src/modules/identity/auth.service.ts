import crypto from 'node:crypto';
import { and, desc, eq, gt, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { safeEqual, sha256 } from '../../platform/crypto.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { enqueueNotification } from '../notifications/index.js';
import { passwordResetCodes, sessions, users } from './identity.tables.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.js';
import { createSession, revokeAllSessions } from './sessions.service.js';
import { findUserByAccount, type UserRow } from './users.repo.js';

export interface LoginInput {
  account: string;
  password: string;
  client: 'web' | 'app';
  ip: string;
  userAgent?: string | undefined;
}

/**
 * Checks the password and opens a session. After LOGIN_MAX_FAILURES wrong passwords in a row the
 * account is locked for LOCKOUT_MINUTES; while locked, even the right password is refused.
 */
export async function login(ctx: AppContext, input: LoginInput) {
  const user = await findUserByAccount(ctx.db, input.account);
  if (!user?.passwordHash) {
    await burnPasswordCheck(input.password);
    await recordAudit(ctx.db, {
      event: 'auth.login_failed',
      ip: input.ip,
      details: { account: input.account, reason: user ? 'no_password' : 'unknown_account' },
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit(ctx.db, {
      event: 'auth.login_failed',
      subjectUserId: user.id,
      ip: input.ip,
      details: { reason: 'locked', lockedUntil: user.lockedUntil.toISOString() },
    });
    throw new AppError('ACCOUNT_LOCKED');
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) {
    const lockedMeanwhile = await registerFailure(ctx, user, input.ip);
    throw new AppError(lockedMeanwhile ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
  }
  if (user.status !== 'active') throw new AppError('ACCOUNT_DISABLED');

  return ctx.db.transaction(async (tx) => {
    // Parallel guesses may have locked the account while this password was being checked.
    const unlocked = await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null })
      .where(notLocked(user.id))
      .returning({ id: users.id });
    if (unlocked.length === 0) throw new AppError('ACCOUNT_LOCKED');
    const session = await createSession(ctx, tx, {
      userId: user.id,
      kind: input.client === 'app' ? 'bearer' : 'cookie',
      userAgent: input.userAgent,
      ip: input.ip,
    });
    await recordAudit(tx, {
      event: 'auth.login',
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: input.ip,
      details: { client: input.client, sessionId: session.id },
    });
    return { user, session };
  });
}

/**
 * The user, unless a lockout is in force. Used in UPDATE ... WHERE, so it is re-checked under the
 * row lock: a guess that was verified while parallel guesses locked the account sees the lock.
 */
const notLocked = (userId: string) =>
  and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, new Date())));

/** Counts a wrong password; returns true when the account was locked meanwhile (the guess does not count). */
async function registerFailure(ctx: AppContext, user: UserRow, ip: string): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    // Increment in SQL so that concurrent wrong guesses all count.
    const [row] = await tx
      .update(users)
      .set({ failedLogins: sqlIncrement() })
      .where(notLocked(user.id))
      .returning({ failedLogins: users.failedLogins });
    if (!row) {
      await recordAudit(tx, { event: 'auth.login_failed', subjectUserId: user.id, ip, details: { reason: 'locked' } });
      return true;
    }
    const failures = row.failedLogins;
    await recordAudit(tx, {
      event: 'auth.login_failed',
      subjectUserId: user.id,
      ip,
      details: { reason: 'wrong_password', failures },
    });
    if (failures >= ctx.config.loginMaxFailures) {
      const lockedUntil = new Date(Date.now() + ctx.config.lockoutMs);
      await tx.update(users).set({ failedLogins: 0, lockedUntil }).where(eq(users.id, user.id));
      await recordAudit(tx, {
        event: 'auth.locked',
        subjectUserId: user.id,
        ip,
        details: { failures, lockedUntil: lockedUntil.toISOString() },
      });
    }
    return false;
  });
}

const sqlIncrement = () => sql`${users.failedLogins} + 1`;

const RESET_CODE_TTL_MS = 15 * 60_000;
const RESET_CODE_MAX_ATTEMPTS = 5;
/** One code per account per minute, so the outbox cannot be used to flood someone's phone. */
const RESET_RESEND_MS = 60_000;

const codeHash = (userId: string, code: string) => sha256(`${userId}:${code}`);

/** Stores a new one-time code for the user and returns it (to be sent, never shown in the API). */
export async function issueResetCode(exec: Executor, userId: string, ttlMs = RESET_CODE_TTL_MS): Promise<string> {
  const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
  await exec.insert(passwordResetCodes).values({
    userId,
    codeHash: codeHash(userId, code),
    expiresAt: new Date(Date.now() + ttlMs),
  });
  return code;
}

/** Sends a 6-digit code by SMS or email. Answers the same whether or not the account exists. */
export async function requestPasswordReset(ctx: AppContext, account: string, ip: string): Promise<void> {
  const user = await findUserByAccount(ctx.db, account);
  if (user?.status !== 'active') {
    await recordAudit(ctx.db, {
      event: 'auth.password_reset_requested',
      ip,
      details: { account, found: false },
    });
    return;
  }
  await ctx.db.transaction(async (tx) => {
    const [recent] = await tx
      .select({ createdAt: passwordResetCodes.createdAt })
      .from(passwordResetCodes)
      .where(eq(passwordResetCodes.userId, user.id))
      .orderBy(desc(passwordResetCodes.createdAt))
      .limit(1);
    if (recent && Date.now() - recent.createdAt.getTime() < RESET_RESEND_MS) return;
    const code = await issueResetCode(tx, user.id);
    const viaEmail = account.includes('@');
    await enqueueNotification(tx, {
      channel: viaEmail ? 'email' : 'sms',
      recipient: account,
      template: 'password_reset',
      body: `【CrossSkill】您的密码重置验证码为 ${code}，15 分钟内有效。如非本人操作请忽略。Your password reset code is ${code}.`,
    });
    await recordAudit(tx, { event: 'auth.password_reset_requested', subjectUserId: user.id, ip, details: { account } });
  });
}

/** Sets a new password with a valid code; ends every session and lifts a lockout. */
export async function confirmPasswordReset(
  ctx: AppContext,
  input: { account: string; code: string; newPassword: string },
  ip: string,
): Promise<void> {
  const user = await findUserByAccount(ctx.db, input.account);
  if (!user) throw new AppError('RESET_CODE_INVALID');
  const passwordHash = await hashPassword(input.newPassword);
  const ok = await ctx.db.transaction(async (tx) => {
    const [pending] = await tx
      .select()
      .from(passwordResetCodes)
      .where(
        and(
          eq(passwordResetCodes.userId, user.id),
          isNull(passwordResetCodes.usedAt),
          gt(passwordResetCodes.expiresAt, new Date()),
        ),
      )
      .orderBy(desc(passwordResetCodes.createdAt))
      .limit(1)
      .for('update');
    if (!pending || pending.attempts >= RESET_CODE_MAX_ATTEMPTS) return false;
    if (!safeEqual(pending.codeHash, codeHash(user.id, input.code))) {
      await tx
        .update(passwordResetCodes)
        .set({ attempts: pending.attempts + 1 })
        .where(eq(passwordResetCodes.id, pending.id));
      return false;
    }
    await tx.update(passwordResetCodes).set({ usedAt: new Date() }).where(eq(passwordResetCodes.id, pending.id));
    await tx
      .update(users)
      .set({ passwordHash, failedLogins: 0, lockedUntil: null, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await revokeAllSessions(tx, user.id);
    await recordAudit(tx, { event: 'auth.password_reset', actorUserId: user.id, subjectUserId: user.id, ip });
    return true;
  });
  if (!ok) throw new AppError('RESET_CODE_INVALID');
}

export async function changePassword(
  ctx: AppContext,
  userId: string,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
  ip: string,
) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user?.passwordHash) throw new AppError('PASSWORD_INCORRECT');
  if (user.lockedUntil && user.lockedUntil > new Date()) throw new AppError('ACCOUNT_LOCKED');
  // A stolen session must not become a way to guess the password: wrong guesses count toward the lockout.
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const locked = await registerFailure(ctx, user, ip);
    const [after] = await ctx.db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, userId));
    const nowLocked = locked || (after?.lockedUntil != null && after.lockedUntil > new Date());
    throw new AppError(nowLocked ? 'ACCOUNT_LOCKED' : 'PASSWORD_INCORRECT');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
    // Other devices must log in again; this one stays.
    await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ne(sessions.id, sessionId)));
    await recordAudit(tx, { event: 'auth.password_changed', actorUserId: userId, subjectUserId: userId, ip });
  });
}
