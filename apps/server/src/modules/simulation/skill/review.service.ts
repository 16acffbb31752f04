import type { SimReport, SkillReview } from '@crossskill/contracts';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../../platform/http/index.js';
import { recordAudit } from '../../audit/index.js';
import { examPlans, examRegistrations } from '../../exams/exams.tables.js';
import { loadPlan } from '../../exams/index.js';
import { users } from '../../identity/identity.tables.js';
import { isExaminerOf } from '../shared.js';
import { simCheckOverrides, simRuns, skillAttempts, skillExamExaminers, skillExamParts } from '../simulation.tables.js';
import { attemptFor, attemptRuns, attemptView } from './attempts.service.js';
import { partForReviewer } from './common.js';
import { attemptScores, overridesOf, withOverrides } from './scoring.js';

/** Skill parts the caller examines or, as plan staff, follows. */
export async function listParts(ctx: AppContext, auth: AuthContext) {
  const orgIds = auth.memberships
    .filter((m) => m.role === 'institution_admin' || m.role === 'lecturer')
    .map((m) => m.orgId);
  const admin = isPlatformAdmin(auth);
  const mine = ctx.db
    .select({ planId: skillExamExaminers.planId })
    .from(skillExamExaminers)
    .where(eq(skillExamExaminers.userId, auth.userId));
  const rows = await ctx.db
    .select({ part: skillExamParts, plan: examPlans })
    .from(skillExamParts)
    .innerJoin(examPlans, eq(examPlans.id, skillExamParts.planId))
    .where(
      admin
        ? undefined
        : sql`(${skillExamParts.planId} in ${mine}${orgIds.length ? sql` or ${inArray(examPlans.orgId, orgIds)}` : sql``})`,
    )
    .orderBy(asc(skillExamParts.startsAt));
  const ids = rows.map((r) => r.part.planId);
  const examinerOf = new Set((await mine).map((r) => r.planId));
  const counts = ids.length
    ? await ctx.db
        .select({ planId: skillAttempts.planId, status: skillAttempts.status, n: count() })
        .from(skillAttempts)
        .where(inArray(skillAttempts.planId, ids))
        .groupBy(skillAttempts.planId, skillAttempts.status)
    : [];
  const regs = ids.length
    ? await ctx.db
        .select({ planId: examRegistrations.planId, n: count() })
        .from(examRegistrations)
        .where(and(inArray(examRegistrations.planId, ids), eq(examRegistrations.status, 'approved')))
        .groupBy(examRegistrations.planId)
    : [];
  const n = (planId: string, status: string) =>
    counts.filter((c) => c.planId === planId && (status === 'any' || c.status === status)).reduce((s, c) => s + c.n, 0);
  return {
    items: rows.map(({ part, plan }) => ({
      planId: plan.id,
      planName: plan.name,
      level: plan.level,
      workType: plan.workType,
      status: part.status,
      startsAt: part.startsAt.toISOString(),
      durationMinutes: part.durationMinutes,
      isExaminer: examinerOf.has(plan.id),
      candidates: regs.find((r) => r.planId === plan.id)?.n ?? 0,
      submitted: n(plan.id, 'submitted') + n(plan.id, 'final'),
      final: n(plan.id, 'final'),
    })),
  };
}

