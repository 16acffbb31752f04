import type { SimReport } from '@crossskill/contracts';
import { type CheckReport, envFor, evaluateChecks, type SimState } from '@crossskill/simulation';
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { users } from '../../identity/identity.tables.js';
import { runInstance, runLog, runTask } from '../practice/index.js';
import { simCheckOverrides, type simRuns } from '../simulation.tables.js';
import { round2 } from './common.js';

export type RunRow = typeof simRuns.$inferSelect;

export interface OverrideView {
  awarded: number;
  reason: string;
  examinerName: string | null;
  at: string;
}

/** Scores a run's final state with the task's checks (the automatic part, before any override). */
export async function autoReport(exec: Executor, run: RunRow): Promise<CheckReport> {
  const loaded = await runTask(exec, run);
  if (!loaded) throw new Error(`run ${run.id}: task revision missing`);
  return evaluateChecks(
    loaded.definition,
    runInstance(run),
    run.state as unknown as SimState,
    await runLog(exec, run.id),
    envFor,
  );
}

/** Overrides of the given runs, by run and check. */
export async function overridesOf(exec: Executor, runIds: string[]) {
  const out = new Map<string, Map<string, OverrideView>>();
  if (runIds.length === 0) return out;
  const rows = await exec
    .select({ o: simCheckOverrides, name: users.name })
    .from(simCheckOverrides)
    .leftJoin(users, eq(users.id, simCheckOverrides.examinerId))
    .where(inArray(simCheckOverrides.runId, runIds));
  for (const { o, name } of rows) {
    const m = out.get(o.runId) ?? new Map<string, OverrideView>();
    m.set(o.checkId, { awarded: o.awarded, reason: o.reason, examinerName: name, at: o.createdAt.toISOString() });
    out.set(o.runId, m);
  }
  return out;
}

/** The stored automatic report with the examiners' overrides applied and the run scaled to its blueprint row. */
export function withOverrides(
  auto: SimReport,
  overrides: Map<string, OverrideView> | undefined,
  rowPoints: number,
): SimReport {
  const results = auto.results.map((r) => {
    const o = overrides?.get(r.checkId) ?? null;
    return { ...r, autoAwarded: r.awarded, awarded: o ? o.awarded : r.awarded, override: o };
  });
  const awarded = round2(results.reduce((s, r) => s + r.awarded, 0));
  const scaled = auto.total > 0 ? round2((awarded / auto.total) * rowPoints) : 0;
  return { results, awarded, total: auto.total, scaled };
}

/** Σ of the runs' scaled scores: automatic only, and after overrides. */
export function attemptScores(
  runs: { report: SimReport | null; rowPoints: number | null; id: string }[],
  overrides: Map<string, Map<string, OverrideView>>,
) {
  let auto = 0;
  let final = 0;
  for (const run of runs) {
    if (!run.report) continue;
    const points = run.rowPoints ?? 0;
    auto += withOverrides(run.report, undefined, points).scaled ?? 0;
    final += withOverrides(run.report, overrides.get(run.id), points).scaled ?? 0;
  }
  return { auto: round2(auto), final: round2(final) };
}
