import { ERROR_CODES, FIELD_MESSAGES } from '@crossskill/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createUser, loginUser, nextMobile, TEST_PASSWORD, type TestUser } from '../../test/factories.js';
import { anonymous, type Credentials, call, loginAs, startTestServer, type TestServer } from '../../test/harness.js';
import {
  auditEvents,
  createPlatformAdmin,
  errorCode,
  latestCode,
  loginApp,
  nextIdNumber,
  outbox,
  sleep,
  withWrongCheckDigit,
} from '../../test/support.js';
import { memberships } from '../orgs/index.js';
import { users } from './index.js';

let server: TestServer;
let admin: Credentials;

beforeAll(async () => {
  // A generous per-IP limit: every request here comes from the same address.
  server = await startTestServer({ authRateLimitPerMinute: 100_000 });
  admin = (await createPlatformAdmin(server)).as;
});
afterAll(() => server.close());

const register = (body: unknown, headers?: Record<string, string>) =>
  call(server, anonymous, { method: 'POST', url: '/api/auth/register', body, ...(headers ? { headers } : {}) });

const login = (account: string, password: string, srv: TestServer = server) =>
  call(srv, anonymous, { method: 'POST', url: '/api/auth/login', body: { account, password } });

const me = (as: Credentials) => call(server, as, { method: 'GET', url: '/api/me' });

const userRow = async (id: string) => {
  const [row] = await server.ctx.db.select().from(users).where(eq(users.id, id));
  return row!;
};

const validRegistration = (extra: Record<string, unknown> = {}) => ({
  name: '张三',
  mobile: nextMobile(),
  password: 'Secret123',
  ...extra,
});

/** Fails the login of this user with a wrong password as often as the lockout allows. */
async function lockOut(user: TestUser, srv: TestServer = server, failures = 10) {
  for (let i = 0; i < failures; i++) {
    const res = await login(user.mobile, 'Wrong-pass-1', srv);
    expect(res.statusCode).toBe(401);
  }
}

