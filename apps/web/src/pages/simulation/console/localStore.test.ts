import { createEmptyState } from '@crossskill/simulation';
import { describe, expect, it } from 'vitest';
import { applyLocally } from './localStore';

const empty = () => createEmptyState('amazon', '2025-06', 'local-test');

describe('applyLocally', () => {
  it('applies an allowed action, logs it with the next seq and returns the new state', () => {
    const r = applyLocally(empty(), [], { type: 'answer.submit', key: 'freight', value: 42.5 });
    expect(r.outcome.ok).toBe(true);
    expect(r.state.answers.freight).toBe(42.5);
    expect(r.log).toEqual([{ seq: 1, action: { type: 'answer.submit', key: 'freight', value: 42.5 }, ok: true }]);
  });

  it('logs a refused action with the marketplace reason and leaves the state as it was', () => {
    const before = empty();
    const r = applyLocally(before, [], { type: 'order.cancel', orderId: 'O-404', reason: 'NoInventory' });
    expect(r.state).toBe(before);
    expect(r.outcome.ok).toBe(false);
    expect(r.log).toHaveLength(1);
    expect(r.log[0]?.ok).toBe(false);
    expect(r.log[0]?.refusal?.reason.zh).toBeTruthy();
  });

  it('does not log an action of the wrong shape', () => {
    const r = applyLocally(empty(), [], { type: 'answer.submit', key: 'freight' });
    expect(r.outcome).toMatchObject({ ok: false, problems: expect.any(Array) });
    expect(r.log).toEqual([]);
  });
});
