import type {
  ReviewMemberOptions,
  ReviewPart,
  ReviewPlanList,
  ReviewProblem,
  reviewCommitteeSaveSchema,
  reviewSettingsSaveSchema,
} from '@crossskill/contracts';
import { and, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin, type Lang } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { examPlans, examRegistrations } from '../exams/exams.tables.js';
import { isPlanAdmin, type LoadedPlan, planFor } from '../exams/index.js';
import { users } from '../identity/identity.tables.js';
import { memberships, organizations } from '../orgs/orgs.tables.js';
import { reviewScores } from './combine.js';
import {
  assertReviewLevel,
  committee,
  committeeProblems,
  defenceMinutesProblems,
  levelLabel,
  loadReview,
  type Member,
  orgsOf,
  planCandidates,
  type ReviewRow,
  resultsPublished,
  reviewRule,
  throwRules,
  trimmedMeanProblems,
} from './common.js';
import { reviewCommitteeMembers, reviewDefences, reviewParts } from './review.tables.js';

type SettingsInput = z.infer<typeof reviewSettingsSaveSchema>;
type CommitteeInput = z.infer<typeof reviewCommitteeSaveSchema>;

/** The plan (staff only, 404 otherwise) after the level check (422 for levels 5–3). */
export async function reviewPlanFor(
  exec: Executor,
  auth: AuthContext,
  planId: string,
  lang: Lang,
  opts: { admin?: boolean; lock?: boolean } = {},
) {
  const plan = await planFor(exec, auth, planId, opts);
  assertReviewLevel(plan, lang);
  return plan;
}

/** Every rule that stops publishing today (settings, committee). */
export async function allProblems(
  exec: Executor,
  plan: LoadedPlan,
  review: ReviewRow | undefined,
  lang: Lang,
): Promise<ReviewProblem[]> {
  const members = await committee(exec, plan.id);
  const rule = review?.combineRule ?? 'mean';
  const out = await committeeProblems(exec, plan, members, rule, lang);
  if (review) out.push(...defenceMinutesProblems(review.defenceMinutes, 'body.defenceMinutes', lang));
  return out;
}

async function partView(exec: Executor, auth: AuthContext, plan: LoadedPlan, lang: Lang): Promise<ReviewPart> {
  const review = await loadReview(exec, plan.id);
  const members = await committee(exec, plan.id);
  const candidates = await planCandidates(exec, plan.id);
  const [defences] = await exec.select({ n: count() }).from(reviewDefences).where(eq(reviewDefences.planId, plan.id));
  return {
    planId: plan.id,
    planName: plan.name,
    level: plan.level,
    levelName: levelLabel(plan.level),
    orgId: plan.orgId,
    orgName: plan.orgName,
    status: review?.status ?? 'none',
    combineRule: review?.combineRule ?? 'mean',
    materialsDeadline: review ? review.materialsDeadline.toISOString() : null,
    defenceMinutes: review?.defenceMinutes ?? 30,
    members,
    approvedCandidates: candidates.length,
    scheduledDefences: defences?.n ?? 0,
    problems: await allProblems(exec, plan, review, lang),
    resultsPublished: await resultsPublished(exec, plan.id),
    canAdminister: isPlanAdmin(auth, plan.orgId),
  };
}

export async function getReview(ctx: AppContext, auth: AuthContext, planId: string, lang: Lang) {
  const plan = await reviewPlanFor(ctx.db, auth, planId, lang);
  return partView(ctx.db, auth, plan, lang);
}

function assertResultsOpen(published: boolean) {
  if (published) throw new AppError('REVIEW_SCORING_CLOSED');
}

export async function saveSettings(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  input: SettingsInput,
  lang: Lang,
  ip: string | null,
): Promise<ReviewPart> {
  return ctx.db.transaction(async (tx) => {
    const plan = await reviewPlanFor(tx, auth, planId, lang, { lock: true });
    assertResultsOpen(await resultsPublished(tx, planId));
    const members = await committee(tx, planId);
    const problems = [
      ...defenceMinutesProblems(input.defenceMinutes, 'body.defenceMinutes', lang),
      ...trimmedMeanProblems(input.combineRule, members.length, lang),
    ];
    if (problems.length) throwRules(problems);
    const values = {
      combineRule: input.combineRule,
      materialsDeadline: new Date(input.materialsDeadline),
      defenceMinutes: input.defenceMinutes,
      updatedAt: new Date(),
    };
    await tx
      .insert(reviewParts)
      .values({ planId, ...values })
      .onConflictDoUpdate({ target: reviewParts.planId, set: values });
    await recordAudit(tx, {
      event: 'review_part.saved',
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId, ...input },
    });
    return partView(tx, auth, plan, lang);
  });
}

/** Publishing checks every rule again; the plan then has the review mode and candidates see it. */
export async function publishReview(ctx: AppContext, auth: AuthContext, planId: string, lang: Lang, ip: string | null) {
  return ctx.db.transaction(async (tx) => {
    const plan = await reviewPlanFor(tx, auth, planId, lang, { admin: true, lock: true });
    const review = await loadReview(tx, planId, true);
    if (!review) throw new AppError('REVIEW_NOT_FOUND');
    const problems = await allProblems(tx, plan, review, lang);
    if (problems.length) throwRules(problems);
    await tx
      .update(reviewParts)
      .set({ status: 'published', updatedAt: new Date() })
      .where(eq(reviewParts.planId, planId));
    if (!plan.modes.includes('review')) {
      await tx
        .update(examPlans)
        .set({ modes: sql`array_append(${examPlans.modes}, 'review')`, updatedAt: new Date() })
        .where(eq(examPlans.id, planId));
    }
    await recordAudit(tx, {
      event: 'review_part.published',
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId },
    });
    return partView(tx, auth, plan, lang);
  });
}

