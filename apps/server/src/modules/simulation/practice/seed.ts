import { isDeepStrictEqual } from 'node:util';
import { TASK_LIBRARY, type TaskDefinition } from '@crossskill/simulation';
import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { simTaskRevisions, simTasks } from '../simulation.tables.js';
import { asJson } from './common.js';

/** The listing columns of sim_tasks that mirror a definition. */
export const taskColumns = (def: TaskDefinition) => ({
  titleZh: def.title.zh,
  titleEn: def.title.en,
  level: def.level,
  workType: def.workType,
  weightItem: def.weightItem,
  marketplace: def.scenario.marketplace,
});

/**
 * Makes the task library of @crossskill/simulation available as read-only library tasks (no organisation, active).
 * Idempotent, and safe when two processes start at once: the insert is ON CONFLICT (code) DO NOTHING, and a changed
 * definition becomes a new revision under a row lock, so the second process finds it already current. A code an
 * organisation already uses for its own task is left alone. Library tasks that left the library are retired.
 */
export async function seedSimulationLibrary(db: Executor): Promise<void> {
  const current = await db
    .select({ code: simTasks.code, orgId: simTasks.orgId, definition: simTaskRevisions.definition })
    .from(simTasks)
    .innerJoin(
      simTaskRevisions,
      and(eq(simTaskRevisions.taskId, simTasks.id), eq(simTaskRevisions.revision, simTasks.currentRevision)),
    );
  const byCode = new Map(current.map((r) => [r.code, r]));
  for (const def of TASK_LIBRARY as readonly TaskDefinition[]) {
    const definition = asJson(def) as unknown as Record<string, unknown>;
    const existing = byCode.get(def.code);
    if (existing && (existing.orgId !== null || isDeepStrictEqual(existing.definition, definition))) continue;
    await db.transaction(async (tx) => upsertLibraryTask(tx, def, definition));
  }
  const codes = (TASK_LIBRARY as readonly TaskDefinition[]).map((d) => d.code);
  await db
    .update(simTasks)
    .set({ status: 'retired', updatedAt: new Date() })
    .where(
      and(
        isNull(simTasks.orgId),
        eq(simTasks.status, 'active'),
        codes.length ? notInArray(simTasks.code, codes) : undefined,
      ),
    );
}

async function upsertLibraryTask(tx: Executor, def: TaskDefinition, definition: Record<string, unknown>) {
  const inserted = await tx
    .insert(simTasks)
    .values({ code: def.code, orgId: null, status: 'active', ...taskColumns(def) })
    .onConflictDoNothing({ target: simTasks.code })
    .returning({ id: simTasks.id });
  if (inserted[0]) {
    await tx.insert(simTaskRevisions).values({ taskId: inserted[0].id, revision: 1, definition });
    return;
  }
  const [task] = await tx
    .select({ id: simTasks.id, orgId: simTasks.orgId, revision: simTasks.currentRevision })
    .from(simTasks)
    .where(eq(simTasks.code, def.code))
    .for('update');
  if (!task || task.orgId !== null) return;
  const [rev] = await tx
    .select({ definition: simTaskRevisions.definition })
    .from(simTaskRevisions)
    .where(and(eq(simTaskRevisions.taskId, task.id), eq(simTaskRevisions.revision, task.revision)));
  if (rev && isDeepStrictEqual(rev.definition, definition)) return;
  const revision = task.revision + 1;
  await tx.insert(simTaskRevisions).values({ taskId: task.id, revision, definition });
  await tx
    .update(simTasks)
    .set({ ...taskColumns(def), status: 'active', currentRevision: revision, updatedAt: sql`now()` })
    .where(eq(simTasks.id, task.id));
}
