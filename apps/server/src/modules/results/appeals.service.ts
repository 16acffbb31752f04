import type {
  Appeal,
  AppealDecideBody,
  AppealDetail,
  AppealSubmitBody,
  AppealTaskList,
  Assignable,
  PlanAppealList,
  ResultComponent,
  Role,
} from '@crossskill/contracts';
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError, type AuthContext } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { examAnswers, examAttempts, examPlans, examRegistrations, markingAssignments } from '../exams/exams.tables.js';
import { isPlanStaff, planFor } from '../exams/index.js';
import { users } from '../identity/identity.tables.js';
import { memberships, organizations } from '../orgs/orgs.tables.js';
import { reviewScorers } from '../review/index.js';
import { reviewScores as reviewScoresTable } from '../review/review.tables.js';
import { simCheckOverrides, simRuns, skillAttempts } from '../simulation/simulation.tables.js';
import { beijingTime, componentLabel, levelName, requiredComponents } from './compute.js';
import { finalResults, resultAppeals, resultPublications } from './results.tables.js';

type AppealRow = typeof resultAppeals.$inferSelect;
const OPEN = ['submitted', 'assigned'] as const;
/** Who may re-mark: examiners, review members and lecturers of the plan's organisation or the platform. */
const RE_MARKER_ROLES: readonly Role[] = ['examiner', 'review_member', 'lecturer'];

export function appealView(a: AppealRow, assigneeName: string | null): Appeal {
  return {
    id: a.id,
    registrationId: a.registrationId,
    planId: a.planId,
    component: a.component,
    reason: a.reason,
    status: a.status,
    submittedAt: a.submittedAt.toISOString(),
    assignee: a.assigneeId && assigneeName !== null ? { id: a.assigneeId, name: assigneeName } : null,
    assignedAt: a.assignedAt?.toISOString() ?? null,
    outcome: a.outcome,
    previousScore: a.previousScore,
    newScore: a.newScore,
    decisionReason: a.decisionReason,
    decidedAt: a.decidedAt?.toISOString() ?? null,
  };
}

const scoreOf = (row: typeof finalResults.$inferSelect, c: ResultComponent) =>
  c === 'theory' ? row.theoryScore : c === 'skill' ? row.skillScore : row.reviewScore;

/**
 * 复核申请 by the candidate: own published result, a component the plan requires, inside the appeal window
 * (else 409 APPEAL_WINDOW_CLOSED with the dates), one open appeal per component. Audited `appeal.submitted`.
 */
export async function submitAppeal(
  ctx: AppContext,
  auth: AuthContext,
  registrationId: string,
  body: AppealSubmitBody,
  ip: string | null,
): Promise<Appeal> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ result: finalResults, level: examPlans.level, orgId: examPlans.orgId, pub: resultPublications })
      .from(finalResults)
      .innerJoin(examPlans, eq(examPlans.id, finalResults.planId))
      .innerJoin(resultPublications, eq(resultPublications.planId, finalResults.planId))
      .where(eq(finalResults.registrationId, registrationId))
      .limit(1)
      .for('update', { of: finalResults });
    if (!row || row.result.userId !== auth.userId) throw new AppError('FINAL_RESULT_NOT_FOUND');
    const label = componentLabel(body.component);
    if (!requiredComponents(row.level).includes(body.component))
      throw new AppError('APPEAL_COMPONENT_NOT_REQUIRED', { params: { component: label.zh, componentEn: label.en } });
    const now = new Date();
    if (now < row.pub.publishedAt || now > row.pub.appealUntil)
      throw new AppError('APPEAL_WINDOW_CLOSED', {
        params: { from: beijingTime(row.pub.publishedAt), until: beijingTime(row.pub.appealUntil) },
      });
    const [open] = await tx
      .select({ id: resultAppeals.id })
      .from(resultAppeals)
      .where(
        and(
          eq(resultAppeals.registrationId, registrationId),
          eq(resultAppeals.component, body.component),
          inArray(resultAppeals.status, [...OPEN]),
        ),
      )
      .limit(1);
    if (open) throw new AppError('APPEAL_ALREADY_OPEN', { params: { component: label.zh, componentEn: label.en } });
    const [appeal] = await tx
      .insert(resultAppeals)
      .values({
        registrationId,
        planId: row.result.planId,
        userId: auth.userId,
        component: body.component,
        reason: body.reason,
        submittedAt: now,
      })
      .returning();
    await recordAudit(tx, {
      event: 'appeal.submitted',
      actorUserId: auth.userId,
      subjectUserId: auth.userId,
      orgId: row.orgId,
      ip,
      details: {
        appealId: appeal!.id,
        planId: row.result.planId,
        registrationId,
        component: body.component,
        score: scoreOf(row.result, body.component),
        reason: body.reason,
      },
    });
    return appealView(appeal!, null);
  });
}

