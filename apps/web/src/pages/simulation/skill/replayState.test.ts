import { type Action, applyAction, createEmptyState, envFor, type SimState } from '@crossskill/simulation';
import { describe, expect, it } from 'vitest';
import { canonical, computeReplayStates, simClock, summarizeAction } from './replayState';
import type { SimReplay } from './skillApi';

/** A replay as the server sends it: each action applied in turn; refused ones logged with their reason. */
function record(initial: SimState, actions: Action[]): SimReplay {
  let state = initial;
  const steps: SimReplay['steps'] = actions.map((action, i) => {
    const r = applyAction(state, action, envFor(state));
    if (r.ok) state = r.state;
    return {
      seq: i + 1,
      action,
      ok: r.ok,
      refusal: r.ok ? null : r.refusal,
      atMs: 1000 * (i + 1),
      events: r.ok ? r.events.map((e) => ({ kind: e.kind, message: e.message })) : [],
    };
  });
  return {
    runId: '00000000-0000-4000-8000-000000000000',
    initialState: initial,
    steps,
    finalState: state,
    matchesStored: true,
  };
}

const initial = createEmptyState('amazon', '2025-06', 'replay-test');
const actions: Action[] = [
  { type: 'store.addCategory', name: 'Kitchen' },
  { type: 'store.removeCategory', categoryId: 'SC-404' },
  { type: 'store.addCategory', name: 'Pets', nameEn: 'Pets' },
];

describe('computeReplayStates', () => {
  it('rebuilds the state after every step and agrees with the server’s final state', () => {
    const replay = record(initial, actions);
    expect(replay.steps.map((s) => s.ok)).toEqual([true, false, true]);
    const { states, divergent, agreesWithServer } = computeReplayStates(replay);
    expect(states).toHaveLength(4);
    expect(states[0]?.storeCategories).toHaveLength(0);
    expect(states[1]?.storeCategories.map((c) => c.name)).toEqual(['Kitchen']);
    // a refused step leaves the store as it was
    expect(canonical(states[2])).toBe(canonical(states[1]));
    expect(states[3]?.storeCategories.map((c) => c.name)).toEqual(['Kitchen', 'Pets']);
    expect(divergent).toEqual([]);
    expect(agreesWithServer).toBe(true);
  });

  it('notices a final state that the log does not produce, and a step whose outcome differs', () => {
    const replay = record(initial, actions);
    const tampered: SimReplay = {
      ...replay,
      finalState: { ...(replay.finalState as SimState), storeCategories: [] },
      steps: replay.steps.map((s, i) => (i === 1 ? { ...s, ok: true, refusal: null } : s)),
    };
    const { divergent, agreesWithServer } = computeReplayStates(tampered);
    expect(divergent).toEqual([2]);
    expect(agreesWithServer).toBe(false);
  });
});

describe('canonical', () => {
  it('ignores key order but not values', () => {
    expect(canonical({ a: 1, b: { c: 2, d: [1, 2] } })).toBe(canonical({ b: { d: [1, 2], c: 2 }, a: 1 }));
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: 2 }));
  });
});

describe('summarizeAction', () => {
  it('names the action and the fields that say what it did', () => {
    const s = summarizeAction({
      type: 'order.ship',
      orderId: 'O-9402',
      mode: 'online',
      channelId: 'cn-post-small',
      parcel: { l: 1, w: 1, h: 1, weightKg: 0.1 },
    });
    expect(s.type).toBe('order.ship');
    expect(s.summary).toBe('orderId=O-9402 channelId=cn-post-small mode=online');
    expect(summarizeAction({ type: 'listing.update', listingId: 'L-1', patch: { title: 'x' } }).summary).toBe(
      'listingId=L-1 patch: title',
    );
    expect(summarizeAction(null).type).toBe('?');
  });
});

describe('simClock', () => {
  it('splits simulated minutes into a day and a time', () => {
    expect(simClock(30 * 1440 + 9 * 60 + 5)).toEqual({ day: 30, time: '09:05' });
  });
});
