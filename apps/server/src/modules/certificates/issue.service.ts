import {
  CERTIFICATE_SYNC_MAX,
  type CertificateIneligibleReason,
  type EligibleCandidates,
  type IssueCertificates,
  type IssueCertificatesResult,
} from '@crossskill/contracts';
import { type Level, nationalLevel, OCCUPATION } from '@crossskill/standards';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { AppError, type Lang } from '../../platform/http/index.js';
import { enqueueJob, registerJobHandler } from '../../platform/jobs/index.js';
import { examPlans, examRegistrations } from '../exams/exams.tables.js';
import { planFor } from '../exams/index.js';
import { userPhotos, users } from '../identity/identity.tables.js';
import { organizations } from '../orgs/orgs.tables.js';
import { finalResults, resultAppeals, resultPublications } from '../results/results.tables.js';
import { standardVersions } from '../standards/standards.tables.js';
import { certificates } from './certificates.tables.js';
import { type Actor, auditCertificate, pick } from './common.js';
import { type CertificateCredentialInput, signCertificateCredentials } from './credentials/index.js';
import { allocateNumbers, allocateStatusSlots } from './settings.service.js';

/** What a certificate of a plan says about the plan (snapshots). */
export interface PlanInfo {
  id: string;
  name: string;
  orgId: string;
  orgName: string;
  level: number;
  workType: string | null;
  standardVersionId: string;
  standardVersionLabel: string;
}

/** 四级/中级工 etc. (003 §1.3) */
export const levelNameOf = (level: number) => nationalLevel(level as Level).name;

export async function planInfo(exec: Executor, planId: string): Promise<PlanInfo> {
  const [row] = await exec
    .select({
      id: examPlans.id,
      name: examPlans.name,
      orgId: examPlans.orgId,
      orgName: organizations.name,
      level: examPlans.level,
      workType: examPlans.workType,
      standardVersionId: examPlans.standardVersionId,
      standardVersionLabel: standardVersions.label,
    })
    .from(examPlans)
    .innerJoin(organizations, eq(organizations.id, examPlans.orgId))
    .innerJoin(standardVersions, eq(standardVersions.id, examPlans.standardVersionId))
    .where(eq(examPlans.id, planId))
    .limit(1);
  if (!row) throw new AppError('EXAM_PLAN_NOT_FOUND');
  return { ...row, workType: row.workType ?? null };
}

export interface Candidate {
  registrationId: string;
  userId: string;
  name: string;
  idNumberMasked: string | null;
  passed: boolean | null;
  hasPhoto: boolean;
  certificateId: string | null;
  certificateNumber: string | null;
  appealOpen: boolean;
}

interface Publication {
  publishedAt: Date;
  appealUntil: Date;
}

/** The plan's candidates (approved registrations) with what eligibility needs, in registration order. */
export async function planCandidates(
  exec: Executor,
  planId: string,
  only?: readonly string[],
): Promise<{ publication: Publication | null; items: Candidate[] }> {
  const [publication] = await exec
    .select({ publishedAt: resultPublications.publishedAt, appealUntil: resultPublications.appealUntil })
    .from(resultPublications)
    .where(eq(resultPublications.planId, planId))
    .limit(1);
  const where = [eq(examRegistrations.planId, planId), eq(examRegistrations.status, 'approved')];
  if (only) where.push(inArray(examRegistrations.id, [...only]));
  const rows = await exec
    .select({
      registrationId: examRegistrations.id,
      userId: examRegistrations.userId,
      name: users.name,
      idNumberMasked: users.idNumberMasked,
      passed: finalResults.passed,
      photoUser: userPhotos.userId,
      certificateId: certificates.id,
      certificateNumber: certificates.number,
    })
    .from(examRegistrations)
    .innerJoin(users, eq(users.id, examRegistrations.userId))
    .leftJoin(finalResults, eq(finalResults.registrationId, examRegistrations.id))
    .leftJoin(userPhotos, eq(userPhotos.userId, examRegistrations.userId))
    .leftJoin(
      certificates,
      and(eq(certificates.registrationId, examRegistrations.id), eq(certificates.status, 'issued')),
    )
    .where(and(...where))
    .orderBy(examRegistrations.ticketNo, examRegistrations.createdAt, examRegistrations.id);
  const open = await exec
    .selectDistinct({ registrationId: resultAppeals.registrationId })
    .from(resultAppeals)
    .where(and(eq(resultAppeals.planId, planId), inArray(resultAppeals.status, ['submitted', 'assigned'])));
  const openSet = new Set(open.map((r) => r.registrationId));
  return {
    publication: publication ?? null,
    items: rows.map((r) => ({
      registrationId: r.registrationId,
      userId: r.userId,
      name: r.name,
      idNumberMasked: r.idNumberMasked,
      passed: r.passed ?? null,
      hasPhoto: r.photoUser !== null,
      certificateId: r.certificateId ?? null,
      certificateNumber: r.certificateNumber ?? null,
      appealOpen: openSet.has(r.registrationId),
    })),
  };
}

