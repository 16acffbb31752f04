import type { ReviewDefence, ReviewProblem } from '@crossskill/contracts';
import { checkExamStaffing, type Level, NATIONAL_ASSESSMENT, nationalLevel } from '@crossskill/standards';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { AppError, type Lang } from '../../platform/http/index.js';
import { examRegistrations } from '../exams/exams.tables.js';
import type { LoadedPlan } from '../exams/index.js';
import { users } from '../identity/identity.tables.js';
import { memberships, organizations } from '../orgs/orgs.tables.js';
import { resultPublications } from '../results/results.tables.js';
import { reviewCommitteeMembers, reviewDefences, reviewParts } from './review.tables.js';

export const reviewRule = NATIONAL_ASSESSMENT.modes.review;
export type ReviewRow = typeof reviewParts.$inferSelect;
export type DefenceRow = typeof reviewDefences.$inferSelect;

export const pick = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);
export const round2 = (n: number) => Math.round(n * 100) / 100;

export { beijingDateTime as beijing } from '../../platform/time.js';

/** e.g. 二级/技师 */
export const levelLabel = (level: number) => nationalLevel(level as Level).name;

/** 422 unless the plan is of a level the comprehensive review applies to (003 §1.9.2: levels 2 and 1). */
export function assertReviewLevel(plan: LoadedPlan, lang: Lang) {
  if (!(reviewRule.levels as readonly number[]).includes(plan.level)) {
    throw new AppError('REVIEW_LEVEL_NOT_APPLICABLE', {
      params: {
        rule: pick(
          lang,
          `003 §${reviewRule.source.clause}：${reviewRule.name}${reviewRule.purpose}；本计划为${levelLabel(plan.level)}`,
          `003 §${reviewRule.source.clause}: the review is for 技师 (level 2) and 高级技师 (level 1); this plan is level ${plan.level}`,
        ),
      },
    });
  }
}

