import { type Action, applyAction, envFor, MINUTES_PER_DAY, type SimState } from '@crossskill/simulation';
import type { SimReplay } from './skillApi';

/** The state after each step of a replay: `states[0]` is the initial state, `states[k]` the state after step k. */
export interface ReplayStates {
  states: SimState[];
  /** Steps whose outcome here differs from the logged one (logged ok but refused here, or the reverse). */
  divergent: number[];
  /** The browser's final state equals the server's replayed final state. */
  agreesWithServer: boolean;
}

/** Replays the log in the browser with the simulator's own reducers (the same code the server runs). */
export function computeReplayStates(replay: SimReplay): ReplayStates {
  let state = replay.initialState as SimState;
  const states = [state];
  const divergent: number[] = [];
  replay.steps.forEach((step, i) => {
    const result = applyAction(state, step.action as Action, envFor(state));
    if (result.ok !== step.ok) divergent.push(i + 1);
    if (result.ok && step.ok) state = result.state;
    states.push(state);
  });
  return { states, divergent, agreesWithServer: canonical(state) === canonical(replay.finalState) };
}

/** JSON with sorted keys, so two equal states compare equal whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const SUMMARY_KEYS = [
  'orderId',
  'listingId',
  'templateId',
  'campaignId',
  'threadId',
  'declarationId',
  'returnId',
  'channelId',
  'trackingNo',
  'mode',
  'days',
  'key',
  'value',
  'price',
  'name',
] as const;

/** "order.ship orderId=O-3 channelId=epacket trackingNo=LA123456789CN" — the fields that say what the step did. */
export function summarizeAction(action: unknown): { type: string; summary: string } {
  if (!action || typeof action !== 'object') return { type: '?', summary: '' };
  const a = action as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of SUMMARY_KEYS) {
    const v = a[k];
    if (typeof v === 'string' || typeof v === 'number') parts.push(`${k}=${String(v).slice(0, 40)}`);
  }
  const listing = a.listing as Record<string, unknown> | undefined;
  if (listing && typeof listing.sku === 'string') parts.push(`sku=${listing.sku}`);
  if (listing && typeof listing.title === 'string') parts.push(`title="${listing.title.slice(0, 40)}"`);
  const patch = a.patch as Record<string, unknown> | undefined;
  if (patch) parts.push(`patch: ${Object.keys(patch).join(', ')}`);
  return { type: typeof a.type === 'string' ? a.type : '?', summary: parts.join(' ') };
}

/** "第 2 天 09:30" for a simulated minute. */
export function simClock(minutes: number): { day: number; time: string } {
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  const m = minutes % MINUTES_PER_DAY;
  return { day, time: `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}` };
}
