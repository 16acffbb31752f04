import type { AuditEntry, AuditEvent } from '@crossskill/contracts';
import { and, count, desc, eq, gte, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { users } from '../identity/identity.tables.js';
import { auditLog } from './audit.tables.js';

export interface AuditInput {
  event: AuditEvent;
  actorUserId?: string | null;
  subjectUserId?: string | null;
  orgId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Records a security or administrative event; call it inside the transaction of the change. */
export async function recordAudit(exec: Executor, entry: AuditInput): Promise<void> {
  await exec.insert(auditLog).values({
    event: entry.event,
    actorUserId: entry.actorUserId ?? null,
    subjectUserId: entry.subjectUserId ?? null,
    orgId: entry.orgId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  });
}

export interface AuditFilter {
  event?: string | undefined;
  userId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function where(f: AuditFilter): SQL | undefined {
  const conds: SQL[] = [];
  if (f.event) conds.push(eq(auditLog.event, f.event));
  // Events by the user and about them (failed logins and lockouts have no actor).
  if (f.userId) conds.push(or(eq(auditLog.actorUserId, f.userId), eq(auditLog.subjectUserId, f.userId))!);
  if (f.from) conds.push(gte(auditLog.at, new Date(f.from)));
  if (f.to) conds.push(lte(auditLog.at, new Date(f.to)));
  return conds.length ? and(...conds) : undefined;
}

export async function listAudit(
  exec: Executor,
  f: AuditFilter & { page: number; pageSize: number },
): Promise<{ items: AuditEntry[]; total: number }> {
  const rows = await exec
    .select({ a: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where(f))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [totalRow] = await exec.select({ n: count() }).from(auditLog).where(where(f));
  return {
    total: totalRow?.n ?? 0,
    items: rows.map(({ a, actorName }) => ({
      id: a.id,
      at: a.at.toISOString(),
      event: a.event,
      actorUserId: a.actorUserId,
      actorName: actorName ?? null,
      subjectUserId: a.subjectUserId,
      orgId: a.orgId,
      ip: a.ip,
      details: a.details,
    })),
  };
}
