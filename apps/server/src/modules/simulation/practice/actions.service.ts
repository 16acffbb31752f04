import type { simActionResponseSchema } from '@crossskill/contracts';
import {
  type Action,
  applyAction,
  envFor,
  type ImageMeta,
  parseAction,
  type Refusal,
  type SimState,
} from '@crossskill/simulation';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { AppError, type AuthContext, type Lang } from '../../../platform/http/index.js';
import { simRunActions, simRuns } from '../simulation.tables.js';
import { asJson, pickLoc } from './common.js';
import { findOwnImage } from './images.service.js';
import { assertOpen, loadRun } from './run-access.js';

type ActionResponse = z.output<typeof simActionResponseSchema>;

/** The action's shape, checked by the simulator; problems point into the request body. */
function parsedAction(input: Record<string, unknown>, lang: Lang): Action {
  const parsed = parseAction(input);
  if (parsed.ok) return parsed.action;
  throw new AppError('VALIDATION_FAILED', {
    details: parsed.problems.map((p) => ({
      field: p.field ? `body.action.${p.field}` : 'body.action',
      code: 'invalid_action',
      message: pickLoc(lang, p.message),
    })),
  });
}

/**
 * The client's numbers about an image are never trusted: the image an attach action names must be one the caller
 * uploaded, and the action carries what the server measured on it.
 */
async function withMeasuredImage(ctx: AppContext, auth: AuthContext, action: Action): Promise<Action> {
  if (action.type !== 'listing.attachImage') return action;
  const image: ImageMeta = await findOwnImage(ctx.db, auth.userId, action.image.id);
  return { ...action, image };
}

/**
 * Applies one action to the caller's run. The run row is locked, `expectedSeq` must be the run's seq (else 409
 * SIM_RUN_STALE: another tab moved on), and the log entry, the new state and the new seq are written in the same
 * transaction. A refused action is logged too (ok = false, state unchanged) and then answered 422.
 */
export async function applyRunAction(
  ctx: AppContext,
  auth: AuthContext,
  runId: string,
  body: { action: Record<string, unknown>; expectedSeq: number },
  lang: Lang,
): Promise<ActionResponse> {
  const action = await withMeasuredImage(ctx, auth, parsedAction(body.action, lang));
  const outcome = await ctx.db.transaction(async (tx) => {
    const run = await loadRun(tx, auth, runId, 'own', { lock: true });
    const now = Date.now();
    await assertOpen(tx, run, now);
    if (body.expectedSeq !== run.seq) throw new AppError('SIM_RUN_STALE');
    const state = run.state as unknown as SimState;
    const result = applyAction(state, action, envFor(state));
    const seq = run.seq + 1;
    await tx.insert(simRunActions).values({
      runId: run.id,
      seq,
      action: asJson(action) as unknown as Record<string, unknown>,
      ok: result.ok,
      refusal: result.ok ? null : asJson(result.refusal),
      atMs: Math.max(0, Math.min(2 ** 31 - 1, now - run.startedAt.getTime())),
    });
    const updatedAt = new Date(now);
    if (!result.ok) {
      await tx.update(simRuns).set({ seq, updatedAt }).where(eq(simRuns.id, run.id));
      return { ok: false as const, refusal: result.refusal };
    }
    const next = asJson(result.state) as unknown as Record<string, unknown>;
    await tx.update(simRuns).set({ state: next, seq, updatedAt }).where(eq(simRuns.id, run.id));
    return { ok: true as const, response: { seq, events: asJson(result.events), state: next } };
  });
  if (!outcome.ok) throw refused(outcome.refusal, lang);
  return outcome.response;
}

function refused(refusal: Refusal, lang: Lang): AppError {
  const reason = pickLoc(lang, refusal.reason);
  return new AppError('SIM_ACTION_REFUSED', {
    params: { reason },
    details: [{ field: refusal.field ?? 'action', code: refusal.code, message: reason }],
  });
}
