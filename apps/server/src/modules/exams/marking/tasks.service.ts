import type { Answer, MarkingTask, MarkingTaskList, MarkingTasksQuery, SubmitMark } from '@crossskill/contracts';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext } from '../../../platform/http/index.js';
import { recordAudit } from '../../audit/index.js';
import { questionRevisions, sanitizeRichText } from '../../questionbank/index.js';
import { examAnswers, examAttempts, examPlans, markingAssignments } from '../exams.tables.js';
import { invalidCriteria, markScore } from './arithmetic.js';
import { resolveItem } from './engine.js';

/**
 * Blind marking tasks: a marker sees the plan, the item (stem, rubric, reference answer) and the response —
 * never the candidate, the slot or another marker's mark.
 */

type AssignmentRow = typeof markingAssignments.$inferSelect;

async function loadTaskViews(exec: Executor, rows: readonly AssignmentRow[]): Promise<MarkingTask[]> {
  if (rows.length === 0) return [];
  const attemptIds = [...new Set(rows.map((r) => r.attemptId))];
  const attempts = await exec
    .select({ id: examAttempts.id, planId: examAttempts.planId, planName: examPlans.name, paper: examAttempts.paper })
    .from(examAttempts)
    .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
    .where(inArray(examAttempts.id, attemptIds));
  const attemptById = new Map(attempts.map((a) => [a.id, a]));
  const answers = await exec
    .select({ attemptId: examAnswers.attemptId, position: examAnswers.position, response: examAnswers.response })
    .from(examAnswers)
    .where(
      and(
        inArray(examAnswers.attemptId, attemptIds),
        inArray(examAnswers.position, [...new Set(rows.map((r) => r.position))]),
      ),
    );
  const responseOf = new Map(answers.map((a) => [`${a.attemptId}:${a.position}`, a.response]));
  const revisionIds = new Set<string>();
  for (const r of rows) {
    const entry = attemptById.get(r.attemptId)?.paper.find((p) => p.position === r.position);
    if (entry) revisionIds.add(entry.revisionId);
  }
  const revisions =
    revisionIds.size === 0
      ? []
      : await exec
          .select({ id: questionRevisions.id, stemHtml: questionRevisions.stemHtml, answer: questionRevisions.answer })
          .from(questionRevisions)
          .where(inArray(questionRevisions.id, [...revisionIds]));
  const revisionById = new Map(revisions.map((r) => [r.id, r]));

  const views: MarkingTask[] = [];
  for (const r of rows) {
    const a = attemptById.get(r.attemptId);
    const entry = a?.paper.find((p) => p.position === r.position);
    const rev = entry ? revisionById.get(entry.revisionId) : undefined;
    if (!a || !entry || !rev) continue;
    const { rubric, reference } = rubricOf(rev.answer);
    const response = responseOf.get(`${r.attemptId}:${r.position}`) ?? null;
    views.push({
      id: r.id,
      planId: a.planId,
      planName: a.planName,
      position: r.position,
      type: entry.type,
      points: entry.points,
      rubricPoints: rubric.reduce((s, c) => s + c.points, 0),
      stemHtml: sanitizeRichText(rev.stemHtml),
      rubric,
      referenceHtml: reference ? sanitizeRichText(reference) : null,
      response:
        response && 'text' in response
          ? { text: response.text }
          : response && 'blanks' in response
            ? { blanks: response.blanks }
            : null,
      status: r.markedAt ? 'marked' : 'open',
      mark:
        r.markedAt && r.score !== null
          ? {
              criteria: r.criteria ?? [],
              score: r.score,
              comment: r.comment,
              markedAt: r.markedAt.toISOString(),
            }
          : null,
      assignedAt: r.assignedAt.toISOString(),
    });
  }
  return views;
}

function rubricOf(answer: Answer): { rubric: { criterion: string; points: number }[]; reference: string | null } {
  if (answer.type === 'short_answer' || answer.type === 'case_analysis') {
    return {
      rubric: answer.rubric.map((c) => ({ criterion: c.criterion, points: c.points })),
      reference: answer.reference ?? null,
    };
  }
  return { rubric: [], reference: null };
}

