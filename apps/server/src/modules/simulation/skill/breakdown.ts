import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { simRuns, simTasks, skillAttempts } from '../simulation.tables.js';
import { overridesOf, withOverrides } from './scoring.js';

/** One skill blueprint row of a candidate's attempt: the run's score after examiners' overrides. */
export interface SkillBreakdownRow {
  item: string;
  /** The row's points (= the skill weight table's %). */
  points: number;
  /** The run scaled to the row's points, after overrides (0 when the run has no report). */
  score: number;
  taskCode: string | null;
  taskTitle: { zh: string; en: string } | null;
}

export interface SkillBreakdown {
  attemptId: string;
  status: 'in_progress' | 'submitted' | 'final';
  score: number | null;
  passed: boolean | null;
  /** One row per exam run (blueprint row); empty until final. */
  rows: SkillBreakdownRow[];
}

/**
 * Read-only: the registration's skill attempt and, once final, its score per blueprint row (the runs' stored
 * reports with the examiners' overrides applied — `withOverrides` as the attempt's score is computed).
 * Null when the candidate has no skill attempt.
 */
export async function skillBreakdown(exec: Executor, registrationId: string): Promise<SkillBreakdown | null> {
  const [attempt] = await exec
    .select()
    .from(skillAttempts)
    .where(eq(skillAttempts.registrationId, registrationId))
    .limit(1);
  if (!attempt) return null;
  if (attempt.status !== 'final') {
    return { attemptId: attempt.id, status: attempt.status, score: null, passed: null, rows: [] };
  }
  const runs = await exec
    .select({
      id: simRuns.id,
      weightItem: simRuns.weightItem,
      rowPoints: simRuns.rowPoints,
      report: simRuns.report,
      code: simTasks.code,
      titleZh: simTasks.titleZh,
      titleEn: simTasks.titleEn,
    })
    .from(simRuns)
    .leftJoin(simTasks, eq(simTasks.id, simRuns.taskId))
    .where(and(eq(simRuns.skillAttemptId, attempt.id), eq(simRuns.kind, 'exam')))
    .orderBy(asc(simRuns.startedAt), asc(simRuns.id));
  const overrides = await overridesOf(
    exec,
    runs.map((r) => r.id),
  );
  return {
    attemptId: attempt.id,
    status: attempt.status,
    score: attempt.score,
    passed: attempt.passed,
    rows: runs.map((r) => {
      const points = r.rowPoints ?? 0;
      return {
        item: r.weightItem ?? '',
        points,
        score: r.report ? (withOverrides(r.report, overrides.get(r.id), points).scaled ?? 0) : 0,
        taskCode: r.code,
        taskTitle: r.titleZh !== null && r.titleEn !== null ? { zh: r.titleZh, en: r.titleEn } : null,
      };
    }),
  };
}

export interface PracticeTaskRef {
  taskId: string;
  code: string;
  title: { zh: string; en: string };
  weightItem: string;
  marketplace: string;
}

/**
 * Read-only: the active practice tasks (library tasks and the organisation's own) for the given occupational
 * functions (weight items) at a level and work type — the columns mirror each task's current revision.
 * Level 1 has no work types, so its tasks are matched on level and function only.
 */
export async function practiceTasksFor(
  exec: Executor,
  q: { level: number; workType: string | null; weightItems: readonly string[]; orgId: string | null },
): Promise<PracticeTaskRef[]> {
  if (q.weightItems.length === 0) return [];
  const rows = await exec
    .select({
      taskId: simTasks.id,
      code: simTasks.code,
      titleZh: simTasks.titleZh,
      titleEn: simTasks.titleEn,
      weightItem: simTasks.weightItem,
      marketplace: simTasks.marketplace,
    })
    .from(simTasks)
    .where(
      and(
        eq(simTasks.status, 'active'),
        eq(simTasks.level, q.level),
        q.workType ? eq(simTasks.workType, q.workType) : undefined,
        inArray(simTasks.weightItem, [...q.weightItems]),
        q.orgId ? or(isNull(simTasks.orgId), eq(simTasks.orgId, q.orgId)) : isNull(simTasks.orgId),
      ),
    )
    .orderBy(asc(simTasks.code));
  return rows.map((r) => ({
    taskId: r.taskId,
    code: r.code,
    title: { zh: r.titleZh, en: r.titleEn },
    weightItem: r.weightItem,
    marketplace: r.marketplace,
  }));
}
