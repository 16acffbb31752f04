import type { StandardSnapshot } from '@crossskill/standards';
import { type Level, type WorkType, weightColumnKey } from '@crossskill/standards';
import { and, count, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../../platform/http/index.js';
import { examRegistrations } from '../../exams/exams.tables.js';
import { isPlanStaff, type LoadedPlan, loadPlan, publishedVersion } from '../../exams/index.js';
import { isExaminerOf } from '../shared.js';
import { skillExamParts } from '../simulation.tables.js';

export type PartRow = typeof skillExamParts.$inferSelect;

export { pick } from '../shared.js';

/** The version's skill weight table for the plan's level and work type (rows with a weight > 0). */
export function skillWeights(snapshot: StandardSnapshot, level: number, workType: string | null) {
  const key = weightColumnKey(level as Level, (workType ?? undefined) as WorkType | undefined);
  return snapshot.weights.skill.rows
    .filter((r) => (r.weights[key] ?? 0) > 0)
    .map((r) => ({ weightItem: r.item, percent: r.weights[key] as number }));
}

export async function planSkillWeights(exec: Executor, plan: LoadedPlan) {
  const version = await publishedVersion(exec, plan.standardVersionId);
  return skillWeights(version.snapshot as StandardSnapshot, plan.level, plan.workType);
}

export async function loadPart(exec: Executor, planId: string, lock = false): Promise<PartRow | undefined> {
  const q = exec.select().from(skillExamParts).where(eq(skillExamParts.planId, planId)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/**
 * The plan and its skill part for someone who scores or follows it: an examiner of the part, the plan's staff
 * or a platform admin. Anyone else gets 404 (nothing about the plan is revealed).
 */
export async function partForReviewer(exec: Executor, auth: AuthContext, planId: string) {
  const plan = await loadPlan(exec, planId).catch(() => {
    throw new AppError('SKILL_PART_NOT_FOUND');
  });
  const part = await loadPart(exec, planId);
  if (!part) throw new AppError('SKILL_PART_NOT_FOUND');
  const examiner = await isExaminerOf(exec, auth.userId, planId);
  if (!examiner && !isPlanStaff(auth, plan.orgId) && !isPlatformAdmin(auth)) throw new AppError('SKILL_PART_NOT_FOUND');
  return { plan, part, examiner };
}

export async function approvedCandidates(exec: Executor, planId: string): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(examRegistrations)
    .where(and(eq(examRegistrations.planId, planId), eq(examRegistrations.status, 'approved')));
  return row?.n ?? 0;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
