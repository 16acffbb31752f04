import type {
  ReviewCandidates,
  ReviewProblem,
  reviewDefenceAutoSchema,
  reviewDefenceSaveSchema,
} from '@crossskill/contracts';
import { count, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError, type AuthContext, type Lang } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { reviewScores } from './combine.js';
import {
  beijing,
  type Candidate,
  committee,
  committeeProblems,
  type DefenceRow,
  defenceMinutesProblems,
  defencesOf,
  defenceView,
  loadReview,
  pick,
  planCandidates,
  resultsPublished,
  throwRules,
} from './common.js';
import { reviewDefences, reviewMaterials } from './review.tables.js';
import { reviewPlanFor } from './settings.service.js';

type DefenceInput = z.infer<typeof reviewDefenceSaveSchema>;
type AutoInput = z.infer<typeof reviewDefenceAutoSchema>;

async function candidateRows(exec: Executor, planId: string): Promise<ReviewCandidates> {
  const candidates = await planCandidates(exec, planId);
  const ids = candidates.map((c) => c.registrationId);
  const defences = await defencesOf(exec, ids);
  const counts = ids.length
    ? await exec
        .select({ registrationId: reviewMaterials.registrationId, n: count() })
        .from(reviewMaterials)
        .where(inArray(reviewMaterials.registrationId, ids))
        .groupBy(reviewMaterials.registrationId)
    : [];
  const materials = new Map(counts.map((c) => [c.registrationId, c.n]));
  const scores = await reviewScores(exec, ids);
  return {
    items: candidates.map((c) => {
      const s = scores.get(c.registrationId);
      return {
        registrationId: c.registrationId,
        userId: c.userId,
        name: c.name,
        ticketNo: c.ticketNo,
        materials: materials.get(c.registrationId) ?? 0,
        defence: defenceView(defences.get(c.registrationId)),
        scored: s?.scored ?? 0,
        members: s?.members ?? 0,
        score: s?.score ?? null,
      };
    }),
  };
}

export async function listCandidates(ctx: AppContext, auth: AuthContext, planId: string, lang: Lang) {
  await reviewPlanFor(ctx.db, auth, planId, lang);
  return candidateRows(ctx.db, planId);
}

const endOf = (d: { startsAt: Date; durationMinutes: number }) => d.startsAt.getTime() + d.durationMinutes * 60_000;

/** The first defence (of another candidate) overlapping [start, end), if any. */
function overlapping(defences: readonly DefenceRow[], registrationId: string, start: number, end: number) {
  return defences.find((d) => d.registrationId !== registrationId && d.startsAt.getTime() < end && start < endOf(d));
}

/** Schedules need a saved review, open results and a committee that meets the rules (the members sit together). */
async function scheduling(exec: Executor, auth: AuthContext, planId: string, lang: Lang) {
  const plan = await reviewPlanFor(exec, auth, planId, lang, { lock: true });
  const review = await loadReview(exec, planId);
  if (!review) throw new AppError('REVIEW_NOT_FOUND');
  if (await resultsPublished(exec, planId)) throw new AppError('REVIEW_SCORING_CLOSED');
  const problems: ReviewProblem[] = await committeeProblems(
    exec,
    plan,
    await committee(exec, planId),
    review.combineRule,
    lang,
  );
  if (problems.length) throwRules(problems);
  const defences = await exec.select().from(reviewDefences).where(eq(reviewDefences.planId, planId));
  return { plan, review, defences };
}

function overlapError(other: DefenceRow, candidates: readonly Candidate[]) {
  const who = candidates.find((c) => c.registrationId === other.registrationId);
  return new AppError('REVIEW_DEFENCE_OVERLAP', {
    params: {
      other: who?.name ?? other.registrationId,
      from: beijing(other.startsAt),
      to: beijing(new Date(endOf(other))),
    },
  });
}

export async function setDefence(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  registrationId: string,
  input: DefenceInput,
  lang: Lang,
  ip: string | null,
): Promise<ReviewCandidates> {
  return ctx.db.transaction(async (tx) => {
    const { plan, defences } = await scheduling(tx, auth, planId, lang);
    const candidates = await planCandidates(tx, planId);
    if (!candidates.some((c) => c.registrationId === registrationId)) throw new AppError('REVIEW_CANDIDATE_NOT_FOUND');
    const problems = defenceMinutesProblems(input.durationMinutes, 'body.durationMinutes', lang);
    if (problems.length) throwRules(problems);
    const start = new Date(input.startsAt);
    const clash = overlapping(
      defences,
      registrationId,
      start.getTime(),
      start.getTime() + input.durationMinutes * 60_000,
    );
    if (clash) throw overlapError(clash, candidates);
    const values = { startsAt: start, durationMinutes: input.durationMinutes, location: input.location };
    await tx
      .insert(reviewDefences)
      .values({ registrationId, planId, ...values })
      .onConflictDoUpdate({ target: reviewDefences.registrationId, set: { ...values, updatedAt: new Date() } });
    const candidate = candidates.find((c) => c.registrationId === registrationId);
    await recordAudit(tx, {
      event: 'review.defence_scheduled',
      actorUserId: auth.userId,
      subjectUserId: candidate?.userId ?? null,
      orgId: plan.orgId,
      ip,
      details: { planId, registrationId, ...input },
    });
    return candidateRows(tx, planId);
  });
}

/** Every unscheduled candidate, one after another from `startsAt`, skipping the times already taken. */
export async function autoSchedule(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  input: AutoInput,
  lang: Lang,
  ip: string | null,
): Promise<ReviewCandidates> {
  return ctx.db.transaction(async (tx) => {
    const { plan, defences } = await scheduling(tx, auth, planId, lang);
    const problems = defenceMinutesProblems(input.durationMinutes, 'body.durationMinutes', lang);
    if (problems.length) throwRules(problems);
    const candidates = await planCandidates(tx, planId);
    const taken = new Set(defences.map((d) => d.registrationId));
    const todo = candidates.filter((c) => !taken.has(c.registrationId));
    const placed: DefenceRow[] = [...defences];
    const length = input.durationMinutes * 60_000;
    const pause = input.breakMinutes * 60_000;
    let cursor = new Date(input.startsAt).getTime();
    const scheduled: { registrationId: string; startsAt: string }[] = [];
    for (const c of todo) {
      for (;;) {
        const clash = overlapping(placed, c.registrationId, cursor, cursor + length);
        if (!clash) break;
        cursor = endOf(clash) + pause;
      }
      const row: DefenceRow = {
        registrationId: c.registrationId,
        planId,
        startsAt: new Date(cursor),
        durationMinutes: input.durationMinutes,
        location: input.location,
        updatedAt: new Date(),
      };
      placed.push(row);
      scheduled.push({ registrationId: c.registrationId, startsAt: row.startsAt.toISOString() });
      cursor += length + pause;
    }
    if (scheduled.length) {
      await tx.insert(reviewDefences).values(placed.filter((p) => !taken.has(p.registrationId)));
    }
    await recordAudit(tx, {
      event: 'review.defence_scheduled',
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: {
        planId,
        auto: true,
        durationMinutes: input.durationMinutes,
        breakMinutes: input.breakMinutes,
        location: input.location,
        scheduled,
        note: pick(lang, `自动安排 ${scheduled.length} 名考生`, `${scheduled.length} candidates scheduled`),
      },
    });
    return candidateRows(tx, planId);
  });
}
