import type { ResultComponent, ResultComponentView } from '@crossskill/contracts';
import { RESULT_COMPONENT_LABELS } from '@crossskill/contracts';
import { assessmentModes, type Level, nationalLevel } from '@crossskill/standards';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { examAttempts, examRegistrations } from '../exams/exams.tables.js';
import { users } from '../identity/identity.tables.js';
import { reviewScores } from '../review/index.js';
import { reviewDefences } from '../review/review.tables.js';
import { skillAttempts } from '../simulation/simulation.tables.js';
import type { finalResults } from './results.tables.js';

/** The components a level requires (003 §1.9.2): theory and skill always, the review for levels 2 and 1. */
export function requiredComponents(level: number): ResultComponent[] {
  return assessmentModes(level as Level).map((m) => m.mode);
}

export interface ComputedRow {
  registrationId: string;
  userId: string;
  candidateName: string;
  ticketNo: string | null;
  components: ResultComponentView[];
  passed: boolean;
  /** No required component still being marked. */
  ready: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export const componentLabel = (c: ResultComponent) => RESULT_COMPONENT_LABELS[c];

function view(component: ResultComponent, state: ResultComponentView['state'], score: number | null, passMark: number) {
  return {
    component,
    state,
    score: state === 'scored' && score !== null ? round2(score) : null,
    passed: state === 'scored' && score !== null ? score >= passMark : null,
  } satisfies ResultComponentView;
}

/** Passed = every required component scored and at or above the pass mark. */
export const overallPassed = (components: readonly ResultComponentView[]) =>
  components.length > 0 && components.every((c) => c.passed === true);

interface PlanLike {
  id: string;
  level: number;
  passMark: number;
}

/**
 * The live results of a plan, one row per approved registration (ordered by ticket number, then name):
 * theory = the exam attempt's total when its result is final (no attempt or never started = 缺考, otherwise
 * 评分中); skill = the skill attempt's score when final; review (levels 2/1) = the committee's combined score
 * once every member scored (some scores, or a scheduled defence without all scores = 评分中; nothing = 缺考).
 */
export async function computeResults(exec: Executor, plan: PlanLike, onlyRegistrationIds?: string[]) {
  const required = requiredComponents(plan.level);
  const regs = await exec
    .select({
      registrationId: examRegistrations.id,
      userId: examRegistrations.userId,
      ticketNo: examRegistrations.ticketNo,
      candidateName: users.name,
    })
    .from(examRegistrations)
    .innerJoin(users, eq(users.id, examRegistrations.userId))
    .where(
      and(
        eq(examRegistrations.planId, plan.id),
        eq(examRegistrations.status, 'approved'),
        onlyRegistrationIds ? inArray(examRegistrations.id, onlyRegistrationIds) : undefined,
      ),
    )
    .orderBy(asc(examRegistrations.ticketNo), asc(users.name), asc(examRegistrations.id));
  if (regs.length === 0) return [] as ComputedRow[];
  const ids = regs.map((r) => r.registrationId);
  const theory = new Map(
    (
      await exec
        .select({
          registrationId: examAttempts.registrationId,
          status: examAttempts.status,
          resultStatus: examAttempts.resultStatus,
          totalScore: examAttempts.totalScore,
        })
        .from(examAttempts)
        .where(eq(examAttempts.planId, plan.id))
    ).map((a) => [a.registrationId, a]),
  );
  const skill = new Map(
    (
      await exec
        .select({
          registrationId: skillAttempts.registrationId,
          status: skillAttempts.status,
          score: skillAttempts.score,
        })
        .from(skillAttempts)
        .where(eq(skillAttempts.planId, plan.id))
    ).map((a) => [a.registrationId, a]),
  );
  const withReview = required.includes('review');
  const review = withReview ? await reviewScores(exec, ids) : new Map();
  const defences = withReview
    ? new Set(
        (
          await exec
            .select({ registrationId: reviewDefences.registrationId })
            .from(reviewDefences)
            .where(eq(reviewDefences.planId, plan.id))
        ).map((d) => d.registrationId),
      )
    : new Set<string>();

  return regs.map((r): ComputedRow => {
    const components = required.map((c) => {
      if (c === 'theory') {
        const a = theory.get(r.registrationId);
        if (!a || a.status === 'ready') return view(c, 'absent', null, plan.passMark);
        if (a.resultStatus === 'final' && a.totalScore !== null) return view(c, 'scored', a.totalScore, plan.passMark);
        return view(c, 'marking', null, plan.passMark);
      }
      if (c === 'skill') {
        const a = skill.get(r.registrationId);
        if (!a) return view(c, 'absent', null, plan.passMark);
        if (a.status === 'final' && a.score !== null) return view(c, 'scored', a.score, plan.passMark);
        return view(c, 'marking', null, plan.passMark);
      }
      const s = review.get(r.registrationId);
      if (s && s.score !== null) return view(c, 'scored', s.score, plan.passMark);
      if ((s && s.scored > 0) || defences.has(r.registrationId)) return view(c, 'marking', null, plan.passMark);
      return view(c, 'absent', null, plan.passMark);
    });
    return {
      ...r,
      components,
      passed: overallPassed(components),
      ready: components.every((c) => c.state !== 'marking'),
    };
  });
}

export type FinalRow = typeof finalResults.$inferSelect;

/** The components of a frozen final_results row (a null score of a required component = 缺考). */
export function frozenComponents(row: FinalRow, level: number): ResultComponentView[] {
  return requiredComponents(level).map((c) => {
    const score = c === 'theory' ? row.theoryScore : c === 'skill' ? row.skillScore : row.reviewScore;
    return view(c, score === null ? 'absent' : 'scored', score, row.passMark);
  });
}

export { beijingDateTime as beijingTime } from '../../platform/time.js';

/** e.g. 四级/中级工 */
export const levelName = (level: number) => nationalLevel(level as Level).name;
