import { describe, expect, it } from 'vitest';
import type { DailyMetrics } from '../core/state.js';
import { metricsByDay, metricsByListing, storeMetrics } from './store-metrics.js';

const row = (day: number, listingId: string, patch: Partial<DailyMetrics>): DailyMetrics => ({
  day,
  listingId,
  impressions: 0,
  clicks: 0,
  orders: 0,
  units: 0,
  sales: 0,
  adImpressions: 0,
  adClicks: 0,
  adSpend: 0,
  adOrders: 0,
  adSales: 0,
  ...patch,
});

const state = {
  metrics: [
    row(3, 'L-2', {
      impressions: 10_000,
      clicks: 250,
      orders: 20,
      units: 22,
      sales: 500,
      adImpressions: 4000,
      adClicks: 100,
      adSpend: 80,
      adOrders: 8,
      adSales: 200,
    }),
    row(4, 'L-2', {
      impressions: 6000,
      clicks: 150,
      orders: 10,
      units: 10,
      sales: 300,
      adImpressions: 1000,
      adClicks: 60,
      adSpend: 40,
      adOrders: 4,
      adSales: 120,
    }),
    row(4, 'L-10', { impressions: 2000, clicks: 40, orders: 2, units: 2, sales: 30 }),
    row(9, 'L-2', { impressions: 1, clicks: 1 }),
  ],
};

describe('storeMetrics', () => {
  it('sums the rows of the range and computes CTR, CVR, CPC, ACoS, ROAS and TACoS', () => {
    const m = storeMetrics(state, { fromDay: 3, toDay: 4 });
    expect(m).toMatchObject({ impressions: 18_000, clicks: 440, orders: 32, units: 34, sales: 830 });
    expect(m).toMatchObject({ adImpressions: 5000, adClicks: 160, adSpend: 120, adOrders: 12, adSales: 320 });
    expect(m.ctr).toBeCloseTo(440 / 18_000, 12); // 2.44 %
    expect(m.cvr).toBeCloseTo(32 / 440, 12); // 7.27 %
    expect(m.cpc).toBeCloseTo(0.75, 12); // 120 ÷ 160
    expect(m.acos).toBeCloseTo(0.375, 12); // 120 ÷ 320
    expect(m.roas).toBeCloseTo(2.6667, 4); // 320 ÷ 120
    expect(m.tacos).toBeCloseTo(120 / 830, 12); // 14.46 %
  });

  it('filters by listing', () => {
    const m = storeMetrics(state, { fromDay: 0, toDay: 5, listingId: 'L-10' });
    expect(m).toMatchObject({ impressions: 2000, clicks: 40, orders: 2, ctr: 0.02, cvr: 0.05 });
  });

  it('gives null, not 0 or Infinity, for ratios with nothing to divide by', () => {
    const m = storeMetrics(state, { fromDay: 4, toDay: 4, listingId: 'L-10' });
    expect(m).toMatchObject({ cpc: null, acos: null, roas: null, tacos: 0 });
    expect(storeMetrics(state, { fromDay: 20, toDay: 30 })).toMatchObject({
      ctr: null,
      cvr: null,
      cpc: null,
      acos: null,
      roas: null,
      tacos: null,
    });
  });
});

describe('metrics by listing and by day', () => {
  it('groups by listing in numeric id order', () => {
    const by = metricsByListing(state, { fromDay: 0, toDay: 10 });
    expect(by.map((b) => [b.listingId, b.metrics.impressions])).toEqual([
      ['L-2', 16_001],
      ['L-10', 2000],
    ]);
  });

  it('gives one entry per day of the range, zeros on days without rows', () => {
    const by = metricsByDay(state, { fromDay: 3, toDay: 5 });
    expect(by.map((d) => [d.day, d.metrics.impressions, d.metrics.ctr])).toEqual(
      [
        [3, 10_000, 0.025],
        [4, 8000, 0.0238],
        [5, 0, null],
      ].map(([d, i, c]) => [d, i, c === 0.0238 ? expect.closeTo(190 / 8000, 12) : c]),
    );
  });
});
