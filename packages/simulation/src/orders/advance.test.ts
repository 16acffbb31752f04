import { describe, expect, it } from 'vitest';
import { cloneState } from '../core/clone.js';
import type { Shipment, SimState } from '../core/state.js';
import { MINUTES_PER_DAY } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';
import { advanceOrdersDay } from './advance.js';
import { fixtureOrder, fixtureState } from './test-fixtures.js';

const delivered = (id: string, orderId: string, day: number): Shipment => ({
  id,
  orderId,
  channelId: 'dhl-express',
  mode: 'online',
  trackingNo: `${id}`,
  parcel: { l: 10, w: 10, h: 10, weightKg: 1 },
  destination: 'US',
  chargeableWeightKg: 1,
  costCny: 100,
  shippedAt: 0,
  status: 'delivered',
  deliveredAt: day * MINUTES_PER_DAY,
});

const run = (state: SimState, from: number, to: number) => {
  const env = envFor(state);
  for (let day = from; day <= to; day++) advanceOrdersDay(state, env, day);
};

describe('advanceOrdersDay', () => {
  it('Amazon: Pending becomes Unshipped once paid', () => {
    const state = fixtureState('amazon', [fixtureOrder('O-1', 'Pending', { paidAt: null })]);
    run(state, 1, 1);
    expect(state.orders[0]).toMatchObject({ status: 'Unshipped', paidAt: MINUTES_PER_DAY });
  });

  it('AliExpress: payment puts the order in RISK_CONTROL, which ends 24 h after payment', () => {
    const state = fixtureState('aliexpress', [fixtureOrder('O-1', 'PLACE_ORDER_SUCCESS', { paidAt: null })]);
    run(state, 1, 1);
    expect(state.orders[0]?.status).toBe('RISK_CONTROL');
    run(state, 1, 1);
    expect(state.orders[0]?.status).toBe('RISK_CONTROL');
    run(state, 2, 2);
    expect(state.orders[0]?.status).toBe('WAIT_SELLER_SEND_GOODS');
  });

  it('AliExpress: the receipt deadline closes the order as FINISH even if the parcel is not delivered', () => {
    const state = fixtureState('aliexpress', [
      fixtureOrder('O-1', 'WAIT_BUYER_ACCEPT_GOODS', { receiptDeadline: 5 * MINUTES_PER_DAY }),
    ]);
    run(state, 4, 4);
    expect(state.orders[0]?.status).toBe('WAIT_BUYER_ACCEPT_GOODS');
    run(state, 5, 5);
    expect(state.orders[0]?.status).toBe('FINISH');
    expect(state.orders[0]?.history.at(-1)?.by).toBe('platform');
  });

  it('AliExpress: buyers confirm delivered orders (or open disputes) over the following days, reproducibly', () => {
    const make = () => {
      const orders = Array.from({ length: 40 }, (_, i) =>
        fixtureOrder(`O-${i}`, 'WAIT_BUYER_ACCEPT_GOODS', {
          receiptDeadline: 60 * MINUTES_PER_DAY,
          shipmentIds: [`SH-${i}`],
        }),
      );
      const state = fixtureState('aliexpress', orders);
      state.shipments = orders.map((_, i) => delivered(`SH-${i}`, `O-${i}`, 1));
      return state;
    };
    const a = make();
    run(a, 2, 20);
    const finished = a.orders.filter((o) => o.status === 'FINISH');
    expect(finished.length).toBeGreaterThan(30);
    expect(finished.every((o) => o.history.at(-1)?.by === 'buyer')).toBe(true);
    const b = make();
    run(b, 2, 20);
    expect(b).toEqual(a);
  });

  it('Amazon: return requests arrive only after delivery and within the return window', () => {
    const orders = Array.from({ length: 300 }, (_, i) =>
      fixtureOrder(`O-${i}`, 'Shipped', { shipmentIds: [`SH-${i}`] }),
    );
    const state = fixtureState('amazon', orders);
    // half delivered on day 1, half still in transit
    state.shipments = orders.map((_, i) => ({
      ...delivered(`SH-${i}`, `O-${i}`, 1),
      ...(i % 2 ? { status: 'in_transit' as const, deliveredAt: null } : {}),
    }));
    const before = cloneState(state);
    run(state, 2, 60);
    const withReturns = state.orders.filter((o) => o.returns.length > 0);
    expect(withReturns.length).toBeGreaterThan(5);
    const window = envFor(state).rules.orders.returnWindowDays.value;
    for (const o of withReturns) {
      expect(Number(o.id.slice(2)) % 2).toBe(0);
      expect(o.returns[0]?.requestedAt).toBeLessThanOrEqual((1 + window) * MINUTES_PER_DAY);
      expect(o.returns[0]?.id).toMatch(/^R-\d+$/);
    }
    expect(before.orders.every((o) => o.returns.length === 0)).toBe(true);
  });

  it('approved returns arrive back after the return transit days', () => {
    const state = fixtureState('amazon', [
      fixtureOrder('O-1', 'Canceled', {
        returns: [
          {
            id: 'R-1',
            kind: 'return',
            sku: 'SKU-A',
            qty: 1,
            reason: 'x',
            status: 'approved',
            refundAmount: null,
            requestedAt: 0,
          },
        ],
      }),
    ]);
    run(state, 6, 6);
    expect(state.orders[0]?.returns[0]?.status).toBe('approved');
    run(state, 7, 7);
    expect(state.orders[0]?.returns[0]?.status).toBe('received');
  });
});

describe('advanceOrdersDay (AFN)', () => {
  it('the marketplace ships AFN orders itself; seller-fulfilled orders wait for the seller', () => {
    const state = fixtureState('amazon', [
      fixtureOrder('O-1', 'Unshipped', { fulfilment: 'AFN' }),
      fixtureOrder('O-2', 'Unshipped'),
    ]);
    run(state, 1, 1);
    expect(state.orders.map((o) => o.status)).toEqual(['Shipped', 'Unshipped']);
    expect(state.orders[0]?.lines[0]?.shippedQty).toBe(2);
  });
});