/** The plan's appeals (plan staff). */
export async function listPlanAppeals(ctx: AppContext, auth: AuthContext, planId: string): Promise<PlanAppealList> {
  await planFor(ctx.db, auth, planId);
  const candidate = users;
  const rows = await ctx.db
    .select({ appeal: resultAppeals, candidateName: candidate.name, ticketNo: examRegistrations.ticketNo })
    .from(resultAppeals)
    .innerJoin(candidate, eq(candidate.id, resultAppeals.userId))
    .innerJoin(examRegistrations, eq(examRegistrations.id, resultAppeals.registrationId))
    .where(eq(resultAppeals.planId, planId))
    .orderBy(desc(resultAppeals.submittedAt));
  const names = await namesOf(
    ctx.db,
    rows.map((r) => r.appeal.assigneeId),
  );
  return {
    items: rows.map((r) => ({
      ...appealView(r.appeal, r.appeal.assigneeId ? (names.get(r.appeal.assigneeId) ?? '') : null),
      candidateName: r.candidateName,
      ticketNo: r.ticketNo,
    })),
  };
}

async function namesOf(exec: Executor, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await exec.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function loadAppeal(exec: Executor, appealId: string, lock = false): Promise<AppealRow> {
  const q = exec.select().from(resultAppeals).where(eq(resultAppeals.id, appealId)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new AppError('APPEAL_NOT_FOUND');
  return row;
}

/** The appeal and its plan when the caller is plan staff (admin: the plan admin); else 404 / 403. */
async function appealForStaff(
  exec: Executor,
  auth: AuthContext,
  appealId: string,
  opts: { admin?: boolean; lock?: boolean } = {},
) {
  const appeal = await loadAppeal(exec, appealId, opts.lock);
  try {
    const plan = await planFor(exec, auth, appeal.planId, { admin: opts.admin });
    return { appeal, plan };
  } catch (e) {
    if (e instanceof AppError && e.code === 'EXAM_PLAN_NOT_FOUND') throw new AppError('APPEAL_NOT_FOUND');
    throw e;
  }
}

/** Who marked the appealed component originally (excluded from re-marking it), with why. */
async function originalScorers(exec: Executor, appeal: AppealRow): Promise<Set<string>> {
  const out = new Set<string>();
  if (appeal.component === 'theory') {
    const rows = await exec
      .select({ markerId: markingAssignments.markerId })
      .from(markingAssignments)
      .innerJoin(examAttempts, eq(examAttempts.id, markingAssignments.attemptId))
      .where(eq(examAttempts.registrationId, appeal.registrationId));
    for (const r of rows) out.add(r.markerId);
  } else if (appeal.component === 'skill') {
    const [attempt] = await exec
      .select({ id: skillAttempts.id, finalizedBy: skillAttempts.finalizedBy })
      .from(skillAttempts)
      .where(eq(skillAttempts.registrationId, appeal.registrationId))
      .limit(1);
    if (attempt) {
      if (attempt.finalizedBy) out.add(attempt.finalizedBy);
      const rows = await exec
        .select({ examinerId: simCheckOverrides.examinerId })
        .from(simCheckOverrides)
        .innerJoin(simRuns, eq(simRuns.id, simCheckOverrides.runId))
        .where(eq(simRuns.skillAttemptId, attempt.id));
      for (const r of rows) out.add(r.examinerId);
    }
  } else {
    for (const id of await reviewScorers(exec, appeal.registrationId)) out.add(id);
  }
  return out;
}

async function assignablePool(exec: Executor, appeal: AppealRow, planOrgId: string): Promise<Assignable['items']> {
  const platformOrgs = await exec
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.kind, 'platform'));
  const orgIds = [planOrgId, ...platformOrgs.map((o) => o.id)];
  const rows = await exec
    .select({ userId: memberships.userId, role: memberships.role, name: users.name, orgName: organizations.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(inArray(memberships.orgId, orgIds), inArray(memberships.role, [...RE_MARKER_ROLES])))
    .orderBy(asc(users.name), asc(users.id));
  const scorers = await originalScorers(exec, appeal);
  const label = componentLabel(appeal.component);
  const byUser = new Map<string, Assignable['items'][number]>();
  for (const r of rows) {
    const existing = byUser.get(r.userId);
    if (existing) {
      if (!existing.roles.includes(r.role)) existing.roles.push(r.role);
      continue;
    }
    const reason =
      r.userId === appeal.userId
        ? { zh: '申请人本人', en: 'the candidate who appealed' }
        : scorers.has(r.userId)
          ? { zh: `参与了原${label.zh}评分`, en: `scored the original ${label.en}` }
          : null;
    byUser.set(r.userId, {
      userId: r.userId,
      name: r.name,
      orgName: r.orgName,
      roles: [r.role],
      eligible: reason === null,
      reason,
    });
  }
  return [...byUser.values()].sort((a, b) => Number(b.eligible) - Number(a.eligible));
}

/** Eligible re-markers of an appeal (and the excluded ones with why). Plan staff. */
export async function assignableFor(ctx: AppContext, auth: AuthContext, appealId: string): Promise<Assignable> {
  const { appeal, plan } = await appealForStaff(ctx.db, auth, appealId);
  return { items: await assignablePool(ctx.db, appeal, plan.orgId) };
}

/** Assigns (or reassigns) an open appeal to an eligible re-marker; plan admin; audited `appeal.assigned`. */
export async function assignAppeal(
  ctx: AppContext,
  auth: AuthContext,
  appealId: string,
  assigneeId: string,
  ip: string | null,
): Promise<Appeal> {
  return ctx.db.transaction(async (tx) => {
    const { appeal, plan } = await appealForStaff(tx, auth, appealId, { admin: true, lock: true });
    if (appeal.status === 'decided') throw new AppError('APPEAL_ALREADY_DECIDED');
    const pool = await assignablePool(tx, appeal, plan.orgId);
    const who = pool.find((p) => p.userId === assigneeId);
    if (!who)
      throw new AppError('APPEAL_ASSIGNEE_INELIGIBLE', {
        params: {
          reason: '须为本机构或平台的考评员、评审委员或讲师',
          reasonEn: 'must be an examiner, review member or lecturer of the institution or the platform',
        },
      });
    if (!who.eligible)
      throw new AppError('APPEAL_ASSIGNEE_INELIGIBLE', {
        params: { reason: `${who.name}是${who.reason!.zh}`, reasonEn: `${who.name} is ${who.reason!.en}` },
      });
    const now = new Date();
    const [updated] = await tx
      .update(resultAppeals)
      .set({ status: 'assigned', assigneeId, assignedAt: now, assignedBy: auth.userId })
      .where(eq(resultAppeals.id, appealId))
      .returning();
    await recordAudit(tx, {
      event: 'appeal.assigned',
      actorUserId: auth.userId,
      subjectUserId: appeal.userId,
      orgId: plan.orgId,
      ip,
      details: {
        appealId,
        planId: plan.id,
        registrationId: appeal.registrationId,
        component: appeal.component,
        assigneeId,
        assigneeName: who.name,
        previousAssigneeId: appeal.assigneeId,
      },
    });
    return appealView(updated!, who.name);
  });
}

/** My re-marking tasks. */
export async function myAppealTasks(ctx: AppContext, auth: AuthContext): Promise<AppealTaskList> {
  const rows = await ctx.db
    .select({
      appeal: resultAppeals,
      planName: examPlans.name,
      level: examPlans.level,
      ticketNo: examRegistrations.ticketNo,
    })
    .from(resultAppeals)
    .innerJoin(examPlans, eq(examPlans.id, resultAppeals.planId))
    .innerJoin(examRegistrations, eq(examRegistrations.id, resultAppeals.registrationId))
    .where(eq(resultAppeals.assigneeId, auth.userId))
    .orderBy(desc(resultAppeals.assignedAt));
  return {
    items: rows.map((r) => ({
      id: r.appeal.id,
      planId: r.appeal.planId,
      planName: r.planName,
      levelName: levelName(r.level),
      component: r.appeal.component,
      ticketNo: r.ticketNo,
      status: r.appeal.status,
      assignedAt: r.appeal.assignedAt?.toISOString() ?? null,
      outcome: r.appeal.outcome,
      decidedAt: r.appeal.decidedAt?.toISOString() ?? null,
    })),
  };
}

/** The appeal when the caller is its assignee or plan staff (anyone else: 404). */
async function appealForViewer(exec: Executor, auth: AuthContext, appealId: string, lock = false) {
  const appeal = await loadAppeal(exec, appealId, lock);
  const [plan] = await exec.select().from(examPlans).where(eq(examPlans.id, appeal.planId)).limit(1);
  const staff = isPlanStaff(auth, plan!.orgId);
  if (appeal.assigneeId !== auth.userId && !staff) throw new AppError('APPEAL_NOT_FOUND');
  return { appeal, plan: plan!, staff };
}

async function breakdown(exec: Executor, appeal: AppealRow): Promise<AppealDetail['breakdown']> {
  if (appeal.component === 'theory') {
    const [attempt] = await exec
      .select({ id: examAttempts.id, paper: examAttempts.paper })
      .from(examAttempts)
      .where(eq(examAttempts.registrationId, appeal.registrationId))
      .limit(1);
    if (!attempt) return [];
    const answers = await exec
      .select({ position: examAnswers.position, score: examAnswers.score })
      .from(examAnswers)
      .where(eq(examAnswers.attemptId, attempt.id));
    const byPos = new Map(answers.map((a) => [a.position, a.score]));
    return attempt.paper.map((e) => ({
      label: `第 ${e.position} 题 · ${e.rowItem}`,
      points: e.points,
      score: byPos.get(e.position) ?? null,
      comment: null,
    }));
  }
  if (appeal.component === 'skill') {
    const runs = await exec
      .select({ id: simRuns.id, weightItem: simRuns.weightItem, rowPoints: simRuns.rowPoints, report: simRuns.report })
      .from(simRuns)
      .innerJoin(skillAttempts, eq(skillAttempts.id, simRuns.skillAttemptId))
      .where(and(eq(skillAttempts.registrationId, appeal.registrationId), isNotNull(simRuns.skillAttemptId)))
      .orderBy(asc(simRuns.startedAt), asc(simRuns.id));
    const overrides = runs.length
      ? await exec
          .select({ runId: simCheckOverrides.runId })
          .from(simCheckOverrides)
          .where(
            inArray(
              simCheckOverrides.runId,
              runs.map((r) => r.id),
            ),
          )
      : [];
    return runs.map((r) => {
      const n = overrides.filter((o) => o.runId === r.id).length;
      return {
        label: r.weightItem ?? '—',
        points: r.rowPoints,
        score: r.report?.scaled ?? null,
        comment: n ? `考评员调整 ${n} 项评分` : null,
      };
    });
  }
  const scores = await exec
    .select({ score: reviewScoresTable.score, comment: reviewScoresTable.comment })
    .from(reviewScoresTable)
    .where(eq(reviewScoresTable.registrationId, appeal.registrationId))
    .orderBy(asc(reviewScoresTable.scoredAt), asc(reviewScoresTable.memberId));
  return scores.map((s, i) => ({ label: `评审委员 ${i + 1}`, points: 100, score: s.score, comment: s.comment }));
}

export async function appealDetail(ctx: AppContext, auth: AuthContext, appealId: string): Promise<AppealDetail> {
  const { appeal, plan } = await appealForViewer(ctx.db, auth, appealId);
  const [reg] = await ctx.db
    .select({ ticketNo: examRegistrations.ticketNo })
    .from(examRegistrations)
    .where(eq(examRegistrations.id, appeal.registrationId))
    .limit(1);
  const [result] = await ctx.db
    .select()
    .from(finalResults)
    .where(eq(finalResults.registrationId, appeal.registrationId))
    .limit(1);
  const names = await namesOf(ctx.db, [appeal.assigneeId]);
  return {
    id: appeal.id,
    plan: { id: plan.id, name: plan.name, levelName: levelName(plan.level), passMark: plan.passMark },
    component: appeal.component,
    ticketNo: reg?.ticketNo ?? null,
    reason: appeal.reason,
    status: appeal.status,
    submittedAt: appeal.submittedAt.toISOString(),
    assignee: appeal.assigneeId ? { id: appeal.assigneeId, name: names.get(appeal.assigneeId) ?? '' } : null,
    currentScore: result ? scoreOf(result, appeal.component) : null,
    breakdown: await breakdown(ctx.db, appeal),
    canDecide: appeal.assigneeId === auth.userId && appeal.status === 'assigned',
    outcome: appeal.outcome,
    previousScore: appeal.previousScore,
    newScore: appeal.newScore,
    decisionReason: appeal.decisionReason,
    decidedAt: appeal.decidedAt?.toISOString() ?? null,
  };
}

/**
 * 复核决定 by the assignee: upheld (score unchanged) or changed (new score); rewrites the final_results
 * component and `passed` in the same transaction; audited `appeal.decided` with the previous and new score.
 */
export async function decideAppeal(
  ctx: AppContext,
  auth: AuthContext,
  appealId: string,
  body: AppealDecideBody,
  ip: string | null,
): Promise<AppealDetail> {
  await ctx.db.transaction(async (tx) => {
    const { appeal, plan, staff } = await appealForViewer(tx, auth, appealId, true);
    if (appeal.assigneeId !== auth.userId) {
      if (staff) throw new AppError('APPEAL_NOT_ASSIGNEE');
      throw new AppError('APPEAL_NOT_FOUND');
    }
    if (appeal.status === 'decided') throw new AppError('APPEAL_ALREADY_DECIDED');
    const [result] = await tx
      .select()
      .from(finalResults)
      .where(eq(finalResults.registrationId, appeal.registrationId))
      .limit(1)
      .for('update');
    if (!result) throw new AppError('FINAL_RESULT_NOT_FOUND');
    const previous = scoreOf(result, appeal.component);
    const next = body.outcome === 'changed' ? Math.round(body.newScore! * 100) / 100 : previous;
    const scores = {
      theory: result.theoryScore,
      skill: result.skillScore,
      review: result.reviewScore,
      [appeal.component]: next,
    };
    const passed = requiredComponents(plan.level).every((c) => {
      const s = scores[c];
      return s !== null && s >= result.passMark;
    });
    const now = new Date();
    await tx
      .update(finalResults)
      .set({ theoryScore: scores.theory, skillScore: scores.skill, reviewScore: scores.review, passed, updatedAt: now })
      .where(eq(finalResults.registrationId, appeal.registrationId));
    await tx
      .update(resultAppeals)
      .set({
        status: 'decided',
        outcome: body.outcome,
        previousScore: previous,
        newScore: next,
        decisionReason: body.reason,
        decidedAt: now,
      })
      .where(eq(resultAppeals.id, appealId));
    await recordAudit(tx, {
      event: 'appeal.decided',
      actorUserId: auth.userId,
      subjectUserId: appeal.userId,
      orgId: plan.orgId,
      ip,
      details: {
        appealId,
        planId: plan.id,
        registrationId: appeal.registrationId,
        component: appeal.component,
        outcome: body.outcome,
        previousScore: previous,
        newScore: next,
        passedBefore: result.passed,
        passedAfter: passed,
        reason: body.reason,
      },
    });
  });
  return appealDetail(ctx, auth, appealId);
}
