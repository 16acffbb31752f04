import type { SimTaskDetail, SimTaskStatus, simTaskListQuerySchema } from '@crossskill/contracts';
import { type TaskDefinition, validateTaskDefinition } from '@crossskill/simulation';
import { and, asc, count, desc, eq, ilike, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { type Executor, uniqueViolation } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin, type Lang } from '../../../platform/http/index.js';
import { users } from '../../identity/identity.tables.js';
import { simTaskRevisions, simTasks } from '../simulation.tables.js';
import { asJson, auditSim, likePattern, pickLoc, staffOrgIds } from './common.js';
import { taskColumns } from './seed.js';
import {
  type LoadedTask,
  loadTask,
  loadTaskForEdit,
  type TaskRow,
  toTaskSummary,
  visibleTasks,
} from './task-access.js';

type ListQuery = z.output<typeof simTaskListQuerySchema>;

export async function listTasks(ctx: AppContext, auth: AuthContext, q: ListQuery) {
  const search = q.q?.trim() ? likePattern(q.q.trim()) : null;
  const where = and(
    visibleTasks(auth),
    search
      ? or(ilike(simTasks.code, search), ilike(simTasks.titleZh, search), ilike(simTasks.titleEn, search))
      : undefined,
    q.level ? eq(simTasks.level, q.level) : undefined,
    q.workType ? eq(simTasks.workType, q.workType) : undefined,
    q.weightItem ? eq(simTasks.weightItem, q.weightItem) : undefined,
    q.marketplace ? eq(simTasks.marketplace, q.marketplace) : undefined,
    q.status ? eq(simTasks.status, q.status) : undefined,
  );
  const [total] = await ctx.db.select({ n: count() }).from(simTasks).where(where);
  const rows = await ctx.db
    .select({ task: simTasks, definition: simTaskRevisions.definition })
    .from(simTasks)
    .innerJoin(
      simTaskRevisions,
      and(eq(simTaskRevisions.taskId, simTasks.id), eq(simTaskRevisions.revision, simTasks.currentRevision)),
    )
    .where(where)
    .orderBy(asc(simTasks.level), asc(simTasks.code))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map((r) => toTaskSummary(r.task, r.definition as unknown as TaskDefinition)),
    total: total?.n ?? 0,
  };
}

export async function describeTask(exec: Executor, loaded: LoadedTask): Promise<SimTaskDetail> {
  const revisions = await exec
    .select({ revision: simTaskRevisions.revision, createdAt: simTaskRevisions.createdAt, name: users.name })
    .from(simTaskRevisions)
    .leftJoin(users, eq(users.id, simTaskRevisions.createdBy))
    .where(eq(simTaskRevisions.taskId, loaded.task.id))
    .orderBy(desc(simTaskRevisions.revision));
  return {
    task: toTaskSummary(loaded.task, loaded.definition),
    definition: loaded.definition,
    revisions: revisions.map((r) => ({
      revision: r.revision,
      createdAt: r.createdAt.toISOString(),
      createdByName: r.name,
    })),
  };
}

export async function getTask(ctx: AppContext, auth: AuthContext, taskId: string) {
  return describeTask(ctx.db, await loadTask(ctx.db, auth, taskId));
}

/** The definition, checked by the simulator: every problem becomes one detail pointing into the definition. */
function validDefinition(input: Record<string, unknown>, lang: Lang): TaskDefinition {
  const result = validateTaskDefinition(input);
  if (!result.ok) {
    throw new AppError('SIM_TASK_INVALID', {
      details: result.problems.map((p) => ({ field: p.path, code: 'task_problem', message: pickLoc(lang, p.message) })),
    });
  }
  return asJson(result.task);
}

function codeMismatch(code: string, lang: Lang): AppError {
  return new AppError('SIM_TASK_INVALID', {
    details: [
      {
        field: 'code',
        code: 'task_problem',
        message: lang === 'en' ? `The task code cannot change (it is ${code})` : `任务编号不能修改（应为 ${code}）`,
      },
    ],
  });
}

/** The organisation new tasks go to: the one asked for (if the caller authors there), else the caller's first. */
function targetOrg(auth: AuthContext, orgId: string | undefined): string {
  const own = staffOrgIds(auth);
  if (orgId) {
    if (own.includes(orgId) || isPlatformAdmin(auth)) return orgId;
    throw new AppError('FORBIDDEN');
  }
  const first = own[0] ?? auth.memberships.find((m) => m.role === 'platform_admin')?.orgId;
  if (!first) throw new AppError('FORBIDDEN');
  return first;
}

