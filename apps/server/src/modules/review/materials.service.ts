import crypto from 'node:crypto';
import {
  type MyReviews,
  REVIEW_MATERIAL_MAX_BYTES,
  type ReviewMaterial,
  type ReviewMaterialKind,
} from '@crossskill/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError, type AuthContext } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { examPlans, examRegistrations } from '../exams/exams.tables.js';
import { isPlanStaff, type LoadedPlan, loadPlan } from '../exams/index.js';
import { organizations } from '../orgs/orgs.tables.js';
import { beijing, defencesOf, defenceView, levelLabel, loadReview, type ReviewRow } from './common.js';
import { reviewCommitteeMembers, reviewMaterials, reviewParts } from './review.tables.js';

export const materialTooLarge = () =>
  new AppError('REVIEW_MATERIAL_TOO_LARGE', { params: { limit: `${REVIEW_MATERIAL_MAX_BYTES / 1024 / 1024} MB` } });

/** The file's real type from its first bytes (the name and the claimed type are not trusted). */
export function sniffMaterial(bytes: Uint8Array): { mime: string; ext: string } | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: 'application/pdf', ext: 'pdf' };
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', ext: 'png' };
  if (starts([0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', ext: 'jpg' };
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    // A DOCX is a ZIP whose entries include [Content_Types].xml and word/… (entry names are stored uncompressed).
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (text.includes('[Content_Types].xml') && text.includes('word/')) {
      return { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
    }
  }
  return null;
}

const materialView = (m: {
  id: string;
  kind: ReviewMaterialKind;
  title: string;
  fileName: string;
  mime: string;
  bytes: number;
  uploadedAt: Date;
}): ReviewMaterial => ({
  id: m.id,
  kind: m.kind,
  title: m.title,
  fileName: m.fileName,
  mime: m.mime,
  bytes: m.bytes,
  uploadedAt: m.uploadedAt.toISOString(),
});

const materialColumns = {
  id: reviewMaterials.id,
  registrationId: reviewMaterials.registrationId,
  kind: reviewMaterials.kind,
  title: reviewMaterials.title,
  fileName: reviewMaterials.fileName,
  mime: reviewMaterials.mime,
  bytes: reviewMaterials.bytes,
  uploadedAt: reviewMaterials.uploadedAt,
};

export async function materialsOf(exec: Executor, registrationIds: readonly string[]) {
  const out = new Map<string, ReviewMaterial[]>();
  if (registrationIds.length === 0) return out;
  const rows = await exec
    .select(materialColumns)
    .from(reviewMaterials)
    .where(inArray(reviewMaterials.registrationId, [...registrationIds]))
    .orderBy(asc(reviewMaterials.uploadedAt), asc(reviewMaterials.id));
  for (const r of rows) out.set(r.registrationId, [...(out.get(r.registrationId) ?? []), materialView(r)]);
  return out;
}

export interface RegistrationContext {
  registrationId: string;
  userId: string;
  status: string;
  ticketNo: string | null;
  plan: LoadedPlan;
  review: ReviewRow | undefined;
  isCandidate: boolean;
  isMember: boolean;
  isStaff: boolean;
}

/** A registration with its plan and review, and how the caller relates to it (null when it does not exist). */
export async function registrationContext(
  exec: Executor,
  auth: AuthContext,
  registrationId: string,
): Promise<RegistrationContext | null> {
  const [reg] = await exec
    .select({
      id: examRegistrations.id,
      userId: examRegistrations.userId,
      planId: examRegistrations.planId,
      status: examRegistrations.status,
      ticketNo: examRegistrations.ticketNo,
    })
    .from(examRegistrations)
    .where(eq(examRegistrations.id, registrationId))
    .limit(1);
  if (!reg) return null;
  const plan = await loadPlan(exec, reg.planId);
  const review = await loadReview(exec, reg.planId);
  const [member] = await exec
    .select({ userId: reviewCommitteeMembers.userId })
    .from(reviewCommitteeMembers)
    .where(and(eq(reviewCommitteeMembers.planId, reg.planId), eq(reviewCommitteeMembers.userId, auth.userId)))
    .limit(1);
  return {
    registrationId: reg.id,
    userId: reg.userId,
    status: reg.status,
    ticketNo: reg.ticketNo,
    plan,
    review,
    isCandidate: reg.userId === auth.userId,
    isMember: Boolean(member),
    isStaff: isPlanStaff(auth, plan.orgId),
  };
}

/** The caller's own approved registration with a published review; 404 otherwise (nothing revealed). */
async function ownCandidacy(exec: Executor, auth: AuthContext, registrationId: string) {
  const rc = await registrationContext(exec, auth, registrationId);
  if (!rc?.isCandidate || rc.status !== 'approved' || !rc.review) throw new AppError('REVIEW_CANDIDATE_NOT_FOUND');
  if (rc.review.status !== 'published') throw new AppError('REVIEW_NOT_PUBLISHED');
  return { ...rc, review: rc.review };
}

function assertMaterialsOpen(review: ReviewRow, now = Date.now()) {
  if (now > review.materialsDeadline.getTime()) {
    throw new AppError('REVIEW_MATERIALS_CLOSED', { params: { deadline: beijing(review.materialsDeadline) } });
  }
}

export async function myReviews(ctx: AppContext, auth: AuthContext): Promise<MyReviews> {
  const rows = await ctx.db
    .select({
      registrationId: examRegistrations.id,
      planId: examPlans.id,
      planName: examPlans.name,
      level: examPlans.level,
      orgName: organizations.name,
      deadline: reviewParts.materialsDeadline,
    })
    .from(examRegistrations)
    .innerJoin(examPlans, eq(examPlans.id, examRegistrations.planId))
    .innerJoin(organizations, eq(organizations.id, examPlans.orgId))
    .innerJoin(reviewParts, eq(reviewParts.planId, examPlans.id))
    .where(
      and(
        eq(examRegistrations.userId, auth.userId),
        eq(examRegistrations.status, 'approved'),
        eq(reviewParts.status, 'published'),
      ),
    )
    .orderBy(asc(reviewParts.materialsDeadline));
  const ids = rows.map((r) => r.registrationId);
  const materials = await materialsOf(ctx.db, ids);
  const defences = await defencesOf(ctx.db, ids);
  const now = Date.now();
  return {
    items: rows.map((r) => ({
      registrationId: r.registrationId,
      planId: r.planId,
      planName: r.planName,
      levelName: levelLabel(r.level),
      orgName: r.orgName,
      materialsDeadline: r.deadline.toISOString(),
      materialsOpen: now <= r.deadline.getTime(),
      materials: materials.get(r.registrationId) ?? [],
      defence: defenceView(defences.get(r.registrationId)),
    })),
  };
}

/** Keeps a candidate's material after checking its real type by its first bytes (415) and its size (413). */
export async function uploadMaterial(
  ctx: AppContext,
  auth: AuthContext,
  registrationId: string,
  input: { kind: ReviewMaterialKind; title: string; fileName: string; bytes: Buffer },
  ip: string | null,
): Promise<ReviewMaterial> {
  if (input.bytes.length > REVIEW_MATERIAL_MAX_BYTES) throw materialTooLarge();
  return ctx.db.transaction(async (tx) => {
    const rc = await ownCandidacy(tx, auth, registrationId);
    assertMaterialsOpen(rc.review);
    const type = sniffMaterial(input.bytes);
    if (!type || input.bytes.length === 0) throw new AppError('REVIEW_MATERIAL_UNSUPPORTED');
    const base =
      [...input.fileName]
        .map((ch) => (ch < ' ' || ch === '/' || ch === '\\' ? '_' : ch))
        .join('')
        .slice(-150) || 'material';
    const fileName = base.toLowerCase().endsWith(`.${type.ext}`) ? base : `${base}.${type.ext}`;
    const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');
    const [row] = await tx
      .insert(reviewMaterials)
      .values({
        registrationId,
        kind: input.kind,
        title: input.title,
        fileName,
        mime: type.mime,
        bytes: input.bytes.length,
        sha256,
        content: input.bytes,
      })
      .returning(materialColumns);
    await recordAudit(tx, {
      event: 'review.material_uploaded',
      actorUserId: auth.userId,
      subjectUserId: auth.userId,
      orgId: rc.plan.orgId,
      ip,
      details: {
        planId: rc.plan.id,
        registrationId,
        materialId: row!.id,
        kind: input.kind,
        title: input.title,
        fileName,
        mime: type.mime,
        bytes: input.bytes.length,
        sha256,
      },
    });
    return materialView(row!);
  });
}

export async function deleteMaterial(
  ctx: AppContext,
  auth: AuthContext,
  registrationId: string,
  materialId: string,
  ip: string | null,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const rc = await ownCandidacy(tx, auth, registrationId);
    const [m] = await tx
      .select(materialColumns)
      .from(reviewMaterials)
      .where(and(eq(reviewMaterials.id, materialId), eq(reviewMaterials.registrationId, registrationId)))
      .limit(1);
    if (!m) throw new AppError('REVIEW_MATERIAL_NOT_FOUND');
    assertMaterialsOpen(rc.review);
    await tx.delete(reviewMaterials).where(eq(reviewMaterials.id, materialId));
    await recordAudit(tx, {
      event: 'review.material_deleted',
      actorUserId: auth.userId,
      subjectUserId: auth.userId,
      orgId: rc.plan.orgId,
      ip,
      details: { planId: rc.plan.id, registrationId, materialId, title: m.title, fileName: m.fileName },
    });
  });
}

/** The file for its candidate, the plan's committee members and the plan's staff; 404 for anyone else. */
export async function materialFile(ctx: AppContext, auth: AuthContext, registrationId: string, materialId: string) {
  const rc = await registrationContext(ctx.db, auth, registrationId);
  if (!rc || !(rc.isCandidate || rc.isMember || rc.isStaff)) throw new AppError('REVIEW_MATERIAL_NOT_FOUND');
  const [m] = await ctx.db
    .select({ fileName: reviewMaterials.fileName, mime: reviewMaterials.mime, content: reviewMaterials.content })
    .from(reviewMaterials)
    .where(and(eq(reviewMaterials.id, materialId), eq(reviewMaterials.registrationId, registrationId)))
    .limit(1);
  if (!m) throw new AppError('REVIEW_MATERIAL_NOT_FOUND');
  return { fileName: m.fileName, mime: m.mime, content: Buffer.from(m.content) };
}
