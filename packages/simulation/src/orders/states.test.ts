import { describe, expect, it } from 'vitest';
import { MARKETPLACE_IDS } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';
import { canOrderTransition, moveOrder, ORDER_STATE_ROLES, ORDER_TRANSITIONS } from './states.js';
import { fixtureOrder, fixtureState } from './test-fixtures.js';

const VERSIONS = { amazon: '2025-06', aliexpress: '2025-03', alibaba: '2025-01' } as const;

describe('order state machines', () => {
  it.each(MARKETPLACE_IDS)('%s: the machine has exactly the rule set’s state names', (mp) => {
    const env = envFor({ marketplace: mp, rulesVersion: VERSIONS[mp] });
    const names = env.rules.orders.states.value.map((s) => s.name).sort();
    expect(Object.keys(ORDER_TRANSITIONS[mp]).sort()).toEqual(names);
    for (const targets of Object.values(ORDER_TRANSITIONS[mp])) for (const t of targets) expect(names).toContain(t);
    expect(ORDER_STATE_ROLES[mp].awaiting).toBe(env.rules.orders.awaitingShipment);
  });

  it.each(MARKETPLACE_IDS)(
    '%s: terminal states of the rule set have no way out except a Trade Assurance claim',
    (mp) => {
      const env = envFor({ marketplace: mp, rulesVersion: VERSIONS[mp] });
      for (const s of env.rules.orders.states.value.filter((x) => x.terminal)) {
        const out = ORDER_TRANSITIONS[mp][s.name] ?? [];
        expect(out.filter((t) => t !== 'IN_DISPUTE')).toEqual([]);
      }
    },
  );

  it('allows Amazon Unshipped → Shipped but not Canceled → Shipped or Shipped → Canceled', () => {
    expect(canOrderTransition('amazon', 'Unshipped', 'Shipped')).toBe(true);
    expect(canOrderTransition('amazon', 'Canceled', 'Shipped')).toBe(false);
    expect(canOrderTransition('amazon', 'Shipped', 'Canceled')).toBe(false);
  });

  it('allows AliExpress WAIT_BUYER_ACCEPT_GOODS → IN_ISSUE and FINISH, but nothing out of FINISH', () => {
    expect(canOrderTransition('aliexpress', 'WAIT_BUYER_ACCEPT_GOODS', 'IN_ISSUE')).toBe(true);
    expect(canOrderTransition('aliexpress', 'WAIT_BUYER_ACCEPT_GOODS', 'FINISH')).toBe(true);
    expect(ORDER_TRANSITIONS.aliexpress.FINISH).toEqual([]);
  });

  it('moveOrder records the history and refuses an illegal move without changing the order', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Unshipped')]);
    const order = state.orders[0]!;
    moveOrder('amazon', order, 'Shipped', 600, 'seller', 'x');
    expect(order.status).toBe('Shipped');
    expect(order.history.at(-1)).toEqual({ at: 600, from: 'Unshipped', to: 'Shipped', by: 'seller', note: 'x' });
    expect(() => moveOrder('amazon', order, 'Unshipped', 700, 'seller')).toThrow(/ORDER_ILLEGAL_TRANSITION/);
    expect(order.status).toBe('Shipped');
    expect(order.history).toHaveLength(1);
  });
});
