import {
  type Action,
  applyAction,
  ENGINE_SAMPLE_TASK,
  envFor,
  evaluateChecks,
  instantiateTask,
  type LoggedAction,
  runSolution,
  type SimState,
} from '@crossskill/simulation';
import type { Benchmark } from './support.js';

const LOG_LENGTH = 200;
const RUNS = 500;
const WARMUP = 50;

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const now = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * A trainee's session of 200 actions on the trading store: the task's reference solution, then the kind of work a
 * session is full of — order filters, freight enquiries, price changes, answers, listing edits and a few refused
 * attempts (shipping a cancelled order).
 */
function session(): { state: SimState; log: LoggedAction[]; instance: ReturnType<typeof instantiateTask> } {
  const instance = instantiateTask(ENGINE_SAMPLE_TASK, 'bench-candidate-1', envFor);
  const solved = runSolution(ENGINE_SAMPLE_TASK, instance, envFor);
  let state = solved.state;
  const log = [...solved.log];
  const listings = state.listings.filter((l) => l.status === 'active');
  const cancelled = state.orders.find((o) => o.status === 'Canceled')!;
  const parcel = { l: 30, w: 20, h: 10, weightKg: 0.8 };
  for (let i = log.length; i < LOG_LENGTH; i++) {
    const l = listings[i % listings.length]!;
    const actions: Action[] = [
      { type: 'order.filter', filter: { status: ['Unshipped'], country: ['US', 'DE'] } },
      { type: 'logistics.quote', destination: ['US', 'DE', 'GB', 'AU'][i % 4]!, parcel },
      { type: 'listing.setPrice', listingId: l.id, price: Math.round((l.price + (i % 3) - 1) * 100) / 100 },
      { type: 'answer.submit', key: `note${i % 10}`, value: i },
      { type: 'listing.update', listingId: l.id, patch: { searchTerms: `${l.searchTerms} v${i}`.slice(0, 200) } },
      { type: 'order.ship', orderId: cancelled.id, mode: 'online', channelId: 'dhl-express', parcel },
    ];
    const action = actions[i % actions.length]!;
    const r = applyAction(state, action, envFor(state));
    if (r.ok) state = r.state;
    log.push(r.ok ? { seq: i + 1, action, ok: true } : { seq: i + 1, action, ok: false, refusal: r.refusal });
  }
  return { state, log, instance };
}

export const taskCheckBenchmark: Benchmark = {
  name: 'task-check',
  description: `one task check run (${ENGINE_SAMPLE_TASK.checks.length} checks incl. listing rules, reply rubric, action log and computed freight) on a trading store after a ${LOG_LENGTH}-action session, ${RUNS} runs`,
  async run(log) {
    let t = now();
    const { state, log: actions, instance } = session();
    log(
      `session built in ${(now() - t).toFixed(0)} ms: ${actions.length} actions (${actions.filter((a) => !a.ok).length} refused), state ${(JSON.stringify(state).length / 1024).toFixed(0)} KiB`,
    );

    const times: number[] = [];
    let report = evaluateChecks(ENGINE_SAMPLE_TASK, instance, state, actions, envFor);
    for (let k = 0; k < WARMUP + RUNS; k++) {
      t = now();
      report = evaluateChecks(ENGINE_SAMPLE_TASK, instance, state, actions, envFor);
      if (k >= WARMUP) times.push(now() - t);
    }
    if (report.awarded !== report.total) {
      const failed = report.results.filter((r) => !r.passed).map((r) => `${r.checkId}: ${r.detail.en}`);
      throw new Error(`the reference session should score full points: ${failed.join('; ')}`);
    }
    times.sort((a, b) => a - b);
    log(
      `score ${report.awarded}/${report.total}; per check run p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`,
    );

    // Baseline: serialising the final state once (what storing the run costs anyway), median of 21.
    const base: number[] = [];
    for (let k = 0; k < 21; k++) {
      t = now();
      const json = JSON.stringify(state);
      base.push(now() - t);
      if (json.length === 0) throw new Error('unreachable');
    }
    base.sort((a, b) => a - b);
    const baselineMs = base[10]!;
    const baselineName = 'JSON.stringify of the final state';
    return [
      { name: 'evaluateChecks p50', ms: percentile(times, 50), baselineName, baselineMs },
      { name: 'evaluateChecks p95', ms: percentile(times, 95), baselineName, baselineMs },
      { name: 'evaluateChecks p99', ms: percentile(times, 99), baselineName, baselineMs, targetMs: 50 },
    ];
  },
};
