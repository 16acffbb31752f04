import { maskIdNumber, type RegisterBody } from '@crossskill/contracts';
import { and, eq, ne, or, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { type Executor, uniqueViolation } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { enqueueNotification } from '../notifications/index.js';
import { memberships, organizations } from '../orgs/orgs.tables.js';
import { issueResetCode } from './auth.service.js';
import { users } from './identity.tables.js';
import { hashPassword } from './passwords.js';
import type { UserRow } from './users.repo.js';

const UNIQUE_TO_ERROR = {
  users_mobile_unique: 'MOBILE_TAKEN',
  users_email_unique: 'EMAIL_TAKEN',
  users_id_number_hash_unique: 'ID_NUMBER_TAKEN',
} as const;

/** Runs a write; a race that slips past the pre-checks still answers 409 with the right code. */
export async function mapUniqueErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const constraint = uniqueViolation(err);
    if (constraint && constraint in UNIQUE_TO_ERROR) {
      throw new AppError(UNIQUE_TO_ERROR[constraint as keyof typeof UNIQUE_TO_ERROR]);
    }
    throw err;
  }
}

export function idNumberColumns(ctx: AppContext, idNumber: string | null) {
  if (idNumber === null) return { idNumberEnc: null, idNumberHash: null, idNumberMasked: null };
  return {
    idNumberEnc: ctx.cipher.encrypt(idNumber),
    idNumberHash: ctx.cipher.blindIndex(idNumber),
    idNumberMasked: maskIdNumber(idNumber),
  };
}

/** Refuses contact details or an ID number that another account already uses. */
export async function assertContactsFree(
  ctx: AppContext,
  exec: Executor,
  c: { mobile?: string | null | undefined; email?: string | null | undefined; idNumber?: string | null | undefined },
  exceptUserId?: string,
) {
  const conds: SQL[] = [];
  if (c.mobile) conds.push(eq(users.mobile, c.mobile));
  if (c.email) conds.push(eq(users.email, c.email));
  if (c.idNumber) conds.push(eq(users.idNumberHash, ctx.cipher.blindIndex(c.idNumber)));
  if (conds.length === 0) return;
  const clash = await exec
    .select({ mobile: users.mobile, email: users.email, idHash: users.idNumberHash })
    .from(users)
    .where(exceptUserId ? and(or(...conds), ne(users.id, exceptUserId)) : or(...conds));
  for (const u of clash) {
    if (c.mobile && u.mobile === c.mobile) throw new AppError('MOBILE_TAKEN');
    if (c.email && u.email === c.email) throw new AppError('EMAIL_TAKEN');
    if (c.idNumber) throw new AppError('ID_NUMBER_TAKEN');
  }
}

/** Self-registration; optionally joins a training institution as a trainee. Does not log in. */
export async function registerUser(ctx: AppContext, body: RegisterBody, ip: string): Promise<UserRow> {
  const passwordHash = await hashPassword(body.password);
  return mapUniqueErrors(() =>
    ctx.db.transaction(async (tx) => {
      await assertContactsFree(ctx, tx, body);
      if (body.institutionId) {
        const [org] = await tx.select().from(organizations).where(eq(organizations.id, body.institutionId)).limit(1);
        if (org?.kind !== 'institution' || org.status !== 'active') throw new AppError('ORG_NOT_FOUND');
      }
      const [user] = await tx
        .insert(users)
        .values({
          name: body.name,
          mobile: body.mobile ?? null,
          email: body.email ?? null,
          passwordHash,
          ...idNumberColumns(ctx, body.idNumber ?? null),
        })
        .returning();
      if (body.institutionId) {
        await tx.insert(memberships).values({ userId: user!.id, orgId: body.institutionId, role: 'trainee' });
      }
      await recordAudit(tx, {
        event: 'auth.register',
        actorUserId: user!.id,
        subjectUserId: user!.id,
        orgId: body.institutionId ?? null,
        ip,
      });
      return user!;
    }),
  );
}

export interface ProfileChanges {
  name?: string | undefined;
  mobile?: string | null | undefined;
  email?: string | null | undefined;
  idNumber?: string | null | undefined;
}

export async function updateProfile(ctx: AppContext, userId: string, changes: ProfileChanges, ip: string) {
  return mapUniqueErrors(() =>
    ctx.db.transaction(async (tx) => {
      const [current] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
      if (!current) throw new AppError('USER_NOT_FOUND');
      const mobile = changes.mobile === undefined ? current.mobile : changes.mobile;
      const email = changes.email === undefined ? current.email : changes.email;
      if (!mobile && !email) {
        throw new AppError('VALIDATION_FAILED', {
          details: [{ field: 'body.mobile', code: 'CONTACT_REQUIRED', message: 'CONTACT_REQUIRED' }],
        });
      }
      await assertContactsFree(ctx, tx, changes, userId);
      const [updated] = await tx
        .update(users)
        .set({
          ...(changes.name !== undefined ? { name: changes.name } : {}),
          mobile,
          email,
          ...(changes.idNumber !== undefined ? idNumberColumns(ctx, changes.idNumber) : {}),
          updatedAt: new Date(),
        })
        .where(eq(users.id, userId))
        .returning();
      await recordAudit(tx, {
        event: 'user.profile_updated',
        actorUserId: userId,
        subjectUserId: userId,
        ip,
        details: { fields: Object.keys(changes) },
      });
      return updated!;
    }),
  );
}

const INVITE_CODE_TTL_MS = 7 * 24 * 3_600_000;

/**
 * Creates an account without a password for someone an administrator adds by mobile or email,
 * and sends them a one-time code (valid 7 days) to set their password on the 忘记密码 page.
 */
export async function inviteUser(
  ctx: AppContext,
  tx: Executor,
  input: { name: string; account: string; orgName: string; roleLabel: string },
): Promise<UserRow> {
  const viaEmail = input.account.includes('@');
  await assertContactsFree(ctx, tx, viaEmail ? { email: input.account } : { mobile: input.account });
  const [user] = await tx
    .insert(users)
    .values({ name: input.name, ...(viaEmail ? { email: input.account } : { mobile: input.account }) })
    .returning();
  const code = await issueResetCode(tx, user!.id, INVITE_CODE_TTL_MS);
  await enqueueNotification(tx, {
    channel: viaEmail ? 'email' : 'sms',
    recipient: input.account,
    template: 'invitation',
    body: `【CrossSkill】${input.name}，您已被添加为「${input.orgName}」的${input.roleLabel}。请在登录页点击“忘记密码”，用验证码 ${code} 设置密码（7 天内有效）。`,
  });
  return user!;
}
