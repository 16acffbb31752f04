import type { Role } from '@crossskill/contracts';
import { count, desc, eq, ilike, inArray, or } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { memberships } from '../orgs/orgs.tables.js';
import { users } from './identity.tables.js';
import { toUserDto } from './users.repo.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listUsers(ctx: AppContext, q: { q?: string | undefined; page: number; pageSize: number }) {
  const term = q.q ? `%${escapeLike(q.q)}%` : undefined;
  const where = term ? or(ilike(users.name, term), ilike(users.mobile, term), ilike(users.email, term)) : undefined;
  const rows = await ctx.db
    .select()
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(users).where(where);
  const roleRows = rows.length
    ? await ctx.db
        .select({ userId: memberships.userId, role: memberships.role })
        .from(memberships)
        .where(
          inArray(
            memberships.userId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return {
    total: total?.n ?? 0,
    items: rows.map((u) => ({
      ...toUserDto(u),
      lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
      roles: [...new Set(roleRows.filter((r) => r.userId === u.id).map((r) => r.role))] as Role[],
    })),
  };
}

export async function unlockUser(ctx: AppContext, actorId: string, userId: string, ip: string) {
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ lockedUntil: null, failedLogins: 0 })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (updated.length === 0) throw new AppError('USER_NOT_FOUND');
    await recordAudit(tx, { event: 'user.unlocked', actorUserId: actorId, subjectUserId: userId, ip });
  });
}
