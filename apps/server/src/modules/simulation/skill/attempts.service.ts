import { randomUUID } from 'node:crypto';
import type { SimReport, SkillAttempt } from '@crossskill/contracts';
import { createRng, envFor, instantiateTask, type TaskDefinition } from '@crossskill/simulation';
import { and, asc, eq, lt } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../../platform/http/index.js';
import { recordAudit } from '../../audit/index.js';
import { examPlans, examRegistrations } from '../../exams/exams.tables.js';
import { isPlanStaff, loadPlan } from '../../exams/index.js';
import { EXAM_GRACE_MS, isExaminerOf } from '../shared.js';
import { simRuns, simTaskRevisions, simTasks, skillAttempts } from '../simulation.tables.js';
import { loadPart } from './common.js';
import { attemptScores, autoReport, overridesOf, type RunRow } from './scoring.js';

export type AttemptRow = typeof skillAttempts.$inferSelect;

async function loadAttempt(exec: Executor, attemptId: string, lock = false): Promise<AttemptRow> {
  const q = exec.select().from(skillAttempts).where(eq(skillAttempts.id, attemptId)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new AppError('SKILL_ATTEMPT_NOT_FOUND');
  return row;
}

/** The attempt for its candidate, an examiner of the part, the plan's staff or a platform admin; others 404. */
export async function attemptFor(exec: Executor, auth: AuthContext, attemptId: string, lock = false) {
  const attempt = await loadAttempt(exec, attemptId, lock);
  if (attempt.userId === auth.userId) return { attempt, staff: false };
  const plan = await loadPlan(exec, attempt.planId);
  const staff =
    isPlatformAdmin(auth) || isPlanStaff(auth, plan.orgId) || (await isExaminerOf(exec, auth.userId, plan.id));
  if (!staff) throw new AppError('SKILL_ATTEMPT_NOT_FOUND');
  return { attempt, staff: true };
}

export async function attemptRuns(exec: Executor, attemptId: string) {
  return exec
    .select({ run: simRuns, code: simTasks.code, titleZh: simTasks.titleZh, titleEn: simTasks.titleEn })
    .from(simRuns)
    .innerJoin(simTasks, eq(simTasks.id, simRuns.taskId))
    .where(eq(simRuns.skillAttemptId, attemptId))
    .orderBy(asc(simRuns.startedAt), asc(simRuns.weightItem));
}

export async function attemptView(exec: Executor, attempt: AttemptRow, staff: boolean): Promise<SkillAttempt> {
  const [plan] = await exec.select({ name: examPlans.name }).from(examPlans).where(eq(examPlans.id, attempt.planId));
  const runs = await attemptRuns(exec, attempt.id);
  const show = staff || attempt.status === 'final';
  return {
    id: attempt.id,
    planId: attempt.planId,
    planName: plan?.name ?? '',
    status: attempt.status,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    serverNow: new Date().toISOString(),
    runs: runs.map(({ run, code, titleZh, titleEn }) => ({
      runId: run.id,
      weightItem: run.weightItem ?? '',
      points: run.rowPoints ?? 0,
      taskCode: code,
      taskTitle: { zh: titleZh, en: titleEn },
      actionCount: run.seq,
    })),
    score: show ? attempt.score : null,
    passed: show ? attempt.passed : null,
  };
}

export async function getAttempt(ctx: AppContext, auth: AuthContext, attemptId: string): Promise<SkillAttempt> {
  const { attempt, staff } = await attemptFor(ctx.db, auth, attemptId);
  if (attempt.status === 'in_progress' && Date.now() > attempt.deadlineAt.getTime() + EXAM_GRACE_MS) {
    await closeSkillAttempt(ctx, attempt.id, 'deadline', null);
    return attemptView(ctx.db, await loadAttempt(ctx.db, attempt.id), staff);
  }
  return attemptView(ctx.db, attempt, staff);
}

/** Picks one task per blueprint row (seeded per candidate) and makes a run of it with the candidate's parameters. */
async function createRuns(
  tx: Tx,
  attempt: AttemptRow,
  userId: string,
  blueprint: { weightItem: string; points: number; taskIds: string[] }[],
) {
  for (const [i, row] of blueprint.entries()) {
    const taskId = row.taskIds[
      createRng(`${attempt.seed}/row/${row.weightItem}`).int(0, row.taskIds.length - 1)
    ] as string;
    const [task] = await tx
      .select({ id: simTasks.id, revision: simTasks.currentRevision, definition: simTaskRevisions.definition })
      .from(simTasks)
      .innerJoin(
        simTaskRevisions,
        and(eq(simTaskRevisions.taskId, simTasks.id), eq(simTaskRevisions.revision, simTasks.currentRevision)),
      )
      .where(eq(simTasks.id, taskId))
      .limit(1);
    if (!task) throw new AppError('SIM_TASK_NOT_FOUND');
    const def = task.definition as unknown as TaskDefinition;
    const seed = `${attempt.seed}/${i}`;
    const instance = instantiateTask(def, seed, envFor);
    const initial = instance.initialState as unknown as Record<string, unknown>;
    await tx.insert(simRuns).values({
      userId,
      kind: 'exam',
      marketplace: def.scenario.marketplace,
      taskId: task.id,
      taskRevision: task.revision,
      seed,
      params: instance.params,
      computed: instance.computed,
      instructions: instance.instructions,
      initialState: initial,
      state: initial,
      skillAttemptId: attempt.id,
      weightItem: row.weightItem,
      rowPoints: row.points,
      startedAt: new Date(attempt.startedAt.getTime() + i),
    });
  }
}

/** 开始技能考核: an approved candidate within the entry window; idempotent (the same attempt comes back). */
export async function startAttempt(ctx: AppContext, auth: AuthContext, planId: string, ip: string | null) {
  return ctx.db.transaction(async (tx) => {
    const [reg] = await tx
      .select()
      .from(examRegistrations)
      .where(and(eq(examRegistrations.planId, planId), eq(examRegistrations.userId, auth.userId)))
      .for('update')
      .limit(1);
    const part = await loadPart(tx, planId);
    if (part?.status !== 'published') throw new AppError('SKILL_PART_NOT_FOUND');
    if (reg?.status !== 'approved') throw new AppError('SKILL_NOT_REGISTERED');
    const [existing] = await tx.select().from(skillAttempts).where(eq(skillAttempts.registrationId, reg.id)).limit(1);
    if (existing) return attemptView(tx, existing, false);
    const now = Date.now();
    const from = part.startsAt.getTime();
    const to = from + part.lateEntryMinutes * 60_000;
    if (now < from || now > to) {
      throw new AppError('SKILL_EXAM_NOT_OPEN', {
        params: { from: part.startsAt.toISOString(), to: new Date(to).toISOString() },
      });
    }
    const [attempt] = await tx
      .insert(skillAttempts)
      .values({
        planId,
        registrationId: reg.id,
        userId: auth.userId,
        seed: randomUUID(),
        startedAt: new Date(now),
        deadlineAt: new Date(from + part.durationMinutes * 60_000),
      })
      .returning();
    const row = attempt as AttemptRow;
    await createRuns(tx, row, auth.userId, part.blueprint);
    const plan = await loadPlan(tx, planId);
    await recordAudit(tx, {
      event: 'skill_attempt.started',
      actorUserId: auth.userId,
      subjectUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId, attemptId: row.id },
    });
    return attemptView(tx, row, false);
  });
}

