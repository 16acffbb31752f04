import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, call, startTestServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('GET /api/health', () => {
  it('reports the database kind and that every migration is applied', async () => {
    const res = await call(server, anonymous, { method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.database).toBe(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
    expect(body.schemaVersion).toBeGreaterThan(0);
    expect(body.schemaVersion).toBe(body.latestSchemaVersion);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every API route the server registered', async () => {
    const res = await call(server, anonymous, { method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { paths: Record<string, Record<string, unknown>> };
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const hidden = new Set(['GET /api/openapi.json']);
    for (const r of server.routes) {
      if (hidden.has(`${r.method} ${r.url}`)) continue;
      expect(documented, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url}`);
    }
  });

  it('serves a browsable UI at /api/docs', async () => {
    const res = await call(server, anonymous, { method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});

describe('unknown routes', () => {
  it('answer 404 with the error body in the requested language', async () => {
    const zh = await call(server, anonymous, { method: 'GET', url: '/api/nope' });
    expect(zh.statusCode).toBe(404);
    expect(zh.json().error).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: '接口不存在' });
    const en = await call(server, anonymous, {
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json().error.message).toBe('No such API route');
  });
});