export async function loadReview(exec: Executor, planId: string, lock = false): Promise<ReviewRow | undefined> {
  const q = exec.select().from(reviewParts).where(eq(reviewParts.planId, planId)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function resultsPublished(exec: Executor, planId: string): Promise<boolean> {
  const [row] = await exec
    .select({ planId: resultPublications.planId })
    .from(resultPublications)
    .where(eq(resultPublications.planId, planId))
    .limit(1);
  return Boolean(row);
}

export interface Candidate {
  registrationId: string;
  userId: string;
  name: string;
  ticketNo: string | null;
}

/** The plan's approved registrations (its candidates), by ticket number then name. */
export async function planCandidates(exec: Executor, planId: string): Promise<Candidate[]> {
  return exec
    .select({
      registrationId: examRegistrations.id,
      userId: examRegistrations.userId,
      name: users.name,
      ticketNo: examRegistrations.ticketNo,
    })
    .from(examRegistrations)
    .innerJoin(users, eq(users.id, examRegistrations.userId))
    .where(and(eq(examRegistrations.planId, planId), eq(examRegistrations.status, 'approved')))
    .orderBy(asc(examRegistrations.ticketNo), asc(users.name), asc(examRegistrations.id));
}

export interface Member {
  userId: string;
  name: string;
  chair: boolean;
}

export async function committee(exec: Executor, planId: string): Promise<Member[]> {
  const rows = await exec
    .select({ userId: reviewCommitteeMembers.userId, name: users.name, chair: reviewCommitteeMembers.chair })
    .from(reviewCommitteeMembers)
    .innerJoin(users, eq(users.id, reviewCommitteeMembers.userId))
    .where(eq(reviewCommitteeMembers.planId, planId))
    .orderBy(users.name, reviewCommitteeMembers.userId);
  return rows.map((r) => ({ ...r, chair: r.chair === 1 }));
}

/** Users holding review_member in the plan's organisation or the platform organisation (active ones). */
export async function reviewMembersAmong(exec: Executor, orgId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return new Set<string>();
  const rows = await exec
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(
      and(
        inArray(memberships.userId, [...userIds]),
        eq(memberships.role, 'review_member'),
        eq(organizations.status, 'active'),
        or(eq(memberships.orgId, orgId), eq(organizations.kind, 'platform')),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

/** Every organisation (id → name) each user belongs to, in any role. */
export async function orgsOf(exec: Executor, userIds: readonly string[]) {
  const out = new Map<string, Map<string, string>>();
  if (userIds.length === 0) return out;
  const rows = await exec
    .selectDistinct({ userId: memberships.userId, orgId: memberships.orgId, orgName: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(inArray(memberships.userId, [...userIds]));
  for (const r of rows) {
    const m = out.get(r.userId) ?? new Map<string, string>();
    m.set(r.orgId, r.orgName);
    out.set(r.userId, m);
  }
  return out;
}

/** Pairs (member, candidate, shared organisation names) that break the "not from the candidate's organisation" rule. */
export async function sameOrgConflicts(exec: Executor, members: readonly Member[], candidates: readonly Candidate[]) {
  const orgs = await orgsOf(exec, [...members.map((m) => m.userId), ...candidates.map((c) => c.userId)]);
  const out: { member: Member; memberIndex: number; candidate: Candidate; orgNames: string[] }[] = [];
  members.forEach((member, memberIndex) => {
    const mine = orgs.get(member.userId) ?? new Map<string, string>();
    for (const candidate of candidates) {
      if (candidate.userId === member.userId) {
        out.push({ member, memberIndex, candidate, orgNames: [] });
        continue;
      }
      const theirs = orgs.get(candidate.userId) ?? new Map<string, string>();
      const shared = [...mine.keys()].filter((id) => theirs.has(id)).map((id) => mine.get(id) as string);
      if (shared.length) out.push({ member, memberIndex, candidate, orgNames: shared });
    }
  });
  return out;
}

/**
 * Every broken committee rule: odd number ≥ 3 (003 §1.9.3), exactly one chair, the review_member role, no member
 * from a candidate's organisation, and the trimmed mean's ≥ 5 members. `field` points at the request's fields.
 */
export async function committeeProblems(
  exec: Executor,
  plan: LoadedPlan,
  members: readonly Member[],
  combineRule: 'mean' | 'trimmed_mean',
  lang: Lang,
): Promise<ReviewProblem[]> {
  const out: ReviewProblem[] = [];
  const clause = `003 §${reviewRule.staffing.source.clause}`;
  const { violations } = checkExamStaffing({
    mode: 'review',
    candidates: 0,
    staff: members.length,
    durationMinutes: reviewRule.minDurationMinutes,
  });
  for (const v of violations) {
    out.push({
      code: v.code,
      field: 'body.members',
      message: pick(
        lang,
        `${v.message}（${clause}）`,
        `review committee members must be an odd number, at least ${reviewRule.staffing.minTotal} (${clause}); now ${members.length}`,
      ),
    });
  }
  const chairs = members.filter((m) => m.chair).length;
  if (members.length > 0 && chairs !== 1) {
    out.push({
      code: 'REVIEW_CHAIR',
      field: 'body.members',
      message: pick(
        lang,
        `评审委员会须有且只有 1 名主任委员，当前 ${chairs} 名`,
        `the committee has exactly one chair; now ${chairs}`,
      ),
    });
  }
  const holders = await reviewMembersAmong(
    exec,
    plan.orgId,
    members.map((m) => m.userId),
  );
  members.forEach((m, i) => {
    if (!holders.has(m.userId)) {
      out.push({
        code: 'REVIEW_MEMBER_ROLE',
        field: `body.members.${i}.userId`,
        message: pick(
          lang,
          `${m.name} 不是本机构或平台的评审委员`,
          `${m.name} is not a review committee member of this institution or the platform`,
        ),
      });
    }
  });
  const candidates = await planCandidates(exec, plan.id);
  for (const c of await sameOrgConflicts(exec, members, candidates)) {
    out.push({
      code: 'REVIEW_SAME_ORGANISATION',
      field: `body.members.${c.memberIndex}.userId`,
      message:
        c.orgNames.length === 0
          ? pick(
              lang,
              `评审委员 ${c.member.name} 本人是考生，不能评审`,
              `committee member ${c.member.name} is a candidate of this plan`,
            )
          : pick(
              lang,
              `评审委员 ${c.member.name} 与考生 ${c.candidate.name} 同属「${c.orgNames.join('、')}」，不能参加评审`,
              `committee member ${c.member.name} belongs to the same organisation as candidate ${c.candidate.name} (${c.orgNames.join(', ')})`,
            ),
    });
  }
  out.push(...trimmedMeanProblems(combineRule, members.length, lang));
  return out;
}

export function trimmedMeanProblems(combineRule: string, members: number, lang: Lang): ReviewProblem[] {
  if (combineRule !== 'trimmed_mean' || members >= 5) return [];
  return [
    {
      code: 'REVIEW_TRIMMED_MEAN_MEMBERS',
      field: 'body.combineRule',
      message: pick(
        lang,
        `去掉一个最高分和一个最低分后取平均，须至少 5 名评审委员，当前 ${members} 名`,
        `dropping the highest and the lowest score needs at least 5 members; now ${members}`,
      ),
    },
  ];
}

export function defenceMinutesProblems(minutes: number, field: string, lang: Lang): ReviewProblem[] {
  if (minutes >= reviewRule.minDurationMinutes) return [];
  return [
    {
      code: 'MIN_DURATION',
      field,
      message: pick(
        lang,
        `每名考生的答辩时间不少于 ${reviewRule.minDurationMinutes} 分钟（003 §1.9.4），当前 ${minutes} 分钟`,
        `a defence lasts at least ${reviewRule.minDurationMinutes} minutes per candidate (003 §1.9.4); given ${minutes}`,
      ),
    },
  ];
}

export function throwRules(problems: ReviewProblem[]): never {
  throw new AppError('REVIEW_RULES_VIOLATED', {
    params: { rules: problems.map((p) => p.message).join('；') },
    details: problems.map((p) => ({ field: p.field, code: p.code, message: p.message })),
  });
}

export const defenceView = (d: DefenceRow | undefined | null): ReviewDefence | null =>
  d
    ? {
        startsAt: d.startsAt.toISOString(),
        endsAt: new Date(d.startsAt.getTime() + d.durationMinutes * 60_000).toISOString(),
        durationMinutes: d.durationMinutes,
        location: d.location,
      }
    : null;

export async function defencesOf(exec: Executor, registrationIds: readonly string[]) {
  if (registrationIds.length === 0) return new Map<string, DefenceRow>();
  const rows = await exec
    .select()
    .from(reviewDefences)
    .where(inArray(reviewDefences.registrationId, [...registrationIds]));
  return new Map(rows.map((r) => [r.registrationId, r]));
}
