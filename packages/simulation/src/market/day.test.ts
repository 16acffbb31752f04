import { describe, expect, it } from 'vitest';
import { cloneState } from '../core/clone.js';
import type { SimState } from '../core/state.js';
import { storeMetrics } from '../metrics/store-metrics.js';
import { buildBenchStore } from './bench-store.js';
import { MAX_SALES_PER_DAY, simulateDay } from './day.js';
import { fixtureEnv, isolatedDayDeps } from './test-fixtures.js';

const env = fixtureEnv();
const day = (s: SimState) => {
  const d = cloneState(s);
  simulateDay(d, env, isolatedDayDeps);
  return d;
};
const today = (s: SimState, listingId?: string) =>
  storeMetrics(s, { fromDay: 30, toDay: 30, ...(listingId ? { listingId } : {}) });

describe('simulateDay', () => {
  it('gives the same result for the same state (seeded by the state seed and the day)', () => {
    const s = buildBenchStore('det');
    expect(day(s)).toEqual(day(s));
    const other = buildBenchStore('det');
    other.seed = 'another';
    expect(day(other).metrics).not.toEqual(day(s).metrics);
  });

  it('creates paid orders with the marketplace state, ship-by time, shipping fee and stock taken', () => {
    const s = buildBenchStore('orders');
    const after = day(s);
    const created = after.orders.slice(s.orders.length);
    expect(created.length).toBeGreaterThan(0);
    for (const o of created) {
      expect(o.id).toMatch(/^O-\d+$/);
      expect(o.status).toBe('Pending');
      expect(o.paidAt).toBe(o.placedAt);
      expect(o.shipBy).toBe(o.placedAt + 2 * 1440);
      expect(o.placedAt).toBeGreaterThanOrEqual(s.now);
      expect(o.placedAt).toBeLessThan(31 * 1440);
      const line = o.lines[0]!;
      const value = Math.round(line.unitPrice * line.qty * 100) / 100;
      const product = after.products.find((p) => p.sku === line.sku)!;
      const steps = Math.max(0, Math.ceil((product.weightKg * line.qty - 0.5) / 0.5 - 1e-9));
      expect(o.shippingFee).toBe(value >= 35 ? 0 : Math.round((3.99 + steps * 1.5) * 100) / 100);
      expect(o.total).toBeCloseTo(value + o.shippingFee, 10);
    }
    for (const l of after.listings) {
      const sold = created.flatMap((o) => o.lines).filter((x) => x.listingId === l.id);
      const before = s.listings.find((x) => x.id === l.id)!.stock;
      expect(l.stock).toBe(before - sold.reduce((n, x) => n + x.qty, 0));
      expect(today(after, l.id).units).toBe(sold.reduce((n, x) => n + x.qty, 0));
    }
    expect(created.map((o) => o.placedAt)).toEqual([...created.map((o) => o.placedAt)].sort((a, b) => a - b));
  });

  it('sells nothing without stock and never more than the stock', () => {
    const s = buildBenchStore('stock');
    s.listings[0]!.stock = 0;
    s.listings[1]!.stock = 1;
    const after = day(s);
    expect(today(after, 'L-2')).toMatchObject({ orders: 0, impressions: 0 });
    expect(today(after, 'L-3').units).toBeLessThanOrEqual(1);
    expect(after.listings[1]!.stock).toBeGreaterThanOrEqual(0);
  });

  it('appends one metrics row per active listing, moves time on by a day and recomputes health', () => {
    const s = buildBenchStore('rows');
    s.listings[4]!.status = 'inactive';
    s.health.status = 'critical';
    const after = day(s);
    expect(after.metrics.map((r) => [r.day, r.listingId])).toEqual([
      [30, 'L-2'],
      [30, 'L-3'],
      [30, 'L-4'],
      [30, 'L-5'],
    ]);
    expect(after.now).toBe(s.now + 1440);
    expect(after.health.status).toBe('good');
  });

  it('more ad budget buys more ad impressions, and spend stays within each daily budget', () => {
    const poor = buildBenchStore('ads');
    poor.ads[0]!.dailyBudget = 2;
    const rich = cloneState(poor);
    rich.ads[0]!.dailyBudget = 500;
    const a = today(day(poor), 'L-2');
    const b = today(day(rich), 'L-2');
    expect(b.adImpressions).toBeGreaterThan(a.adImpressions);
    expect(a.adSpend).toBeLessThanOrEqual(2);
    const auto = storeMetrics(day(rich), { fromDay: 30, toDay: 30 }).adSpend - b.adSpend;
    expect(auto).toBeLessThanOrEqual(rich.ads[1]!.dailyBudget);
  });

  it('a higher bid wins a better place: more ad clicks at a higher cost per click', () => {
    const low = buildBenchStore('bid');
    low.ads[0]!.dailyBudget = 10_000;
    low.ads[0]!.keywords = low.ads[0]!.keywords.map((k) => ({ ...k, bid: 0.3 }));
    const high = cloneState(low);
    high.ads[0]!.keywords = high.ads[0]!.keywords.map((k) => ({ ...k, bid: 5 }));
    const a = today(day(low), 'L-2');
    const b = today(day(high), 'L-2');
    expect(b.adClicks).toBeGreaterThan(a.adClicks);
    expect(b.cpc ?? 0).toBeGreaterThan(a.cpc ?? 0);
  });

  it('caps the purchases of a day when a scenario sets absurd search volumes', () => {
    const s = buildBenchStore('huge');
    for (const kw of s.market.keywords) kw.dailySearches = 1e9;
    for (const l of s.listings) l.stock = 1e6;
    const after = day(s);
    const created = after.orders.length - s.orders.length;
    expect(created).toBeGreaterThan(1000);
    expect(created).toBeLessThanOrEqual(MAX_SALES_PER_DAY);
  });

  it('a paused campaign shows no ads', () => {
    const s = buildBenchStore('paused');
    for (const c of s.ads) c.status = 'paused';
    const m = storeMetrics(day(s), { fromDay: 30, toDay: 30 });
    expect(m).toMatchObject({ adImpressions: 0, adClicks: 0, adSpend: 0, adOrders: 0 });
    expect(m.impressions).toBeGreaterThan(0);
  });

  it('charges the coupon budget for the discount given and ends the coupon when it is used up', () => {
    const s = buildBenchStore('coupon'); // CP-9: 10 % off L-4, budget $500
    const after = day(s);
    const units = after.orders
      .slice(s.orders.length)
      .flatMap((o) => o.lines)
      .filter((l) => l.listingId === 'L-4')
      .reduce((n, l) => n + l.qty, 0);
    expect(units).toBeGreaterThan(0);
    const perUnit = Math.round(s.listings[2]!.price * 0.1 * 100) / 100;
    expect(after.coupons[0]!.spent).toBeCloseTo(perUnit * units, 6);
    expect(after.coupons[0]!.status).toBe('active');
    const tight = cloneState(s);
    tight.coupons[0]!.budget = 0.5;
    const afterTight = day(tight);
    expect(afterTight.coupons[0]!.status).toBe('ended');
    const prices = afterTight.orders
      .slice(s.orders.length)
      .flatMap((o) => o.lines)
      .filter((l) => l.listingId === 'L-4')
      .map((l) => l.unitPrice);
    const full = s.listings[2]!.price;
    expect(prices[0]).toBeCloseTo(full - perUnit, 6);
    expect(prices.slice(1).every((p) => p === full)).toBe(true);
  });

  it('places Alibaba.com-like orders of at least the MOQ, paid into Trade Assurance', () => {
    const s = buildBenchStore('b2b');
    s.marketplace = 'alibaba';
    for (const l of s.listings) {
      l.attributes.moq = '20';
      l.stock = 2000;
    }
    s.listings[0]!.stock = 10; // below the MOQ: cannot sell
    const after = day(s);
    const created = after.orders.slice(s.orders.length);
    expect(created.length).toBeGreaterThan(0);
    for (const o of created) {
      expect(o.status).toBe('WAIT_SUPPLIER_SHIP');
      expect(o.lines[0]!.qty % 20).toBe(0);
      expect(o.lines[0]!.listingId).not.toBe('L-2');
      expect(o.tradeAssurance).toMatchObject({ amount: o.total, paidAmount: o.total, dispute: null });
    }
  });
});
