import {
  type CreateExamPlan,
  createExamPlanSchema,
  type ExamPlan,
  type ExamPlanSummary,
  maskMobile,
  type OrgBlueprintPreview,
  type PlanBlueprintPreview,
  type SamplePaper,
  type UpdateExamPlan,
  type updateExamPlanSchema,
} from '@crossskill/contracts';
import { type Level, NATIONAL_ASSESSMENT, NATIONAL_STANDARD_KEY, type WorkType } from '@crossskill/standards';
import { and, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin, type Lang } from '../../../platform/http/index.js';
import { users } from '../../identity/identity.tables.js';
import { memberships, organizations } from '../../orgs/orgs.tables.js';
import { questionBanks, questionRevisions } from '../../questionbank/index.js';
import { standardVersions, versionInForce } from '../../standards/index.js';
import { typeLabel } from '../assembly/index.js';
import { examAttempts, examPlanMarkers, examPlans, examRegistrations, examSessions } from '../exams.tables.js';
import { distributeMarking } from '../marking/index.js';
import {
  assertOrgBanks,
  buildBlueprint,
  describeBlueprint,
  loadPool,
  previewBlueprint,
  publishedVersion,
  shortError,
} from './blueprint.js';
import {
  assertNotFinished,
  auditExam,
  isPlanStaff,
  type LoadedPlan,
  levelName,
  pick,
  planFor,
  planHasAttempts,
} from './common.js';

type CreateInput = z.output<typeof createExamPlanSchema>;
type UpdateInput = z.output<typeof updateExamPlanSchema>;

const THEORY = NATIONAL_ASSESSMENT.modes.theory;

/** Level 1 has no work type; levels 5–2 need one. */
function normaliseWorkType(level: Level, workType: WorkType | null | undefined, lang: Lang): WorkType | null {
  if (level === 1) return null;
  if (!workType) {
    throw new AppError('VALIDATION_FAILED', {
      details: [
        {
          field: 'body.workType',
          code: 'required',
          message: pick(
            lang,
            `${levelName(level)}分网商、跨境电子商务师两个工种，须选择工种`,
            'levels 5–2 need a work type (网商 or 跨境电子商务师)',
          ),
        },
      ],
    });
  }
  return workType;
}

async function orgOf(exec: Executor, orgId: string) {
  const [org] = await exec
    .select({ id: organizations.id, kind: organizations.kind, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId))
    .limit(1);
  if (!org) throw new AppError('ORG_NOT_FOUND');
  return org;
}

async function defaultVersionId(exec: Executor): Promise<string> {
  const v = await versionInForce(exec, NATIONAL_STANDARD_KEY, new Date().toISOString().slice(0, 10));
  if (!v) throw new AppError('STANDARD_VERSION_NOT_FOUND');
  return v.id;
}

// ---------------------------------------------------------------------------------------------------------
// Read

async function planCounts(exec: Executor, planIds: string[]) {
  const out = new Map<string, ExamPlanSummary['counts']>();
  if (planIds.length === 0) return out;
  for (const id of planIds) out.set(id, { sessions: 0, registrations: 0, approved: 0, placed: 0, attempts: 0 });
  const sessions = await exec
    .select({ planId: examSessions.planId, n: count() })
    .from(examSessions)
    .where(inArray(examSessions.planId, planIds))
    .groupBy(examSessions.planId);
  for (const s of sessions) out.get(s.planId)!.sessions = s.n;
  const regs = await exec
    .select({
      planId: examRegistrations.planId,
      n: count(),
      approved: sql<number>`count(*) filter (where ${examRegistrations.status} = 'approved')`.mapWith(Number),
      placed: sql<number>`count(*) filter (where ${examRegistrations.seatNo} is not null)`.mapWith(Number),
    })
    .from(examRegistrations)
    .where(inArray(examRegistrations.planId, planIds))
    .groupBy(examRegistrations.planId);
  for (const r of regs)
    Object.assign(out.get(r.planId)!, { registrations: r.n, approved: r.approved, placed: r.placed });
  const attempts = await exec
    .select({ planId: examAttempts.planId, n: count() })
    .from(examAttempts)
    .where(inArray(examAttempts.planId, planIds))
    .groupBy(examAttempts.planId);
  for (const a of attempts) out.get(a.planId)!.attempts = a.n;
  return out;
}

