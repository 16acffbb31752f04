import type { ReviewRegistration, ReviewTasks } from '@crossskill/contracts';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError, type AuthContext, type Lang } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { examPlans, examRegistrations } from '../exams/exams.tables.js';
import { users } from '../identity/identity.tables.js';
import { reviewScores } from './combine.js';
import {
  beijing,
  committee,
  type DefenceRow,
  defencesOf,
  defenceView,
  levelLabel,
  pick,
  type ReviewRow,
  resultsPublished,
} from './common.js';
import { materialsOf, type RegistrationContext, registrationContext } from './materials.service.js';
import {
  reviewCommitteeMembers,
  reviewMaterials,
  reviewParts,
  reviewScores as reviewScoresTable,
} from './review.tables.js';

type Window = { open: true } | { open: false; error: AppError; note: { zh: string; en: string } };

/** Scoring is open from the defence's start until the plan's results are published (and only when published). */
function scoringWindow(review: ReviewRow | undefined, defence: DefenceRow | undefined, published: boolean): Window {
  if (review?.status !== 'published') {
    return {
      open: false,
      error: new AppError('REVIEW_NOT_PUBLISHED'),
      note: { zh: '综合评审尚未发布', en: 'The review is not published yet' },
    };
  }
  if (published) {
    return {
      open: false,
      error: new AppError('REVIEW_SCORING_CLOSED'),
      note: { zh: '成绩已发布，评分已结束', en: 'The results are published; scoring is closed' },
    };
  }
  if (!defence || defence.startsAt.getTime() > Date.now()) {
    const at = defence ? beijing(defence.startsAt) : null;
    return {
      open: false,
      error: new AppError('REVIEW_SCORING_NOT_OPEN', { params: { startsAt: at ?? '未安排 / not scheduled' } }),
      note: at
        ? { zh: `答辩开始（${at}）后才能评分`, en: `Scoring opens when the defence starts (${at})` }
        : { zh: '尚未安排答辩，暂不能评分', en: 'No defence is scheduled yet' },
    };
  }
  return { open: true };
}

export async function myTasks(ctx: AppContext, auth: AuthContext): Promise<ReviewTasks> {
  const rows = await ctx.db
    .select({
      registrationId: examRegistrations.id,
      planId: examPlans.id,
      planName: examPlans.name,
      level: examPlans.level,
      candidateName: users.name,
      ticketNo: examRegistrations.ticketNo,
      chair: reviewCommitteeMembers.chair,
    })
    .from(reviewCommitteeMembers)
    .innerJoin(reviewParts, eq(reviewParts.planId, reviewCommitteeMembers.planId))
    .innerJoin(examPlans, eq(examPlans.id, reviewCommitteeMembers.planId))
    .innerJoin(
      examRegistrations,
      and(eq(examRegistrations.planId, examPlans.id), eq(examRegistrations.status, 'approved')),
    )
    .innerJoin(users, eq(users.id, examRegistrations.userId))
    .where(and(eq(reviewCommitteeMembers.userId, auth.userId), eq(reviewParts.status, 'published')))
    .orderBy(asc(examPlans.name), asc(examRegistrations.ticketNo), asc(users.name))
    .limit(2000);
  const ids = rows.map((r) => r.registrationId);
  const defences = await defencesOf(ctx.db, ids);
  const mine = ids.length
    ? await ctx.db
        .select({ registrationId: reviewScoresTable.registrationId, score: reviewScoresTable.score })
        .from(reviewScoresTable)
        .where(and(eq(reviewScoresTable.memberId, auth.userId), inArray(reviewScoresTable.registrationId, ids)))
    : [];
  const myScore = new Map(mine.map((m) => [m.registrationId, m.score]));
  const counts = ids.length
    ? await ctx.db
        .select({ registrationId: reviewMaterials.registrationId, n: count() })
        .from(reviewMaterials)
        .where(inArray(reviewMaterials.registrationId, ids))
        .groupBy(reviewMaterials.registrationId)
    : [];
  const planIds = [...new Set(rows.map((r) => r.planId))];
  const publishedPlans = new Set<string>();
  for (const id of planIds) if (await resultsPublished(ctx.db, id)) publishedPlans.add(id);
  const now = Date.now();
  return {
    items: rows.map((r) => {
      const d = defences.get(r.registrationId);
      return {
        registrationId: r.registrationId,
        planId: r.planId,
        planName: r.planName,
        levelName: levelLabel(r.level),
        candidateName: r.candidateName,
        ticketNo: r.ticketNo,
        materials: counts.find((c) => c.registrationId === r.registrationId)?.n ?? 0,
        defence: defenceView(d),
        chair: r.chair === 1,
        myScore: myScore.get(r.registrationId) ?? null,
        scoringOpen: Boolean(d && d.startsAt.getTime() <= now && !publishedPlans.has(r.planId)),
      };
    }),
  };
}

