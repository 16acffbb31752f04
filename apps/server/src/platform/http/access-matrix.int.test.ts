import { ROLES, type Role } from '@crossskill/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_ROWS as CERTIFICATE_ROWS } from '../../modules/certificates/access.rows.js';
import { ACCESS_ROWS as MARKING_ROWS } from '../../modules/exams/marking/access.rows.js';
import { ACCESS_ROWS as PLAN_ROWS } from '../../modules/exams/plans/access.rows.js';
import { ACCESS_ROWS as PROCTORING_ROWS } from '../../modules/exams/proctoring/access.rows.js';
import { ACCESS_ROWS as RUNTIME_ROWS } from '../../modules/exams/runtime/access.rows.js';
import { ACCESS_ROWS as RESULTS_ROWS } from '../../modules/results/access.rows.js';
import { ACCESS_ROWS as REPORT_ROWS } from '../../modules/results/report/access.rows.js';
import { ACCESS_ROWS as REVIEW_ROWS } from '../../modules/review/access.rows.js';
import { ACCESS_ROWS as PRACTICE_ROWS } from '../../modules/simulation/practice/access.rows.js';
import { ACCESS_ROWS as SKILL_ROWS } from '../../modules/simulation/skill/access.rows.js';
import { createWorld, loginUser } from '../../test/factories.js';
import { anonymous, type Credentials, call, startTestServer, type TestServer } from '../../test/harness.js';

/**
 * Who may call each route: 'everyone' (no login), 'signedIn' (any logged-in user), or the roles.
 * Organisation routes are called with the demo institution's id, so "its admin" is the
 * institution admin. Every registered route must appear here: a new route fails this test until
 * its row is added.
 */
type Who = 'everyone' | 'signedIn' | readonly Role[];
const INSTITUTION_MEMBERS = [
  'platform_admin',
  'institution_admin',
  'lecturer',
  'trainee',
  'proctor',
  'examiner',
] as const;
const INSTITUTION_ADMINS = ['platform_admin', 'institution_admin'] as const;
const PLATFORM_ADMIN = ['platform_admin'] as const;
const BANK_READERS = ['platform_admin', 'institution_admin', 'lecturer', 'examiner'] as const;
const BANK_EDITORS = ['platform_admin', 'institution_admin', 'lecturer'] as const;

const EXPECTED: Record<string, Who> = {
  'GET /api/health': 'everyone',
  'GET /api/openapi.json': 'everyone',
  'GET /api/public/institutions': 'everyone',
  'POST /api/auth/register': 'everyone',
  'POST /api/auth/login': 'everyone',
  'POST /api/auth/password-reset/request': 'everyone',
  'POST /api/auth/password-reset/confirm': 'everyone',
  'POST /api/auth/logout': 'signedIn',
  'GET /api/me': 'signedIn',
  'PATCH /api/me': 'signedIn',
  'POST /api/me/password': 'signedIn',
  'GET /api/me/sessions': 'signedIn',
  'DELETE /api/me/sessions/:sessionId': 'signedIn',
  'GET /api/orgs': 'signedIn',
  'POST /api/orgs': PLATFORM_ADMIN,
  'GET /api/orgs/:orgId': INSTITUTION_MEMBERS,
  'PATCH /api/orgs/:orgId': INSTITUTION_ADMINS,
  'GET /api/orgs/:orgId/members': INSTITUTION_ADMINS,
  'GET /api/orgs/:orgId/members/export': INSTITUTION_ADMINS,
  'POST /api/orgs/:orgId/members': INSTITUTION_ADMINS,
  'DELETE /api/orgs/:orgId/members/:membershipId': INSTITUTION_ADMINS,
  'GET /api/admin/audit': PLATFORM_ADMIN,
  'GET /api/admin/audit/export': PLATFORM_ADMIN,
  'GET /api/admin/users': PLATFORM_ADMIN,
  'POST /api/admin/users/:userId/unlock': PLATFORM_ADMIN,
  'GET /api/admin/notifications': PLATFORM_ADMIN,
  'GET /api/standards/versions': 'everyone',
  'GET /api/standards/versions/:versionId': 'everyone',
  'GET /api/standards/versions/:versionId/search': 'everyone',
  'GET /api/standards/versions/:versionId/weights': 'everyone',
  'GET /api/standards/versions/:versionId/diff': 'everyone',
  'POST /api/standards/versions': PLATFORM_ADMIN,
  'PATCH /api/standards/versions/:versionId': PLATFORM_ADMIN,
  'DELETE /api/standards/versions/:versionId': PLATFORM_ADMIN,
  'POST /api/standards/versions/:versionId/publish': PLATFORM_ADMIN,
  'POST /api/standards/versions/:versionId/nodes': PLATFORM_ADMIN,
  'PATCH /api/standards/versions/:versionId/nodes/:nodeId': PLATFORM_ADMIN,
  'POST /api/standards/versions/:versionId/nodes/:nodeId/move': PLATFORM_ADMIN,
  'POST /api/standards/versions/:versionId/nodes/:nodeId/retire': PLATFORM_ADMIN,
  'PUT /api/standards/versions/:versionId/weights': PLATFORM_ADMIN,
  'POST /api/standards/eligibility': 'everyone',
  'POST /api/standards/evaluations/score': 'signedIn',
  'GET /api/standards/local': 'everyone',
  'GET /api/jobs/:jobId': 'signedIn',
  'GET /api/question-banks': BANK_READERS,
  'POST /api/orgs/:orgId/question-banks': BANK_EDITORS,
  'GET /api/question-banks/:bankId': BANK_READERS,
  'PATCH /api/question-banks/:bankId': BANK_EDITORS,
  'DELETE /api/question-banks/:bankId': BANK_EDITORS,
  'GET /api/question-banks/:bankId/questions': BANK_READERS,
  'POST /api/question-banks/:bankId/questions': BANK_EDITORS,
  'POST /api/question-banks/:bankId/questions/bulk-tag': BANK_EDITORS,
  'POST /api/question-banks/:bankId/questions/bulk-status': BANK_EDITORS,
  'GET /api/question-banks/:bankId/duplicates': BANK_READERS,
  'GET /api/question-banks/:bankId/coverage': BANK_READERS,
  'GET /api/questions/:questionId': BANK_READERS,
  'PATCH /api/questions/:questionId': BANK_EDITORS,
  'POST /api/questions/:questionId/status': BANK_EDITORS,
  'GET /api/questions/:questionId/revisions': BANK_READERS,
  'GET /api/question-revisions/:revisionId': BANK_READERS,
  'GET /api/question-banks/import-template.xlsx': BANK_EDITORS,
  'GET /api/question-banks/sample-bank.xlsx': BANK_EDITORS,
  'GET /api/question-banks/:bankId/export': BANK_READERS,
  'POST /api/question-banks/:bankId/imports': BANK_EDITORS,
  'POST /api/item-analysis/runs': BANK_READERS,
  'POST /api/item-analysis/simulate': ['platform_admin', 'lecturer'],
  'GET /api/item-analysis/:examKey': BANK_READERS,
  'GET /api/item-analysis/:examKey/export': BANK_READERS,
  'GET /api/questions/:questionId/analysis': BANK_READERS,
  ...PLAN_ROWS,
  ...RUNTIME_ROWS,
  ...PROCTORING_ROWS,
  ...MARKING_ROWS,
  ...PRACTICE_ROWS,
  ...SKILL_ROWS,
  ...REVIEW_ROWS,
  ...RESULTS_ROWS,
  ...REPORT_ROWS,
  ...CERTIFICATE_ROWS,
};