async function versionLabels(exec: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await exec
    .select({ id: standardVersions.id, label: standardVersions.label })
    .from(standardVersions)
    .where(inArray(standardVersions.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.label]));
}

function toSummary(p: LoadedPlan, counts: ExamPlanSummary['counts'], versionLabel: string): ExamPlanSummary {
  return {
    id: p.id,
    orgId: p.orgId,
    orgName: p.orgName,
    name: p.name,
    level: p.level as Level,
    levelName: levelName(p.level),
    workType: p.workType,
    standardVersionId: p.standardVersionId,
    standardVersionLabel: versionLabel,
    modes: p.modes,
    status: p.status,
    paperMode: p.paperMode,
    passMark: p.passMark,
    frozen: counts.attempts > 0,
    counts,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function listPlans(
  ctx: AppContext,
  orgId: string,
  status: ExamPlanSummary['status'] | undefined,
): Promise<ExamPlanSummary[]> {
  const rows = await ctx.db
    .select({ plan: examPlans, orgName: organizations.name, orgKind: organizations.kind })
    .from(examPlans)
    .innerJoin(organizations, eq(organizations.id, examPlans.orgId))
    .where(and(eq(examPlans.orgId, orgId), status ? eq(examPlans.status, status) : undefined))
    .orderBy(desc(examPlans.createdAt));
  const plans = rows.map((r) => ({ ...r.plan, orgName: r.orgName, orgKind: r.orgKind }));
  const counts = await planCounts(
    ctx.db,
    plans.map((p) => p.id),
  );
  const labels = await versionLabels(
    ctx.db,
    plans.map((p) => p.standardVersionId),
  );
  return plans.map((p) => toSummary(p, counts.get(p.id)!, labels.get(p.standardVersionId) ?? ''));
}

export async function describePlan(exec: Executor, plan: LoadedPlan, lang: Lang): Promise<ExamPlan> {
  const counts = (await planCounts(exec, [plan.id])).get(plan.id)!;
  const version = await publishedVersion(exec, plan.standardVersionId).catch(() => null);
  const banks = plan.bankIds.length
    ? await exec
        .select({ id: questionBanks.id, name: questionBanks.name, orgName: organizations.name })
        .from(questionBanks)
        .innerJoin(organizations, eq(organizations.id, questionBanks.orgId))
        .where(inArray(questionBanks.id, plan.bankIds))
    : [];
  const markers = await exec
    .select({ userId: users.id, name: users.name })
    .from(examPlanMarkers)
    .innerJoin(users, eq(users.id, examPlanMarkers.userId))
    .where(eq(examPlanMarkers.planId, plan.id))
    .orderBy(users.name);
  let blueprint: ExamPlan['blueprint'] = null;
  if (plan.blueprint && version) {
    try {
      blueprint = describeBlueprint(
        buildBlueprint(version.snapshot, plan.level as Level, plan.workType, plan.blueprint, lang),
        lang,
      );
    } catch {
      blueprint = null;
    }
  }
  return {
    ...toSummary(plan, counts, version?.label ?? ''),
    bankIds: plan.bankIds,
    banks: plan.bankIds.flatMap((id) => banks.filter((b) => b.id === id)),
    blueprintChoices: plan.blueprint ?? null,
    blueprint,
    shuffleItems: plan.shuffleItems,
    shuffleOptions: plan.shuffleOptions,
    multipleScoring: plan.multipleScoring,
    thirdMarkThresholdPct: plan.thirdMarkThresholdPct,
    warningRules: plan.warningRules,
    saveGraceSeconds: plan.saveGraceSeconds,
    lateEntryMinutes: plan.lateEntryMinutes,
    hasFixedPaper: !!plan.fixedPaper,
    markers,
  };
}

export async function getPlan(ctx: AppContext, auth: AuthContext, planId: string, lang: Lang) {
  return describePlan(ctx.db, await planFor(ctx.db, auth, planId), lang);
}

// ---------------------------------------------------------------------------------------------------------
// Create, edit, delete, publish, finish

export async function createPlan(
  ctx: AppContext,
  auth: AuthContext,
  orgId: string,
  body: CreateInput | CreateExamPlan,
  lang: Lang,
  ip: string | null,
): Promise<ExamPlan> {
  const input = createExamPlanSchema.parse(body);
  const level = input.level as Level;
  const workType = normaliseWorkType(level, input.workType, lang);
  return ctx.db.transaction(async (tx) => {
    const org = await orgOf(tx, orgId);
    if (org.kind !== 'institution' && org.kind !== 'platform') throw new AppError('FORBIDDEN');
    const versionId = input.standardVersionId ?? (await defaultVersionId(tx));
    const version = await publishedVersion(tx, versionId);
    if (input.blueprint) buildBlueprint(version.snapshot, level, workType, input.blueprint, lang);
    await assertOrgBanks(tx, org, input.bankIds);
    const [row] = await tx
      .insert(examPlans)
      .values({
        orgId,
        name: input.name,
        level,
        workType,
        standardVersionId: versionId,
        modes: ['theory'],
        blueprint: input.blueprint ?? null,
        bankIds: [...new Set(input.bankIds)],
        paperMode: input.paperMode,
        shuffleItems: input.shuffleItems,
        shuffleOptions: input.shuffleOptions,
        multipleScoring: input.multipleScoring,
        thirdMarkThresholdPct: input.thirdMarkThresholdPct,
        warningRules: input.warningRules,
        saveGraceSeconds: input.saveGraceSeconds,
        lateEntryMinutes: input.lateEntryMinutes,
        passMark: THEORY.passMark,
        createdBy: auth.userId,
      })
      .returning({ id: examPlans.id });
    await auditExam(tx, 'exam_plan.created', {
      actorUserId: auth.userId,
      orgId,
      ip,
      details: { planId: row!.id, name: input.name, level, workType },
    });
    return describePlan(tx, await planFor(tx, auth, row!.id), lang);
  });
}

/** Fields that stay editable once papers exist. */
const ALWAYS_EDITABLE = new Set(['name', 'warningRules', 'saveGraceSeconds', 'lateEntryMinutes']);

export async function updatePlan(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  body: UpdateInput | UpdateExamPlan,
  lang: Lang,
  ip: string | null,
): Promise<ExamPlan> {
  const input = body as UpdateInput;
  return ctx.db.transaction(async (tx) => {
    const plan = await planFor(tx, auth, planId, { lock: true });
    assertNotFinished(plan);
    const changed = Object.entries(input)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    const frozenFields = changed.filter((k) => !ALWAYS_EDITABLE.has(k));
    if (frozenFields.length > 0 && (await planHasAttempts(tx, plan.id))) {
      throw new AppError('EXAM_PLAN_NOT_EDITABLE', {
        details: frozenFields.map((f) => ({ field: `body.${f}`, code: 'EXAM_PLAN_NOT_EDITABLE', message: f })),
      });
    }
    const level = (input.level ?? plan.level) as Level;
    const workType =
      input.workType !== undefined || input.level !== undefined
        ? normaliseWorkType(level, input.workType === undefined ? plan.workType : input.workType, lang)
        : plan.workType;
    const versionId = input.standardVersionId ?? plan.standardVersionId;
    const version = await publishedVersion(tx, versionId);
    const blueprint = input.blueprint === undefined ? plan.blueprint : input.blueprint;
    const paperChanges = ['level', 'workType', 'standardVersionId', 'blueprint', 'bankIds'].some((k) =>
      changed.includes(k),
    );
    if (blueprint && paperChanges) buildBlueprint(version.snapshot, level, workType, blueprint, lang);
    if (input.bankIds) await assertOrgBanks(tx, { id: plan.orgId, kind: plan.orgKind }, input.bankIds);
    if (plan.status === 'published' && paperChanges && !blueprint) {
      throw new AppError('EXAM_BLUEPRINT_INVALID', {
        params: { reason: pick(lang, '已发布的计划须有试卷蓝图', 'a published plan needs a blueprint') },
        details: [{ field: 'body.blueprint', code: 'required', message: 'blueprint' }],
      });
    }
    await tx
      .update(examPlans)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        level,
        workType,
        standardVersionId: versionId,
        blueprint,
        ...(input.bankIds !== undefined ? { bankIds: [...new Set(input.bankIds)] } : {}),
        ...(input.paperMode !== undefined ? { paperMode: input.paperMode } : {}),
        ...(input.shuffleItems !== undefined ? { shuffleItems: input.shuffleItems } : {}),
        ...(input.shuffleOptions !== undefined ? { shuffleOptions: input.shuffleOptions } : {}),
        ...(input.multipleScoring !== undefined ? { multipleScoring: input.multipleScoring } : {}),
        ...(input.thirdMarkThresholdPct !== undefined ? { thirdMarkThresholdPct: input.thirdMarkThresholdPct } : {}),
        ...(input.warningRules !== undefined ? { warningRules: input.warningRules } : {}),
        ...(input.saveGraceSeconds !== undefined ? { saveGraceSeconds: input.saveGraceSeconds } : {}),
        ...(input.lateEntryMinutes !== undefined ? { lateEntryMinutes: input.lateEntryMinutes } : {}),
        // A fixed paper assembled from the old blueprint or banks no longer fits.
        ...(paperChanges || input.paperMode !== undefined ? { fixedPaper: null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(examPlans.id, plan.id));
    await auditExam(tx, 'exam_plan.updated', {
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId: plan.id, fields: changed },
    });
    return describePlan(tx, await planFor(tx, auth, plan.id), lang);
  });
}

export async function deletePlan(ctx: AppContext, auth: AuthContext, planId: string, ip: string | null) {
  await ctx.db.transaction(async (tx) => {
    const plan = await planFor(tx, auth, planId, { admin: true, lock: true });
    const counts = (await planCounts(tx, [plan.id])).get(plan.id)!;
    if (counts.sessions > 0 || counts.registrations > 0) throw new AppError('EXAM_PLAN_IN_USE');
    await tx.delete(examPlanMarkers).where(eq(examPlanMarkers.planId, plan.id));
    await tx.delete(examPlans).where(eq(examPlans.id, plan.id));
    await auditExam(tx, 'exam_plan.deleted', {
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId: plan.id, name: plan.name },
    });
  });
}

/**
 * Publishing opens registration: the plan needs banks and a blueprint that the banks can fill (one sample
 * assembly; short → 422 EXAM_BLUEPRINT_SHORT naming the cells).
 */
export async function publishPlan(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  lang: Lang,
  ip: string | null,
): Promise<ExamPlan> {
  return ctx.db.transaction(async (tx) => {
    const plan = await planFor(tx, auth, planId, { admin: true, lock: true });
    assertNotFinished(plan);
    if (plan.status !== 'published') {
      if (!plan.blueprint || plan.bankIds.length === 0) {
        throw new AppError('EXAM_BLUEPRINT_INVALID', {
          params: {
            reason: pick(lang, '发布前须选择题库并设置试卷蓝图', 'choose banks and a blueprint before publishing'),
          },
          details: [
            ...(plan.blueprint ? [] : [{ field: 'blueprint', code: 'required', message: 'blueprint' }]),
            ...(plan.bankIds.length ? [] : [{ field: 'bankIds', code: 'required', message: 'bankIds' }]),
          ],
        });
      }
      const version = await publishedVersion(tx, plan.standardVersionId);
      const bp = buildBlueprint(version.snapshot, plan.level as Level, plan.workType, plan.blueprint, lang, '');
      const pool = await loadPool(tx, {
        bankIds: plan.bankIds,
        versionId: plan.standardVersionId,
        snapshot: version.snapshot,
        level: plan.level as Level,
        workType: plan.workType,
        blueprint: bp,
      });
      const preview = previewBlueprint(bp, pool, `${plan.id}:publish`, lang);
      if (!preview.ok) throw shortError(preview.paper.shortfalls, lang);
      await tx.update(examPlans).set({ status: 'published', updatedAt: new Date() }).where(eq(examPlans.id, plan.id));
      await auditExam(tx, 'exam_plan.published', {
        actorUserId: auth.userId,
        orgId: plan.orgId,
        ip,
        details: { planId: plan.id },
      });
    }
    return describePlan(tx, await planFor(tx, auth, plan.id), lang);
  });
}

export async function finishPlan(ctx: AppContext, auth: AuthContext, planId: string, lang: Lang, ip: string | null) {
  return ctx.db.transaction(async (tx) => {
    const plan = await planFor(tx, auth, planId, { admin: true, lock: true });
    if (plan.status !== 'finished') {
      await tx.update(examPlans).set({ status: 'finished', updatedAt: new Date() }).where(eq(examPlans.id, plan.id));
      await auditExam(tx, 'exam_plan.finished', {
        actorUserId: auth.userId,
        orgId: plan.orgId,
        ip,
        details: { planId: plan.id },
      });
    }
    return describePlan(tx, await planFor(tx, auth, plan.id), lang);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Blueprint preview and sample paper

const randomSeed = () => Math.random().toString(36).slice(2, 10);

export async function previewForPlan(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  body: PlanBlueprintPreview,
  lang: Lang,
) {
  const plan = await planFor(ctx.db, auth, planId);
  const choices = body.blueprint ?? plan.blueprint;
  if (!choices) {
    throw new AppError('EXAM_BLUEPRINT_INVALID', {
      params: { reason: pick(lang, '尚未设置试卷蓝图', 'no blueprint yet') },
      details: [{ field: 'body.blueprint', code: 'required', message: 'blueprint' }],
    });
  }
  const bankIds = body.bankIds ?? plan.bankIds;
  if (body.bankIds) await assertOrgBanks(ctx.db, { id: plan.orgId, kind: plan.orgKind }, bankIds);
  const version = await publishedVersion(ctx.db, plan.standardVersionId);
  const bp = buildBlueprint(version.snapshot, plan.level as Level, plan.workType, choices as never, lang);
  const pool = await loadPool(ctx.db, {
    bankIds,
    versionId: version.id,
    snapshot: version.snapshot,
    level: plan.level as Level,
    workType: plan.workType,
    blueprint: bp,
  });
  const { paper: _paper, ...result } = previewBlueprint(bp, pool, body.seed ?? randomSeed(), lang);
  return result;
}

export async function previewForOrg(ctx: AppContext, orgId: string, body: OrgBlueprintPreview, lang: Lang) {
  const org = await orgOf(ctx.db, orgId);
  const level = body.level as Level;
  const workType = normaliseWorkType(level, body.workType, lang);
  const versionId = body.standardVersionId ?? (await defaultVersionId(ctx.db));
  const version = await publishedVersion(ctx.db, versionId);
  await assertOrgBanks(ctx.db, org, body.bankIds);
  const bp = buildBlueprint(version.snapshot, level, workType, body.blueprint as never, lang);
  const pool = await loadPool(ctx.db, {
    bankIds: body.bankIds,
    versionId,
    snapshot: version.snapshot,
    level,
    workType,
    blueprint: bp,
  });
  const { paper: _paper, ...result } = previewBlueprint(bp, pool, body.seed ?? randomSeed(), lang);
  return result;
}

export async function samplePaper(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  seedIn: string | undefined,
  lang: Lang,
): Promise<SamplePaper> {
  const plan = await planFor(ctx.db, auth, planId);
  if (!plan.blueprint) {
    throw new AppError('EXAM_BLUEPRINT_INVALID', {
      params: { reason: pick(lang, '尚未设置试卷蓝图', 'no blueprint yet') },
    });
  }
  const version = await publishedVersion(ctx.db, plan.standardVersionId);
  const bp = buildBlueprint(version.snapshot, plan.level as Level, plan.workType, plan.blueprint, lang, '');
  const pool = await loadPool(ctx.db, {
    bankIds: plan.bankIds,
    versionId: version.id,
    snapshot: version.snapshot,
    level: plan.level as Level,
    workType: plan.workType,
    blueprint: bp,
  });
  const seed = seedIn ?? randomSeed();
  const { paper, sample } = previewBlueprint(bp, pool, seed, lang);
  if (paper.shortfalls.length > 0) throw shortError(paper.shortfalls, lang);
  const revs = paper.items.length
    ? await ctx.db
        .select({
          id: questionRevisions.id,
          stemHtml: questionRevisions.stemHtml,
          options: questionRevisions.options,
          answer: questionRevisions.answer,
        })
        .from(questionRevisions)
        .where(
          inArray(
            questionRevisions.id,
            paper.items.map((i) => i.revisionId),
          ),
        )
    : [];
  const byId = new Map(revs.map((r) => [r.id, r]));
  return {
    seed: sample?.seed ?? seed,
    totalPoints: bp.totalPoints,
    items: paper.items.map((it) => {
      const rev = byId.get(it.revisionId)!;
      return {
        position: it.order,
        questionId: it.id,
        revisionId: it.revisionId,
        type: it.type,
        typeLabel: pick(lang, typeLabel(it.type), it.type),
        points: it.points,
        rowItem: it.item,
        difficulty: it.difficulty,
        stemHtml: rev.stemHtml,
        options: it.optionOrder.map((key, i) => ({
          key: 'ABCDEFGH'[i]!,
          bankKey: key,
          content: rev.options.find((o) => o.key === key)?.content ?? '',
        })),
        answer: rev.answer,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Staff: markers and the people who may be chosen

type StaffRole = 'proctor' | 'examiner';

/** Users holding `role` in the organisation or in a platform organisation, among `userIds`. */
export async function usersWithRole(exec: Executor, orgId: string, role: StaffRole, userIds: readonly string[]) {
  if (userIds.length === 0) return new Set<string>();
  const rows = await exec
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(
      and(
        inArray(memberships.userId, [...userIds]),
        eq(memberships.role, role),
        eq(organizations.status, 'active'),
        or(eq(memberships.orgId, orgId), eq(organizations.kind, 'platform')),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

/** 422 EXAM_STAFF_ROLE_MISSING naming each chosen person without the role. */
export async function assertStaffRole(
  exec: Executor,
  orgId: string,
  role: StaffRole,
  userIds: readonly string[],
  field: string,
  lang: Lang,
) {
  const ok = await usersWithRole(exec, orgId, role, userIds);
  const roleName = role === 'proctor' ? pick(lang, '监考人员', 'proctor') : pick(lang, '考评员', 'examiner');
  const bad = userIds.map((id, i) => ({ id, i })).filter(({ id }) => !ok.has(id));
  if (bad.length > 0) {
    throw new AppError('EXAM_STAFF_ROLE_MISSING', {
      params: { role: roleName },
      details: bad.map(({ id, i }) => ({ field: `${field}.${i}`, code: 'EXAM_STAFF_ROLE_MISSING', message: id })),
    });
  }
}

export async function setMarkers(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  userIds: string[],
  lang: Lang,
  ip: string | null,
) {
  const ids = [...new Set(userIds)];
  return ctx.db.transaction(async (tx) => {
    const plan = await planFor(tx, auth, planId, { admin: true, lock: true });
    assertNotFinished(plan);
    await assertStaffRole(tx, plan.orgId, 'examiner', ids, 'body.userIds', lang);
    await tx.delete(examPlanMarkers).where(eq(examPlanMarkers.planId, plan.id));
    if (ids.length) await tx.insert(examPlanMarkers).values(ids.map((userId) => ({ planId: plan.id, userId })));
    // Answers that waited for markers (fewer than two were set) get their blind double-marking tasks now.
    await distributeMarking(tx, plan.id);
    await auditExam(tx, 'exam_plan.markers_set', {
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId: plan.id, userIds: ids },
    });
    const items = await tx
      .select({ userId: users.id, name: users.name })
      .from(examPlanMarkers)
      .innerJoin(users, eq(users.id, examPlanMarkers.userId))
      .where(eq(examPlanMarkers.planId, plan.id))
      .orderBy(users.name);
    return { items };
  });
}

/** Proctors and examiners of the organisation and of the platform, for the pickers. */
export async function listExamStaff(ctx: AppContext, auth: AuthContext, orgId: string) {
  if (!isPlanStaff(auth, orgId) && !isPlatformAdmin(auth)) throw new AppError('FORBIDDEN');
  const rows = await ctx.db
    .select({
      userId: users.id,
      name: users.name,
      mobile: users.mobile,
      role: memberships.role,
      orgName: organizations.name,
      orgKind: organizations.kind,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(
      and(
        inArray(memberships.role, ['proctor', 'examiner']),
        eq(organizations.status, 'active'),
        or(eq(memberships.orgId, orgId), eq(organizations.kind, 'platform')),
      ),
    )
    .orderBy(users.name, users.id);
  const byUser = new Map<
    string,
    { userId: string; name: string; mobileMasked: string | null; roles: StaffRole[]; orgName: string }
  >();
  for (const r of rows) {
    const entry = byUser.get(r.userId) ?? {
      userId: r.userId,
      name: r.name,
      mobileMasked: r.mobile ? maskMobile(r.mobile) : null,
      roles: [],
      orgName: r.orgName,
    };
    if (!entry.roles.includes(r.role as StaffRole)) entry.roles.push(r.role as StaffRole);
    if (r.orgKind !== 'platform') entry.orgName = r.orgName;
    byUser.set(r.userId, entry);
  }
  return { items: [...byUser.values()] };
}
