import { ERROR_CODES, ROLE_LABELS } from '@crossskill/contracts';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOrg, createUser, loginUser, nextMobile, type TestUser } from '../../test/factories.js';
import { anonymous, type Credentials, call, loginAs, startTestServer, type TestServer } from '../../test/harness.js';
import { auditEvents, createPlatformAdmin, errorCode, latestCode } from '../../test/support.js';
import { users } from '../identity/index.js';
import { memberships } from './index.js';

let server: TestServer;
let admin: Credentials;

beforeAll(async () => {
  server = await startTestServer({ authRateLimitPerMinute: 100_000 });
  admin = (await createPlatformAdmin(server)).as;
});
afterAll(() => server.close());

const VALID_CREDIT_CODE = '91350100M000100Y43';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

interface Member {
  id: string;
  userId: string;
  name: string;
  mobile: string | null;
  role: string;
}

/** An institution with its administrator, logged in. */
async function institutionWithAdmin(name?: string) {
  const org = await createOrg(server, 'institution', name);
  const adminUser = await createUser(server, { roles: [{ orgId: org.id, role: 'institution_admin' }] });
  return { org, adminUser, as: await loginUser(server, adminUser) };
}

const me = (as: Credentials) => call(server, as, { method: 'GET', url: '/api/me' });
const members = async (as: Credentials, orgId: string) =>
  (await call(server, as, { method: 'GET', url: `/api/orgs/${orgId}/members` })).json().items as Member[];
const addMember = (as: Credentials, orgId: string, body: unknown) =>
  call(server, as, { method: 'POST', url: `/api/orgs/${orgId}/members`, body });
const removeMember = (as: Credentials, orgId: string, membershipId: string) =>
  call(server, as, { method: 'DELETE', url: `/api/orgs/${orgId}/members/${membershipId}` });