const allowedFor = (who: Who, role: Role | null) =>
  who === 'everyone' || (role !== null && (who === 'signedIn' || who.includes(role)));

let server: TestServer;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  server = await startTestServer({ authRateLimitPerMinute: 10_000 });
  world = await createWorld(server);
});
afterAll(() => server.close());

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

function concreteUrl(url: string): string {
  return url.replace(':orgId', world.institution.id).replace(/:\w+Id/g, UNKNOWN_ID);
}

async function credentialsFor(role: Role | null, route: string): Promise<Credentials> {
  if (role === null) return anonymous;
  // Logging out would end the shared session the other rows use.
  if (route === 'POST /api/auth/logout') return loginUser(server, world.users[role]);
  return world.sessions[role];
}

describe('access matrix (role × route)', () => {
  it('lists every registered route, and only those', () => {
    const registered = server.routes.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(EXPECTED).sort());
  });

  const callers: (Role | null)[] = [null, ...ROLES];
  for (const [route, who] of Object.entries(EXPECTED)) {
    it(`${route} — allowed: ${who === 'everyone' || who === 'signedIn' ? who : who.join(', ')}`, async () => {
      const [method, url] = route.split(' ') as [string, string];
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};
      for (const role of callers) {
        const res = await call(server, await credentialsFor(role, route), {
          method: method as 'GET',
          url: concreteUrl(url),
          body,
        });
        const label = `${role ?? 'anonymous'} → ${route}: ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (allowedFor(who, role)) {
          expect([401, 403], label).not.toContain(res.statusCode);
          expect(res.statusCode, label).toBeLessThan(500);
        } else {
          expect(res.statusCode, label).toBe(role === null ? 401 : 403);
          expect(res.json().error.code, label).toBe(role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        }
      }
    });
  }

  it('applies the same rules to bearer tokens', async () => {
    const login = await call(server, anonymous, {
      method: 'POST',
      url: '/api/auth/login',
      body: { account: world.users.trainee.mobile, password: world.users.trainee.password, client: 'app' },
    });
    const bearer: Credentials = { kind: 'bearer', token: login.json().token };
    expect((await call(server, bearer, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    const admin = await call(server, bearer, { method: 'GET', url: '/api/admin/audit' });
    expect(admin.statusCode).toBe(403);
  });

  it('denies an institution admin the members of another institution', async () => {
    const res = await call(server, world.sessions.institution_admin, {
      method: 'GET',
      url: `/api/orgs/${world.enterprise.id}/members`,
    });
    expect(res.statusCode).toBe(403);
  });
});