/** Scores every run and closes the attempt (candidate's submission or the deadline). Idempotent. */
export async function closeSkillAttempt(
  ctx: AppContext,
  attemptId: string,
  reason: 'candidate' | 'deadline',
  ip: string | null,
) {
  await ctx.db.transaction(async (tx) => {
    const attempt = await loadAttempt(tx, attemptId, true);
    if (attempt.status !== 'in_progress') return;
    const runs = await tx.select().from(simRuns).where(eq(simRuns.skillAttemptId, attemptId)).for('update');
    const scored: { id: string; report: SimReport; rowPoints: number | null }[] = [];
    for (const run of runs) {
      const report = await autoReport(tx, run as RunRow);
      const stored: SimReport = { ...report, scaled: null };
      await tx
        .update(simRuns)
        .set({ report: stored, status: 'submitted', updatedAt: new Date() })
        .where(eq(simRuns.id, run.id));
      scored.push({ id: run.id, report: stored, rowPoints: run.rowPoints });
    }
    const scores = attemptScores(
      scored,
      await overridesOf(
        tx,
        scored.map((r) => r.id),
      ),
    );
    const plan = await loadPlan(tx, attempt.planId);
    await tx
      .update(skillAttempts)
      .set({
        status: 'submitted',
        submittedAt: new Date(),
        submitReason: reason,
        autoScore: scores.auto,
        score: scores.final,
        passed: scores.final >= plan.passMark,
      })
      .where(eq(skillAttempts.id, attemptId));
    await recordAudit(tx, {
      event: 'skill_attempt.submitted',
      actorUserId: reason === 'candidate' ? attempt.userId : null,
      subjectUserId: attempt.userId,
      orgId: plan.orgId,
      ip,
      details: { planId: attempt.planId, attemptId, reason, autoScore: scores.auto },
    });
  });
}

export async function submitAttempt(ctx: AppContext, auth: AuthContext, attemptId: string, ip: string | null) {
  const attempt = await loadAttempt(ctx.db, attemptId);
  if (attempt.userId !== auth.userId) throw new AppError('SKILL_ATTEMPT_NOT_FOUND');
  const late = Date.now() > attempt.deadlineAt.getTime() + EXAM_GRACE_MS;
  await closeSkillAttempt(ctx, attemptId, late ? 'deadline' : 'candidate', ip);
  return attemptView(ctx.db, await loadAttempt(ctx.db, attemptId), false);
}

/** The sweeper: closes attempts past their deadline (and the grace). Returns how many it closed. */
export async function closeExpiredSkillAttempts(ctx: AppContext): Promise<number> {
  const cutoff = new Date(Date.now() - EXAM_GRACE_MS);
  const rows = await ctx.db
    .select({ id: skillAttempts.id })
    .from(skillAttempts)
    .where(and(eq(skillAttempts.status, 'in_progress'), lt(skillAttempts.deadlineAt, cutoff)))
    .limit(100);
  for (const r of rows) await closeSkillAttempt(ctx, r.id, 'deadline', null);
  return rows.length;
}
