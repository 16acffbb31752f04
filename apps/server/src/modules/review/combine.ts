import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { examRegistrations } from '../exams/exams.tables.js';
import { round2 } from './common.js';
import { reviewCommitteeMembers, reviewParts, reviewScores as reviewScoresTable } from './review.tables.js';

/**
 * The plan's rule over the members' scores, 2 decimals: the mean, or (trimmed_mean, ≥ 5 scores) the mean
 * without one highest and one lowest score.
 */
export function combineScores(rule: 'mean' | 'trimmed_mean', scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const sorted = [...scores].sort((a, b) => a - b);
  const used = rule === 'trimmed_mean' && sorted.length >= 5 ? sorted.slice(1, -1) : sorted;
  // Work in hundredths so 2-decimal inputs add up exactly.
  const total = used.reduce((s, x) => s + Math.round(x * 100), 0);
  return round2(total / used.length / 100);
}

/** Combined review score per registration: null until every committee member has scored. */
export async function reviewScores(
  exec: Executor,
  registrationIds: readonly string[],
): Promise<Map<string, { score: number | null; scored: number; members: number }>> {
  const out = new Map<string, { score: number | null; scored: number; members: number }>();
  const ids = [...new Set(registrationIds)];
  if (ids.length === 0) return out;
  const regs = await exec
    .select({ id: examRegistrations.id, planId: examRegistrations.planId, rule: reviewParts.combineRule })
    .from(examRegistrations)
    .leftJoin(reviewParts, eq(reviewParts.planId, examRegistrations.planId))
    .where(inArray(examRegistrations.id, ids));
  const planIds = [...new Set(regs.map((r) => r.planId))];
  const memberRows = planIds.length
    ? await exec
        .select({ planId: reviewCommitteeMembers.planId, userId: reviewCommitteeMembers.userId })
        .from(reviewCommitteeMembers)
        .where(inArray(reviewCommitteeMembers.planId, planIds))
    : [];
  const membersOf = new Map<string, Set<string>>();
  for (const m of memberRows) membersOf.set(m.planId, (membersOf.get(m.planId) ?? new Set()).add(m.userId));
  const scoreRows = await exec
    .select({
      registrationId: reviewScoresTable.registrationId,
      memberId: reviewScoresTable.memberId,
      score: reviewScoresTable.score,
    })
    .from(reviewScoresTable)
    .where(inArray(reviewScoresTable.registrationId, ids));
  const scoresOf = new Map<string, { memberId: string; score: number }[]>();
  for (const s of scoreRows) scoresOf.set(s.registrationId, [...(scoresOf.get(s.registrationId) ?? []), s]);
  for (const reg of regs) {
    const members = membersOf.get(reg.planId) ?? new Set<string>();
    const counted = (scoresOf.get(reg.id) ?? []).filter((s) => members.has(s.memberId)).map((s) => s.score);
    const complete = reg.rule !== null && members.size > 0 && counted.length === members.size;
    out.set(reg.id, {
      score: complete ? combineScores(reg.rule ?? 'mean', counted) : null,
      scored: counted.length,
      members: members.size,
    });
  }
  return out;
}

/** Users who scored a registration's review (excluded from re-marking it). */
export async function reviewScorers(exec: Executor, registrationId: string): Promise<string[]> {
  const rows = await exec
    .select({ memberId: reviewScoresTable.memberId })
    .from(reviewScoresTable)
    .where(and(eq(reviewScoresTable.registrationId, registrationId)));
  return rows.map((r) => r.memberId);
}
