import type { AuditEvent, CertificateSummary } from '@crossskill/contracts';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin, type Lang } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { certificates } from './certificates.tables.js';
import { verifyPageUrl } from './credentials/index.js';

export type CertificateRow = typeof certificates.$inferSelect;

/** Every column but the photo bytes and the credential (lists and look-ups never need them). */
export const lightColumns = {
  id: certificates.id,
  number: certificates.number,
  planId: certificates.planId,
  registrationId: certificates.registrationId,
  userId: certificates.userId,
  holderName: certificates.holderName,
  holderIdMasked: certificates.holderIdMasked,
  occupation: certificates.occupation,
  occupationCode: certificates.occupationCode,
  workType: certificates.workType,
  level: certificates.level,
  levelName: certificates.levelName,
  standardVersionId: certificates.standardVersionId,
  standardVersionLabel: certificates.standardVersionLabel,
  orgId: certificates.orgId,
  orgName: certificates.orgName,
  issuedAt: certificates.issuedAt,
  issuedBy: certificates.issuedBy,
  photoMime: certificates.photoMime,
  status: certificates.status,
  revokedAt: certificates.revokedAt,
  revokedBy: certificates.revokedBy,
  revokeReason: certificates.revokeReason,
  replacesId: certificates.replacesId,
  statusListId: certificates.statusListId,
  statusListIndex: certificates.statusListIndex,
  signingKeyId: certificates.signingKeyId,
  credentialPublic: certificates.credentialPublic,
};
export type LightCertificate = Omit<CertificateRow, 'photo' | 'credential'>;

export const pick = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);
export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Certificate administration: platform admins, and the institution admins of the issuing organisation. */
export const canManageOrg = (auth: AuthContext, orgId: string) =>
  isPlatformAdmin(auth) || auth.memberships.some((m) => m.orgId === orgId && m.role === 'institution_admin');

/** Organisations whose certificates the caller administers (null = all: platform admin). */
export const managedOrgIds = (auth: AuthContext): string[] | null =>
  isPlatformAdmin(auth) ? null : auth.memberships.filter((m) => m.role === 'institution_admin').map((m) => m.orgId);

export function toSummary(ctx: AppContext, c: LightCertificate): CertificateSummary {
  return {
    id: c.id,
    number: c.number,
    planId: c.planId,
    registrationId: c.registrationId,
    userId: c.userId,
    holderName: c.holderName,
    holderIdMasked: c.holderIdMasked,
    occupation: c.occupation,
    occupationCode: c.occupationCode,
    workType: c.workType,
    level: c.level,
    levelName: c.levelName,
    standardVersionLabel: c.standardVersionLabel,
    orgId: c.orgId,
    orgName: c.orgName,
    issuedAt: c.issuedAt.toISOString(),
    status: c.status,
    revokedAt: iso(c.revokedAt),
    revokeReason: c.revokeReason,
    replacesId: c.replacesId,
    credentialPublic: c.credentialPublic,
    hasPhoto: c.photoMime !== null,
    verifyUrl: verifyPageUrl(ctx.config.publicUrl, c.number),
  };
}

/** The certificate (without photo and credential); 404 when absent. */
export async function loadCertificate(exec: Executor, id: string, lock = false): Promise<LightCertificate> {
  const q = exec.select(lightColumns).from(certificates).where(eq(certificates.id, id)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new AppError('CERTIFICATE_NOT_FOUND');
  return row;
}

/** The certificate if the caller administers its organisation; 404 otherwise (existence is not revealed). */
export async function managedCertificate(
  exec: Executor,
  auth: AuthContext,
  id: string,
  lock = false,
): Promise<LightCertificate> {
  const c = await loadCertificate(exec, id, lock);
  if (!canManageOrg(auth, c.orgId)) throw new AppError('CERTIFICATE_NOT_FOUND');
  return c;
}

/** The certificate if the caller holds it or administers it (or is staff of its plan's organisation). */
export async function readableCertificate(exec: Executor, auth: AuthContext, id: string): Promise<LightCertificate> {
  const c = await loadCertificate(exec, id);
  const staff =
    canManageOrg(auth, c.orgId) || auth.memberships.some((m) => m.orgId === c.orgId && m.role === 'lecturer');
  if (c.userId !== auth.userId && !staff) throw new AppError('CERTIFICATE_NOT_FOUND');
  return c;
}

/** Records a certificate audit event inside the change's transaction. */
export function auditCertificate(
  exec: Executor,
  event: AuditEvent,
  entry: {
    actorUserId: string | null;
    orgId: string | null;
    subjectUserId?: string | null;
    ip?: string | null;
    details: object;
  },
) {
  return recordAudit(exec, {
    event,
    actorUserId: entry.actorUserId,
    subjectUserId: entry.subjectUserId ?? null,
    orgId: entry.orgId,
    ip: entry.ip ?? null,
    details: entry.details as Record<string, unknown>,
  });
}

/** 张三 → 张*, 张小三 → 张*三, 欧阳小明 → 欧**明 (the public look-up never shows the full name unasked). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export { beijingDateTime } from '../../platform/time.js';

/** 2026年11月25日 (Beijing time). */
export function beijingDateZh(d: Date): string {
  const b = new Date(d.getTime() + 8 * 3_600_000);
  return `${b.getUTCFullYear()}年${String(b.getUTCMonth() + 1).padStart(2, '0')}月${String(b.getUTCDate()).padStart(2, '0')}日`;
}

/** Context the services need from a request. */
export interface Actor {
  auth: AuthContext;
  ip: string | null;
  lang: Lang;
}
