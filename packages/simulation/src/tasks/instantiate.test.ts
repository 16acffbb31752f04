import { describe, expect, it } from 'vitest';
import { envFor } from '../marketplaces/env.js';
import { COMPUTATIONS } from './computations.js';
import { drawParam, fillPlaceholders, instantiateTask } from './instantiate.js';
import { ENGINE_SAMPLE_TASK } from './sample-task.js';
import { defaultTaskServices } from './task-services.js';
import type { TaskDefinition } from './types.js';

describe('drawParam', () => {
  it('draws ints on the step, numbers with the decimals and choices from the options, within range', () => {
    for (let i = 0; i < 200; i++) {
      const n = drawParam({ kind: 'int', min: 10, max: 50, step: 5 }, `s${i}`, 'x') as number;
      expect(n % 5).toBe(0);
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(50);
      const f = drawParam({ kind: 'number', min: 0.3, max: 1.8, decimals: 2 }, `s${i}`, 'y') as number;
      expect(Math.round(f * 100) / 100).toBe(f);
      expect(f).toBeGreaterThanOrEqual(0.3);
      expect(f).toBeLessThanOrEqual(1.8);
      expect(['US', 'DE']).toContain(drawParam({ kind: 'choice', options: ['US', 'DE'] }, `s${i}`, 'z'));
    }
    const seen = new Set(
      Array.from({ length: 100 }, (_, i) => drawParam({ kind: 'int', min: 1, max: 3 }, `t${i}`, 'n')),
    );
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('gives each parameter its own stream (adding one does not change another)', () => {
    expect(drawParam({ kind: 'int', min: 0, max: 1e6 }, 'seed', 'a')).toBe(
      drawParam({ kind: 'int', min: 0, max: 1e6 }, 'seed', 'a'),
    );
    expect(drawParam({ kind: 'int', min: 0, max: 1e6 }, 'seed', 'a')).not.toBe(
      drawParam({ kind: 'int', min: 0, max: 1e6 }, 'seed', 'b'),
    );
  });
});

describe('fillPlaceholders', () => {
  it('fills parameters and computed values, leaves unknown names', () => {
    expect(
      fillPlaceholders('{w} kg to {c}: ¥{@fee}, {x}', { params: { w: 1.5, c: 'DE' }, computed: { fee: 45.2 } }),
    ).toBe('1.5 kg to DE: ¥45.2, {x}');
  });
});

describe('instantiateTask', () => {
  const task: TaskDefinition = {
    ...ENGINE_SAMPLE_TASK,
    params: { ...ENGINE_SAMPLE_TASK.params, qty: { kind: 'int', min: 2, max: 4 } },
    scenario: {
      marketplace: 'amazon',
      base: 'trading-store',
      set: [{ path: 'listings[0].price', value: { param: 'weight' } }],
      add: {
        orders: [
          {
            lines: [{ sku: 'YM-001', qty: { param: 'qty' }, unitPrice: 20 }],
            address: { name: 'Ana Ruiz', country: '$country' },
          },
        ],
        messages: [{ topic: 'customs', text: 'Where is my parcel to {country}?' }],
      },
    },
  };

  it('applies set and add with parameters, completing the added entities', () => {
    const inst = instantiateTask(task, 'add', envFor);
    const s = inst.initialState;
    expect(s.listings[0]!.price).toBe(inst.params.weight);
    const order = s.orders[s.orders.length - 1]!;
    expect(order.id).toMatch(/^O-\d+$/);
    expect(order.lines[0]).toEqual({
      sku: 'YM-001',
      qty: inst.params.qty,
      unitPrice: 20,
      listingId: null,
      shippedQty: 0,
    });
    expect(order.total).toBe(20 * (inst.params.qty as number));
    expect(order.status).toBe('Unshipped');
    expect(order.buyer.country).toBe(inst.params.country);
    expect(order.address).toMatchObject({ name: 'Ana Ruiz', country: inst.params.country, city: 'Columbus' });
    const thread = s.messages[s.messages.length - 1]!;
    expect(thread.messages).toEqual([
      { from: 'buyer', text: `Where is my parcel to ${inst.params.country}?`, at: thread.receivedAt },
    ]);
    expect(thread.status).toBe('awaiting_reply');
    expect(new Set([...s.orders.map((o) => o.id), ...s.messages.map((m) => m.id)]).size).toBe(
      s.orders.length + s.messages.length,
    );
  });

  it('fails clearly when a set path leads nowhere', () => {
    const broken = { ...task, scenario: { ...task.scenario, set: [{ path: 'orders[id=O-0].status', value: 'x' }] } };
    expect(() => instantiateTask(broken, 's', envFor)).toThrow('scenario.set[0]: nothing at orders[id=O-0].status');
  });
});

describe('computations', () => {
  const inst = instantiateTask(ENGINE_SAMPLE_TASK, 'comp', envFor);
  const s = inst.initialState;
  const c = { state: s, env: envFor(s), services: defaultTaskServices };
  const run = (fn: string, args: Record<string, unknown>) => COMPUTATIONS[fn]!.run(args, c);
  const parcel = { l: 40, w: 30, h: 20, weightKg: 1.2 };

  it('freight: chargeable and volumetric weight by the channel divisor, quote with fuel surcharge', () => {
    expect(run('volumetricWeight', { parcel, divisor: 5000 })).toBe(4.8);
    expect(run('volumetricWeight', { parcel, channel: 'sf-intl' })).toBe(4);
    expect(run('chargeableWeight', { channel: 'dhl-express', parcel })).toBe(5);
    const fee = run('freightQuote', { channel: 'dhl-express', country: 'US', parcel }) as number;
    expect(fee).toBeGreaterThan(0);
    expect(() =>
      run('freightQuote', { channel: 'epacket', country: 'US', parcel: { ...parcel, weightKg: 3 } }),
    ).toThrow(/freightQuote/);
  });

  it('cheapest and fastest channel differ for a small parcel, and liquids rule out postal channels', () => {
    const small = { l: 20, w: 15, h: 5, weightKg: 0.3 };
    const cheapest = run('cheapestChannel', { country: 'US', parcel: small });
    const fastest = run('fastestChannel', { country: 'US', parcel: small });
    expect(cheapest).not.toBe(fastest);
    expect(['cn-post-small', 'epacket']).not.toContain(
      run('cheapestChannel', { country: 'US', parcel: small, sku: 'FS-001' }),
    );
  });

  it('metrics over a day range, per listing, and the top listings', () => {
    const ctr = run('metric', { name: 'ctr' }) as number;
    const clicks = s.metrics.reduce((a, r) => a + r.clicks, 0);
    const imps = s.metrics.reduce((a, r) => a + r.impressions, 0);
    expect(ctr).toBeCloseTo(clicks / imps, 12);
    const l = s.listings[0]!.id;
    const sales = s.metrics
      .filter((r) => r.listingId === l && r.day >= 20 && r.day <= 29)
      .reduce((a, r) => a + r.sales, 0);
    expect(run('metric', { name: 'sales', listingId: l, fromDay: 20, toDay: 29 })).toBeCloseTo(sales, 2);
    const best = run('bestSellingListing', {}) as string;
    const units = (id: string) => s.metrics.filter((r) => r.listingId === id).reduce((a, r) => a + r.units, 0);
    for (const x of s.listings) expect(units(best)).toBeGreaterThanOrEqual(units(x.id));
    const camp = run('highestAcosCampaign', {}) as string;
    expect(s.ads.map((a) => a.id)).toContain(camp);
    const acosOf = (id: string) => run('campaignMetric', { campaignId: id, name: 'acos' }) as number | null;
    for (const a of s.ads) expect(acosOf(camp) ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(acosOf(a.id) ?? 0);
    expect(s.listings.map((x) => x.id)).toContain(run('highestAcosListing', {}));
  });

  it('order total, select, arithmetic', () => {
    expect(run('orderTotal', { orderId: s.orders[0]!.id })).toBe(s.orders[0]!.total);
    expect(run('select', { collection: 'orders', where: { status: 'Canceled' } })).toBe(
      s.orders.find((o) => o.status === 'Canceled')!.id,
    );
    expect(
      run('select', {
        collection: 'orders',
        where: { 'buyer.country': ['DE', 'FR'] },
        index: -1,
        field: 'buyer.country',
      }),
    ).toMatch(/DE|FR/);
    expect(() => run('select', { collection: 'orders', where: { status: 'Nope' } })).toThrow(/no element/);
    expect(run('round', { value: 1.005, decimals: 2 })).toBe(1.01);
    expect(run('mul', { a: 3, b: 1.5 })).toBe(4.5);
    expect(run('add', { a: 0.1, b: 0.2 })).toBeCloseTo(0.3, 12);
    expect(run('sub', { a: 5, b: 2 })).toBe(3);
    expect(() => run('div', { a: 1, b: 0 })).toThrow(/zero/);
  });
});
