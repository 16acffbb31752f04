import { ADMIN_ROLE_BY_ORG_KIND, type Member, ROLE_LABELS, ROLES_BY_ORG_KIND, type Role } from '@crossskill/contracts';
import { and, count, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { uniqueViolation } from '../../platform/db/index.js';
import { AppError, type AuthContext } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { findUserByAccount, inviteUser, mapUniqueErrors } from '../identity/index.js';
import { listMembers } from './orgs.service.js';
import { memberships, organizations } from './orgs.tables.js';

/**
 * Grants a role in an organisation to the person with this mobile or email. Someone not yet
 * registered is invited when a name is given.
 */
export async function addMember(
  ctx: AppContext,
  auth: AuthContext,
  orgId: string,
  input: { account: string; role: Role; name?: string | undefined },
  ip: string,
): Promise<Member> {
  try {
    const membershipId = await mapUniqueErrors(() =>
      ctx.db.transaction(async (tx) => {
        const [org] = await tx.select().from(organizations).where(eq(organizations.id, orgId)).limit(1);
        if (!org) throw new AppError('ORG_NOT_FOUND');
        if (!ROLES_BY_ORG_KIND[org.kind].includes(input.role)) throw new AppError('ROLE_NOT_ALLOWED_FOR_ORG');
        let user = await findUserByAccount(tx, input.account);
        let invited = false;
        if (!user) {
          if (!input.name) {
            throw new AppError('USER_NOT_FOUND', {
              details: [{ field: 'body.name', code: 'NAME_REQUIRED', message: 'NAME_REQUIRED' }],
            });
          }
          user = await inviteUser(ctx, tx, {
            name: input.name,
            account: input.account,
            orgName: org.name,
            roleLabel: ROLE_LABELS[input.role].zh,
          });
          invited = true;
        }
        const [m] = await tx
          .insert(memberships)
          .values({ userId: user.id, orgId, role: input.role })
          .returning({ id: memberships.id });
        await recordAudit(tx, {
          event: 'membership.granted',
          actorUserId: auth.userId,
          subjectUserId: user.id,
          orgId,
          ip,
          details: { role: input.role, invited },
        });
        return m!.id;
      }),
    );
    const member = (await listMembers(ctx.db, orgId)).find((m) => m.id === membershipId);
    return member!;
  } catch (err) {
    if (uniqueViolation(err) === 'memberships_user_org_role') throw new AppError('MEMBERSHIP_EXISTS');
    throw err;
  }
}

/** Removes one role; the last administrator of an organisation stays. */
export async function removeMember(
  ctx: AppContext,
  auth: AuthContext,
  orgId: string,
  membershipId: string,
  ip: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ m: memberships, kind: organizations.kind })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.id, membershipId), eq(memberships.orgId, orgId)))
      .limit(1)
      .for('update');
    if (!row) throw new AppError('MEMBERSHIP_NOT_FOUND');
    const adminRole = ADMIN_ROLE_BY_ORG_KIND[row.kind];
    if (row.m.role === adminRole) {
      const [admins] = await tx
        .select({ n: count() })
        .from(memberships)
        .where(and(eq(memberships.orgId, orgId), eq(memberships.role, adminRole)));
      if ((admins?.n ?? 0) <= 1) throw new AppError('LAST_ADMIN');
    }
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await recordAudit(tx, {
      event: 'membership.revoked',
      actorUserId: auth.userId,
      subjectUserId: row.m.userId,
      orgId,
      ip,
      details: { role: row.m.role },
    });
  });
}