describe('POST /api/auth/register', () => {
  it('creates the account (201) without logging in, keeping the ID number only masked and encrypted', async () => {
    const idNumber = nextIdNumber();
    const body = validRegistration({ email: 'Zhang.San@Example.COM', idNumber });
    const res = await register(body);
    expect(res.statusCode).toBe(201);
    const { user } = res.json();
    expect(user).toMatchObject({
      name: '张三',
      mobile: body.mobile,
      email: 'zhang.san@example.com',
      idNumberMasked: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
      status: 'active',
    });
    expect(res.body).not.toContain(idNumber);
    expect(res.cookies).toHaveLength(0);

    const row = await userRow(user.id);
    expect(row.idNumberMasked).toBe(user.idNumberMasked);
    expect(row.idNumberEnc).toBeTruthy();
    expect(row.idNumberEnc).not.toContain(idNumber);
    expect(row.idNumberHash).not.toContain(idNumber);
    expect(server.ctx.cipher.decrypt(row.idNumberEnc!)).toBe(idNumber);
    expect(row.passwordHash).not.toContain('Secret123');

    // Nor is the full number in any later answer about this user.
    const as = await loginAs(server, body.mobile, 'Secret123');
    const meRes = await me(as);
    expect(meRes.json().user.idNumberMasked).toBe(user.idNumberMasked);
    expect(meRes.body).not.toContain(idNumber);
    const adminList = await call(server, admin, { method: 'GET', url: `/api/admin/users?q=${body.mobile}` });
    expect(adminList.json().items).toHaveLength(1);
    expect(adminList.body).not.toContain(idNumber);
    const audit = await call(server, admin, { method: 'GET', url: '/api/admin/audit?pageSize=200' });
    expect(audit.body).not.toContain(idNumber);
  });

  it('refuses a mobile number that is already registered (409 MOBILE_TAKEN)', async () => {
    const first = validRegistration();
    expect((await register(first)).statusCode).toBe(201);
    const res = await register(validRegistration({ mobile: first.mobile, name: '李四' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'MOBILE_TAKEN', message: ERROR_CODES.MOBILE_TAKEN.zh });
  });

  it('refuses an email that is already registered, whatever its case (409 EMAIL_TAKEN)', async () => {
    expect((await register(validRegistration({ email: 'dup@example.com' }))).statusCode).toBe(201);
    const res = await register(validRegistration({ email: 'DUP@example.com' }));
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('EMAIL_TAKEN');
    const emailOnly = await register({ name: '王五', email: 'dup@example.com', password: 'Secret123' });
    expect(errorCode(emailOnly)).toBe('EMAIL_TAKEN');
  });

  it('refuses an ID number another account uses, also written with a lower-case x (409 ID_NUMBER_TAKEN)', async () => {
    const idNumber = nextIdNumber({ checkChar: 'X' });
    expect((await register(validRegistration({ idNumber }))).statusCode).toBe(201);
    const res = await register(validRegistration({ idNumber: idNumber.replace('X', 'x') }));
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('ID_NUMBER_TAKEN');
  });

  it('rejects an ID number with a wrong check digit, explaining it in Chinese by default', async () => {
    const body = validRegistration({ idNumber: withWrongCheckDigit(nextIdNumber()) });
    const res = await register(body);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe(ERROR_CODES.VALIDATION_FAILED.zh);
    expect(error.details[0]).toEqual({
      field: 'body.idNumber',
      code: 'ID_NUMBER_CHECK_DIGIT',
      message: FIELD_MESSAGES.ID_NUMBER_CHECK_DIGIT.zh,
    });
    expect(error.requestId).toBe(res.headers['x-request-id']);
    expect(await server.ctx.db.select().from(users).where(eq(users.mobile, body.mobile))).toHaveLength(0);
  });

  it('answers in English when the client asks for it (Accept-Language: en)', async () => {
    const res = await register(validRegistration({ idNumber: withWrongCheckDigit(nextIdNumber()) }), {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.message).toBe(ERROR_CODES.VALIDATION_FAILED.en);
    expect(error.details[0]).toEqual({
      field: 'body.idNumber',
      code: 'ID_NUMBER_CHECK_DIGIT',
      message: FIELD_MESSAGES.ID_NUMBER_CHECK_DIGIT.en,
    });
  });

  it.each([
    ['too short', 'abc123'],
    ['without digits', 'onlyletters'],
    ['without letters', '1234567890'],
  ])('rejects a weak password (%s) with PASSWORD_POLICY', async (_, password) => {
    const res = await register(validRegistration({ password }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'body.password', code: 'PASSWORD_POLICY', message: FIELD_MESSAGES.PASSWORD_POLICY.zh },
    ]);
  });

  it('explains malformed contact details with the field messages', async () => {
    const res = await register(validRegistration({ mobile: '12345', email: 'not-an-email' }), {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'body.mobile', code: 'MOBILE_FORMAT', message: FIELD_MESSAGES.MOBILE_FORMAT.en },
      { field: 'body.email', code: 'EMAIL_FORMAT', message: FIELD_MESSAGES.EMAIL_FORMAT.en },
    ]);
  });

  it('requires a mobile number or an email', async () => {
    const res = await register({ name: '赵六', password: 'Secret123' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'body.mobile', code: 'CONTACT_REQUIRED', message: FIELD_MESSAGES.CONTACT_REQUIRED.zh },
    ]);
  });

  it('rejects unknown fields (400 unrecognized_key) instead of ignoring them', async () => {
    const res = await register(validRegistration({ role: 'platform_admin' }));
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual([{ field: 'body.role', code: 'unrecognized_key', message: '不允许的字段：role' }]);
  });

  it('rejects fields of the wrong type', async () => {
    const res = await register({ name: 42, mobile: 13900000000, password: ['Secret123'] });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { field: string; code: string }[];
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body.name', code: 'invalid_type' }),
        expect.objectContaining({ field: 'body.mobile', code: 'invalid_type' }),
        expect.objectContaining({ field: 'body.password', code: 'invalid_type' }),
      ]),
    );
  });

  it('answers 400 INVALID_JSON to a malformed JSON body', async () => {
    const res = await register('{"name": "张三",', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'INVALID_JSON', message: ERROR_CODES.INVALID_JSON.zh });
  });

  it('answers 415 UNSUPPORTED_MEDIA_TYPE to a body that is not JSON', async () => {
    const res = await register('name=x&password=Secret123', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    expect(errorCode(res)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 413 PAYLOAD_TOO_LARGE to a body over 1 MiB', async () => {
    const res = await register(validRegistration({ name: 'x'.repeat(1_100_000) }));
    expect(res.statusCode).toBe(413);
    expect(errorCode(res)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 404 to an unknown institution and writes no user row', async () => {
    const body = validRegistration({ institutionId: '00000000-0000-4000-8000-000000000000' });
    const res = await register(body);
    expect(res.statusCode).toBe(404);
    expect(errorCode(res)).toBe('ORG_NOT_FOUND');
    expect(await server.ctx.db.select().from(users).where(eq(users.mobile, body.mobile))).toHaveLength(0);
    // The mobile number is still free.
    expect((await register({ ...body, institutionId: undefined })).statusCode).toBe(201);
  });

  it('does not let anyone register into an enterprise or a suspended institution', async () => {
    const enterprise = await createOrg(server, 'enterprise');
    const suspended = await createOrg(server, 'institution');
    await call(server, admin, { method: 'PATCH', url: `/api/orgs/${suspended.id}`, body: { status: 'suspended' } });
    for (const org of [enterprise, suspended]) {
      const body = validRegistration({ institutionId: org.id });
      const res = await register(body);
      expect(res.statusCode).toBe(404);
      expect(await server.ctx.db.select().from(users).where(eq(users.mobile, body.mobile))).toHaveLength(0);
    }
  });

  it('makes the new user a trainee of the institution they chose', async () => {
    const institution = await createOrg(server, 'institution');
    const body = validRegistration({ institutionId: institution.id });
    const res = await register(body);
    expect(res.statusCode).toBe(201);
    const rows = await server.ctx.db.select().from(memberships).where(eq(memberships.userId, res.json().user.id));
    expect(rows.map((m) => ({ orgId: m.orgId, role: m.role }))).toEqual([{ orgId: institution.id, role: 'trainee' }]);
    const meRes = await me(await loginAs(server, body.mobile, body.password));
    expect(meRes.json()).toMatchObject({
      roles: ['trainee'],
      memberships: [{ orgId: institution.id, orgName: institution.name, orgKind: 'institution', role: 'trainee' }],
    });
  });
});

describe('POST /api/auth/login', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await createUser(server, { email: 'login.user@example.com' });
  });

  it('sets an HttpOnly session cookie and a readable CSRF cookie for the web client', async () => {
    const res = await login(user.mobile, user.password);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ id: user.id, mobile: user.mobile });
    expect(body.token).toBeUndefined();
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    const session = res.cookies.find((c) => c.name === 'cs_session');
    const csrf = res.cookies.find((c) => c.name === 'cs_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session?.value).toBeTruthy();
    expect(csrf?.value).toBeTruthy();
    expect(csrf?.httpOnly).toBeFalsy();
  });

  it('accepts the email as the account, in any case', async () => {
    const res = await login('Login.User@Example.com', user.password);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(user.id);
  });

  it('lets the session cookie authenticate /api/me; without it the answer is 401', async () => {
    const as = await loginUser(server, user);
    const res = await me(as);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { id: user.id, name: user.name }, memberships: [], roles: [] });
    const anon = await me(anonymous);
    expect(anon.statusCode).toBe(401);
    expect(errorCode(anon)).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsafe cookie request without or with a wrong x-csrf-token (403 CSRF_TOKEN_INVALID)', async () => {
    const as = await loginUser(server, user);
    const patch = (opts: { withoutCsrf?: boolean; headers?: Record<string, string> }, name: string) =>
      call(server, as, { method: 'PATCH', url: '/api/me', body: { name }, ...opts });

    const missing = await patch({ withoutCsrf: true }, '没有令牌');
    expect(missing.statusCode).toBe(403);
    expect(errorCode(missing)).toBe('CSRF_TOKEN_INVALID');
    const wrong = await patch({ withoutCsrf: true, headers: { 'x-csrf-token': 'not-the-cookie-value' } }, '错误令牌');
    expect(wrong.statusCode).toBe(403);
    expect(errorCode(wrong)).toBe('CSRF_TOKEN_INVALID');
    expect((await userRow(user.id)).name).toBe(user.name);

    const right = await patch({}, user.name);
    expect(right.statusCode).toBe(200);
  });

  it('gives an app client a bearer token that works only in the Authorization header', async () => {
    const res = await call(server, anonymous, {
      method: 'POST',
      url: '/api/auth/login',
      body: { account: user.mobile, password: user.password, client: 'app' },
    });
    expect(res.statusCode).toBe(200);
    const { token } = res.json();
    expect(typeof token).toBe('string');
    expect(res.cookies).toHaveLength(0);

    const bearer: Credentials = { kind: 'bearer', token };
    expect((await me(bearer)).json().user.id).toBe(user.id);
    // No CSRF token is needed with a bearer token.
    const patch = await call(server, bearer, { method: 'PATCH', url: '/api/me', body: { name: user.name } });
    expect(patch.statusCode).toBe(200);

    const asCookie: Credentials = { kind: 'cookie', session: token, csrf: 'x' };
    expect((await me(asCookie)).statusCode).toBe(401);

    const cookie = (await loginUser(server, user)) as Extract<Credentials, { kind: 'cookie' }>;
    expect((await me({ kind: 'bearer', token: cookie.session })).statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown account alike (401 INVALID_CREDENTIALS)', async () => {
    const wrong = await login(user.mobile, 'Wrong-pass-1');
    const unknown = await login(nextMobile(), 'Wrong-pass-1');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        message: ERROR_CODES.INVALID_CREDENTIALS.zh,
      });
      expect(res.cookies).toHaveLength(0);
    }
    // The right password still works: one failure does not lock.
    expect((await login(user.mobile, user.password)).statusCode).toBe(200);
  });

  it('locks the account after 10 wrong passwords, records it, and an admin unlock lets the user in', async () => {
    const victim = await createUser(server);
    await lockOut(victim);
    const locked = await login(victim.mobile, victim.password);
    expect(locked.statusCode).toBe(423);
    expect(errorCode(locked)).toBe('ACCOUNT_LOCKED');

    const failed = (await auditEvents(server, admin, 'auth.login_failed')).filter((e) => e.subjectUserId === victim.id);
    expect(failed.filter((e) => e.details.reason === 'wrong_password')).toHaveLength(10);
    expect(failed.some((e) => e.details.reason === 'locked')).toBe(true);
    const lockedEvents = (await auditEvents(server, admin, 'auth.locked')).filter((e) => e.subjectUserId === victim.id);
    expect(lockedEvents).toHaveLength(1);

    // The admin's per-user audit view shows what happened to the account, not only what it did.
    const byUser = await call(server, admin, { method: 'GET', url: `/api/admin/audit?userId=${victim.id}` });
    const userEvents = (byUser.json().items as { event: string }[]).map((e) => e.event);
    expect(userEvents).toContain('auth.locked');
    expect(userEvents).toContain('auth.login_failed');

    const listed = await call(server, admin, { method: 'GET', url: `/api/admin/users?q=${victim.mobile}` });
    expect(listed.json().items[0].lockedUntil).not.toBeNull();

    const unlock = await call(server, admin, { method: 'POST', url: `/api/admin/users/${victim.id}/unlock` });
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json()).toEqual({ ok: true });
    expect((await auditEvents(server, admin, 'user.unlocked')).some((e) => e.subjectUserId === victim.id)).toBe(true);
    const relisted = await call(server, admin, { method: 'GET', url: `/api/admin/users?q=${victim.mobile}` });
    expect(relisted.json().items[0].lockedUntil).toBeNull();
    expect((await login(victim.mobile, victim.password)).statusCode).toBe(200);
  });

  it('counts no more than 10 wrong passwords of a parallel burst before refusing the rest as locked', async () => {
    const victim = await createUser(server);
    const burst = await Promise.all(Array.from({ length: 16 }, () => login(victim.mobile, 'Wrong-pass-1')));
    const statuses = burst.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 423)).toHaveLength(6);
    expect((await login(victim.mobile, victim.password)).statusCode).toBe(423);
  });

  it('answers 404 USER_NOT_FOUND to unlocking an unknown user', async () => {
    const res = await call(server, admin, {
      method: 'POST',
      url: '/api/admin/users/00000000-0000-4000-8000-000000000000/unlock',
    });
    expect(res.statusCode).toBe(404);
    expect(errorCode(res)).toBe('USER_NOT_FOUND');
  });
});

