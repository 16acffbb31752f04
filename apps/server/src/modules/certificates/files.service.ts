import { and, asc, eq, inArray } from 'drizzle-orm';
import { zipSync } from 'fflate';
import type { AppContext } from '../../platform/context.js';
import { AppError, isPlatformAdmin } from '../../platform/http/index.js';
import { enqueueJob, registerJobHandler } from '../../platform/jobs/index.js';
import { planFor } from '../exams/index.js';
import { certificates, certificateZips } from './certificates.tables.js';
import { type Actor, beijingDateZh, readableCertificate } from './common.js';
import { verifyPageUrl } from './credentials/index.js';
import { type CertificatePdfData, renderCertificate } from './pdf/certificate-pdf.js';

type FullRow = typeof certificates.$inferSelect;

export function pdfDataOf(ctx: AppContext, c: FullRow): CertificatePdfData {
  return {
    number: c.number,
    holderName: c.holderName,
    holderIdMasked: c.holderIdMasked,
    occupation: c.occupation,
    occupationCode: c.occupationCode,
    workType: c.workType,
    levelName: c.levelName,
    standardVersionLabel: c.standardVersionLabel,
    orgName: c.orgName,
    issuedDate: beijingDateZh(c.issuedAt),
    photo: c.photo ?? null,
    photoMime: c.photoMime,
    verifyUrl: verifyPageUrl(ctx.config.publicUrl, c.number),
    revoked: c.status === 'revoked',
  };
}

/** GET /api/certificates/:certificateId/pdf (holder or staff). */
export async function certificatePdf(ctx: AppContext, actor: Actor, id: string) {
  const c = await readableCertificate(ctx.db, actor.auth, id);
  const [row] = await ctx.db.select().from(certificates).where(eq(certificates.id, c.id)).limit(1);
  return { number: c.number, pdf: await renderCertificate(pdfDataOf(ctx, row!)) };
}

// ---------------------------------------------------------------------------------------------------------
// ZIP of a plan's certificate PDFs (background job)

export const ZIP_JOB = 'certificates.zip';

interface ZipPayload {
  planId: string;
  certificateIds: string[] | null;
  includeRevoked: boolean;
}

export const zipDownloadUrl = (jobId: string) => `/api/certificates/zips/${jobId}`;

/** POST /api/exam-plans/:planId/certificates/zip (plan admin) → the job id. */
export async function startZip(
  ctx: AppContext,
  actor: Actor,
  planId: string,
  body: { certificateIds?: string[] | undefined; includeRevoked: boolean },
): Promise<string> {
  const plan = await planFor(ctx.db, actor.auth, planId, { admin: true });
  const payload: ZipPayload = {
    planId,
    certificateIds: body.certificateIds ? [...new Set(body.certificateIds)] : null,
    includeRevoked: body.includeRevoked,
  };
  return enqueueJob(ctx.db, { kind: ZIP_JOB, payload, orgId: plan.orgId, createdBy: actor.auth.userId });
}

const PAGE = 50;

export async function runZipJob(
  ctx: AppContext,
  jobId: string,
  createdBy: string | null,
  payload: ZipPayload,
  progress: (done: number, total?: number) => Promise<void>,
) {
  const where = [eq(certificates.planId, payload.planId)];
  if (!payload.includeRevoked) where.push(eq(certificates.status, 'issued'));
  if (payload.certificateIds) where.push(inArray(certificates.id, payload.certificateIds));
  const ids = (
    await ctx.db
      .select({ id: certificates.id })
      .from(certificates)
      .where(and(...where))
      .orderBy(asc(certificates.number))
  ).map((r) => r.id);
  await progress(0, ids.length);
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < ids.length; i += PAGE) {
    const rows = await ctx.db
      .select()
      .from(certificates)
      .where(inArray(certificates.id, ids.slice(i, i + PAGE)))
      .orderBy(asc(certificates.number));
    for (const r of rows) {
      files[`${r.number}-${r.holderName.replace(/[\\/:*?"<>|\s]/g, '')}.pdf`] = await renderCertificate(
        pdfDataOf(ctx, r),
      );
    }
    await progress(Math.min(ids.length, i + PAGE));
  }
  // PDFs are compressed already: store them.
  const zip = zipSync(files, { level: 0 });
  const fileName = `证书-${payload.planId.slice(0, 8)}.zip`;
  await ctx.db
    .insert(certificateZips)
    .values({ jobId, planId: payload.planId, createdBy, fileName, count: ids.length, content: zip })
    .onConflictDoUpdate({
      target: certificateZips.jobId,
      set: { content: zip, count: ids.length, createdAt: new Date() },
    });
  return { count: ids.length, bytes: zip.length, fileName, downloadUrl: zipDownloadUrl(jobId) };
}

/** GET /api/certificates/zips/:jobId — the job's creator (or a platform admin). */
export async function zipFile(ctx: AppContext, actor: Actor, jobId: string) {
  const [row] = await ctx.db.select().from(certificateZips).where(eq(certificateZips.jobId, jobId)).limit(1);
  if (!row || (row.createdBy !== actor.auth.userId && !isPlatformAdmin(actor.auth))) {
    throw new AppError('CERTIFICATE_ZIP_NOT_FOUND');
  }
  return row;
}

export function registerZipJob() {
  registerJobHandler<ZipPayload, unknown>(ZIP_JOB, ({ ctx, job, payload, progress }) =>
    runZipJob(ctx, job.id, job.createdBy, payload, progress),
  );
}
