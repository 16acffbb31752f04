import type {
  AttemptStatus,
  ExamResultStatus,
  MarkingProblem,
  MyExamResult,
  PlanMarking,
  PlanResultRow,
  PlanResults,
  PlanStatistics,
} from '@crossskill/contracts';
import { type Level, type WorkType, weightColumnKey } from '@crossskill/standards';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin, type Lang } from '../../../platform/http/index.js';
import { recordAudit } from '../../audit/index.js';
import { users } from '../../identity/identity.tables.js';
import { standardVersions } from '../../standards/index.js';
import {
  examAnswers,
  examAttempts,
  examPlanMarkers,
  examPlans,
  examRegistrations,
  examRooms,
  examSessions,
} from '../exams.tables.js';
import {
  type BreakdownRow,
  breakdown,
  distribution,
  mean,
  median,
  round2,
  type ScoredEntry,
  stdDev,
  type WeightRowRef,
} from './arithmetic.js';
import { distributeMarking, isSubjective, itemsAwaitingThird } from './engine.js';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

type PlanRow = typeof examPlans.$inferSelect;

/** Plan staff: institution admin or lecturer of the plan's organisation, or a platform admin. 404 / 403. */
export async function loadPlanForStaff(exec: Executor, auth: AuthContext, planId: string): Promise<PlanRow> {
  const [plan] = await exec.select().from(examPlans).where(eq(examPlans.id, planId));
  if (!plan) throw new AppError('EXAM_PLAN_NOT_FOUND');
  const staff =
    isPlatformAdmin(auth) ||
    auth.memberships.some((m) => m.orgId === plan.orgId && (m.role === 'institution_admin' || m.role === 'lecturer'));
  if (!staff) throw new AppError('FORBIDDEN');
  return plan;
}

// Published versions never change: their theory weights are cached per version, level and work type.
const weightCache = new Map<string, WeightRowRef[]>();

