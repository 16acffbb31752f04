import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { type Config, loadConfig } from '../platform/config.js';
import { buildServer, type Server } from '../server.js';
import { openTestDatabase } from './database.js';

export interface TestServer extends Server {
  dataDir: string;
}

/** The whole platform on a fresh database, without listening on a port (requests go through inject). */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossskill-test-'));
  const config = loadConfig(
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64') },
    { dataDir, serveWeb: false, ...overrides },
  );
  const database = await openTestDatabase();
  const server = await buildServer(config, { database });
  return {
    ...server,
    dataDir,
    async close() {
      await server.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** How a test client proves who it is. */
export type Credentials =
  | { kind: 'anonymous' }
  | { kind: 'cookie'; session: string; csrf: string }
  | { kind: 'bearer'; token: string };

export const anonymous: Credentials = { kind: 'anonymous' };

export interface ApiCall {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Omit the CSRF header a browser would send (to test the check). */
  withoutCsrf?: boolean;
}

/** Calls the API as a browser or app client would. */
export async function call(server: Server, as: Credentials, req: ApiCall): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  if (as.kind === 'cookie') {
    headers.cookie = `cs_session=${as.session}; cs_csrf=${as.csrf}`;
    if (!req.withoutCsrf) headers['x-csrf-token'] = as.csrf;
  }
  if (as.kind === 'bearer') headers.authorization = `Bearer ${as.token}`;
  return server.app.inject({
    method: req.method,
    url: req.url,
    headers,
    ...(req.body !== undefined ? { payload: req.body as object } : {}),
  });
}

export function cookiesFrom(res: LightMyRequestResponse): Credentials {
  const jar = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  if (!jar.cs_session || !jar.cs_csrf) throw new Error(`no session cookies in response ${res.statusCode}: ${res.body}`);
  return { kind: 'cookie', session: jar.cs_session, csrf: jar.cs_csrf };
}

/** Logs in through the API like the web app does. */
export async function loginAs(server: Server, account: string, password: string): Promise<Credentials> {
  const res = await call(server, anonymous, { method: 'POST', url: '/api/auth/login', body: { account, password } });
  return cookiesFrom(res);
}
