/**
 * Store metrics from the daily rows (`state.metrics`): CTR = clicks ÷ impressions; CVR = orders ÷ clicks;
 * CPC = ad spend ÷ ad clicks; ACoS = ad spend ÷ ad sales; ROAS = ad sales ÷ ad spend; TACoS = ad spend ÷ total
 * sales. A ratio with nothing to divide by is null (shown as "—"), never 0 or Infinity.
 */
import type { DailyMetrics, SimState } from '../core/state.js';

export interface MetricsTotals {
  impressions: number;
  clicks: number;
  orders: number;
  units: number;
  sales: number;
  adImpressions: number;
  adClicks: number;
  adSpend: number;
  adOrders: number;
  adSales: number;
}

export interface MetricsSummary extends MetricsTotals {
  ctr: number | null;
  cvr: number | null;
  cpc: number | null;
  acos: number | null;
  roas: number | null;
  tacos: number | null;
}

export interface MetricsRange {
  /** Inclusive simulated days. */
  fromDay: number;
  toDay: number;
  listingId?: string;
}

const COUNT_KEYS = [
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
] as const satisfies readonly (keyof MetricsTotals)[];

/** a ÷ b, null when b is 0 (or not finite). */
export const safeRatio = (a: number, b: number): number | null => (b > 0 && Number.isFinite(b) ? a / b : null);

/** Longest range `metricsByDay` expands (ten simulated years). */
export const MAX_DAYS_BY_DAY = 3660;

const round2 = (x: number) => Math.round(x * 100) / 100;

export function emptyMetricsTotals(): MetricsTotals {
  return {
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
}

export function summariseMetrics(t: MetricsTotals): MetricsSummary {
  const totals = { ...t, sales: round2(t.sales), adSpend: round2(t.adSpend), adSales: round2(t.adSales) };
  return {
    ...totals,
    ctr: safeRatio(t.clicks, t.impressions),
    cvr: safeRatio(t.orders, t.clicks),
    cpc: safeRatio(t.adSpend, t.adClicks),
    acos: safeRatio(t.adSpend, t.adSales),
    roas: safeRatio(t.adSales, t.adSpend),
    tacos: safeRatio(t.adSpend, t.sales),
  };
}

function addRow(into: MetricsTotals, row: DailyMetrics): void {
  for (const k of COUNT_KEYS) into[k] += row[k];
}

const inRange = (row: DailyMetrics, r: MetricsRange) =>
  row.day >= r.fromDay && row.day <= r.toDay && (r.listingId === undefined || row.listingId === r.listingId);

export function storeMetrics(state: Pick<SimState, 'metrics'>, range: MetricsRange): MetricsSummary {
  const t = emptyMetricsTotals();
  for (const row of state.metrics) if (inRange(row, range)) addRow(t, row);
  return summariseMetrics(t);
}

/** One summary per listing that has rows in the range, in order of listing id. */
export function metricsByListing(
  state: Pick<SimState, 'metrics'>,
  range: Omit<MetricsRange, 'listingId'>,
): { listingId: string; metrics: MetricsSummary }[] {
  const by = new Map<string, MetricsTotals>();
  for (const row of state.metrics) {
    if (!inRange(row, range)) continue;
    let t = by.get(row.listingId);
    if (!t) {
      t = emptyMetricsTotals();
      by.set(row.listingId, t);
    }
    addRow(t, row);
  }
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([listingId, t]) => ({ listingId, metrics: summariseMetrics(t) }));
}

/** One summary per day of the range (days without rows give zeros), optionally for one listing. */
export function metricsByDay(
  state: Pick<SimState, 'metrics'>,
  range: MetricsRange,
): { day: number; metrics: MetricsSummary }[] {
  const days = Math.max(0, range.toDay - range.fromDay + 1);
  if (days > MAX_DAYS_BY_DAY) throw new RangeError(`metricsByDay: at most ${MAX_DAYS_BY_DAY} days`);
  const totals = Array.from({ length: days }, emptyMetricsTotals);
  for (const row of state.metrics) if (inRange(row, range)) addRow(totals[row.day - range.fromDay]!, row);
  return totals.map((t, i) => ({ day: range.fromDay + i, metrics: summariseMetrics(t) }));
}
