/** Scores a run: every check of the task against the final state and the action log. */

import type { SimState } from '../core/state.js';
import { type AssertionContext, evaluateAssertion } from './assertions.js';
import type { GetEnv } from './instantiate.js';
import type { CheckServices } from './services.js';
import { defaultTaskServices } from './task-services.js';
import type { CheckReport, CheckResult, LoggedAction, TaskDefinition, TaskInstance } from './types.js';

export function evaluateChecks(
  def: TaskDefinition,
  instance: TaskInstance,
  finalState: SimState,
  log: readonly LoggedAction[],
  getEnv: GetEnv,
  services: CheckServices = defaultTaskServices,
): CheckReport {
  const ctx: AssertionContext = {
    state: finalState,
    log,
    params: instance.params,
    computed: instance.computed,
    env: getEnv(finalState),
    services,
  };
  const results: CheckResult[] = def.checks.map((check) => {
    let passed: boolean;
    let detail: CheckResult['detail'];
    try {
      ({ passed, detail } = evaluateAssertion(check.assert, ctx));
    } catch (error) {
      // A broken check (e.g. a computed value the scenario could not give) fails the check, not the whole report.
      const why = error instanceof Error ? error.message : String(error);
      passed = false;
      detail = { zh: `检查无法执行：${why}`, en: `The check could not run: ${why}` };
    }
    return {
      checkId: check.id,
      title: check.title,
      points: check.points,
      passed,
      awarded: passed ? check.points : 0,
      feedback: passed ? check.feedback.pass : check.feedback.fail,
      detail,
    };
  });
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return {
    results,
    awarded: round2(results.reduce((s, r) => s + r.awarded, 0)),
    total: round2(def.checks.reduce((s, c) => s + c.points, 0)),
  };
}
