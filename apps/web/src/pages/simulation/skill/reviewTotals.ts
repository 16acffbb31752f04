import type { SimCheckResult } from '@crossskill/contracts';
import type { SkillReview } from './skillApi';

export type ReviewRun = SkillReview['runs'][number];

/**
 * What the automatic check gave. The server may put the examiner's points into `awarded` once overridden; then
 * `autoAwarded` (when sent) or the pass/fail of the automatic check tells the automatic points.
 */
export function autoOf(r: SimCheckResult & { autoAwarded?: number }): number {
  if (typeof r.autoAwarded === 'number') return r.autoAwarded;
  if (!r.override) return r.awarded;
  return r.passed ? r.points : 0;
}

/** The task's points before and after the examiners' overrides, and both scaled to the blueprint row's points. */
export function runTotals(run: ReviewRun) {
  const results = run.report.results;
  const total = results.reduce((s, r) => s + r.points, 0);
  const auto = results.reduce((s, r) => s + autoOf(r), 0);
  const after = results.reduce((s, r) => s + (r.override ? r.override.awarded : r.awarded), 0);
  const scale = (x: number) => (total > 0 ? (x / total) * run.points : 0);
  return { total, auto, after, autoScaled: scale(auto), afterScaled: run.report.scaled ?? scale(after) };
}