/** Why the candidate cannot get a certificate now (null = eligible). */
export function ineligibility(
  c: Candidate,
  publication: Publication | null,
  now: Date,
): CertificateIneligibleReason | null {
  if (c.certificateId) return 'already_issued';
  if (!publication || c.passed === null) return 'not_published';
  if (!c.passed) return 'not_passed';
  if (publication.appealUntil.getTime() >= now.getTime()) return 'appeal_window_open';
  if (c.appealOpen) return 'appeal_open';
  return null;
}

export function reasonMessage(
  reason: CertificateIneligibleReason,
  lang: Lang,
  publication: Publication | null,
): string {
  const until = publication ? beijing(publication.appealUntil) : '';
  switch (reason) {
    case 'already_issued':
      return pick(lang, '已发证', 'A certificate has been issued');
    case 'not_published':
      return pick(lang, '成绩尚未发布', 'The results are not published');
    case 'not_passed':
      return pick(lang, '成绩不合格', 'Did not pass');
    case 'appeal_window_open':
      return pick(lang, `复核期未结束（至 ${until}）`, `The review period is still open (until ${until})`);
    case 'appeal_open':
      return pick(lang, '有未处理的复核申请', 'An appeal is pending');
  }
}

function beijing(d: Date) {
  const b = new Date(d.getTime() + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${b.getUTCFullYear()}-${p(b.getUTCMonth() + 1)}-${p(b.getUTCDate())} ${p(b.getUTCHours())}:${p(b.getUTCMinutes())}`;
}

/** GET /api/exam-plans/:planId/certificates/eligible (plan admin). */
export async function eligibleCandidates(ctx: AppContext, actor: Actor, planId: string): Promise<EligibleCandidates> {
  const plan = await planFor(ctx.db, actor.auth, planId, { admin: true });
  const { publication, items } = await planCandidates(ctx.db, planId);
  const now = new Date();
  const out = items.map((c) => {
    const reason = ineligibility(c, publication, now);
    return {
      registrationId: c.registrationId,
      userId: c.userId,
      name: c.name,
      idNumberMasked: c.idNumberMasked,
      passed: c.passed,
      eligible: reason === null,
      reason,
      reasonMessage: reason ? reasonMessage(reason, actor.lang, publication) : null,
      certificateId: c.certificateId,
      certificateNumber: c.certificateNumber,
      hasPhoto: c.hasPhoto,
    };
  });
  return {
    planId,
    planName: plan.name,
    publishedAt: publication ? publication.publishedAt.toISOString() : null,
    appealUntil: publication ? publication.appealUntil.toISOString() : null,
    eligibleCount: out.filter((c) => c.eligible).length,
    issuedCount: out.filter((c) => c.certificateId !== null).length,
    items: out,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Writing certificates

/** Time spent per phase (the batch bench reports it). */
export interface IssueTimings {
  signMs: number;
  dbMs: number;
}

export interface Holder {
  registrationId: string;
  userId: string;
  name: string;
  idNumberMasked: string | null;
}

interface WriteOptions {
  actorId: string | null;
  ip: string | null;
  /** 'single': `certificate.issued` per certificate; 'batch': one `certificate.batch_issued`; 'none': caller audits. */
  audit: 'single' | 'batch' | 'none';
  replacesId?: string | null;
  /** Runs first inside the writing transaction (the reissue revokes the old certificate here). */
  before?: (tx: Tx) => Promise<void>;
  /** Runs last inside the writing transaction, with what was written. */
  after?: (tx: Tx, written: Written[]) => Promise<void>;
  timings?: IssueTimings;
}

export interface Written {
  id: string;
  number: string;
  registrationId: string;
  userId: string;
}

/**
 * Issues one certificate per holder (all of one plan): numbers and status-list slots are taken from their
 * counters in a short transaction, the credentials are signed (≈ 7 ms each, outside any transaction: on PGlite a
 * query outside the open transaction would wait for it), then all rows go in with one multi-row insert, the
 * photos are copied with one statement and the audit is written, in one transaction. A holder who meanwhile got
 * a certificate is skipped (ON CONFLICT on the one-valid-certificate index): retries are idempotent; a
 * number or slot taken and then not used is simply skipped.
 */
export async function writeCertificates(
  ctx: AppContext,
  plan: PlanInfo,
  holders: readonly Holder[],
  opts: WriteOptions,
): Promise<Written[]> {
  if (holders.length === 0) return [];
  const now = new Date();
  let t0 = performance.now();
  const { numbers, slots } = await ctx.db.transaction(async (tx) => ({
    numbers: await allocateNumbers(tx, plan.level, holders.length, now),
    slots: await allocateStatusSlots(tx, holders.length),
  }));
  let t1 = performance.now();
  if (opts.timings) opts.timings.dbMs += t1 - t0;

  const levelName = levelNameOf(plan.level);
  const inputs: CertificateCredentialInput[] = holders.map((h, i) => ({
    certificateId: crypto.randomUUID(),
    number: numbers[i]!,
    holderName: h.name,
    occupation: OCCUPATION.name,
    occupationCode: OCCUPATION.code,
    workType: plan.workType,
    level: plan.level,
    levelName,
    standardVersionLabel: plan.standardVersionLabel,
    orgName: plan.orgName,
    issuedAt: now,
    statusListId: slots[i]!.listId,
    statusListIndex: slots[i]!.index,
  }));
  const { credentials, signingKeyId } = await signCertificateCredentials(ctx, inputs);
  t0 = performance.now();
  if (opts.timings) opts.timings.signMs += t0 - t1;

  const written = await ctx.db.transaction(async (tx) => {
    if (opts.before) await opts.before(tx);
    const rows = await tx
      .insert(certificates)
      .values(
        inputs.map((input, i) => ({
          id: input.certificateId,
          number: input.number,
          planId: plan.id,
          registrationId: holders[i]!.registrationId,
          userId: holders[i]!.userId,
          holderName: input.holderName,
          holderIdMasked: holders[i]!.idNumberMasked,
          occupation: input.occupation,
          occupationCode: input.occupationCode,
          workType: input.workType,
          level: input.level,
          levelName,
          standardVersionId: plan.standardVersionId,
          standardVersionLabel: plan.standardVersionLabel,
          orgId: plan.orgId,
          orgName: plan.orgName,
          issuedAt: now,
          issuedBy: opts.actorId,
          replacesId: opts.replacesId ?? null,
          statusListId: input.statusListId,
          statusListIndex: input.statusListIndex,
          credential: credentials[i]!,
          signingKeyId,
        })),
      )
      .onConflictDoNothing({ target: certificates.registrationId, where: sql`status = 'issued'` })
      .returning({
        id: certificates.id,
        number: certificates.number,
        registrationId: certificates.registrationId,
        userId: certificates.userId,
      });
    if (rows.length > 0) {
      const ids = rows.map((r) => r.id);
      await tx.execute(sql`
        update ${certificates} c set photo = p.content, photo_mime = p.mime
        from ${userPhotos} p
        where p.user_id = c.user_id and c.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`);
    }
    if (opts.audit === 'single') {
      for (const r of rows) {
        await auditCertificate(tx, 'certificate.issued', {
          actorUserId: opts.actorId,
          orgId: plan.orgId,
          subjectUserId: r.userId,
          ip: opts.ip,
          details: { certificateId: r.id, number: r.number, planId: plan.id, registrationId: r.registrationId },
        });
      }
    } else if (opts.audit === 'batch' && rows.length > 0) {
      await auditCertificate(tx, 'certificate.batch_issued', {
        actorUserId: opts.actorId,
        orgId: plan.orgId,
        ip: opts.ip,
        details: {
          planId: plan.id,
          count: rows.length,
          firstNumber: rows[0]!.number,
          lastNumber: rows[rows.length - 1]!.number,
        },
      });
    }
    if (opts.after) await opts.after(tx, rows);
    return rows;
  });
  t1 = performance.now();
  if (opts.timings) opts.timings.dbMs += t1 - t0;
  return written;
}

// ---------------------------------------------------------------------------------------------------------
// Issuance (single / batch job)

export const ISSUE_JOB = 'certificates.issue';
/** Certificates per signing + insert round in a job. */
export const ISSUE_CHUNK = 500;

interface IssuePayload {
  planId: string;
  registrationIds: string[];
  actorId: string;
  ip: string | null;
}

function selectTargets(
  items: Candidate[],
  publication: Publication | null,
  wanted: readonly string[] | null,
  now: Date,
): { targets: Candidate[]; skipped: IssueCertificatesResult['skipped'] } {
  const byId = new Map(items.map((c) => [c.registrationId, c]));
  const skipped: IssueCertificatesResult['skipped'] = [];
  const targets: Candidate[] = [];
  const list = wanted ? [...new Set(wanted)].map((id) => byId.get(id) ?? id) : items;
  for (const c of list) {
    if (typeof c === 'string') throw new AppError('REGISTRATION_NOT_FOUND');
    const reason = ineligibility(c, publication, now);
    if (reason) {
      if (wanted) skipped.push({ registrationId: c.registrationId, reason });
    } else targets.push(c);
  }
  return { targets, skipped };
}

/**
 * POST /api/exam-plans/:planId/certificates (plan admin): up to CERTIFICATE_SYNC_MAX certificates are issued in
 * the request; more go to a background job (202 {jobId}). One named candidate who is not eligible → 409.
 */
export async function issueCertificates(
  ctx: AppContext,
  actor: Actor,
  planId: string,
  body: IssueCertificates,
): Promise<{ status: 200; result: IssueCertificatesResult } | { status: 202; jobId: string }> {
  const plan = await planFor(ctx.db, actor.auth, planId, { admin: true });
  const wanted = 'registrationIds' in body ? body.registrationIds : null;
  const { publication, items } = await planCandidates(ctx.db, planId);
  const { targets, skipped } = selectTargets(items, publication, wanted, new Date());
  if (wanted && wanted.length === 1 && skipped.length === 1) {
    throw new AppError('CERTIFICATE_NOT_ELIGIBLE', {
      params: { reason: reasonMessage(skipped[0]!.reason, actor.lang, publication) },
    });
  }
  if (targets.length > CERTIFICATE_SYNC_MAX) {
    const payload: IssuePayload = {
      planId,
      registrationIds: targets.map((t) => t.registrationId),
      actorId: actor.auth.userId,
      ip: actor.ip,
    };
    const jobId = await enqueueJob(ctx.db, {
      kind: ISSUE_JOB,
      payload,
      orgId: plan.orgId,
      createdBy: actor.auth.userId,
      total: targets.length,
    });
    return { status: 202, jobId };
  }
  const info = await planInfo(ctx.db, planId);
  const written = await writeCertificates(ctx, info, targets, {
    actorId: actor.auth.userId,
    ip: actor.ip,
    audit: 'single',
  });
  const done = new Set(written.map((w) => w.registrationId));
  for (const t of targets)
    if (!done.has(t.registrationId)) skipped.push({ registrationId: t.registrationId, reason: 'already_issued' });
  return {
    status: 200,
    result: {
      issued: written.length,
      skipped,
      firstNumber: written[0]?.number ?? null,
      lastNumber: written[written.length - 1]?.number ?? null,
      certificateIds: written.map((w) => w.id),
    },
  };
}

/**
 * The batch job: eligibility is checked again when it runs, so a retried job (worker died) skips what the
 * first attempt issued; chunks of ISSUE_CHUNK are signed, inserted and audited (`certificate.batch_issued`).
 */
export async function runIssueJob(
  ctx: AppContext,
  payload: IssuePayload,
  progress: (done: number, total?: number) => Promise<void>,
  timings?: IssueTimings,
): Promise<IssueCertificatesResult> {
  const plan = await planInfo(ctx.db, payload.planId);
  const total = payload.registrationIds.length;
  await progress(0, total);
  const { publication, items } = await planCandidates(ctx.db, payload.planId);
  const known = new Set(items.map((c) => c.registrationId));
  const { targets, skipped } = selectTargets(
    items,
    publication,
    payload.registrationIds.filter((id) => known.has(id)),
    new Date(),
  );
  let done = skipped.length;
  let issued = 0;
  let firstNumber: string | null = null;
  let lastNumber: string | null = null;
  await progress(done);
  for (let i = 0; i < targets.length; i += ISSUE_CHUNK) {
    const chunk = targets.slice(i, i + ISSUE_CHUNK);
    const written = await writeCertificates(ctx, plan, chunk, {
      actorId: payload.actorId,
      ip: payload.ip,
      audit: 'batch',
      ...(timings ? { timings } : {}),
    });
    issued += written.length;
    if (written.length > 0) {
      firstNumber ??= written[0]!.number;
      lastNumber = written[written.length - 1]!.number;
    }
    done += chunk.length;
    await progress(done);
  }
  return { issued, skipped, firstNumber, lastNumber, certificateIds: [] };
}

export function registerIssueJob() {
  registerJobHandler<IssuePayload, IssueCertificatesResult>(ISSUE_JOB, ({ ctx, payload, progress }) =>
    runIssueJob(ctx, payload, progress),
  );
}

/**
 * Issues certificates (audit `certificate.issued`, `actorId` as issuer) for the given registrations of a plan,
 * skipping the ineligible ones — no AuthContext needed (demo seed, scripts). Call it outside any transaction.
 */
export async function issueCertificatesFor(
  ctx: AppContext,
  q: { planId: string; registrationIds: string[]; actorId: string },
): Promise<Written[]> {
  const plan = await planInfo(ctx.db, q.planId);
  const { publication, items } = await planCandidates(ctx.db, q.planId, q.registrationIds);
  const now = new Date();
  const targets = items.filter((c) => ineligibility(c, publication, now) === null);
  return writeCertificates(ctx, plan, targets, { actorId: q.actorId, ip: null, audit: 'single' });
}
