/**
 * Store metrics over a day range from the daily rows (`state.metrics`), as the computations use them:
 * CTR = clicks ÷ impressions; CVR = orders ÷ clicks; CPC = ad spend ÷ ad clicks; ACoS = ad spend ÷ ad sales;
 * ROAS = ad sales ÷ ad spend; TACoS = ad spend ÷ total sales (metrics/store-metrics.ts); adCtr = ad clicks ÷ ad
 * impressions. A ratio whose denominator is 0 is null (no value), never Infinity.
 */
import type { DailyMetrics, SimState } from '../core/state.js';
import { safeRatio, storeMetrics } from '../metrics/store-metrics.js';

export const METRIC_NAMES = [
  'impressions',
  'clicks',
  'orders',
  'units',
  'sales',
  'adImpressions',
  'adClicks',
  'adSpend',
  'adOrders',
  'adSales',
  'ctr',
  'adCtr',
  'cvr',
  'cpc',
  'acos',
  'roas',
  'tacos',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

type Sums = Omit<DailyMetrics, 'day' | 'listingId'>;

export function sumMetrics(rows: readonly DailyMetrics[], from: number, to: number, listingIds?: readonly string[]) {
  const s: Sums = {
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
  };
  const only = listingIds ? new Set(listingIds) : null;
  for (const r of rows) {
    if (r.day < from || r.day > to || (only && !only.has(r.listingId))) continue;
    for (const k of Object.keys(s) as (keyof Sums)[]) s[k] += r[k];
  }
  return s;
}

const ratio = (a: number, b: number): number | null => safeRatio(a, b);

/**
 * A metric over a day range, optionally for one listing: the figures of metrics/store-metrics.ts (what the console
 * shows), plus the ad click-through rate.
 */
export function metricValue(
  state: Pick<SimState, 'metrics'>,
  name: MetricName,
  from: number,
  to: number,
  listingId: string | null,
): number | null {
  const summary = storeMetrics(
    state,
    listingId ? { fromDay: from, toDay: to, listingId } : { fromDay: from, toDay: to },
  );
  if (name === 'adCtr') return ratio(summary.adClicks, summary.adImpressions);
  return summary[name];
}

export function adCampaignStats(
  rows: readonly DailyMetrics[],
  listingIds: readonly string[],
  from: number,
  to: number,
) {
  const s = sumMetrics(rows, from, to, listingIds);
  return {
    adSpend: s.adSpend,
    adSales: s.adSales,
    acos: ratio(s.adSpend, s.adSales),
    roas: ratio(s.adSales, s.adSpend),
    cpc: ratio(s.adSpend, s.adClicks),
    ctr: ratio(s.adClicks, s.adImpressions),
  };
}

/** The group (campaign or listing) with the highest ACoS among those that spent; spend without sales ranks first. */
export function highestAcos(
  rows: readonly DailyMetrics[],
  groups: readonly { id: string; listingIds: readonly string[] }[],
  from: number,
  to: number,
): string | null {
  let best: { id: string; acos: number } | null = null;
  for (const g of groups) {
    const s = adCampaignStats(rows, g.listingIds, from, to);
    if (s.adSpend <= 0) continue;
    const acos = s.acos ?? Number.POSITIVE_INFINITY;
    if (!best || acos > best.acos || (acos === best.acos && g.id < best.id)) best = { id: g.id, acos };
  }
  return best?.id ?? null;
}

/** The listing with the most units / sales / orders in the range (ties: the smaller id). */
export function topListing(
  rows: readonly DailyMetrics[],
  by: 'units' | 'sales' | 'orders',
  from: number,
  to: number,
): string | null {
  const totals = new Map<string, number>();
  for (const r of rows) {
    if (r.day < from || r.day > to) continue;
    totals.set(r.listingId, (totals.get(r.listingId) ?? 0) + r[by]);
  }
  let best: [string, number] | null = null;
  for (const [id, v] of totals) if (!best || v > best[1] || (v === best[1] && id < best[0])) best = [id, v];
  return best?.[0] ?? null;
}
