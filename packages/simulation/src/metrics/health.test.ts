import { describe, expect, it } from 'vitest';
import type { Order, SimState } from '../core/state.js';
import { buildBenchStore } from '../market/bench-store.js';
import { fixtureEnv } from '../market/test-fixtures.js';
import { computeAccountHealth, healthRates } from './health.js';

const env = fixtureEnv();

/** The bench store ships everything in time, with valid tracking, and has no messages: a store in good standing. */
const store = (): SimState => buildBenchStore('health');

describe('computeAccountHealth', () => {
  it('rates a store that ships on time with valid tracking as good', () => {
    const h = computeAccountHealth(store(), env.rules, env.logistics);
    expect(h).toMatchObject({
      orderDefectRate: 0,
      lateShipmentRate: 0,
      cancellationRate: 0,
      validTrackingRate: 1,
      responseRate24h: 1,
      status: 'good',
    });
  });

  it('counts seller cancellations over the orders of the last 60 days', () => {
    const s = store();
    const n = s.orders.length;
    const cancel = (o: Order) => {
      o.history.push({ at: o.placedAt + 60, from: o.status, to: 'Canceled', by: 'seller' });
      o.status = 'Canceled';
    };
    cancel(s.orders.at(-1)!);
    expect(healthRates(s).cancellationRate).toBeCloseTo(Math.round((1 / n) * 10000) / 10000, 10);
    // Orders older than 60 days no longer count.
    for (const o of s.orders) o.placedAt -= 61 * 1440;
    expect(healthRates(s).cancellationRate).toBe(0);
  });

  it('rates defects over the orders the daily metrics counted when the detailed order list holds fewer', () => {
    const s = store();
    s.orders.at(-1)!.flags.push('lost_parcel');
    const detailed = healthRates(s).orderDefectRate;
    const day = Math.floor(s.now / 1440);
    s.metrics = [
      {
        day,
        listingId: 'L-1',
        impressions: 0,
        clicks: 0,
        orders: 400,
        units: 400,
        sales: 0,
        adImpressions: 0,
        adClicks: 0,
        adSpend: 0,
        adOrders: 0,
        adSales: 0,
      },
    ];
    expect(healthRates(s).orderDefectRate).toBe(Math.round((1 / Math.max(400, s.orders.length)) * 10000) / 10000);
    expect(healthRates(s).orderDefectRate).toBeLessThan(detailed);
  });

  it('counts an unshipped order past its ship-by time as late and invalid tracking numbers against the channel', () => {
    const s = store();
    const open = s.orders.filter((o) => o.shipmentIds.length === 0);
    expect(open.length).toBeGreaterThan(0);
    for (const o of open) o.shipBy = s.now - 60;
    s.shipments[0]!.trackingNo = 'ABC';
    const r = healthRates(s, env.logistics);
    const due = s.orders.length;
    expect(r.lateShipmentRate).toBeCloseTo(Math.round((open.length / due) * 10000) / 10000, 10);
    expect(r.validTrackingRate).toBeLessThan(1);
  });

  it('falls to at risk when one target is missed and to critical when a rate is more than twice its target', () => {
    const s = store();
    const thread = (at: number, reply: number | null) => ({
      id: `M-${at}`,
      orderId: null,
      buyer: { name: 'A', country: 'US', language: 'en' },
      topic: 'product' as const,
      messages: [{ from: 'buyer' as const, text: '?', at }],
      status: 'awaiting_reply' as const,
      receivedAt: at,
      firstReplyAt: reply,
    });
    // 9 of 10 answered within 24 h = 0.9 meets the target; 8 of 10 misses it (shortfall 0.2 = 2 × 0.1: not critical).
    for (let i = 0; i < 8; i++) s.messages.push(thread(s.now - 3 * 1440 + i, s.now - 3 * 1440 + i + 60));
    s.messages.push(thread(s.now - 3 * 1440 + 8, null), thread(s.now - 3 * 1440 + 9, s.now));
    expect(computeAccountHealth(s, env.rules, env.logistics)).toMatchObject({
      responseRate24h: 0.8,
      status: 'at_risk',
    });
    s.messages.push(thread(s.now - 2 * 1440, null));
    expect(computeAccountHealth(s, env.rules, env.logistics).status).toBe('critical');
  });

  it('counts disputes and rejected returns as defects', () => {
    const s = store();
    s.orders[0]!.status = 'IN_ISSUE';
    s.orders[1]!.returns.push({
      id: 'R-1',
      kind: 'return',
      sku: 'x',
      qty: 1,
      reason: 'broken',
      status: 'rejected',
      refundAmount: null,
      requestedAt: s.now,
    });
    const r = healthRates(s);
    expect(r.orderDefectRate).toBeCloseTo(Math.round((2 / s.orders.length) * 10000) / 10000, 10);
    expect(computeAccountHealth(s, env.rules).status).toBe('critical');
  });
});
