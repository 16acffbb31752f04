import type { PublicCertificate, VerifyResult } from '@crossskill/contracts';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError, type Lang } from '../../platform/http/index.js';
import { certificates } from './certificates.tables.js';
import { iso, type LightCertificate, lightColumns, maskName, pick } from './common.js';
import { checkCredential, statusBit, statusListCredential, verifyPageUrl } from './credentials/index.js';
import { compact, validateNumber } from './numbering.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The certificate with this number (separators and case ignored), or null. */
async function byNumber(ctx: AppContext, number: string): Promise<LightCertificate | null> {
  const upper = number.toUpperCase();
  const [exact] = await ctx.db.select(lightColumns).from(certificates).where(eq(certificates.number, upper)).limit(1);
  if (exact) return exact;
  const [loose] = await ctx.db
    .select(lightColumns)
    .from(certificates)
    .where(sql`replace(${certificates.number}, '-', '') = ${compact(upper)}`)
    .limit(1);
  return loose ?? null;
}

function publicView(ctx: AppContext, c: LightCertificate, name: string | undefined): PublicCertificate {
  const matches = name === undefined ? null : name.trim() === c.holderName;
  return {
    status: c.status === 'revoked' ? 'revoked' : 'valid',
    number: c.number,
    holderName: matches ? c.holderName : maskName(c.holderName),
    nameMatches: matches,
    occupation: c.occupation,
    occupationCode: c.occupationCode,
    workType: c.workType,
    level: c.level,
    levelName: c.levelName,
    standardVersionLabel: c.standardVersionLabel,
    orgName: c.orgName,
    issuedAt: c.issuedAt.toISOString(),
    revokedAt: iso(c.revokedAt),
    revokeReason: c.revokeReason,
    credentialPublic: c.credentialPublic,
    verifyUrl: verifyPageUrl(ctx.config.publicUrl, c.number),
  };
}

/**
 * GET /api/public/certificates/:number?name= — a number whose check character is wrong is 400 (that says
 * nothing about the registry); an unknown number and a name that does not match give the identical 404.
 */
export async function lookupCertificate(ctx: AppContext, number: string, name?: string): Promise<PublicCertificate> {
  if (!validateNumber(number)) throw new AppError('CERTIFICATE_NUMBER_INVALID');
  const c = await byNumber(ctx, number);
  if (!c) throw new AppError('CERTIFICATE_NOT_FOUND');
  if (name !== undefined && name.trim() !== c.holderName) throw new AppError('CERTIFICATE_NOT_FOUND');
  return publicView(ctx, c, name);
}

/** GET /api/public/certificates/:number/credential — only when the holder made it public. */
export async function publicCredential(ctx: AppContext, number: string) {
  if (!validateNumber(number)) throw new AppError('CERTIFICATE_NUMBER_INVALID');
  const c = await byNumber(ctx, number);
  if (!c) throw new AppError('CERTIFICATE_NOT_FOUND');
  if (!c.credentialPublic) throw new AppError('CERTIFICATE_CREDENTIAL_NOT_PUBLIC');
  const [row] = await ctx.db
    .select({ credential: certificates.credential })
    .from(certificates)
    .where(eq(certificates.id, c.id))
    .limit(1);
  return { number: c.number, credential: row!.credential };
}

/** GET /api/public/status-lists/:listId */
export async function publicStatusList(ctx: AppContext, listId: number) {
  const list = await statusListCredential(ctx, listId);
  if (!list) throw new AppError('STATUS_LIST_NOT_FOUND');
  return list;
}

/**
 * POST /api/public/verify: the signature (offline, the platform's current or retired keys) → 'tampered' when
 * it is malformed, invalid or made with another key; a valid credential the registry does not hold →
 * 'not_found'; revoked in the registry (and in the status list) → 'revoked' with date and reason; else 'valid'.
 */
export async function verifyCredential(ctx: AppContext, json: unknown, lang: Lang): Promise<VerifyResult> {
  const check = await checkCredential(ctx, json);
  const checks: VerifyResult['checks'] = [];
  const add = (code: string, ok: boolean, zh: string, en: string) =>
    checks.push({ code, ok, message: pick(lang, zh, en) });
  for (const p of check.problems)
    checks.push({ code: p.code, ok: false, message: pick(lang, p.message.zh, p.message.en) });
  const none = { certificate: null, revokedAt: null, revokeReason: null };
  if (check.signature !== 'valid') {
    // the core's problems already say what failed; the generic line only when it named nothing
    if (check.problems.length > 0) return { verdict: 'tampered', checks, ...none };
    add(
      'SIGNATURE',
      false,
      '签名无效：凭证不是本平台签发的，或签发后被改动',
      'Invalid signature: not issued by this platform, or changed after issue',
    );
    return { verdict: 'tampered', checks, ...none };
  }
  add(
    'SIGNATURE',
    true,
    '签名有效（本平台密钥，eddsa-rdfc-2022）',
    "Valid signature (this platform's key, eddsa-rdfc-2022)",
  );
  const id = check.certificateId;
  const [row] =
    id && UUID.test(id)
      ? await ctx.db.select(lightColumns).from(certificates).where(eq(certificates.id, id)).limit(1)
      : [];
  if (!row || (check.number !== null && check.number !== row.number)) {
    add('REGISTRY', false, '证书登记簿中没有该证书', 'The certificate is not in the registry');
    return { verdict: 'not_found', checks, ...none };
  }
  add('REGISTRY', true, `证书登记簿中有该证书（${row.number}）`, `The certificate is in the registry (${row.number})`);
  const certificate = { ...publicView(ctx, row, undefined), holderName: row.holderName, nameMatches: null };
  const slot = check.status ?? { listId: row.statusListId, index: row.statusListIndex };
  let bit = false;
  try {
    bit = await statusBit(ctx, slot.listId, slot.index);
  } catch {
    bit = false;
  }
  if (row.status === 'revoked') {
    add(
      'STATUS',
      false,
      `证书已于 ${row.revokedAt?.toISOString().slice(0, 10)} 撤销${bit ? '（状态列表已标记）' : ''}`,
      `Revoked on ${row.revokedAt?.toISOString().slice(0, 10)}${bit ? ' (set in the status list)' : ''}`,
    );
    return { verdict: 'revoked', checks, certificate, revokedAt: iso(row.revokedAt), revokeReason: row.revokeReason };
  }
  add(
    'STATUS',
    !bit,
    bit ? '状态列表显示已撤销' : '未撤销（状态列表）',
    bit ? 'Revoked in the status list' : 'Not revoked (status list)',
  );
  return { verdict: bit ? 'revoked' : 'valid', checks, certificate, revokedAt: null, revokeReason: null };
}
