import { describe, expect, it } from 'vitest';
import type { Action } from '../core/actions.js';
import { cloneState } from '../core/clone.js';
import type { SimState } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';
import { buildBenchStore } from './bench-store.js';
import { marketReducers } from './reducers.js';
import { simulateMarketDay } from './simulate-market.js';
import { applyWith } from './test-fixtures.js';

const run = (s: SimState, a: Action) => applyWith(marketReducers, s, a, envFor(s));
const ok = (s: SimState, a: Action) => {
  const r = run(s, a);
  if (!r.ok) throw new Error(`${a.type}: ${r.refusal.code}`);
  return r;
};

describe('market.advanceDays', () => {
  it('is deterministic: the same state and days give a deep-equal state and the same events', () => {
    const s = buildBenchStore('replay');
    const a = ok(s, { type: 'market.advanceDays', days: 5 });
    const b = ok(cloneState(s), { type: 'market.advanceDays', days: 5 });
    expect(b.state).toEqual(a.state);
    expect(b.events).toEqual(a.events);
    expect(a.state.now).toBe(s.now + 5 * 1440);
  });

  it('five days at once equal two days then three', () => {
    const s = buildBenchStore('split');
    const once = ok(s, { type: 'market.advanceDays', days: 5 }).state;
    const twice = ok(ok(s, { type: 'market.advanceDays', days: 2 }).state, { type: 'market.advanceDays', days: 3 });
    expect(twice.state).toEqual(once);
  });

  it('runs the order and carrier clocks: new Amazon-like orders become Unshipped, parcels get delivered', () => {
    const s = buildBenchStore('clocks');
    const after = ok(s, { type: 'market.advanceDays', days: 1 }).state;
    const created = after.orders.slice(s.orders.length);
    expect(created.length).toBeGreaterThan(0);
    for (const o of created) {
      expect(o.status).toBe('Unshipped');
      expect(o.history.map((h) => h.to)).toEqual(['Pending', 'Unshipped']);
    }
    const inTransit = s.shipments.filter((x) => x.status === 'in_transit').length;
    const later = ok(after, { type: 'market.advanceDays', days: 20 }).state;
    expect(later.shipments.filter((x) => x.status === 'in_transit').length).toBeLessThan(inTransit);
    expect(later.metrics.filter((r) => r.listingId === 'L-2').map((r) => r.day)).toEqual(
      Array.from({ length: 21 }, (_, i) => 30 + i),
    );
  });

  it('refuses 0 and more than 30 days', () => {
    const s = buildBenchStore('range');
    for (const days of [0, 31, 1.5]) {
      const r = run(s, { type: 'market.advanceDays', days });
      expect(r.ok ? null : r.refusal.code).toBe('MARKET_DAYS_RANGE');
    }
  });
});

describe('answer.submit', () => {
  it('stores text, numbers and lists by key, replacing an earlier answer', () => {
    let s = buildBenchStore('answers');
    s = ok(s, { type: 'answer.submit', key: 'freight', value: 42.5 }).state;
    s = ok(s, { type: 'answer.submit', key: 'bestSku', value: '  YM-TPE-6 ' }).state;
    s = ok(s, { type: 'answer.submit', key: 'picks', value: ['a', 'b'] }).state;
    s = ok(s, { type: 'answer.submit', key: 'freight', value: 43 }).state;
    expect(s.answers).toEqual({ freight: 43, bestSku: 'YM-TPE-6', picks: ['a', 'b'] });
  });

  it('refuses keys that would reach the object prototype', () => {
    const r = run(buildBenchStore('proto'), { type: 'answer.submit', key: '__proto__', value: 'x' });
    expect(r.ok ? null : r.refusal.code).toBe('ANSWER_KEY_RESERVED');
  });
});

describe('simulateMarketDay', () => {
  it('moves every store on by one day without changing the given states', () => {
    const states = ['a', 'b', 'c'].map(buildBenchStore);
    const copies = states.map(cloneState);
    const next = simulateMarketDay(states);
    expect(states).toEqual(copies);
    expect(next.map((s) => s.now)).toEqual(states.map((s) => s.now + 1440));
    expect(next[1]).toEqual(ok(states[1]!, { type: 'market.advanceDays', days: 1 }).state);
  });
});