describe('POST /api/orgs', () => {
  it('lets the platform admin create an organisation (201) and records it', async () => {
    const res = await call(server, admin, {
      method: 'POST',
      url: '/api/orgs',
      body: {
        kind: 'institution',
        name: '深圳跨境电商学院',
        creditCode: VALID_CREDIT_CODE.toLowerCase(),
        address: '深圳',
      },
    });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({
      kind: 'institution',
      name: '深圳跨境电商学院',
      creditCode: VALID_CREDIT_CODE,
      address: '深圳',
      contactPhone: null,
      status: 'active',
      memberCount: 0,
    });
    const created = await auditEvents(server, admin, 'org.created');
    expect(created.some((e) => e.orgId === org.id)).toBe(true);
    expect((await call(server, admin, { method: 'GET', url: `/api/orgs/${org.id}` })).json()).toEqual(org);
  });

  it('refuses a second organisation with the same name (409 ORG_NAME_TAKEN)', async () => {
    const body = { kind: 'enterprise', name: '同名企业有限公司' };
    expect((await call(server, admin, { method: 'POST', url: '/api/orgs', body })).statusCode).toBe(201);
    const res = await call(server, admin, { method: 'POST', url: '/api/orgs', body: { ...body, kind: 'institution' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'ORG_NAME_TAKEN', message: ERROR_CODES.ORG_NAME_TAKEN.zh });
  });

  it.each([
    ['too short', '9135010'],
    ['with a letter I', '91350100I000100Y43'],
    ['letters where the region code goes', '9135A100M000100Y43'],
  ])('rejects a malformed 统一社会信用代码 (%s) with 400', async (_, creditCode) => {
    const res = await call(server, admin, {
      method: 'POST',
      url: '/api/orgs',
      body: { kind: 'enterprise', name: `信用代码测试${creditCode}`, creditCode },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details[0].field).toBe('body.creditCode');
  });

  it('is refused to an institution admin (403)', async () => {
    const { as } = await institutionWithAdmin();
    const res = await call(server, as, {
      method: 'POST',
      url: '/api/orgs',
      body: { kind: 'institution', name: '自建机构' },
    });
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});

describe('GET /api/orgs and /api/orgs/:orgId', () => {
  let a: Awaited<ReturnType<typeof institutionWithAdmin>>;
  let b: Awaited<ReturnType<typeof institutionWithAdmin>>;
  beforeAll(async () => {
    a = await institutionWithAdmin();
    b = await institutionWithAdmin();
  });

  it('shows the platform admin every organisation, filterable by kind and name', async () => {
    const enterprise = await createOrg(server, 'enterprise');
    const all = (await call(server, admin, { method: 'GET', url: '/api/orgs' })).json().items as { id: string }[];
    expect(all.map((o) => o.id)).toEqual(expect.arrayContaining([a.org.id, b.org.id, enterprise.id]));

    const institutions = (await call(server, admin, { method: 'GET', url: '/api/orgs?kind=institution' })).json()
      .items as { id: string; kind: string }[];
    expect(institutions.every((o) => o.kind === 'institution')).toBe(true);
    expect(institutions.map((o) => o.id)).not.toContain(enterprise.id);

    const byName = (
      await call(server, admin, { method: 'GET', url: `/api/orgs?q=${encodeURIComponent(a.org.name)}` })
    ).json().items as { id: string }[];
    expect(byName.map((o) => o.id)).toEqual([a.org.id]);
  });

  it('shows an institution admin only their own organisation', async () => {
    const res = await call(server, a.as, { method: 'GET', url: '/api/orgs' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ id: a.org.id, memberCount: 1 })]);
  });

  it('shows a user without memberships an empty list', async () => {
    const loner = await loginUser(server, await createUser(server));
    const res = await call(server, loner, { method: 'GET', url: '/api/orgs' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [] });
  });

  it("lets members read their own organisation but not another's (403)", async () => {
    const trainee = await createUser(server, { roles: [{ orgId: a.org.id, role: 'trainee' }] });
    const traineeAs = await loginUser(server, trainee);
    const own = await call(server, traineeAs, { method: 'GET', url: `/api/orgs/${a.org.id}` });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: a.org.id, name: a.org.name });

    for (const as of [traineeAs, a.as]) {
      const other = await call(server, as, { method: 'GET', url: `/api/orgs/${b.org.id}` });
      expect(other.statusCode).toBe(403);
      expect(errorCode(other)).toBe('FORBIDDEN');
    }
  });

  it('answers the platform admin 404 ORG_NOT_FOUND for an unknown organisation', async () => {
    const res = await call(server, admin, { method: 'GET', url: `/api/orgs/${NO_SUCH_ID}` });
    expect(res.statusCode).toBe(404);
    expect(errorCode(res)).toBe('ORG_NOT_FOUND');
  });
});