describe('login lockout expiry', () => {
  let short: TestServer;
  beforeAll(async () => {
    short = await startTestServer({ lockoutMs: 1_000, loginMaxFailures: 3, authRateLimitPerMinute: 100_000 });
  });
  afterAll(() => short.close());

  it('lets the user in again once the lockout has passed', async () => {
    const user = await createUser(short);
    await lockOut(user, short, 3);
    expect((await login(user.mobile, user.password, short)).statusCode).toBe(423);
    const [row] = await short.ctx.db.select().from(users).where(eq(users.id, user.id));
    await sleep(Math.max(0, row!.lockedUntil!.getTime() - Date.now()) + 50);
    const res = await login(user.mobile, user.password, short);
    expect(res.statusCode).toBe(200);
    // A fresh start: one more wrong password does not lock again.
    expect((await login(user.mobile, 'Wrong-pass-1', short)).statusCode).toBe(401);
    expect((await login(user.mobile, user.password, short)).statusCode).toBe(200);
  });
});

describe('per-IP rate limit of the authentication routes', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ authRateLimitPerMinute: 3 });
  });
  afterAll(() => limited.close());

  it('answers 429 RATE_LIMITED with Retry-After once a client exceeds the limit', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await login(nextMobile(), 'Wrong-pass-1', limited)).statusCode).toBe(401);
    }
    const res = await login(nextMobile(), 'Wrong-pass-1', limited);
    expect(res.statusCode).toBe(429);
    expect(errorCode(res)).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Other routes are not limited.
    expect((await call(limited, anonymous, { method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session: the cookie no longer works', async () => {
    const user = await createUser(server);
    const as = await loginUser(server, user);
    const res = await call(server, as, { method: 'POST', url: '/api/auth/logout' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const cleared = res.cookies.find((c) => c.name === 'cs_session');
    expect(cleared?.value).toBe('');
    expect((await me(as)).statusCode).toBe(401);
  });

  it('needs the CSRF token, so another site cannot log the user out', async () => {
    const user = await createUser(server);
    const as = await loginUser(server, user);
    const res = await call(server, as, { method: 'POST', url: '/api/auth/logout', withoutCsrf: true });
    expect(res.statusCode).toBe(403);
    expect((await me(as)).statusCode).toBe(200);
  });

  it('ends a bearer session too', async () => {
    const user = await createUser(server);
    const as = await loginApp(server, user.mobile, user.password);
    expect((await call(server, as, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    expect((await me(as)).statusCode).toBe(401);
  });
});

describe('password reset', () => {
  const requestReset = (account: string) =>
    call(server, anonymous, { method: 'POST', url: '/api/auth/password-reset/request', body: { account } });
  const confirmReset = (account: string, code: string, newPassword: string) =>
    call(server, anonymous, {
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      body: { account, code, newPassword },
    });

  it('sends a 6-digit code by SMS to an existing account (202)', async () => {
    const user = await createUser(server);
    const res = await requestReset(user.mobile);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ ok: true });
    const messages = await outbox(server, admin, user.mobile);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ channel: 'sms', template: 'password_reset', status: 'pending' });
    expect(messages[0]!.body).toMatch(/\b\d{6}\b/);
  });

  it('answers an unknown account the same way and sends nothing', async () => {
    const before = (await outbox(server, admin)).length;
    const unknown = nextMobile();
    const res = await requestReset(unknown);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ ok: true });
    expect(await outbox(server, admin, unknown)).toHaveLength(0);
    expect(await outbox(server, admin)).toHaveLength(before);
  });

  it('refuses a wrong code (400 RESET_CODE_INVALID) and an unknown account', async () => {
    const user = await createUser(server);
    await requestReset(user.mobile);
    const code = await latestCode(server, admin, user.mobile, 'password_reset');
    const wrongCode = code === '000000' ? '111111' : '000000';
    const res = await confirmReset(user.mobile, wrongCode, 'NewSecret456');
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('RESET_CODE_INVALID');
    expect(errorCode(await confirmReset(nextMobile(), code, 'NewSecret456'))).toBe('RESET_CODE_INVALID');
    expect((await login(user.mobile, user.password)).statusCode).toBe(200);
  });

  it('sets the new password with the right code, ends every session and accepts the code only once', async () => {
    const user = await createUser(server);
    const web = await loginUser(server, user);
    const app = await loginApp(server, user.mobile, user.password);
    await requestReset(user.mobile);
    const code = await latestCode(server, admin, user.mobile, 'password_reset');

    const res = await confirmReset(user.mobile, code, 'NewSecret456');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect((await me(web)).statusCode).toBe(401);
    expect((await me(app)).statusCode).toBe(401);
    expect((await login(user.mobile, 'NewSecret456')).statusCode).toBe(200);
    expect((await login(user.mobile, user.password)).statusCode).toBe(401);
    expect(errorCode(await confirmReset(user.mobile, code, 'Another789'))).toBe('RESET_CODE_INVALID');
    expect((await auditEvents(server, admin, 'auth.password_reset')).some((e) => e.subjectUserId === user.id)).toBe(
      true,
    );
  });

  it('lifts a lockout', async () => {
    const user = await createUser(server);
    await lockOut(user);
    expect((await login(user.mobile, user.password)).statusCode).toBe(423);
    await requestReset(user.mobile);
    const code = await latestCode(server, admin, user.mobile, 'password_reset');
    expect((await confirmReset(user.mobile, code, 'NewSecret456')).statusCode).toBe(200);
    expect((await login(user.mobile, 'NewSecret456')).statusCode).toBe(200);
  });

  it('burns the code after 5 wrong guesses, so the right code no longer works', async () => {
    const user = await createUser(server);
    await requestReset(user.mobile);
    const code = await latestCode(server, admin, user.mobile, 'password_reset');
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await confirmReset(user.mobile, wrongCode, 'NewSecret456'))).toBe('RESET_CODE_INVALID');
    }
    const res = await confirmReset(user.mobile, code, 'NewSecret456');
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('RESET_CODE_INVALID');
    expect((await login(user.mobile, user.password)).statusCode).toBe(200);
  });

  it('sends the code by email to an email account', async () => {
    const email = `reset.${Date.now()}@example.com`;
    const user = await createUser(server, { email });
    expect((await requestReset(email.toUpperCase())).statusCode).toBe(202);
    const [message] = await outbox(server, admin, email);
    expect(message).toMatchObject({ channel: 'email', template: 'password_reset' });
    const code = await latestCode(server, admin, email, 'password_reset');
    expect((await confirmReset(email, code, 'NewSecret456')).statusCode).toBe(200);
    expect((await login(user.mobile, 'NewSecret456')).statusCode).toBe(200);
  });
});