/** A candidate's review for a committee member or the plan's staff; 404 for anyone else. */
async function reviewedRegistration(exec: Executor, auth: AuthContext, registrationId: string) {
  const rc = await registrationContext(exec, auth, registrationId);
  if (rc?.status !== 'approved' || !rc.review || !(rc.isMember || rc.isStaff)) {
    throw new AppError('REVIEW_CANDIDATE_NOT_FOUND');
  }
  return rc as RegistrationContext & { review: ReviewRow };
}

async function registrationView(
  exec: Executor,
  auth: AuthContext,
  rc: RegistrationContext & { review: ReviewRow },
  lang: Lang,
): Promise<ReviewRegistration> {
  const [candidate] = await exec.select({ name: users.name }).from(users).where(eq(users.id, rc.userId)).limit(1);
  const defence = (await defencesOf(exec, [rc.registrationId])).get(rc.registrationId);
  const scoreRows = await exec
    .select()
    .from(reviewScoresTable)
    .where(eq(reviewScoresTable.registrationId, rc.registrationId));
  const members = await committee(exec, rc.plan.id);
  const mine = scoreRows.find((s) => s.memberId === auth.userId);
  const window = scoringWindow(rc.review, defence, await resultsPublished(exec, rc.plan.id));
  const combined = (await reviewScores(exec, [rc.registrationId])).get(rc.registrationId);
  return {
    registrationId: rc.registrationId,
    planId: rc.plan.id,
    planName: rc.plan.name,
    levelName: levelLabel(rc.plan.level),
    candidateName: candidate?.name ?? '',
    ticketNo: rc.ticketNo,
    combineRule: rc.review.combineRule,
    materials: (await materialsOf(exec, [rc.registrationId])).get(rc.registrationId) ?? [],
    defence: defenceView(defence),
    isMember: rc.isMember,
    myScore: mine ? { score: mine.score, comment: mine.comment, scoredAt: mine.scoredAt.toISOString() } : null,
    scores: rc.isStaff
      ? members.map((m) => {
          const s = scoreRows.find((x) => x.memberId === m.userId);
          return {
            memberId: m.userId,
            name: m.name,
            chair: m.chair,
            score: s?.score ?? null,
            comment: s?.comment ?? null,
            scoredAt: s ? s.scoredAt.toISOString() : null,
          };
        })
      : null,
    combined: combined ?? { score: null, scored: 0, members: members.length },
    scoringOpen: rc.isMember && window.open,
    scoringNote: window.open
      ? rc.isMember
        ? null
        : pick(lang, '只有评审委员可以评分', 'Only committee members score')
      : pick(lang, window.note.zh, window.note.en),
  };
}

export async function getRegistration(ctx: AppContext, auth: AuthContext, registrationId: string, lang: Lang) {
  const rc = await reviewedRegistration(ctx.db, auth, registrationId);
  return registrationView(ctx.db, auth, rc, lang);
}

/** A member's score and comment; each save is audited with the previous and the new score. */
export async function saveScore(
  ctx: AppContext,
  auth: AuthContext,
  registrationId: string,
  input: { score: number; comment: string },
  lang: Lang,
  ip: string | null,
): Promise<ReviewRegistration> {
  return ctx.db.transaction(async (tx) => {
    const rc = await reviewedRegistration(tx, auth, registrationId);
    if (!rc.isMember) throw new AppError('REVIEW_NOT_MEMBER');
    // Serialises with results publication and committee changes on the same plan.
    await tx.select({ id: examPlans.id }).from(examPlans).where(eq(examPlans.id, rc.plan.id)).for('update');
    const defence = (await defencesOf(tx, [registrationId])).get(registrationId);
    const window = scoringWindow(rc.review, defence, await resultsPublished(tx, rc.plan.id));
    if (!window.open) throw window.error;
    const [previous] = await tx
      .select({ score: reviewScoresTable.score, comment: reviewScoresTable.comment })
      .from(reviewScoresTable)
      .where(and(eq(reviewScoresTable.registrationId, registrationId), eq(reviewScoresTable.memberId, auth.userId)))
      .limit(1);
    const score = Math.round(input.score * 100) / 100;
    const comment = input.comment.trim();
    const now = new Date();
    await tx
      .insert(reviewScoresTable)
      .values({ registrationId, memberId: auth.userId, score, comment, scoredAt: now })
      .onConflictDoUpdate({
        target: [reviewScoresTable.registrationId, reviewScoresTable.memberId],
        set: { score, comment, scoredAt: now },
      });
    await recordAudit(tx, {
      event: 'review.scored',
      actorUserId: auth.userId,
      subjectUserId: rc.userId,
      orgId: rc.plan.orgId,
      ip,
      details: {
        planId: rc.plan.id,
        registrationId,
        previousScore: previous?.score ?? null,
        score,
        previousComment: previous?.comment ?? null,
        comment,
      },
    });
    return registrationView(tx, auth, rc, lang);
  });
}
