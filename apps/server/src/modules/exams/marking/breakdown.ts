import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { examAnswers, examAttempts, examPlans } from '../exams.tables.js';
import { type BreakdownRow, breakdown, round2 } from './arithmetic.js';
import { planWeights } from './results.service.js';

/** The theory result of one registration with its per-row breakdown (as the candidate's own result shows it). */
export interface TheoryBreakdown {
  attemptId: string;
  resultStatus: 'pending' | 'marking' | 'final';
  /** On the 100-point scale; null until final. */
  total: number | null;
  passed: boolean | null;
  paperTotal: number;
  /** One row per weight-table row (then paper items outside the table); empty until final. */
  rows: BreakdownRow[];
}

/**
 * Read-only: the registration's theory attempt (one per registration) and, once final, its breakdown per row of
 * the plan version's theory weight table (`breakdown` of marking/arithmetic, as `myResult` computes it).
 * Null when the candidate has no attempt.
 */
export async function theoryBreakdown(exec: Executor, registrationId: string): Promise<TheoryBreakdown | null> {
  const [row] = await exec
    .select({ a: examAttempts, plan: examPlans })
    .from(examAttempts)
    .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
    .where(eq(examAttempts.registrationId, registrationId))
    .limit(1);
  if (!row) return null;
  const { a, plan } = row;
  const paperTotal = round2(a.paper.reduce((s, p) => s + p.points, 0));
  const final = a.resultStatus === 'final' && a.totalScore !== null;
  if (!final) {
    return { attemptId: a.id, resultStatus: a.resultStatus, total: null, passed: null, paperTotal, rows: [] };
  }
  const answers = await exec
    .select({ position: examAnswers.position, score: examAnswers.score })
    .from(examAnswers)
    .where(eq(examAnswers.attemptId, a.id));
  const scoreOf = new Map(answers.map((x) => [x.position, x.score]));
  const weights = await planWeights(exec, plan);
  const rows = breakdown(
    a.paper.map((p) => ({ rowItem: p.rowItem, points: p.points, score: scoreOf.get(p.position) ?? null })),
    weights,
  );
  return {
    attemptId: a.id,
    resultStatus: a.resultStatus,
    total: a.totalScore,
    passed: a.passed ?? a.totalScore! >= plan.passMark,
    paperTotal,
    rows,
  };
}