describe('my sessions', () => {
  const sessions = (as: Credentials) => call(server, as, { method: 'GET', url: '/api/me/sessions' });

  it('lists my active sessions and marks the current one', async () => {
    const user = await createUser(server);
    const first = await loginUser(server, user);
    await loginApp(server, user.mobile, user.password);
    const res = await sessions(first);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; kind: string; current: boolean }[];
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toEqual([expect.objectContaining({ kind: 'cookie' })]);
    expect(items.map((s) => s.kind).sort()).toEqual(['bearer', 'cookie']);
  });

  it('ends another of my sessions, leaving this one', async () => {
    const user = await createUser(server);
    const a = await loginUser(server, user);
    const b = await loginUser(server, user);
    const aId = ((await sessions(a)).json().items as { id: string; current: boolean }[]).find((s) => s.current)!.id;

    const res = await call(server, b, { method: 'DELETE', url: `/api/me/sessions/${aId}` });
    expect(res.statusCode).toBe(200);
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(200);
    const left = (await sessions(b)).json().items as { id: string }[];
    expect(left.map((s) => s.id)).not.toContain(aId);
    // Ending it again: it is gone.
    const again = await call(server, b, { method: 'DELETE', url: `/api/me/sessions/${aId}` });
    expect(errorCode(again)).toBe('SESSION_NOT_FOUND');
  });

  it("answers 404 SESSION_NOT_FOUND to someone else's session and leaves it alone", async () => {
    const owner = await createUser(server);
    const other = await createUser(server);
    const ownerAs = await loginUser(server, owner);
    const ownerSession = ((await sessions(ownerAs)).json().items as { id: string }[])[0]!.id;
    const res = await call(server, await loginUser(server, other), {
      method: 'DELETE',
      url: `/api/me/sessions/${ownerSession}`,
    });
    expect(res.statusCode).toBe(404);
    expect(errorCode(res)).toBe('SESSION_NOT_FOUND');
    expect((await me(ownerAs)).statusCode).toBe(200);
  });
});