/** The theory weight-table rows (item, weight %) of a plan's version, level and work type. */
export async function planWeights(
  exec: Executor,
  plan: Pick<PlanRow, 'standardVersionId' | 'level' | 'workType'>,
): Promise<WeightRowRef[]> {
  const cacheKey = `${plan.standardVersionId}:${plan.level}:${plan.workType ?? ''}`;
  const cached = weightCache.get(cacheKey);
  if (cached) return cached;
  const [v] = await exec
    .select({ snapshot: standardVersions.snapshot, status: standardVersions.status })
    .from(standardVersions)
    .where(eq(standardVersions.id, plan.standardVersionId));
  if (!v) return [];
  let key: ReturnType<typeof weightColumnKey>;
  try {
    key = weightColumnKey(plan.level as Level, (plan.workType ?? undefined) as WorkType | undefined);
  } catch {
    return [];
  }
  const rows: WeightRowRef[] = [];
  for (const r of v.snapshot.weights.theory.rows) {
    const w = r.weights[key];
    if (w !== null && w !== undefined && w > 0) rows.push({ item: r.item, weight: w });
  }
  if (v.status === 'published') weightCache.set(cacheKey, rows);
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// The plan's marking page

const PROBLEM_TEXT = {
  TOO_FEW_MARKERS: {
    zh: '需要至少 2 名考评员：{n} 份答卷的主观题在等待分配评卷任务',
    en: 'At least 2 markers are needed: {n} attempts wait for their subjective items to be assigned',
  },
  NOT_DISTRIBUTED: {
    zh: '{n} 份答卷尚未分配评卷任务，请点击“分配评卷任务”',
    en: '{n} attempts have not been assigned to markers yet; use “Distribute”',
  },
  NO_THIRD_MARKER: {
    zh: '{n} 道题两评分差超过阈值，需要另一名考评员进行第三评',
    en: '{n} items differ beyond the threshold and need another marker for the third marking',
  },
} as const;

async function markingProblems(exec: Executor, planId: string, lang: Lang): Promise<MarkingProblem[]> {
  const markers = await exec
    .select({ n: sql<number>`count(*)::int` })
    .from(examPlanMarkers)
    .where(eq(examPlanMarkers.planId, planId));
  const markerCount = Number(markers[0]?.n ?? 0);
  const waiting = await exec
    .select({ id: examAttempts.id, paper: examAttempts.paper })
    .from(examAttempts)
    .where(
      and(
        eq(examAttempts.planId, planId),
        eq(examAttempts.resultStatus, 'marking'),
        sql`not exists (select 1 from marking_assignments m where m.attempt_id = ${examAttempts.id})`,
      ),
    );
  const problems: MarkingProblem[] = [];
  const text = (code: keyof typeof PROBLEM_TEXT, n: number) => PROBLEM_TEXT[code][lang].replace('{n}', String(n));
  if (waiting.length > 0) {
    const code = markerCount < 2 ? 'TOO_FEW_MARKERS' : 'NOT_DISTRIBUTED';
    const items = waiting.reduce((s, w) => s + w.paper.filter((p) => isSubjective(p.type)).length, 0);
    problems.push({ code, message: text(code, waiting.length), attempts: waiting.length, items });
  }
  const third = await itemsAwaitingThird(exec, planId);
  if (third.length > 0) {
    problems.push({
      code: 'NO_THIRD_MARKER',
      message: text('NO_THIRD_MARKER', third.length),
      attempts: new Set(third.map((t) => t.attemptId)).size,
      items: third.length,
    });
  }
  return problems;
}

export async function planMarking(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  lang: Lang,
): Promise<PlanMarking> {
  const plan = await loadPlanForStaff(ctx.db, auth, planId);
  const work = rowsOf<{ markerId: string; name: string; assigned: number; done: number; third: number }>(
    await ctx.db.execute(sql`
      select m.marker_id as "markerId", u.name, count(*)::int as assigned,
        count(*) filter (where m.marked_at is not null)::int as done,
        count(*) filter (where m.slot = 3)::int as third
      from marking_assignments m
        join exam_attempts a on a.id = m.attempt_id
        join users u on u.id = m.marker_id
      where a.plan_id = ${planId}
      group by m.marker_id, u.name`),
  );
  const listed = await ctx.db
    .select({ userId: examPlanMarkers.userId, name: users.name })
    .from(examPlanMarkers)
    .innerJoin(users, eq(users.id, examPlanMarkers.userId))
    .where(eq(examPlanMarkers.planId, planId));
  const listedIds = new Set(listed.map((l) => l.userId));
  const markers = new Map<string, PlanMarking['markers'][number]>();
  for (const l of listed) {
    markers.set(l.userId, { userId: l.userId, name: l.name, isMarker: true, assigned: 0, done: 0, open: 0, third: 0 });
  }
  for (const w of work) {
    const assigned = Number(w.assigned);
    const done = Number(w.done);
    markers.set(w.markerId, {
      userId: w.markerId,
      name: w.name,
      isMarker: listedIds.has(w.markerId),
      assigned,
      done,
      open: assigned - done,
      third: Number(w.third),
    });
  }
  const [counts] = rowsOf<Record<string, number>>(
    await ctx.db.execute(sql`
      select count(*)::int as attempts,
        count(*) filter (where status = 'submitted')::int as submitted,
        count(*) filter (where status = 'submitted' and result_status = 'pending')::int as pending,
        count(*) filter (where result_status = 'marking')::int as marking,
        count(*) filter (where result_status = 'final')::int as final
      from exam_attempts where plan_id = ${planId}`),
  );
  const list = [...markers.values()].sort((a, b) => b.assigned - a.assigned || a.name.localeCompare(b.name, 'zh'));
  return {
    planId,
    planName: plan.name,
    thirdMarkThresholdPct: plan.thirdMarkThresholdPct,
    markers: list,
    progress: {
      attempts: Number(counts?.attempts ?? 0),
      submitted: Number(counts?.submitted ?? 0),
      pending: Number(counts?.pending ?? 0),
      marking: Number(counts?.marking ?? 0),
      final: Number(counts?.final ?? 0),
      tasksTotal: list.reduce((s, m) => s + m.assigned, 0),
      tasksDone: list.reduce((s, m) => s + m.done, 0),
    },
    problems: await markingProblems(ctx.db, planId, lang),
  };
}

export async function distributePlanMarking(ctx: AppContext, auth: AuthContext, planId: string, lang: Lang) {
  const plan = await loadPlanForStaff(ctx.db, auth, planId);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`marking-distribute:${planId}`}))`);
    const created = await distributeMarking(tx, planId);
    await recordAudit(tx, {
      event: 'exam.marking_distributed',
      actorUserId: auth.userId,
      orgId: plan.orgId,
      details: { planId, created },
    });
    return { created, problems: await markingProblems(tx, planId, lang) };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Results

interface FunctionScore {
  attemptId: string;
  item: string;
  available: number;
  scored: number;
}

/** Raw points available and scored per row item for the final attempts of a plan (one query). */
async function functionScores(exec: Executor, planId: string, sessionId?: string): Promise<Map<string, ScoredEntry[]>> {
  const rows = rowsOf<FunctionScore>(
    await exec.execute(sql`
      select a.id as "attemptId", e->>'rowItem' as item,
        sum((e->>'points')::numeric)::float8 as available, sum(coalesce(x.score, 0))::float8 as scored
      from exam_attempts a
        cross join lateral jsonb_array_elements(a.paper) e
        left join exam_answers x on x.attempt_id = a.id and x.position = (e->>'position')::int
      where a.plan_id = ${planId} and a.result_status = 'final'
        ${sessionId ? sql`and a.session_id = ${sessionId}` : sql``}
      group by a.id, e->>'rowItem'`),
  );
  const grouped = new Map<string, ScoredEntry[]>();
  for (const r of rows) {
    const list = grouped.get(r.attemptId) ?? [];
    list.push({ rowItem: r.item ?? '', points: Number(r.available), score: Number(r.scored) });
    grouped.set(r.attemptId, list);
  }
  return grouped;
}

async function breakdowns(exec: Executor, plan: PlanRow, sessionId?: string) {
  const weights = await planWeights(exec, plan);
  const raw = await functionScores(exec, plan.id, sessionId);
  const byAttempt = new Map<string, BreakdownRow[]>();
  for (const [id, entries] of raw) byAttempt.set(id, breakdown(entries, weights));
  // The functions: the weight table's rows, then items outside it that papers hold.
  const functions: { item: string; weight: number | null; available: number }[] = weights.map((w) => ({
    item: w.item,
    weight: w.weight,
    available: w.weight,
  }));
  const first = byAttempt.values().next().value as BreakdownRow[] | undefined;
  if (first) {
    functions.length = 0;
    for (const r of first) functions.push({ item: r.item, weight: r.weight, available: r.available });
  }
  return { weights, byAttempt, functions };
}

const ATTEMPT_LABEL: Record<AttemptStatus, { zh: string; en: string }> = {
  ready: { zh: '未开考', en: 'Not started' },
  in_progress: { zh: '考试中', en: 'In progress' },
  paused: { zh: '已暂停', en: 'Paused' },
  submitted: { zh: '已交卷', en: 'Submitted' },
};
const RESULT_LABEL: Record<ExamResultStatus, { zh: string; en: string }> = {
  pending: { zh: '待评分', en: 'Pending' },
  marking: { zh: '评卷中', en: 'Marking' },
  final: { zh: '已出分', en: 'Final' },
};

/** 状态 for a results row: the result once submitted, else the attempt's state. */
export function statusLabel(status: AttemptStatus, result: ExamResultStatus, lang: Lang): string {
  return status === 'submitted' || result === 'final' ? RESULT_LABEL[result][lang] : ATTEMPT_LABEL[status][lang];
}

export async function planResults(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  q: { sessionId?: string | undefined },
): Promise<PlanResults> {
  const plan = await loadPlanForStaff(ctx.db, auth, planId);
  const { byAttempt, functions } = await breakdowns(ctx.db, plan, q.sessionId);
  const rows = await ctx.db
    .select({
      attemptId: examAttempts.id,
      ticketNo: examRegistrations.ticketNo,
      name: users.name,
      sessionName: examSessions.name,
      sessionStartsAt: examSessions.startsAt,
      roomName: examRooms.name,
      seatNo: examRegistrations.seatNo,
      status: examAttempts.status,
      resultStatus: examAttempts.resultStatus,
      objectiveScore: examAttempts.objectiveScore,
      subjectiveScore: examAttempts.subjectiveScore,
      total: examAttempts.totalScore,
      passed: examAttempts.passed,
    })
    .from(examAttempts)
    .innerJoin(examRegistrations, eq(examRegistrations.id, examAttempts.registrationId))
    .innerJoin(users, eq(users.id, examAttempts.userId))
    .innerJoin(examSessions, eq(examSessions.id, examAttempts.sessionId))
    .innerJoin(examRooms, eq(examRooms.id, examAttempts.roomId))
    .where(and(eq(examAttempts.planId, planId), q.sessionId ? eq(examAttempts.sessionId, q.sessionId) : undefined))
    .orderBy(examSessions.startsAt, examRooms.name, examRegistrations.seatNo, examAttempts.id);
  const items: PlanResultRow[] = rows.map((r) => {
    const final = r.resultStatus === 'final';
    const b = byAttempt.get(r.attemptId);
    return {
      attemptId: r.attemptId,
      ticketNo: r.ticketNo,
      name: r.name,
      sessionName: r.sessionName,
      roomName: r.roomName,
      seatNo: r.seatNo,
      status: r.status,
      resultStatus: r.resultStatus,
      objectiveScore: r.objectiveScore,
      subjectiveScore: final ? r.subjectiveScore : null,
      total: final ? r.total : null,
      passed: final ? r.passed : null,
      byFunction: final && b ? Object.fromEntries(b.map((x) => [x.item, x.scored])) : null,
    };
  });
  return { planId, planName: plan.name, passMark: plan.passMark, functions, items };
}

export async function planStatistics(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  q: { sessionId?: string | undefined },
): Promise<PlanStatistics> {
  const plan = await loadPlanForStaff(ctx.db, auth, planId);
  const rows = await ctx.db
    .select({ total: examAttempts.totalScore, passed: examAttempts.passed, resultStatus: examAttempts.resultStatus })
    .from(examAttempts)
    .where(
      and(
        eq(examAttempts.planId, planId),
        eq(examAttempts.status, 'submitted'),
        q.sessionId ? eq(examAttempts.sessionId, q.sessionId) : undefined,
      ),
    );
  const finals = rows.filter((r) => r.resultStatus === 'final' && r.total !== null);
  const totals = finals.map((r) => r.total!);
  const passed = finals.filter((r) => r.passed).length;
  const { byAttempt, functions } = await breakdowns(ctx.db, plan, q.sessionId);
  const all = [...byAttempt.values()];
  const byFunction = functions.map((f) => {
    const scores = all.map((b) => b.find((r) => r.item === f.item)?.scored ?? 0);
    const m = mean(scores);
    return {
      item: f.item,
      weight: f.weight,
      available: f.available,
      meanScored: m,
      rate: m === null || f.available <= 0 ? null : Math.round((m / f.available) * 10_000) / 10_000,
    };
  });
  return {
    planId,
    passMark: plan.passMark,
    count: totals.length,
    notFinal: rows.length - finals.length,
    mean: mean(totals),
    median: median(totals),
    min: totals.length ? Math.min(...totals) : null,
    max: totals.length ? Math.max(...totals) : null,
    stdDev: stdDev(totals),
    passed,
    passRate: totals.length ? Math.round((passed / totals.length) * 10_000) / 10_000 : null,
    distribution: distribution(totals),
    byFunction,
  };
}

export async function myResult(ctx: AppContext, auth: AuthContext, attemptId: string): Promise<MyExamResult> {
  const [row] = await ctx.db
    .select({ a: examAttempts, plan: examPlans, sessionName: examSessions.name })
    .from(examAttempts)
    .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
    .innerJoin(examSessions, eq(examSessions.id, examAttempts.sessionId))
    .where(and(eq(examAttempts.id, attemptId), eq(examAttempts.userId, auth.userId)));
  if (!row) throw new AppError('ATTEMPT_NOT_FOUND');
  const { a, plan } = row;
  if (a.resultStatus !== 'final' || a.totalScore === null) {
    throw new AppError('RESULT_NOT_READY', {
      details: [{ field: 'resultStatus', code: a.resultStatus, message: RESULT_LABEL[a.resultStatus].zh }],
    });
  }
  const answers = await ctx.db
    .select({ position: examAnswers.position, score: examAnswers.score })
    .from(examAnswers)
    .where(eq(examAnswers.attemptId, attemptId));
  const scoreOf = new Map(answers.map((x) => [x.position, x.score]));
  const weights = await planWeights(ctx.db, plan);
  const rows = breakdown(
    a.paper.map((p) => ({ rowItem: p.rowItem, points: p.points, score: scoreOf.get(p.position) ?? null })),
    weights,
  );
  return {
    attemptId,
    planName: plan.name,
    level: plan.level,
    workType: plan.workType,
    sessionName: row.sessionName,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    total: a.totalScore,
    passMark: plan.passMark,
    passed: a.passed ?? a.totalScore >= plan.passMark,
    objectiveScore: a.objectiveScore ?? 0,
    subjectiveScore: a.subjectiveScore ?? 0,
    paperTotal: round2(a.paper.reduce((s, p) => s + p.points, 0)),
    breakdown: rows,
  };
}
