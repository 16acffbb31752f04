import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../test/factories.js';
import { call, startTestServer, type TestServer } from '../../test/harness.js';

/**
 * Input is hostile: every registered route, called by a platform admin (who passes every access rule)
 * with malformed bodies, queries and path parameters, answers 4xx with the error body — never a 500.
 */
const BODIES: unknown[] = [
  null,
  [],
  'a string',
  42,
  { unexpected: true },
  { name: 123, account: ['x'], status: {}, page: -1, items: 'x'.repeat(10_000) },
  { __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } },
];
const QUERIES = ['?page=-1&pageSize=100000', '?q=%00%ff', '?level=9&workType=x&kind=?', '?from=yesterday'];
const PARAMS = [
  '%E0%A4%A',
  'not-a-uuid',
  '00000000-0000-4000-8000-000000000000',
  '..%2F..%2Fetc%2Fpasswd',
  'x'.repeat(300),
];

let server: TestServer;
let world: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => {
  server = await startTestServer({ authRateLimitPerMinute: 1_000_000 });
  world = await createWorld(server);
});
afterAll(() => server.close());

describe('hostile input on every route', () => {
  it('never answers 500, and every error has a code and a message', async () => {
    const failures: string[] = [];
    const check = async (method: string, url: string, body?: unknown, rawBody?: string) => {
      const res = await server.app.inject({
        method: method as 'GET',
        url,
        headers: {
          cookie: `cs_session=${(world.sessions.platform_admin as { session: string }).session}; cs_csrf=${(world.sessions.platform_admin as { csrf: string }).csrf}`,
          'x-csrf-token': (world.sessions.platform_admin as { csrf: string }).csrf,
          ...(rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(rawBody !== undefined ? { payload: rawBody } : body !== undefined ? { payload: body as object } : {}),
      });
      if (res.statusCode >= 500) failures.push(`${method} ${url} → ${res.statusCode} ${res.body.slice(0, 200)}`);
      else if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
        const err = res.json().error;
        if (!err?.code || !err?.message) failures.push(`${method} ${url} → ${res.statusCode} without code/message`);
      }
    };
    for (const route of server.routes) {
      if (route.url === '/api/auth/logout' || route.url.startsWith('/api/docs')) continue;
      for (const param of PARAMS) {
        const url = route.url.replace(/:(\w+)/g, param);
        if (route.method === 'GET' || route.method === 'DELETE') {
          for (const q of QUERIES) await check(route.method, url + q);
        } else {
          for (const body of BODIES) await check(route.method, url, body);
          await check(route.method, url, undefined, '{"unterminated": ');
        }
      }
    }
    expect(failures).toEqual([]);
    // One test over every route × every malformed input: thousands of requests, not a slow route.
  }, 300_000);

  it('keeps the admin session usable afterwards (nothing hostile logged it out or corrupted it)', async () => {
    const res = await call(server, world.sessions.platform_admin, { method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(200);
  });
});
