import type { Me, Membership, Role, User } from '@crossskill/contracts';
import { maskMobile } from '@crossskill/contracts';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
// Table files are the one thing modules share directly (foreign keys and joins).
import { memberships, organizations } from '../orgs/orgs.tables.js';
import { users } from './identity.tables.js';

export type UserRow = typeof users.$inferSelect;

/** The user as the API shows it; the mobile number is masked unless the caller is that user. */
export function toUserDto(u: UserRow, opts: { self: boolean } = { self: false }): User {
  return {
    id: u.id,
    name: u.name,
    mobile: u.mobile ? (opts.self ? u.mobile : maskMobile(u.mobile)) : null,
    email: u.email,
    idNumberMasked: u.idNumberMasked,
    status: u.status,
    createdAt: u.createdAt.toISOString(),
  };
}

export async function findUserByAccount(exec: Executor, account: string): Promise<UserRow | undefined> {
  const column = account.includes('@') ? users.email : users.mobile;
  const [row] = await exec.select().from(users).where(eq(column, account)).limit(1);
  return row;
}

export async function findUserById(exec: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await exec.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function loadMemberships(exec: Executor, userId: string): Promise<Membership[]> {
  const rows = await exec
    .select({
      id: memberships.id,
      orgId: organizations.id,
      orgName: organizations.name,
      orgKind: organizations.kind,
      role: memberships.role,
      orgStatus: organizations.status,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name), asc(memberships.role));
  // A suspended organisation's roles confer nothing.
  return rows.filter((r) => r.orgStatus === 'active').map(({ orgStatus: _, ...m }) => m);
}

export async function loadMe(exec: Executor, user: UserRow): Promise<Me> {
  const ms = await loadMemberships(exec, user.id);
  const roles = [...new Set(ms.map((m) => m.role))] as Role[];
  return { user: toUserDto(user, { self: true }), memberships: ms, roles };
}