describe('POST /api/me/password', () => {
  it('refuses a wrong current password (400 PASSWORD_INCORRECT)', async () => {
    const user = await createUser(server);
    const as = await loginUser(server, user);
    const res = await call(server, as, {
      method: 'POST',
      url: '/api/me/password',
      body: { currentPassword: 'Wrong-pass-1', newPassword: 'NewSecret456' },
    });
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('PASSWORD_INCORRECT');
    expect((await login(user.mobile, user.password)).statusCode).toBe(200);
  });

  it('counts wrong current passwords toward the lockout, so a stolen session cannot guess the password', async () => {
    const user = await createUser(server);
    const as = await loginUser(server, user);
    const attempt = () =>
      call(server, as, {
        method: 'POST',
        url: '/api/me/password',
        body: { currentPassword: 'Wrong-pass-1', newPassword: 'NewSecret456' },
      });
    for (let i = 0; i < 9; i++) expect(errorCode(await attempt())).toBe('PASSWORD_INCORRECT');
    const tenth = await attempt();
    expect(tenth.statusCode).toBe(423);
    expect(errorCode(tenth)).toBe('ACCOUNT_LOCKED');
    expect((await login(user.mobile, user.password)).statusCode).toBe(423);
    const locks = await auditEvents(server, admin, 'auth.locked');
    expect(locks.some((e) => e.subjectUserId === user.id)).toBe(true);
  });

  it('changes the password, ends my other sessions and keeps this one', async () => {
    const user = await createUser(server);
    const here = await loginUser(server, user);
    const elsewhere = await loginUser(server, user);
    const app = await loginApp(server, user.mobile, user.password);
    const res = await call(server, here, {
      method: 'POST',
      url: '/api/me/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: 'NewSecret456' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await me(app)).statusCode).toBe(401);
    expect((await login(user.mobile, 'NewSecret456')).statusCode).toBe(200);
    expect((await login(user.mobile, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('applies the password policy to the new password', async () => {
    const user = await createUser(server);
    const res = await call(server, await loginUser(server, user), {
      method: 'POST',
      url: '/api/me/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ field: 'body.newPassword', code: 'PASSWORD_POLICY' });
  });
});

describe('PATCH /api/me', () => {
  const patchMe = (as: Credentials, body: unknown, headers?: Record<string, string>) =>
    call(server, as, { method: 'PATCH', url: '/api/me', body, ...(headers ? { headers } : {}) });

  it('updates the name and the mobile number, which then is the login', async () => {
    const user = await createUser(server);
    const as = await loginUser(server, user);
    const mobile = nextMobile();
    const res = await patchMe(as, { name: '新名字', mobile });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: user.id, name: '新名字', mobile });
    expect((await login(mobile, user.password)).statusCode).toBe(200);
    expect((await login(user.mobile, user.password)).statusCode).toBe(401);
  });

  it('sets the ID number, showing it only masked, and clears it with null', async () => {
    const user = await createUser(server);
    const as = await loginUser(server, user);
    const idNumber = nextIdNumber();
    const res = await patchMe(as, { idNumber });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.idNumberMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(res.body).not.toContain(idNumber);
    const row = await userRow(user.id);
    expect(row.idNumberEnc).not.toContain(idNumber);
    expect(server.ctx.cipher.decrypt(row.idNumberEnc!)).toBe(idNumber);

    const cleared = await patchMe(as, { idNumber: null });
    expect(cleared.json().user.idNumberMasked).toBeNull();
    const clearedRow = await userRow(user.id);
    expect(clearedRow.idNumberEnc).toBeNull();
    expect(clearedRow.idNumberHash).toBeNull();
  });

  it("refuses another user's mobile, email or ID number (409)", async () => {
    const idNumber = nextIdNumber();
    const email = `taken.${Date.now()}@example.com`;
    const other = await createUser(server, { email });
    const otherAs = await loginUser(server, other);
    expect((await patchMe(otherAs, { idNumber })).statusCode).toBe(200);

    const user = await createUser(server);
    const as = await loginUser(server, user);
    const mobileClash = await patchMe(as, { mobile: other.mobile });
    expect(mobileClash.statusCode).toBe(409);
    expect(errorCode(mobileClash)).toBe('MOBILE_TAKEN');
    expect(errorCode(await patchMe(as, { email }))).toBe('EMAIL_TAKEN');
    expect(errorCode(await patchMe(as, { idNumber }))).toBe('ID_NUMBER_TAKEN');
    expect((await userRow(user.id)).mobile).toBe(user.mobile);
    // My own current values are no clash.
    expect((await patchMe(as, { mobile: user.mobile, name: '同号' })).statusCode).toBe(200);
  });

  it('refuses to remove both the mobile number and the email (400)', async () => {
    const user = await createUser(server, { email: `both.${Date.now()}@example.com` });
    const as = await loginUser(server, user);
    const res = await patchMe(as, { mobile: null, email: null });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body.mobile', code: 'CONTACT_REQUIRED', message: FIELD_MESSAGES.CONTACT_REQUIRED.zh }],
    });
    // Removing only one of them is fine.
    const onlyEmail = await patchMe(as, { mobile: null });
    expect(onlyEmail.statusCode).toBe(200);
    expect(onlyEmail.json().user.mobile).toBeNull();
    expect(errorCode(await patchMe(as, { email: null }))).toBe('VALIDATION_FAILED');
  });

  it('refuses an empty update and unknown fields', async () => {
    const as = await loginUser(server, await createUser(server));
    expect((await patchMe(as, {})).statusCode).toBe(400);
    const unknown = await patchMe(as, { status: 'disabled' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({ field: 'body.status', code: 'unrecognized_key' });
  });
});
