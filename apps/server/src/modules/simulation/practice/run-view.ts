import type { SimReport, SimRun } from '@crossskill/contracts';
import type { Action, LoggedAction, SimState, TaskDefinition, TaskInstance } from '@crossskill/simulation';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { simRunActions, simTaskRevisions, simTasks } from '../simulation.tables.js';
import { loadAttempt, type RunRow } from './run-access.js';

/** The task definition at the revision the run was started with (null for a sandbox). */
export async function runTask(exec: Executor, run: RunRow) {
  if (!run.taskId) return null;
  const [row] = await exec
    .select({ task: simTasks, definition: simTaskRevisions.definition })
    .from(simTasks)
    .innerJoin(simTaskRevisions, eq(simTaskRevisions.taskId, simTasks.id))
    .where(
      and(eq(simTasks.id, run.taskId), eq(simTaskRevisions.revision, run.taskRevision ?? simTasks.currentRevision)),
    )
    .limit(1);
  return row ? { task: row.task, definition: row.definition as unknown as TaskDefinition } : null;
}

/** The run's logged actions in order (refused ones included), as the simulator's LoggedAction list. */
export async function runLog(exec: Executor, runId: string): Promise<LoggedAction[]> {
  const rows = await exec
    .select()
    .from(simRunActions)
    .where(eq(simRunActions.runId, runId))
    .orderBy(asc(simRunActions.seq));
  return rows.map((r) => ({
    seq: r.seq,
    action: r.action as unknown as Action,
    ok: r.ok,
    ...(r.refusal ? { refusal: r.refusal } : {}),
    atMs: r.atMs,
  }));
}

/** The task instance a run was made from (what instantiateTask returned when the run started). */
export function runInstance(run: RunRow): TaskInstance {
  return {
    seed: run.seed,
    params: run.params,
    computed: run.computed,
    instructions: run.instructions ?? { zh: '', en: '' },
    initialState: run.initialState as unknown as SimState,
  };
}

/**
 * The run as the API shows it. `showReport` is false for the candidate of an exam run: no scoring feedback during
 * or after the exam through this route (examiners review it in the skill module).
 */
export async function describeRun(exec: Executor, run: RunRow, opts: { showReport: boolean }): Promise<SimRun> {
  const loaded = await runTask(exec, run);
  const attempt = run.kind === 'exam' && run.skillAttemptId ? await loadAttempt(exec, run.skillAttemptId) : undefined;
  const def = loaded?.definition;
  return {
    id: run.id,
    kind: run.kind,
    status: run.status,
    marketplace: run.marketplace as SimRun['marketplace'],
    task:
      loaded && def
        ? {
            id: loaded.task.id,
            revision: run.taskRevision ?? loaded.task.currentRevision,
            code: loaded.task.code,
            title: def.title,
            instructions: run.instructions ?? def.instructions,
            checks: def.checks.map((c) => ({ id: c.id, title: c.title, points: c.points })),
            timeLimitMinutes: def.timeLimitMinutes,
            skillItems: def.skillItems,
          }
        : null,
    state: run.state,
    seq: run.seq,
    startedAt: run.startedAt.toISOString(),
    deadlineAt: attempt ? attempt.deadlineAt.toISOString() : null,
    skillAttemptId: run.skillAttemptId,
    report: opts.showReport ? ((run.report as SimReport | null) ?? null) : null,
  };
}
