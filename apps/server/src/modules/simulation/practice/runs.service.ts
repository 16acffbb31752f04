import crypto from 'node:crypto';
import type { SimReport, SimRun, simRunCreateSchema } from '@crossskill/contracts';
import { buildScenario, envFor, evaluateChecks, instantiateTask, type SimState } from '@crossskill/simulation';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { AppError, type AuthContext, type Lang } from '../../../platform/http/index.js';
import { simRunActions, simRuns, simTasks } from '../simulation.tables.js';
import { asJson, pick } from './common.js';
import { loadRun, type RunRow } from './run-access.js';
import { describeRun, runInstance, runLog, runTask } from './run-view.js';
import { loadTask } from './task-access.js';

type CreateInput = z.output<typeof simRunCreateSchema>;
const json = (value: unknown) => asJson(value) as Record<string, unknown>;

/** A practice run of an active task (parameters drawn from a fresh seed), or a free sandbox store. */
export async function createRun(ctx: AppContext, auth: AuthContext, input: CreateInput, lang: Lang): Promise<SimRun> {
  const seed = crypto.randomUUID();
  let values: typeof simRuns.$inferInsert;
  if (input.taskId) {
    const { task, definition } = await loadTask(ctx.db, auth, input.taskId);
    if (task.status !== 'active') throw new AppError('SIM_TASK_NOT_ACTIVE');
    const instance = instantiateTask(definition, seed, envFor);
    const initial = json(instance.initialState);
    values = {
      userId: auth.userId,
      kind: 'practice',
      marketplace: definition.scenario.marketplace,
      taskId: task.id,
      taskRevision: task.currentRevision,
      seed,
      params: instance.params,
      computed: json(instance.computed),
      instructions: instance.instructions,
      initialState: initial,
      state: initial,
    };
  } else if (input.marketplace) {
    const initial = json(
      buildScenario(input.marketplace === 'alibaba' ? 'b2b-store' : 'trading-store', input.marketplace, seed, envFor),
    );
    values = {
      userId: auth.userId,
      kind: 'sandbox',
      marketplace: input.marketplace,
      seed,
      params: {},
      computed: {},
      initialState: initial,
      state: initial,
    };
  } else {
    throw new AppError('VALIDATION_FAILED', {
      details: [
        {
          field: 'body.marketplace',
          code: 'required',
          message: pick(
            lang,
            '请选择任务，或为自由练习店铺选择平台',
            'Choose a task, or a marketplace for a sandbox store',
          ),
        },
      ],
    });
  }
  const [run] = await ctx.db.insert(simRuns).values(values).returning();
  return describeRun(ctx.db, run!, { showReport: true });
}

/** My practice and sandbox runs, newest first. */
export async function listMyRuns(ctx: AppContext, auth: AuthContext) {
  const rows = await ctx.db
    .select({ run: simRuns, code: simTasks.code, titleZh: simTasks.titleZh, titleEn: simTasks.titleEn })
    .from(simRuns)
    .leftJoin(simTasks, eq(simTasks.id, simRuns.taskId))
    .where(and(eq(simRuns.userId, auth.userId), inArray(simRuns.kind, ['practice', 'sandbox'])))
    .orderBy(desc(simRuns.updatedAt))
    .limit(200);
  return {
    items: rows.map(({ run, code, titleZh, titleEn }) => ({
      id: run.id,
      kind: run.kind,
      status: run.status,
      marketplace: run.marketplace as SimRun['marketplace'],
      taskId: run.taskId,
      taskCode: code,
      taskTitle: titleZh !== null && titleEn !== null ? { zh: titleZh, en: titleEn } : null,
      awarded: run.report?.awarded ?? null,
      total: run.report?.total ?? null,
      actionCount: run.seq,
      updatedAt: run.updatedAt.toISOString(),
    })),
  };
}

const showReportTo = (auth: AuthContext, run: RunRow) => run.kind !== 'exam' || run.userId !== auth.userId;

export async function getRun(ctx: AppContext, auth: AuthContext, runId: string): Promise<SimRun> {
  const run = await loadRun(ctx.db, auth, runId, 'read');
  return describeRun(ctx.db, run, { showReport: showReportTo(auth, run) });
}

/** Immediate feedback for practice: every check scored on the current state, stored as the run's last report. */
export async function checkRun(ctx: AppContext, auth: AuthContext, runId: string): Promise<SimReport> {
  const run = await loadRun(ctx.db, auth, runId, 'own');
  if (run.kind === 'exam') throw new AppError('SIM_FEEDBACK_HIDDEN');
  const loaded = await runTask(ctx.db, run);
  const report: SimReport = loaded
    ? asJson(
        evaluateChecks(
          loaded.definition,
          runInstance(run),
          run.state as unknown as SimState,
          await runLog(ctx.db, run.id),
          envFor,
        ),
      )
    : { results: [], awarded: 0, total: 0 };
  await ctx.db.update(simRuns).set({ report, updatedAt: new Date() }).where(eq(simRuns.id, run.id));
  return report;
}

/** Back to the run's initial state (same parameters): the log is deleted, seq 0, the clock restarts. */
export async function resetRun(ctx: AppContext, auth: AuthContext, runId: string): Promise<SimRun> {
  return ctx.db.transaction(async (tx) => {
    const run = await loadRun(tx, auth, runId, 'own', { lock: true });
    if (run.kind === 'exam') throw new AppError('SIM_RUN_EXAM_NO_RESET');
    await tx.delete(simRunActions).where(eq(simRunActions.runId, run.id));
    const now = new Date();
    const [updated] = await tx
      .update(simRuns)
      .set({ state: run.initialState, seq: 0, report: null, status: 'open', startedAt: now, updatedAt: now })
      .where(eq(simRuns.id, run.id))
      .returning();
    return describeRun(tx, updated!, { showReport: true });
  });
}
