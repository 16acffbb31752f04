import {
  type ActionShapeProblem,
  applyAction,
  envFor,
  type LoggedAction,
  parseAction,
  type Refusal,
  type SimEvent,
  type SimState,
} from '@crossskill/simulation';

export type LocalOutcome =
  | { ok: true; events: SimEvent[] }
  | { ok: false; refusal: Refusal }
  | { ok: false; problems: ActionShapeProblem[] };

/**
 * One action on a store kept in the browser, as the server does it: the shape is checked (a bad shape is not
 * logged), the marketplace rules apply (a refusal is logged and leaves the state as it was), and the log gets the
 * next seq — so the task's checks on the action log score the same as on the server.
 */
export function applyLocally(
  state: SimState,
  log: readonly LoggedAction[],
  input: unknown,
): { state: SimState; log: LoggedAction[]; outcome: LocalOutcome } {
  const parsed = parseAction(input);
  if (!parsed.ok) return { state, log: [...log], outcome: { ok: false, problems: parsed.problems } };
  const action = parsed.action;
  const seq = log.length + 1;
  const r = applyAction(state, action, envFor(state));
  if (!r.ok) {
    return { state, log: [...log, { seq, action, ok: false, refusal: r.refusal }], outcome: r };
  }
  return { state: r.state, log: [...log, { seq, action, ok: true }], outcome: { ok: true, events: r.events } };
}