async function insertTask(
  tx: Executor,
  auth: AuthContext,
  orgId: string,
  def: TaskDefinition,
  status: SimTaskStatus,
): Promise<TaskRow> {
  const [taken] = await tx.select({ id: simTasks.id }).from(simTasks).where(eq(simTasks.code, def.code)).limit(1);
  if (taken) throw new AppError('SIM_TASK_CODE_TAKEN', { params: { code: def.code } });
  try {
    const [task] = await tx
      .insert(simTasks)
      .values({ code: def.code, orgId, status, createdBy: auth.userId, ...taskColumns(def) })
      .returning();
    await tx.insert(simTaskRevisions).values({
      taskId: task!.id,
      revision: 1,
      definition: def as unknown as Record<string, unknown>,
      createdBy: auth.userId,
    });
    return task!;
  } catch (err) {
    if (uniqueViolation(err) !== null) throw new AppError('SIM_TASK_CODE_TAKEN', { params: { code: def.code } });
    throw err;
  }
}

export async function createTask(
  ctx: AppContext,
  auth: AuthContext,
  input: { definition: Record<string, unknown>; orgId?: string | undefined },
  lang: Lang,
  ip: string | null,
): Promise<SimTaskDetail> {
  const orgId = targetOrg(auth, input.orgId);
  const def = validDefinition(input.definition, lang);
  return ctx.db.transaction(async (tx) => {
    const task = await insertTask(tx, auth, orgId, def, 'draft');
    await auditSim(tx, 'sim_task.created', {
      actorUserId: auth.userId,
      orgId,
      ip,
      details: { taskId: task.id, code: task.code },
    });
    return describeTask(tx, { task, definition: def });
  });
}

/** PUT: the edited definition becomes the next revision (runs keep the revision they started with). */
export async function reviseTask(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  input: Record<string, unknown>,
  lang: Lang,
  ip: string | null,
): Promise<SimTaskDetail> {
  return ctx.db.transaction(async (tx) => {
    const { task } = await loadTaskForEdit(tx, auth, taskId);
    const def = validDefinition(input, lang);
    if (def.code !== task.code) throw codeMismatch(task.code, lang);
    const revision = task.currentRevision + 1;
    await tx.insert(simTaskRevisions).values({
      taskId,
      revision,
      definition: def as unknown as Record<string, unknown>,
      createdBy: auth.userId,
    });
    const [updated] = await tx
      .update(simTasks)
      .set({ ...taskColumns(def), currentRevision: revision, updatedAt: new Date() })
      .where(eq(simTasks.id, taskId))
      .returning();
    await auditSim(tx, 'sim_task.revised', {
      actorUserId: auth.userId,
      orgId: task.orgId,
      ip,
      details: { taskId, code: task.code, revision },
    });
    return describeTask(tx, { task: updated!, definition: def });
  });
}

export async function setTaskStatus(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  status: SimTaskStatus,
  ip: string | null,
): Promise<SimTaskDetail> {
  return ctx.db.transaction(async (tx) => {
    const { task, definition } = await loadTaskForEdit(tx, auth, taskId);
    const [updated] = await tx
      .update(simTasks)
      .set({ status, updatedAt: new Date() })
      .where(eq(simTasks.id, taskId))
      .returning();
    if (task.status !== status) {
      await auditSim(tx, 'sim_task.status_changed', {
        actorUserId: auth.userId,
        orgId: task.orgId,
        ip,
        details: { taskId, code: task.code, from: task.status, to: status },
      });
    }
    return describeTask(tx, { task: updated!, definition });
  });
}

/** A visible task (typically from the library) copied into the caller's organisation as a draft under a new code. */
export async function copyTask(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  input: { code: string; orgId?: string | undefined },
  lang: Lang,
  ip: string | null,
): Promise<SimTaskDetail> {
  const orgId = targetOrg(auth, input.orgId);
  return ctx.db.transaction(async (tx) => {
    const source = await loadTask(tx, auth, taskId);
    // The new code must pass the same rules as an authored one.
    const def = validDefinition({ ...source.definition, code: input.code.trim() }, lang);
    const task = await insertTask(tx, auth, orgId, def, 'draft');
    await auditSim(tx, 'sim_task.created', {
      actorUserId: auth.userId,
      orgId,
      ip,
      details: { taskId: task.id, code: task.code, copiedFrom: { taskId, revision: source.task.currentRevision } },
    });
    return describeTask(tx, { task, definition: def });
  });
}
