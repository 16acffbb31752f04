import type {
  CertificateDetail,
  CertificateListQuery,
  CertificatePage,
  CertificateSummary,
  IssueCertificatesResult,
} from '@crossskill/contracts';
import { and, count, desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { examPlans } from '../exams/exams.tables.js';
import { users } from '../identity/identity.tables.js';
import { certificateStatusLists, certificates } from './certificates.tables.js';
import {
  type Actor,
  auditCertificate,
  type LightCertificate,
  lightColumns,
  managedCertificate,
  managedOrgIds,
  readableCertificate,
  toSummary,
} from './common.js';
import { planInfo, writeCertificates } from './issue.service.js';

type ListQuery = z.output<typeof import('@crossskill/contracts').certificateListQuerySchema>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function listWhere(actor: Actor, q: Partial<CertificateListQuery>): SQL | undefined {
  const conds: SQL[] = [];
  const orgs = managedOrgIds(actor.auth);
  if (orgs !== null) {
    if (orgs.length === 0) conds.push(sql`false`);
    else conds.push(inArray(certificates.orgId, orgs));
  }
  if (q.planId) conds.push(eq(certificates.planId, q.planId));
  if (q.status) conds.push(eq(certificates.status, q.status));
  if (q.number) conds.push(ilike(certificates.number, `${escapeLike(q.number.toUpperCase())}%`));
  if (q.holderName) conds.push(ilike(certificates.holderName, `%${escapeLike(q.holderName)}%`));
  return conds.length ? and(...conds) : undefined;
}

/** GET /api/certificates — the registry (platform admin: all; institution admin: own organisations). */
export async function listCertificates(ctx: AppContext, actor: Actor, q: ListQuery): Promise<CertificatePage> {
  const where = listWhere(actor, q);
  const [total] = await ctx.db.select({ n: count() }).from(certificates).where(where);
  const rows = await ctx.db
    .select(lightColumns)
    .from(certificates)
    .where(where)
    .orderBy(desc(certificates.issuedAt), desc(certificates.number))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: rows.map((r) => toSummary(ctx, r)), total: total?.n ?? 0 };
}

/** Everything matching (for the Excel export), capped at 50,000 rows. */
export async function allCertificates(
  ctx: AppContext,
  actor: Actor,
  q: Partial<CertificateListQuery>,
): Promise<CertificateSummary[]> {
  const rows = await ctx.db
    .select(lightColumns)
    .from(certificates)
    .where(listWhere(actor, q))
    .orderBy(desc(certificates.issuedAt), desc(certificates.number))
    .limit(50_000);
  return rows.map((r) => toSummary(ctx, r));
}

/** GET /api/certificates/:certificateId */
export async function certificateDetail(ctx: AppContext, actor: Actor, id: string): Promise<CertificateDetail> {
  const c = await managedCertificate(ctx.db, actor.auth, id);
  return detailOf(ctx, ctx.db, c);
}

async function detailOf(ctx: AppContext, exec: Executor, c: LightCertificate): Promise<CertificateDetail> {
  const issuer = alias(users, 'issuer');
  const revoker = alias(users, 'revoker');
  const [names] = await exec
    .select({ planName: examPlans.name, issuedByName: issuer.name, revokedByName: revoker.name })
    .from(examPlans)
    .leftJoin(issuer, eq(issuer.id, sql`${c.issuedBy}::uuid`))
    .leftJoin(revoker, eq(revoker.id, sql`${c.revokedBy}::uuid`))
    .where(eq(examPlans.id, c.planId))
    .limit(1);
  const [replacedBy] = await exec
    .select({ id: certificates.id, number: certificates.number })
    .from(certificates)
    .where(eq(certificates.replacesId, c.id))
    .limit(1);
  const replaces = c.replacesId
    ? (
        await exec
          .select({ number: certificates.number })
          .from(certificates)
          .where(eq(certificates.id, c.replacesId))
          .limit(1)
      )[0]
    : undefined;
  return {
    ...toSummary(ctx, c),
    planName: names?.planName ?? '',
    issuedByName: names?.issuedByName ?? null,
    revokedByName: names?.revokedByName ?? null,
    replacedById: replacedBy?.id ?? null,
    replacedByNumber: replacedBy?.number ?? null,
    replacesNumber: replaces?.number ?? null,
    statusListId: c.statusListId,
    statusListIndex: c.statusListIndex,
    signingKeyId: c.signingKeyId,
  };
}

/** Marks a certificate revoked and makes its status list stale (re-signed on the next read). */
async function markRevoked(exec: Executor, c: LightCertificate, actorId: string, reason: string, now: Date) {
  await exec
    .update(certificates)
    .set({ status: 'revoked', revokedAt: now, revokedBy: actorId, revokeReason: reason })
    .where(eq(certificates.id, c.id));
  await exec
    .update(certificateStatusLists)
    .set({ credential: null, updatedAt: now })
    .where(eq(certificateStatusLists.id, c.statusListId));
}

