import type { OrgKind, Role } from '@crossskill/contracts';
import { hashPassword, users } from '../modules/identity/index.js';
import { memberships, organizations } from '../modules/orgs/index.js';
import type { Server } from '../server.js';
import { type Credentials, loginAs } from './harness.js';

export const TEST_PASSWORD = 'Passw0rd-test';
let passwordHash: Promise<string> | undefined;
let seq = 0;

/** A unique valid mainland mobile number per call. */
export const nextMobile = () => `139${String(Date.now() % 1e4).padStart(4, '0')}${String(++seq).padStart(4, '0')}`;

export async function createOrg(server: Server, kind: OrgKind, name = `测试${kind}${++seq}`) {
  const [org] = await server.ctx.db.insert(organizations).values({ kind, name }).returning();
  return org!;
}

export interface TestUser {
  id: string;
  name: string;
  mobile: string;
  password: string;
}

/** A user with the given roles in the given organisations, created directly in the database. */
export async function createUser(
  server: Server,
  opts: { name?: string; mobile?: string; email?: string; roles?: { orgId: string; role: Role }[] } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const mobile = opts.mobile ?? nextMobile();
  const name = opts.name ?? `用户${++seq}`;
  const [user] = await server.ctx.db
    .insert(users)
    .values({ name, mobile, email: opts.email ?? null, passwordHash: await passwordHash })
    .returning();
  for (const r of opts.roles ?? []) {
    await server.ctx.db.insert(memberships).values({ userId: user!.id, orgId: r.orgId, role: r.role });
  }
  return { id: user!.id, name, mobile, password: TEST_PASSWORD };
}

export async function loginUser(server: Server, user: TestUser): Promise<Credentials> {
  return loginAs(server, user.mobile, user.password);
}

/** One organisation of each kind and one logged-in user per role, as the access matrix needs. */
export async function createWorld(server: Server) {
  const platform = await createOrg(server, 'platform');
  const institution = await createOrg(server, 'institution');
  const enterprise = await createOrg(server, 'enterprise');
  const orgFor: Record<Role, string> = {
    platform_admin: platform.id,
    institution_admin: institution.id,
    lecturer: institution.id,
    trainee: institution.id,
    proctor: institution.id,
    examiner: institution.id,
    review_member: platform.id,
    enterprise_hr: enterprise.id,
  };
  const users = {} as Record<Role, TestUser>;
  const sessions = {} as Record<Role, Credentials>;
  for (const role of Object.keys(orgFor) as Role[]) {
    users[role] = await createUser(server, { roles: [{ orgId: orgFor[role], role }] });
    sessions[role] = await loginUser(server, users[role]);
  }
  return { platform, institution, enterprise, users, sessions };
}
