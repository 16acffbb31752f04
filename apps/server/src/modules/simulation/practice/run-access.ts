import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../../platform/http/index.js';
import { examPlans } from '../../exams/exams.tables.js';
import { memberships } from '../../orgs/orgs.tables.js';
import { EXAM_GRACE_MS, isExaminerOf } from '../shared.js';
import { simRuns, simTasks, skillAttempts } from '../simulation.tables.js';
import { staffOrgIds } from './common.js';

export type RunRow = typeof simRuns.$inferSelect;
export type AttemptRow = typeof skillAttempts.$inferSelect;

/**
 * What the caller wants to do with a run:
 * - `own`: operate it (actions, check, reset) — the owner only;
 * - `read`: see it — the owner, or staff (below);
 * - `replay`: replay its log — the owner of a practice or sandbox run, or staff (below); never the candidate of an
 *   exam run (the review is the examiners').
 * Staff of a practice or sandbox run: platform admins, institution admins and lecturers of the task's organisation
 * or of an organisation the owner belongs to. Staff of an exam run: platform admins, the skill part's examiners,
 * institution admins and lecturers of the plan's organisation.
 */
export type RunPurpose = 'own' | 'read' | 'replay';

/** The run if the caller may use it for `purpose`; 404 otherwise (a run's existence is not revealed). */
export async function loadRun(
  exec: Executor,
  auth: AuthContext,
  runId: string,
  purpose: RunPurpose,
  opts: { lock?: boolean } = {},
): Promise<RunRow> {
  const q = exec.select().from(simRuns).where(eq(simRuns.id, runId)).limit(1);
  const [run] = opts.lock ? await q.for('update') : await q;
  if (!run) throw new AppError('SIM_RUN_NOT_FOUND');
  const owner = run.userId === auth.userId;
  if (owner && (purpose !== 'replay' || run.kind !== 'exam')) return run;
  if (purpose !== 'own' && (await isRunStaff(exec, auth, run))) return run;
  throw new AppError('SIM_RUN_NOT_FOUND');
}

export async function isRunStaff(exec: Executor, auth: AuthContext, run: RunRow): Promise<boolean> {
  if (isPlatformAdmin(auth)) return true;
  const staffOrgs = staffOrgIds(auth);
  if (run.kind === 'exam') {
    if (!run.skillAttemptId) return false;
    const [row] = await exec
      .select({ planId: skillAttempts.planId, orgId: examPlans.orgId })
      .from(skillAttempts)
      .innerJoin(examPlans, eq(examPlans.id, skillAttempts.planId))
      .where(eq(skillAttempts.id, run.skillAttemptId))
      .limit(1);
    if (!row) return false;
    if (staffOrgs.includes(row.orgId)) return true;
    return isExaminerOf(exec, auth.userId, row.planId);
  }
  if (staffOrgs.length === 0) return false;
  if (run.taskId) {
    const [task] = await exec
      .select({ orgId: simTasks.orgId })
      .from(simTasks)
      .where(eq(simTasks.id, run.taskId))
      .limit(1);
    if (task?.orgId && staffOrgs.includes(task.orgId)) return true;
  }
  return sharesOrg(exec, run.userId, staffOrgs);
}

/** Whether the user is a member (any role) of one of the organisations. */
export async function sharesOrg(exec: Executor, userId: string, orgIds: string[]): Promise<boolean> {
  if (orgIds.length === 0) return false;
  const [m] = await exec
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inArray(memberships.orgId, orgIds)))
    .limit(1);
  return Boolean(m);
}

export async function loadAttempt(exec: Executor, attemptId: string): Promise<AttemptRow | undefined> {
  const [attempt] = await exec.select().from(skillAttempts).where(eq(skillAttempts.id, attemptId)).limit(1);
  return attempt;
}

export async function assertOpen(exec: Executor, run: RunRow, now: number): Promise<void> {
  if (run.kind !== 'exam') {
    if (run.status !== 'open') throw new AppError('SIM_RUN_CLOSED');
    return;
  }
  const attempt = run.skillAttemptId ? await loadAttempt(exec, run.skillAttemptId) : undefined;
  if (
    !attempt ||
    run.status !== 'open' ||
    attempt.status !== 'in_progress' ||
    now > attempt.deadlineAt.getTime() + EXAM_GRACE_MS
  ) {
    throw new AppError('ATTEMPT_CLOSED');
  }
}
