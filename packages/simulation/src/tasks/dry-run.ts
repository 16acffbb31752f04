/**
 * Tries a task the way a candidate would meet it, for a few seeds: instantiate it, run its reference solution, score
 * it. What `validateTaskDefinition` cannot see statically (a `select` that finds nothing in the chosen scenario, a
 * solution step the marketplace refuses, a check the reference solution does not pass, checks a candidate passes
 * by doing nothing) comes back as problems pointing at the place in the definition — for "try it" and for saving.
 */
import { TaskRunError } from './errors.js';
import { evaluateChecks } from './evaluate.js';
import { type GetEnv, instantiateTask } from './instantiate.js';
import { runSolution } from './replay.js';
import type { TaskDefinition, TaskProblem } from './types.js';

export const DRY_RUN_SEEDS: readonly string[] = ['dry-run-1', 'dry-run-2', 'dry-run-3'];

export function dryRunTask(
  def: TaskDefinition,
  getEnv: GetEnv,
  seeds: readonly string[] = DRY_RUN_SEEDS,
): TaskProblem[] {
  const problems = new Map<string, TaskProblem>();
  const add = (path: string, zh: string, en: string) => {
    if (!problems.has(`${path}|${en}`)) problems.set(`${path}|${en}`, { path, message: { zh, en } });
  };
  for (const seed of seeds) {
    try {
      const instance = instantiateTask(def, seed, getEnv);
      const idle = evaluateChecks(def, instance, instance.initialState, [], getEnv);
      if (idle.awarded >= idle.total) {
        add('checks', '什么都不做也能得满分', 'Doing nothing already scores full points');
      }
      if (!def.solution) continue;
      const { state, log } = runSolution(def, instance, getEnv);
      for (const entry of log) {
        if (!entry.ok && entry.refusal) {
          const i = entry.seq - 1;
          add(
            `solution[${i}]`,
            `参考答案第 ${i + 1} 步被拒绝（种子 ${seed}）：${entry.refusal.reason.zh}`,
            `Reference solution step ${i + 1} was refused (seed ${seed}): ${entry.refusal.reason.en}`,
          );
        }
      }
      const report = evaluateChecks(def, instance, state, log, getEnv);
      report.results.forEach((r, k) => {
        if (r.passed) return;
        add(
          `checks[${k}]`,
          `参考答案未通过此检查（种子 ${seed}）：${r.detail.zh}`,
          `The reference solution fails this check (seed ${seed}): ${r.detail.en}`,
        );
      });
    } catch (e) {
      const path = e instanceof TaskRunError ? e.path : '';
      const reason = e instanceof TaskRunError ? e.reason : e instanceof Error ? e.message : String(e);
      add(
        path,
        `按种子 ${seed} 生成或解答任务失败：${reason}`,
        `Making or solving the task for seed ${seed} failed: ${reason}`,
      );
    }
  }
  return [...problems.values()];
}