/** The caller's skill exams: published parts of plans they are approved for. */
export async function mySkillExams(ctx: AppContext, auth: AuthContext) {
  const rows = await ctx.db
    .select({ part: skillExamParts, plan: examPlans, attempt: skillAttempts })
    .from(examRegistrations)
    .innerJoin(skillExamParts, eq(skillExamParts.planId, examRegistrations.planId))
    .innerJoin(examPlans, eq(examPlans.id, examRegistrations.planId))
    .leftJoin(skillAttempts, eq(skillAttempts.registrationId, examRegistrations.id))
    .where(
      and(
        eq(examRegistrations.userId, auth.userId),
        eq(examRegistrations.status, 'approved'),
        eq(skillExamParts.status, 'published'),
      ),
    )
    .orderBy(asc(skillExamParts.startsAt));
  const now = Date.now();
  return {
    items: rows.map(({ part, plan, attempt }) => {
      const from = part.startsAt.getTime();
      const to = from + part.lateEntryMinutes * 60_000;
      const open = attempt?.status === 'in_progress' || (now >= from && now <= to && !attempt);
      return {
        planId: plan.id,
        planName: plan.name,
        level: plan.level,
        workType: plan.workType,
        startsAt: part.startsAt.toISOString(),
        durationMinutes: part.durationMinutes,
        window: now < from ? ('not_open' as const) : open ? ('open' as const) : ('closed' as const),
        attemptId: attempt?.id ?? null,
        attemptStatus: attempt?.status ?? null,
        score: attempt?.status === 'final' ? attempt.score : null,
        passed: attempt?.status === 'final' ? attempt.passed : null,
      };
    }),
  };
}

/** The attempts of a plan's skill part, for examiners and plan staff. */
export async function attemptRows(ctx: AppContext, auth: AuthContext, planId: string) {
  await partForReviewer(ctx.db, auth, planId);
  const rows = await ctx.db
    .select({ a: skillAttempts, name: users.name, ticketNo: examRegistrations.ticketNo })
    .from(skillAttempts)
    .innerJoin(users, eq(users.id, skillAttempts.userId))
    .innerJoin(examRegistrations, eq(examRegistrations.id, skillAttempts.registrationId))
    .where(eq(skillAttempts.planId, planId))
    .orderBy(asc(users.name));
  const ids = rows.map((r) => r.a.id);
  const overrides = ids.length
    ? await ctx.db
        .select({ attemptId: simRuns.skillAttemptId, n: count() })
        .from(simCheckOverrides)
        .innerJoin(simRuns, eq(simRuns.id, simCheckOverrides.runId))
        .where(inArray(simRuns.skillAttemptId, ids))
        .groupBy(simRuns.skillAttemptId)
    : [];
  return {
    items: rows.map(({ a, name, ticketNo }) => ({
      attemptId: a.id,
      candidateName: name,
      ticketNo,
      status: a.status,
      autoScore: a.autoScore,
      score: a.score,
      passed: a.passed,
      overrides: overrides.find((o) => o.attemptId === a.id)?.n ?? 0,
      submittedAt: a.submittedAt?.toISOString() ?? null,
    })),
  };
}

export async function reviewAttempt(ctx: AppContext, auth: AuthContext, attemptId: string): Promise<SkillReview> {
  const { attempt, staff } = await attemptFor(ctx.db, auth, attemptId);
  if (!staff) throw new AppError('SKILL_ATTEMPT_NOT_FOUND');
  const runs = await attemptRuns(ctx.db, attemptId);
  const overrides = await overridesOf(
    ctx.db,
    runs.map((r) => r.run.id),
  );
  const [candidate] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, attempt.userId));
  return {
    attempt: await attemptView(ctx.db, attempt, true),
    candidateName: candidate?.name ?? '',
    runs: runs.map(({ run, code, titleZh, titleEn }) => ({
      runId: run.id,
      weightItem: run.weightItem ?? '',
      points: run.rowPoints ?? 0,
      taskCode: code,
      taskTitle: { zh: titleZh, en: titleEn },
      instructions: run.instructions ?? { zh: '', en: '' },
      params: run.params,
      report: run.report
        ? withOverrides(run.report, overrides.get(run.id), run.rowPoints ?? 0)
        : { results: [], awarded: 0, total: 0, scaled: null },
      actionCount: run.seq,
    })),
  };
}

async function examinerAttempt(ctx: AppContext, auth: AuthContext, attemptId: string) {
  const { attempt } = await attemptFor(ctx.db, auth, attemptId);
  // only the part's examiners score (plan staff follow, platform admins may also step in)
  if (!(await isExaminerOf(ctx.db, auth.userId, attempt.planId)) && !isPlatformAdmin(auth))
    throw new AppError('FORBIDDEN');
  return attempt;
}

