import { isDeepStrictEqual } from 'node:util';
import type { SimReplay } from '@crossskill/contracts';
import { envFor, replayLog, type SimState } from '@crossskill/simulation';
import type { AppContext } from '../../../platform/context.js';
import type { AuthContext } from '../../../platform/http/index.js';
import { asJson } from './common.js';
import { loadRun } from './run-access.js';
import { runLog } from './run-view.js';

/**
 * Re-applies every logged action (refused ones too) to the run's initial state. The replayed final state is
 * compared with the stored one by deep equality after both went through JSON (the stored one through jsonb, which
 * reorders keys and drops `undefined` — neither changes the state's meaning).
 */
export async function replayRun(ctx: AppContext, auth: AuthContext, runId: string): Promise<SimReplay> {
  const run = await loadRun(ctx.db, auth, runId, 'replay');
  const log = await runLog(ctx.db, run.id);
  const initialState = run.initialState as unknown as SimState;
  const replay = replayLog(initialState, log, envFor);
  const finalState = asJson(replay.state);
  const byStep = new Map(replay.steps.map((s) => [s.seq, s]));
  return {
    runId: run.id,
    initialState,
    steps: log.map((entry) => {
      const step = byStep.get(entry.seq);
      return {
        seq: entry.seq,
        action: entry.action,
        ok: entry.ok,
        refusal: entry.refusal ?? null,
        atMs: entry.atMs ?? null,
        events: (step?.events ?? []).map((e) => ({ kind: e.kind, message: e.message })),
      };
    }),
    finalState,
    matchesStored: replay.divergences.length === 0 && isDeepStrictEqual(finalState, run.state),
  };
}