export async function saveCommittee(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  input: CommitteeInput,
  lang: Lang,
  ip: string | null,
): Promise<ReviewPart> {
  return ctx.db.transaction(async (tx) => {
    const plan = await reviewPlanFor(tx, auth, planId, lang, { admin: true, lock: true });
    const review = await loadReview(tx, planId, true);
    if (!review) throw new AppError('REVIEW_NOT_FOUND');
    assertResultsOpen(await resultsPublished(tx, planId));
    const ids = input.members.map((m) => m.userId);
    const names = ids.length
      ? await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))
      : [];
    const nameOf = new Map(names.map((u) => [u.id, u.name]));
    const members: Member[] = input.members.map((m) => ({
      userId: m.userId,
      chair: m.chair,
      name: nameOf.get(m.userId) ?? m.userId,
    }));
    const problems = await committeeProblems(tx, plan, members, review.combineRule, lang);
    if (problems.length) throwRules(problems);
    const before = await committee(tx, planId);
    await tx.delete(reviewCommitteeMembers).where(eq(reviewCommitteeMembers.planId, planId));
    if (members.length) {
      await tx
        .insert(reviewCommitteeMembers)
        .values(members.map((m) => ({ planId, userId: m.userId, chair: m.chair ? 1 : 0 })));
    }
    await recordAudit(tx, {
      event: 'review.committee_set',
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: {
        planId,
        previous: before.map((m) => ({ userId: m.userId, chair: m.chair })),
        members: input.members,
      },
    });
    return partView(tx, auth, plan, lang);
  });
}

/** People who may sit on the committee (review_member of the plan's organisation or the platform). */
export async function memberOptions(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  lang: Lang,
): Promise<ReviewMemberOptions> {
  const plan = await reviewPlanFor(ctx.db, auth, planId, lang);
  const rows = await ctx.db
    .selectDistinct({ userId: users.id, name: users.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.role, 'review_member'),
        eq(organizations.status, 'active'),
        or(eq(memberships.orgId, plan.orgId), eq(organizations.kind, 'platform')),
      ),
    )
    .orderBy(users.name)
    .limit(500);
  const candidates = await planCandidates(ctx.db, planId);
  const orgs = await orgsOf(ctx.db, [...rows.map((r) => r.userId), ...candidates.map((c) => c.userId)]);
  return {
    items: rows.map((r) => {
      const mine = orgs.get(r.userId) ?? new Map<string, string>();
      const conflicts = candidates
        .filter((c) => c.userId === r.userId || [...(orgs.get(c.userId)?.keys() ?? [])].some((id) => mine.has(id)))
        .map((c) => c.name);
      return { userId: r.userId, name: r.name, orgNames: [...mine.values()], conflicts };
    }),
  };
}

/** Level-2/1 plans the caller is staff of, with the review's state and progress. */
export async function reviewPlans(ctx: AppContext, auth: AuthContext): Promise<ReviewPlanList> {
  const staffOrgs = auth.memberships
    .filter((m) => m.role === 'institution_admin' || m.role === 'lecturer')
    .map((m) => m.orgId);
  if (!isPlatformAdmin(auth) && staffOrgs.length === 0) return { items: [] };
  const levelCond = inArray(examPlans.level, [...reviewRule.levels]);
  const rows = await ctx.db
    .select({
      planId: examPlans.id,
      planName: examPlans.name,
      level: examPlans.level,
      orgName: organizations.name,
      planStatus: examPlans.status,
      reviewStatus: reviewParts.status,
    })
    .from(examPlans)
    .innerJoin(organizations, eq(organizations.id, examPlans.orgId))
    .leftJoin(reviewParts, eq(reviewParts.planId, examPlans.id))
    .where(isPlatformAdmin(auth) ? levelCond : and(levelCond, inArray(examPlans.orgId, staffOrgs)))
    .orderBy(sql`${examPlans.createdAt} desc`)
    .limit(500);
  const planIds = rows.map((r) => r.planId);
  const regs = planIds.length
    ? await ctx.db
        .select({ id: examRegistrations.id, planId: examRegistrations.planId })
        .from(examRegistrations)
        .where(and(inArray(examRegistrations.planId, planIds), eq(examRegistrations.status, 'approved')))
    : [];
  const memberCounts = planIds.length
    ? await ctx.db
        .select({ planId: reviewCommitteeMembers.planId, n: count() })
        .from(reviewCommitteeMembers)
        .where(inArray(reviewCommitteeMembers.planId, planIds))
        .groupBy(reviewCommitteeMembers.planId)
    : [];
  const scores = await reviewScores(
    ctx.db,
    regs.map((r) => r.id),
  );
  return {
    items: rows.map((r) => {
      const mine = regs.filter((x) => x.planId === r.planId);
      return {
        planId: r.planId,
        planName: r.planName,
        level: r.level,
        levelName: levelLabel(r.level),
        orgName: r.orgName,
        planStatus: r.planStatus,
        reviewStatus: r.reviewStatus ?? 'none',
        members: memberCounts.find((m) => m.planId === r.planId)?.n ?? 0,
        candidates: mine.length,
        completed: mine.filter((x) => scores.get(x.id)?.score != null).length,
      };
    }),
  };
}