export async function listMyTasks(
  ctx: AppContext,
  auth: AuthContext,
  q: MarkingTasksQuery & { limit: number },
): Promise<MarkingTaskList> {
  const mine = eq(markingAssignments.markerId, auth.userId);
  const inPlan = q.planId
    ? sql`exists (select 1 from exam_attempts a where a.id = ${markingAssignments.attemptId} and a.plan_id = ${q.planId})`
    : undefined;
  const rows = await ctx.db
    .select()
    .from(markingAssignments)
    .where(and(mine, isNull(markingAssignments.markedAt), inPlan))
    .orderBy(asc(markingAssignments.assignedAt), asc(markingAssignments.id))
    .limit(q.limit);
  const counts = await ctx.db
    .select({
      open: sql<number>`count(*) filter (where ${markingAssignments.markedAt} is null)::int`,
      done: sql<number>`count(*) filter (where ${markingAssignments.markedAt} is not null)::int`,
    })
    .from(markingAssignments)
    .where(and(mine, inPlan));
  return {
    items: await loadTaskViews(ctx.db, rows),
    openTotal: Number(counts[0]?.open ?? 0),
    doneTotal: Number(counts[0]?.done ?? 0),
  };
}

async function loadOwnTask(exec: Executor, auth: AuthContext, taskId: string): Promise<AssignmentRow> {
  const [row] = await exec.select().from(markingAssignments).where(eq(markingAssignments.id, taskId));
  if (!row) throw new AppError('MARKING_NOT_FOUND');
  if (row.markerId !== auth.userId) throw new AppError('MARKING_NOT_YOURS');
  return row;
}

export async function getMyTask(ctx: AppContext, auth: AuthContext, taskId: string): Promise<MarkingTask> {
  const row = await loadOwnTask(ctx.db, auth, taskId);
  const [view] = await loadTaskViews(ctx.db, [row]);
  if (!view) throw new AppError('MARKING_NOT_FOUND');
  return view;
}

/**
 * Records the marker's mark; then the item is decided when both blind marks (or the third) are in.
 * The item's assignment rows are locked in slot order first, so two markers finishing at once serialise
 * and the second sees the first's mark.
 */
export async function submitMark(
  ctx: AppContext,
  auth: AuthContext,
  taskId: string,
  body: SubmitMark,
): Promise<MarkingTask> {
  return ctx.db.transaction(async (tx) => {
    const first = await loadOwnTask(tx, auth, taskId);
    await tx
      .select({ id: markingAssignments.id })
      .from(markingAssignments)
      .where(and(eq(markingAssignments.attemptId, first.attemptId), eq(markingAssignments.position, first.position)))
      .orderBy(asc(markingAssignments.slot))
      .for('update');
    const task = await loadOwnTask(tx, auth, taskId);
    if (task.markedAt) throw new AppError('MARKING_TASK_CLOSED');
    const [view] = await loadTaskViews(tx, [task]);
    if (!view) throw new AppError('MARKING_NOT_FOUND');
    const bad = invalidCriteria(body.criteria, view.rubric);
    if (bad.length > 0) {
      throw new AppError('MARKING_SCORE_INVALID', {
        details: bad.map((i) =>
          i < 0
            ? {
                field: 'body.criteria',
                code: 'count',
                message: `评分要点共 ${view.rubric.length} 项，应逐项给分`,
              }
            : {
                field: `body.criteria.${i}`,
                code: 'range',
                message: `第 ${i + 1} 项应在 0–${view.rubric[i]!.points} 分之间，以 0.5 分为单位`,
              },
        ),
      });
    }
    const score = markScore(body.criteria, view.rubricPoints, view.points);
    const [updated] = await tx
      .update(markingAssignments)
      .set({
        criteria: [...body.criteria],
        score,
        comment: body.comment?.trim() || null,
        markedAt: new Date(),
      })
      .where(and(eq(markingAssignments.id, taskId), isNull(markingAssignments.markedAt)))
      .returning();
    if (!updated) throw new AppError('MARKING_TASK_CLOSED');
    const [plan] = await tx
      .select({ orgId: examPlans.orgId, planId: examPlans.id })
      .from(examAttempts)
      .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
      .where(eq(examAttempts.id, task.attemptId));
    // The audit names the task, not the candidate: marking stays blind in the log too.
    await recordAudit(tx, {
      event: 'exam.marked',
      actorUserId: auth.userId,
      orgId: plan?.orgId ?? null,
      details: { planId: plan?.planId, taskId, position: task.position, slot: updated.slot, score },
    });
    await resolveItem(tx, task.attemptId, task.position);
    const [after] = await loadTaskViews(tx, [updated]);
    return after!;
  });
}