/** POST /api/certificates/:certificateId/revoke (platform admin or the issuing organisation's institution admin). */
export async function revokeCertificate(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<CertificateDetail> {
  return ctx.db.transaction(async (tx) => {
    const c = await managedCertificate(tx, actor.auth, id, true);
    if (c.status === 'revoked') throw new AppError('CERTIFICATE_ALREADY_REVOKED');
    const now = new Date();
    await markRevoked(tx, c, actor.auth.userId, reason, now);
    await auditCertificate(tx, 'certificate.revoked', {
      actorUserId: actor.auth.userId,
      orgId: c.orgId,
      subjectUserId: c.userId,
      ip: actor.ip,
      details: { certificateId: c.id, number: c.number, reason },
    });
    return detailOf(ctx, tx, {
      ...c,
      status: 'revoked',
      revokedAt: now,
      revokedBy: actor.auth.userId,
      revokeReason: reason,
    });
  });
}

/**
 * POST /api/certificates/:certificateId/reissue (补发/换发): in one transaction the old certificate is revoked
 * ('补发/换发：<reason>') and a new one (new number, `replacesId`) is written with the holder's current name
 * and photo. The new number is taken (and the credential signed) just before that transaction.
 */
export async function reissueCertificate(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<CertificateDetail> {
  const old = await managedCertificate(ctx.db, actor.auth, id);
  if (old.status === 'revoked') throw new AppError('CERTIFICATE_ALREADY_REVOKED');
  const plan = await planInfo(ctx.db, old.planId);
  const [holder] = await ctx.db
    .select({ name: users.name, idNumberMasked: users.idNumberMasked })
    .from(users)
    .where(eq(users.id, old.userId))
    .limit(1);
  const revokeReason = `补发/换发：${reason}`;
  const written = await writeCertificates(
    ctx,
    plan,
    [
      {
        registrationId: old.registrationId,
        userId: old.userId,
        name: holder?.name ?? old.holderName,
        idNumberMasked: holder ? holder.idNumberMasked : old.holderIdMasked,
      },
    ],
    {
      actorId: actor.auth.userId,
      ip: actor.ip,
      audit: 'none',
      replacesId: old.id,
      before: async (tx) => {
        const locked = await managedCertificate(tx, actor.auth, id, true);
        if (locked.status === 'revoked') throw new AppError('CERTIFICATE_ALREADY_REVOKED');
        await markRevoked(tx, locked, actor.auth.userId, revokeReason, new Date());
      },
      after: async (tx, rows) => {
        await auditCertificate(tx, 'certificate.reissued', {
          actorUserId: actor.auth.userId,
          orgId: old.orgId,
          subjectUserId: old.userId,
          ip: actor.ip,
          details: {
            oldCertificateId: old.id,
            oldNumber: old.number,
            certificateId: rows[0]?.id ?? null,
            number: rows[0]?.number ?? null,
            reason,
          },
        });
      },
    },
  );
  if (written.length !== 1) throw new AppError('CERTIFICATE_ALREADY_REVOKED');
  return certificateDetail(ctx, actor, written[0]!.id);
}

/** GET /api/my/certificates */
export async function myCertificates(ctx: AppContext, actor: Actor): Promise<{ items: CertificateSummary[] }> {
  const rows = await ctx.db
    .select(lightColumns)
    .from(certificates)
    .where(eq(certificates.userId, actor.auth.userId))
    .orderBy(desc(certificates.issuedAt));
  return { items: rows.map((r) => toSummary(ctx, r)) };
}

/** PUT /api/my/certificates/:certificateId/visibility (the holder; audited). */
export async function setVisibility(
  ctx: AppContext,
  actor: Actor,
  id: string,
  credentialPublic: boolean,
): Promise<CertificateSummary> {
  return ctx.db.transaction(async (tx) => {
    const [c] = await tx
      .select(lightColumns)
      .from(certificates)
      .where(and(eq(certificates.id, id), eq(certificates.userId, actor.auth.userId)))
      .for('update')
      .limit(1);
    if (!c) throw new AppError('CERTIFICATE_NOT_FOUND');
    if (c.credentialPublic !== credentialPublic) {
      await tx.update(certificates).set({ credentialPublic }).where(eq(certificates.id, id));
      await auditCertificate(tx, 'certificate.visibility_changed', {
        actorUserId: actor.auth.userId,
        orgId: c.orgId,
        subjectUserId: c.userId,
        ip: actor.ip,
        details: { certificateId: c.id, number: c.number, credentialPublic },
      });
    }
    return toSummary(ctx, { ...c, credentialPublic });
  });
}

/** The signed credential JSON (holder or staff). */
export async function credentialOf(ctx: AppContext, actor: Actor, id: string) {
  const c = await readableCertificate(ctx.db, actor.auth, id);
  const [row] = await ctx.db
    .select({ credential: certificates.credential })
    .from(certificates)
    .where(eq(certificates.id, c.id))
    .limit(1);
  return { number: c.number, credential: row!.credential };
}

export type { IssueCertificatesResult };
