import { type Member, maskMobile, type Org, type OrgKind } from '@crossskill/contracts';
import { and, asc, count, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { type Executor, uniqueViolation } from '../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { users } from '../identity/index.js';
import { memberships, organizations } from './orgs.tables.js';

type OrgRow = typeof organizations.$inferSelect;

const toOrg = (o: OrgRow, memberCount: number): Org => ({
  id: o.id,
  kind: o.kind,
  name: o.name,
  creditCode: o.creditCode,
  contactPhone: o.contactPhone,
  address: o.address,
  status: o.status,
  memberCount,
  createdAt: o.createdAt.toISOString(),
});

async function memberCounts(exec: Executor, orgIds: string[]): Promise<Map<string, number>> {
  if (orgIds.length === 0) return new Map();
  const rows = await exec
    .select({ orgId: memberships.orgId, n: count() })
    .from(memberships)
    .where(inArray(memberships.orgId, orgIds))
    .groupBy(memberships.orgId);
  return new Map(rows.map((r) => [r.orgId, r.n]));
}

/** A platform admin sees every organisation; anyone else the organisations they belong to. */
export async function listOrgs(
  ctx: AppContext,
  auth: AuthContext,
  f: { kind?: OrgKind | undefined; q?: string | undefined },
): Promise<Org[]> {
  const conds: SQL[] = [];
  if (f.kind) conds.push(eq(organizations.kind, f.kind));
  if (f.q) conds.push(ilike(organizations.name, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (!isPlatformAdmin(auth)) {
    const mine = [...new Set(auth.memberships.map((m) => m.orgId))];
    if (mine.length === 0) return [];
    conds.push(inArray(organizations.id, mine));
  }
  const rows = await ctx.db
    .select()
    .from(organizations)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(organizations.kind), asc(organizations.name));
  const counts = await memberCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toOrg(r, counts.get(r.id) ?? 0));
}

export async function getOrg(exec: Executor, orgId: string): Promise<Org> {
  const [row] = await exec.select().from(organizations).where(eq(organizations.id, orgId)).limit(1);
  if (!row) throw new AppError('ORG_NOT_FOUND');
  const counts = await memberCounts(exec, [orgId]);
  return toOrg(row, counts.get(orgId) ?? 0);
}

async function mapOrgName<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (uniqueViolation(err) === 'organizations_name_unique') throw new AppError('ORG_NAME_TAKEN');
    throw err;
  }
}

export interface OrgInput {
  kind: OrgKind;
  name: string;
  creditCode?: string | undefined;
  contactPhone?: string | undefined;
  address?: string | undefined;
}

export async function createOrg(ctx: AppContext, actorId: string | null, input: OrgInput, ip: string | null) {
  return mapOrgName(() =>
    ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(organizations)
        .values({
          kind: input.kind,
          name: input.name,
          creditCode: input.creditCode ?? null,
          contactPhone: input.contactPhone ?? null,
          address: input.address ?? null,
        })
        .returning();
      await recordAudit(tx, {
        event: 'org.created',
        actorUserId: actorId,
        orgId: row!.id,
        ip,
        details: { kind: input.kind, name: input.name },
      });
      return toOrg(row!, 0);
    }),
  );
}

export interface OrgChanges {
  name?: string | undefined;
  creditCode?: string | null | undefined;
  contactPhone?: string | null | undefined;
  address?: string | null | undefined;
  status?: 'active' | 'suspended' | undefined;
}

export async function updateOrg(ctx: AppContext, auth: AuthContext, orgId: string, changes: OrgChanges, ip: string) {
  if (changes.status !== undefined && !isPlatformAdmin(auth)) throw new AppError('FORBIDDEN');
  return mapOrgName(() =>
    ctx.db.transaction(async (tx) => {
      const updated = await tx
        .update(organizations)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(organizations.id, orgId))
        .returning({ id: organizations.id });
      if (updated.length === 0) throw new AppError('ORG_NOT_FOUND');
      await recordAudit(tx, {
        event: 'org.updated',
        actorUserId: auth.userId,
        orgId,
        ip,
        details: { fields: Object.keys(changes), ...(changes.status ? { status: changes.status } : {}) },
      });
      return getOrg(tx, orgId);
    }),
  );
}

export async function listMembers(exec: Executor, orgId: string): Promise<Member[]> {
  await getOrg(exec, orgId);
  const rows = await exec
    .select({ m: memberships, name: users.name, mobile: users.mobile, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(memberships.role), asc(users.name));
  return rows.map(({ m, name, mobile, email }) => ({
    id: m.id,
    userId: m.userId,
    name,
    mobile: mobile ? maskMobile(mobile) : null,
    email,
    role: m.role,
    createdAt: m.createdAt.toISOString(),
  }));
}