/** 考评员调整评分项: a check's points with a written reason; the score and pass are recomputed; audited. */
export async function overrideCheck(
  ctx: AppContext,
  auth: AuthContext,
  input: { attemptId: string; runId: string; checkId: string; awarded: number; reason: string },
  ip: string | null,
) {
  await examinerAttempt(ctx, auth, input.attemptId);
  await ctx.db.transaction(async (tx) => {
    const [attempt] = await tx.select().from(skillAttempts).where(eq(skillAttempts.id, input.attemptId)).for('update');
    if (!attempt) throw new AppError('SKILL_ATTEMPT_NOT_FOUND');
    if (attempt.status === 'final') throw new AppError('SKILL_ATTEMPT_FINAL');
    if (attempt.status === 'in_progress') throw new AppError('RESULT_NOT_READY');
    const runs = await tx.select().from(simRuns).where(eq(simRuns.skillAttemptId, attempt.id));
    const run = runs.find((r) => r.id === input.runId);
    const check = run?.report?.results.find((r) => r.checkId === input.checkId);
    if (!run || !check) throw new AppError('SKILL_CHECK_NOT_FOUND');
    if (input.awarded > check.points)
      throw new AppError('SKILL_OVERRIDE_OUT_OF_RANGE', { params: { points: check.points } });
    const before = (await overridesOf(tx, [run.id])).get(run.id)?.get(check.checkId)?.awarded ?? check.awarded;
    const values = { awarded: input.awarded, reason: input.reason, examinerId: auth.userId, createdAt: new Date() };
    await tx
      .insert(simCheckOverrides)
      .values({ runId: run.id, checkId: check.checkId, ...values })
      .onConflictDoUpdate({ target: [simCheckOverrides.runId, simCheckOverrides.checkId], set: values });
    const scores = attemptScores(
      runs.map((r) => ({ id: r.id, report: r.report as SimReport | null, rowPoints: r.rowPoints })),
      await overridesOf(
        tx,
        runs.map((r) => r.id),
      ),
    );
    const plan = await loadPlan(tx, attempt.planId);
    await tx
      .update(skillAttempts)
      .set({ score: scores.final, passed: scores.final >= plan.passMark })
      .where(eq(skillAttempts.id, attempt.id));
    await recordAudit(tx, {
      event: 'skill.check_overridden',
      actorUserId: auth.userId,
      subjectUserId: attempt.userId,
      orgId: plan.orgId,
      ip,
      details: {
        planId: attempt.planId,
        attemptId: attempt.id,
        runId: run.id,
        checkId: check.checkId,
        check: check.title.zh,
        automatic: check.awarded,
        before,
        after: input.awarded,
        reason: input.reason,
      },
    });
  });
  return reviewAttempt(ctx, auth, input.attemptId);
}

/** 确认成绩: the examiner confirms the (possibly overridden) result; it is then final and shown to the candidate. */
export async function finalizeAttempt(ctx: AppContext, auth: AuthContext, attemptId: string, ip: string | null) {
  await examinerAttempt(ctx, auth, attemptId);
  await ctx.db.transaction(async (tx) => {
    const [attempt] = await tx.select().from(skillAttempts).where(eq(skillAttempts.id, attemptId)).for('update');
    if (!attempt) throw new AppError('SKILL_ATTEMPT_NOT_FOUND');
    if (attempt.status === 'final') throw new AppError('SKILL_ATTEMPT_FINAL');
    if (attempt.status === 'in_progress') throw new AppError('RESULT_NOT_READY');
    await tx
      .update(skillAttempts)
      .set({ status: 'final', finalizedBy: auth.userId, finalizedAt: new Date() })
      .where(eq(skillAttempts.id, attemptId));
    const plan = await loadPlan(tx, attempt.planId);
    await recordAudit(tx, {
      event: 'skill_attempt.finalized',
      actorUserId: auth.userId,
      subjectUserId: attempt.userId,
      orgId: plan.orgId,
      ip,
      details: { planId: attempt.planId, attemptId, score: attempt.score, passed: attempt.passed },
    });
  });
  return reviewAttempt(ctx, auth, attemptId);
}
