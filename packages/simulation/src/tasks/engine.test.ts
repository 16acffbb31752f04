import { describe, expect, it } from 'vitest';
import type { SimState } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';
import { aggregateFromState, topFromState } from './computations-select.js';
import { dryRunTask } from './dry-run.js';
import { evaluateChecks } from './evaluate.js';
import { instantiateTask } from './instantiate.js';
import { replayLog, runSolution } from './replay.js';
import { ENGINE_SAMPLE_TASK as T } from './sample-task.js';
import { validateTaskDefinition } from './validate.js';

describe('the sample task end to end', () => {
  it('is a valid definition', () => {
    const v = validateTaskDefinition(T);
    expect(v.ok ? [] : v.problems).toEqual([]);
  });

  it('instantiates the same for the same seed and differently for another', () => {
    const a = instantiateTask(T, 'cand-1', envFor);
    const b = instantiateTask(T, 'cand-1', envFor);
    expect(b).toEqual(a);
    const c = instantiateTask(T, 'cand-2', envFor);
    expect(c.params).not.toEqual(a.params);
    expect(JSON.stringify(c.initialState)).not.toBe(JSON.stringify(a.initialState));
    expect(a.instructions.en).toContain(`${a.params.weight} kg`);
    expect(a.instructions.zh).toContain(String(a.computed.orderId));
    expect(a.instructions.en).not.toMatch(/\{@?\w+\}/);
  });

  it('the reference solution scores full points; doing nothing scores only the no-cancel check', () => {
    for (const seed of ['s1', 's2', 's3']) {
      const inst = instantiateTask(T, seed, envFor);
      const { state, log } = runSolution(T, inst, envFor);
      expect(log.filter((e) => !e.ok).map((e) => e.refusal)).toEqual([]);
      const report = evaluateChecks(T, inst, state, log, envFor);
      expect(report.results.filter((r) => !r.passed).map((r) => [r.checkId, r.detail.en])).toEqual([]);
      expect(report.awarded).toBe(report.total);
      const idle = evaluateChecks(T, inst, inst.initialState, [], envFor);
      expect(idle.results.filter((r) => r.passed).map((r) => r.checkId)).toEqual(['no-cancel']);
      expect(idle.awarded).toBe(5);
    }
  });

  it('replaying the log reproduces the final state and flags a step whose outcome changed', () => {
    const inst = instantiateTask(T, 'replay', envFor);
    const { state, log } = runSolution(T, inst, envFor);
    const r = replayLog(inst.initialState, log, envFor);
    expect(r.divergences).toEqual([]);
    expect(r.state).toEqual(state);
    expect(r.steps.every((s) => s.ok)).toBe(true);
    const tampered = log.map((e) => (e.action.type === 'order.ship' ? { ...e, ok: false } : e));
    expect(replayLog(inst.initialState, tampered, envFor).divergences).toEqual([
      log.find((e) => e.action.type === 'order.ship')!.seq,
    ]);
  });
});

describe('dryRunTask', () => {
  it('finds nothing wrong with the sample task', () => {
    expect(dryRunTask(T, envFor, ['d1'])).toEqual([]);
  });

  it('points at a computed value the scenario cannot give', () => {
    const t = structuredClone(T);
    t.computed!.orderId = { fn: 'select', args: { collection: 'orders', where: { status: 'PLACE_ORDER_SUCCESS' } } };
    const ps = dryRunTask(t, envFor, ['d1']);
    expect(ps.map((p) => p.path)).toEqual(['computed.orderId']);
    expect(ps[0]!.message.en).toMatch(/seed d1 failed: select: no element/);
  });

  it('points at a refused solution step and the checks the solution then fails', () => {
    const t = structuredClone(T);
    t.solution![3] = {
      type: 'order.ship',
      orderId: '#order:Canceled:1',
      mode: 'online',
      channelId: 'dhl-express',
      parcel: { l: 30, w: 20, h: 10, weightKg: 0.5 },
    };
    const ps = dryRunTask(t, envFor, ['d1']);
    expect(ps.map((p) => p.path)).toEqual(['solution[3]', 'checks[2]', 'checks[3]', 'checks[4]']);
  });

  it('says when doing nothing scores full points', () => {
    const t = structuredClone(T);
    t.checks = [t.checks[10]!];
    t.solution = [];
    expect(dryRunTask(t, envFor, ['d1']).map((p) => p.message.en)).toEqual([
      'Doing nothing already scores full points',
    ]);
  });
});

describe('runSolution placeholders', () => {
  it('resolves #last:<prefix> to the id the previous steps created and #kind:status:n to initial entities', () => {
    const t = structuredClone(T);
    t.solution = [
      { type: 'faq.add', topic: 'logistics', question: 'Do you ship to Canada?', answer: 'Yes, in 8 to 15 days.' },
      { type: 'answer.submit', key: 'made', value: '#last:FAQ' },
      { type: 'answer.submit', key: 'cancelled', value: '#order:Canceled:1' },
      { type: 'answer.submit', key: 'sku', value: '#product:2' },
      { type: 'answer.submit', key: 'text', value: 'ship {weight} kg via @cheapest' },
    ];
    const inst = instantiateTask(t, 'ph', envFor);
    const { state, log } = runSolution(t, inst, envFor);
    expect(log.every((e) => e.ok)).toBe(true);
    expect(state.answers.made).toBe(state.faq[state.faq.length - 1]!.id);
    expect(state.answers.made).not.toBe(inst.initialState.faq[inst.initialState.faq.length - 1]!.id);
    expect(state.answers.cancelled).toBe(inst.initialState.orders.find((o) => o.status === 'Canceled')!.id);
    expect(state.answers.sku).toBe(inst.initialState.products[1]!.sku);
    expect(state.answers.text).toBe(`ship ${inst.params.weight} kg via ${inst.computed.cheapest}`);
    t.solution = [{ type: 'answer.submit', key: 'x', value: '#last:AD' }];
    expect(() => runSolution(t, inst, envFor)).toThrow('solution[0]: #last:AD: no id with prefix AD was created yet');
  });
});

describe('aggregate and top computations', () => {
  const state = {
    orders: [
      { id: 'O-1', status: 'Unshipped', total: 10, buyer: { country: 'US' } },
      { id: 'O-2', status: 'Unshipped', total: 30, buyer: { country: 'DE' } },
      { id: 'O-3', status: 'Shipped', total: 20, buyer: { country: 'US' } },
    ],
  } as unknown as SimState;

  it('counts, sums and averages the matching elements', () => {
    expect(aggregateFromState(state, { collection: 'orders', where: { status: 'Unshipped' }, op: 'count' })).toBe(2);
    expect(
      aggregateFromState(state, { collection: 'orders', where: { 'buyer.country': 'US' }, field: 'total', op: 'sum' }),
    ).toBe(30);
    expect(aggregateFromState(state, { collection: 'orders', field: 'total', op: 'avg' })).toBe(20);
    expect(() =>
      aggregateFromState(state, { collection: 'orders', where: { status: 'X' }, field: 'total', op: 'max' }),
    ).toThrow();
  });

  it('picks the field of the element with the largest value, first on ties', () => {
    expect(topFromState(state, { collection: 'orders', by: 'total' })).toBe('O-2');
    expect(
      topFromState(state, { collection: 'orders', where: { 'buyer.country': 'US' }, by: 'total', field: 'status' }),
    ).toBe('Shipped');
  });
});