describe('PATCH /api/orgs/:orgId', () => {
  it('lets an institution admin edit their organisation but not its status (403)', async () => {
    const { org, as } = await institutionWithAdmin();
    const res = await call(server, as, {
      method: 'PATCH',
      url: `/api/orgs/${org.id}`,
      body: { address: '广州市天河区', contactPhone: '020-12345678' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: org.id, address: '广州市天河区', contactPhone: '020-12345678' });

    const status = await call(server, as, {
      method: 'PATCH',
      url: `/api/orgs/${org.id}`,
      body: { status: 'suspended' },
    });
    expect(status.statusCode).toBe(403);
    expect(errorCode(status)).toBe('FORBIDDEN');
    const mixed = await call(server, as, {
      method: 'PATCH',
      url: `/api/orgs/${org.id}`,
      body: { name: '偷偷改名', status: 'suspended' },
    });
    expect(mixed.statusCode).toBe(403);
    const after = (await call(server, as, { method: 'GET', url: `/api/orgs/${org.id}` })).json();
    expect(after).toMatchObject({ name: org.name, status: 'active' });
  });

  it("refuses an institution admin another organisation's settings (403)", async () => {
    const a = await institutionWithAdmin();
    const b = await institutionWithAdmin();
    const res = await call(server, a.as, { method: 'PATCH', url: `/api/orgs/${b.org.id}`, body: { address: 'x' } });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a name another organisation has (409 ORG_NAME_TAKEN)', async () => {
    const { org, as } = await institutionWithAdmin();
    const other = await createOrg(server, 'enterprise');
    const res = await call(server, as, { method: 'PATCH', url: `/api/orgs/${org.id}`, body: { name: other.name } });
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('ORG_NAME_TAKEN');
  });

  it("lets the platform admin suspend an organisation, which takes away its members' roles", async () => {
    const { org, as: orgAdminAs } = await institutionWithAdmin();
    const trainee = await createUser(server, { roles: [{ orgId: org.id, role: 'trainee' }] });
    const traineeAs = await loginUser(server, trainee);
    expect((await me(traineeAs)).json().roles).toEqual(['trainee']);

    const res = await call(server, admin, {
      method: 'PATCH',
      url: `/api/orgs/${org.id}`,
      body: { status: 'suspended' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('suspended');
    const updated = await auditEvents(server, admin, 'org.updated');
    expect(updated.some((e) => e.orgId === org.id && e.details.status === 'suspended')).toBe(true);

    expect((await me(traineeAs)).json()).toMatchObject({ roles: [], memberships: [] });
    expect((await call(server, traineeAs, { method: 'GET', url: `/api/orgs/${org.id}` })).statusCode).toBe(403);
    expect((await call(server, orgAdminAs, { method: 'GET', url: `/api/orgs/${org.id}/members` })).statusCode).toBe(
      403,
    );

    await call(server, admin, { method: 'PATCH', url: `/api/orgs/${org.id}`, body: { status: 'active' } });
    expect((await me(traineeAs)).json().roles).toEqual(['trainee']);
  });
});

describe('organisation members', () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let orgAdmin: TestUser;
  let orgAdminAs: Credentials;
  beforeEach(async () => {
    ({ org, adminUser: orgAdmin, as: orgAdminAs } = await institutionWithAdmin());
  });

  it('adds a registered person by mobile with a role (201) and records membership.granted', async () => {
    const person = await createUser(server, { name: '李讲师' });
    const res = await addMember(orgAdminAs, org.id, { account: person.mobile, role: 'lecturer' });
    expect(res.statusCode).toBe(201);
    const member = res.json();
    expect(member).toMatchObject({
      userId: person.id,
      name: '李讲师',
      mobile: `${person.mobile.slice(0, 3)}****${person.mobile.slice(-4)}`,
      role: 'lecturer',
    });
    const granted = await auditEvents(server, admin, 'membership.granted');
    expect(granted).toContainEqual(
      expect.objectContaining({
        actorUserId: orgAdmin.id,
        subjectUserId: person.id,
        orgId: org.id,
        details: { role: 'lecturer', invited: false },
      }),
    );
    expect((await members(orgAdminAs, org.id)).map((m) => m.id)).toContain(member.id);
    expect((await me(await loginUser(server, person))).json().roles).toEqual(['lecturer']);
  });

  it('refuses to grant the same role twice (409 MEMBERSHIP_EXISTS) but allows a second role', async () => {
    const person = await createUser(server);
    expect((await addMember(orgAdminAs, org.id, { account: person.mobile, role: 'trainee' })).statusCode).toBe(201);
    const again = await addMember(orgAdminAs, org.id, { account: person.mobile, role: 'trainee' });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('MEMBERSHIP_EXISTS');
    expect((await addMember(orgAdminAs, org.id, { account: person.mobile, role: 'proctor' })).statusCode).toBe(201);
    expect((await members(orgAdminAs, org.id)).filter((m) => m.userId === person.id)).toHaveLength(2);
  });

  it('refuses a role that this kind of organisation cannot hold (422 ROLE_NOT_ALLOWED_FOR_ORG)', async () => {
    const person = await createUser(server);
    for (const role of ['enterprise_hr', 'platform_admin']) {
      const res = await addMember(orgAdminAs, org.id, { account: person.mobile, role });
      expect(res.statusCode).toBe(422);
      expect(errorCode(res)).toBe('ROLE_NOT_ALLOWED_FOR_ORG');
    }
    expect((await members(orgAdminAs, org.id)).some((m) => m.userId === person.id)).toBe(false);
  });

  it('answers 404 USER_NOT_FOUND for an unregistered mobile without a name, creating nobody', async () => {
    const mobile = nextMobile();
    const res = await addMember(orgAdminAs, org.id, { account: mobile, role: 'trainee' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'USER_NOT_FOUND', details: [{ field: 'body.name' }] });
    expect(await server.ctx.db.select().from(users).where(eq(users.mobile, mobile))).toHaveLength(0);
  });

  it('invites an unregistered person given a name: an account without a password and an SMS code to set one', async () => {
    const mobile = nextMobile();
    const res = await addMember(orgAdminAs, org.id, { account: mobile, role: 'lecturer', name: '王新人' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: '王新人', role: 'lecturer' });
    const [row] = await server.ctx.db.select().from(users).where(eq(users.mobile, mobile));
    expect(row!.passwordHash).toBeNull();
    const granted = await auditEvents(server, admin, 'membership.granted');
    expect(granted).toContainEqual(
      expect.objectContaining({ subjectUserId: row!.id, details: { role: 'lecturer', invited: true } }),
    );

    // No password yet: nothing logs in.
    const noPassword = await call(server, anonymous, {
      method: 'POST',
      url: '/api/auth/login',
      body: { account: mobile, password: 'Anything123' },
    });
    expect(errorCode(noPassword)).toBe('INVALID_CREDENTIALS');

    const code = await latestCode(server, admin, mobile, 'invitation');
    const confirm = await call(server, anonymous, {
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      body: { account: mobile, code, newPassword: 'Welcome2024' },
    });
    expect(confirm.statusCode).toBe(200);
    const meRes = await me(await loginAs(server, mobile, 'Welcome2024'));
    expect(meRes.json()).toMatchObject({
      user: { name: '王新人', mobile },
      roles: ['lecturer'],
      memberships: [{ orgId: org.id, role: 'lecturer' }],
    });
  });

  it('removes a role (audit membership.revoked), and the person loses it', async () => {
    const person = await createUser(server);
    const personAs = await loginUser(server, person);
    const added = (await addMember(orgAdminAs, org.id, { account: person.mobile, role: 'trainee' })).json();
    expect((await me(personAs)).json().roles).toEqual(['trainee']);

    const res = await removeMember(orgAdminAs, org.id, added.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const revoked = await auditEvents(server, admin, 'membership.revoked');
    expect(revoked).toContainEqual(
      expect.objectContaining({
        actorUserId: orgAdmin.id,
        subjectUserId: person.id,
        orgId: org.id,
        details: { role: 'trainee' },
      }),
    );
    expect((await me(personAs)).json().roles).toEqual([]);
    const again = await removeMember(orgAdminAs, org.id, added.id);
    expect(again.statusCode).toBe(404);
    expect(errorCode(again)).toBe('MEMBERSHIP_NOT_FOUND');
  });

  it('refuses to remove the last institution admin (409 LAST_ADMIN), allows it when another remains', async () => {
    const own = (await members(orgAdminAs, org.id)).find((m) => m.role === 'institution_admin')!;
    const last = await removeMember(admin, org.id, own.id);
    expect(last.statusCode).toBe(409);
    expect(errorCode(last)).toBe('LAST_ADMIN');
    expect(errorCode(await removeMember(orgAdminAs, org.id, own.id))).toBe('LAST_ADMIN');

    const second = await createUser(server);
    expect(
      (await addMember(orgAdminAs, org.id, { account: second.mobile, role: 'institution_admin' })).statusCode,
    ).toBe(201);
    expect((await removeMember(orgAdminAs, org.id, own.id)).statusCode).toBe(200);
    const admins = (await members(admin, org.id)).filter((m) => m.role === 'institution_admin');
    expect(admins.map((m) => m.userId)).toEqual([second.id]);
  });

  it('keeps one admin when two admins are removed at the same time', async () => {
    const second = await createUser(server);
    await addMember(orgAdminAs, org.id, { account: second.mobile, role: 'institution_admin' });
    const admins = (await members(admin, org.id)).filter((m) => m.role === 'institution_admin');
    expect(admins).toHaveLength(2);
    const results = await Promise.all(admins.map((m) => removeMember(admin, org.id, m.id)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const left = await server.ctx.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, org.id), eq(memberships.role, 'institution_admin')));
    expect(left).toHaveLength(1);
  });

  it("does not let an institution admin manage another institution's members (403)", async () => {
    const other = await institutionWithAdmin();
    const otherMembers = await members(other.as, other.org.id);
    const person = await createUser(server);
    const attempts = [
      call(server, orgAdminAs, { method: 'GET', url: `/api/orgs/${other.org.id}/members` }),
      call(server, orgAdminAs, { method: 'GET', url: `/api/orgs/${other.org.id}/members/export` }),
      addMember(orgAdminAs, other.org.id, { account: person.mobile, role: 'institution_admin' }),
      removeMember(orgAdminAs, other.org.id, otherMembers[0]!.id),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(403);
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(await members(other.as, other.org.id)).toEqual(otherMembers);
  });

  it("cannot remove another organisation's membership through its own organisation's URL", async () => {
    const other = await institutionWithAdmin();
    const otherMembership = (await members(other.as, other.org.id))[0]!;
    const res = await removeMember(orgAdminAs, org.id, otherMembership.id);
    expect(res.statusCode).toBe(404);
    expect(errorCode(res)).toBe('MEMBERSHIP_NOT_FOUND');
    expect(await members(other.as, other.org.id)).toEqual([otherMembership]);
  });

  it('is closed to a trainee of the organisation (403)', async () => {
    const trainee = await createUser(server, { roles: [{ orgId: org.id, role: 'trainee' }] });
    const traineeAs = await loginUser(server, trainee);
    expect((await call(server, traineeAs, { method: 'GET', url: `/api/orgs/${org.id}/members` })).statusCode).toBe(403);
    const res = await addMember(traineeAs, org.id, { account: trainee.mobile, role: 'institution_admin' });
    expect(res.statusCode).toBe(403);
  });

  it('exports the members as an .xlsx workbook', async () => {
    const person = await createUser(server, { name: '导出学员' });
    await addMember(orgAdminAs, org.id, { account: person.mobile, role: 'trainee' });
    const res = await call(server, orgAdminAs, { method: 'GET', url: `/api/orgs/${org.id}/members/export` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(org.name));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const values = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['姓名', '手机号', '邮箱', '角色', '加入时间']);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => values(i + 2));
    expect(rows).toHaveLength(2);
    const maskedMobile = `${person.mobile.slice(0, 3)}****${person.mobile.slice(-4)}`;
    expect(rows).toContainEqual(expect.arrayContaining(['导出学员', maskedMobile, ROLE_LABELS.trainee.zh]));
    expect(rows).toContainEqual(expect.arrayContaining([orgAdmin.name, ROLE_LABELS.institution_admin.zh]));
    expect(rows.flat()).not.toContain(person.mobile);
  });
});

describe('GET /api/public/institutions', () => {
  it('lists only active training institutions, to anyone', async () => {
    const active = await createOrg(server, 'institution');
    const suspended = await createOrg(server, 'institution');
    const enterprise = await createOrg(server, 'enterprise');
    await call(server, admin, { method: 'PATCH', url: `/api/orgs/${suspended.id}`, body: { status: 'suspended' } });

    const res = await call(server, anonymous, { method: 'GET', url: '/api/public/institutions' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; name: string }[];
    expect(items).toContainEqual({ id: active.id, name: active.name });
    const ids = items.map((i) => i.id);
    expect(ids).not.toContain(suspended.id);
    expect(ids).not.toContain(enterprise.id);
    expect(Object.keys(items[0]!).sort()).toEqual(['id', 'name']);
  });
});
