import { idNumberCheckChar } from '@crossskill/contracts';
import type { LightMyRequestResponse } from 'fastify';
import type { Server } from '../server.js';
import { createOrg, createUser, loginUser, type TestUser } from './factories.js';
import { anonymous, type Credentials, call } from './harness.js';

let idSeq = 0;

/** A valid resident ID number (GB 11643 check character), unique per call. */
export function nextIdNumber(opts: { checkChar?: string } = {}): string {
  for (;;) {
    idSeq += 1;
    const first17 = `110101199003${String((idSeq % 28) + 1).padStart(2, '0')}${String(idSeq % 1000).padStart(3, '0')}`;
    const check = idNumberCheckChar(first17);
    if (!opts.checkChar || check === opts.checkChar) return first17 + check;
  }
}

/** The same number with a check character that does not match. */
export function withWrongCheckDigit(id: string): string {
  const wrong = id.endsWith('0') ? '1' : '0';
  return id.slice(0, 17) + wrong;
}

/** A platform administrator (in a platform organisation of their own), logged in by cookie. */
export async function createPlatformAdmin(server: Server): Promise<{ user: TestUser; as: Credentials }> {
  const platform = await createOrg(server, 'platform');
  const user = await createUser(server, { roles: [{ orgId: platform.id, role: 'platform_admin' }] });
  return { user, as: await loginUser(server, user) };
}

/** Logs in as an app client and returns the bearer credentials. */
export async function loginApp(server: Server, account: string, password: string): Promise<Credentials> {
  const res = await call(server, anonymous, {
    method: 'POST',
    url: '/api/auth/login',
    body: { account, password, client: 'app' },
  });
  if (res.statusCode !== 200) throw new Error(`app login failed ${res.statusCode}: ${res.body}`);
  return { kind: 'bearer', token: res.json().token };
}

export interface OutboxItem {
  id: string;
  channel: 'sms' | 'email';
  recipient: string;
  template: string;
  body: string;
  status: string;
  attempts: number;
}

/** The development outbox, newest first, as a platform admin sees it. */
export async function outbox(server: Server, admin: Credentials, recipient?: string): Promise<OutboxItem[]> {
  const res = await call(server, admin, { method: 'GET', url: '/api/admin/notifications' });
  if (res.statusCode !== 200) throw new Error(`outbox ${res.statusCode}: ${res.body}`);
  const items = res.json().items as OutboxItem[];
  return recipient ? items.filter((n) => n.recipient === recipient) : items;
}

/** The 6-digit code in the newest message of this template to this recipient. */
export async function latestCode(server: Server, admin: Credentials, recipient: string, template: string) {
  const message = (await outbox(server, admin, recipient)).find((n) => n.template === template);
  const code = message?.body.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no ${template} code for ${recipient}`);
  return code;
}

export interface AuditItem {
  event: string;
  actorUserId: string | null;
  subjectUserId: string | null;
  orgId: string | null;
  details: Record<string, unknown>;
}

/** Audit entries of one event, newest first. */
export async function auditEvents(server: Server, admin: Credentials, event: string): Promise<AuditItem[]> {
  const res = await call(server, admin, {
    method: 'GET',
    url: `/api/admin/audit?event=${encodeURIComponent(event)}&pageSize=200`,
  });
  if (res.statusCode !== 200) throw new Error(`audit ${res.statusCode}: ${res.body}`);
  return res.json().items as AuditItem[];
}

/** The error body's code, for compact assertions. */
export const errorCode = (res: LightMyRequestResponse) => (res.json() as { error?: { code?: string } }).error?.code;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
