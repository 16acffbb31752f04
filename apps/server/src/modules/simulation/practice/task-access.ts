import type { SimTaskSummary } from '@crossskill/contracts';
import type { TaskDefinition } from '@crossskill/simulation';
import { and, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../../platform/http/index.js';
import { simTaskRevisions, simTasks } from '../simulation.tables.js';
import { isStaffOf, memberOrgIds, staffOrgIds } from './common.js';

export type TaskRow = typeof simTasks.$inferSelect;
export interface LoadedTask {
  task: TaskRow;
  definition: TaskDefinition;
}

/**
 * Tasks the caller may see: platform admins all; authors the library and their organisations' tasks in every status;
 * everyone (trainees) the active library tasks and the active tasks of their organisations.
 */
export function visibleTasks(auth: AuthContext): SQL | undefined {
  if (isPlatformAdmin(auth)) return undefined;
  const staff = staffOrgIds(auth);
  const members = memberOrgIds(auth);
  const active = eq(simTasks.status, 'active');
  return or(
    staff.length ? isNull(simTasks.orgId) : and(isNull(simTasks.orgId), active),
    staff.length ? inArray(simTasks.orgId, staff) : undefined,
    members.length ? and(inArray(simTasks.orgId, members), active) : undefined,
  );
}

export function canSeeTask(auth: AuthContext, task: TaskRow): boolean {
  if (isPlatformAdmin(auth)) return true;
  if (task.orgId === null) return task.status === 'active' || staffOrgIds(auth).length > 0;
  if (staffOrgIds(auth).includes(task.orgId)) return true;
  return task.status === 'active' && memberOrgIds(auth).includes(task.orgId);
}

/** The task at its current revision; 404 when absent or not visible to the caller. */
export async function loadTask(
  exec: Executor,
  auth: AuthContext,
  taskId: string,
  opts: { lock?: boolean } = {},
): Promise<LoadedTask> {
  const q = exec
    .select({ task: simTasks, definition: simTaskRevisions.definition })
    .from(simTasks)
    .innerJoin(
      simTaskRevisions,
      and(eq(simTaskRevisions.taskId, simTasks.id), eq(simTaskRevisions.revision, simTasks.currentRevision)),
    )
    .where(eq(simTasks.id, taskId))
    .limit(1);
  const [row] = opts.lock ? await q.for('update', { of: simTasks }) : await q;
  if (!row || !canSeeTask(auth, row.task)) throw new AppError('SIM_TASK_NOT_FOUND');
  return { task: row.task, definition: row.definition as unknown as TaskDefinition };
}

/** The task, for a change: library tasks are read-only, other organisations' tasks do not exist for the caller. */
export async function loadTaskForEdit(exec: Executor, auth: AuthContext, taskId: string): Promise<LoadedTask> {
  const loaded = await loadTask(exec, auth, taskId, { lock: true });
  if (loaded.task.orgId === null) throw new AppError('SIM_TASK_READ_ONLY');
  // Visible (an active task of the caller's organisation) but not theirs to edit.
  if (!isStaffOf(auth, loaded.task.orgId)) throw new AppError('FORBIDDEN');
  return loaded;
}

export function toTaskSummary(task: TaskRow, def: TaskDefinition): SimTaskSummary {
  const checks = Array.isArray(def.checks) ? def.checks : [];
  return {
    id: task.id,
    code: task.code,
    title: { zh: task.titleZh, en: task.titleEn },
    level: task.level,
    workType: task.workType,
    weightItem: task.weightItem,
    skillItems: Array.isArray(def.skillItems) ? def.skillItems : [],
    suzhouCategories: Array.isArray(def.suzhouCategories) ? def.suzhouCategories : [],
    marketplace: task.marketplace as SimTaskSummary['marketplace'],
    timeLimitMinutes: typeof def.timeLimitMinutes === 'number' ? Math.round(def.timeLimitMinutes) : 0,
    status: task.status,
    revision: task.currentRevision,
    source: task.orgId === null ? 'library' : 'org',
    orgId: task.orgId,
    checkCount: checks.length,
    totalPoints: checks.reduce((sum, c) => sum + (typeof c.points === 'number' ? c.points : 0), 0),
    updatedAt: task.updatedAt.toISOString(),
  };
}
