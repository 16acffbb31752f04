/**
 * Account health over the last 60 days (the window Amazon-like dashboards use): order defect rate, late shipment
 * rate, seller cancellation rate, valid tracking rate and 24-hour response rate, compared with the rule set's targets.
 * A rate with nothing to count meets its target (a new store is in good standing).
 */
import type { MarketplaceRuleSet } from '../core/rules.js';
import type { AccountHealth, Order, SimState } from '../core/state.js';
import type { LogisticsRuleSet } from '../logistics/rules-types.js';

export const HEALTH_WINDOW_DAYS = 60;
const DAY = 1440;

/** States a seller cancellation ends in (Amazon `Canceled`, AliExpress `IN_CANCEL`, Trade Assurance `CLOSED`). */
const CANCEL_STATES = new Set(['Canceled', 'IN_CANCEL', 'CLOSED']);
/** AliExpress ends cancelled orders in FINISH; these are the states before shipping. */
const PRE_SHIP_STATES = new Set([
  'PendingAvailability',
  'Pending',
  'Unshipped',
  'PLACE_ORDER_SUCCESS',
  'RISK_CONTROL',
  'WAIT_SELLER_SEND_GOODS',
  'WAIT_BUYER_CONFIRM',
  'WAIT_BUYER_PAY',
  'WAIT_SUPPLIER_SHIP',
]);
const DISPUTE_STATES = new Set(['IN_ISSUE', 'IN_FROZEN', 'IN_DISPUTE']);

export function isSellerCancelled(order: Order): boolean {
  return order.history.some(
    (h) => h.by === 'seller' && (CANCEL_STATES.has(h.to) || (h.to === 'FINISH' && PRE_SHIP_STATES.has(h.from))),
  );
}

/** A defect: a dispute or claim, a lost parcel, or a return the seller rejected. */
export function isDefectOrder(order: Order): boolean {
  return (
    DISPUTE_STATES.has(order.status) ||
    order.history.some((h) => DISPUTE_STATES.has(h.to)) ||
    order.tradeAssurance?.dispute != null ||
    order.flags.includes('lost_parcel') ||
    order.returns.some((r) => r.status === 'rejected')
  );
}

const isCancelledNow = (o: Order) =>
  CANCEL_STATES.has(o.status) || (o.status === 'FINISH' && o.shipmentIds.length === 0);

const regexCache = new Map<string, RegExp>();
function trackingRegex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) {
    re = new RegExp(source);
    regexCache.set(source, re);
  }
  return re;
}

export interface HealthRates {
  orderDefectRate: number;
  lateShipmentRate: number;
  cancellationRate: number;
  validTrackingRate: number;
  responseRate24h: number;
}

const rate = (num: number, den: number, whenEmpty: number) =>
  den > 0 ? Math.round((num / den) * 10000) / 10000 : whenEmpty;

export function healthRates(state: SimState, logistics?: Pick<LogisticsRuleSet, 'channels'>): HealthRates {
  const from = state.now - HEALTH_WINDOW_DAYS * DAY;
  const orders = state.orders.filter((o) => o.placedAt >= from);
  const shipmentsById = new Map(state.shipments.map((s) => [s.id, s]));
  let defects = 0;
  let cancels = 0;
  let due = 0;
  let late = 0;
  for (const o of orders) {
    if (isDefectOrder(o)) defects++;
    if (isSellerCancelled(o)) cancels++;
    if (o.fulfilment === 'AFN' || isCancelledNow(o)) continue;
    const firstShipped = o.shipmentIds
      .map((id) => shipmentsById.get(id)?.shippedAt)
      .reduce<number | null>((m, t) => (t === undefined ? m : m === null ? t : Math.min(m, t)), null);
    if (firstShipped !== null) {
      due++;
      if (firstShipped > o.shipBy) late++;
    } else if (state.now > o.shipBy) {
      due++;
      late++;
    }
  }
  const patterns = new Map((logistics?.channels ?? []).map((c) => [c.id, trackingRegex(c.trackingPattern)]));
  const shipments = state.shipments.filter((s) => s.shippedAt >= from && s.mode !== 'warehouse');
  const validTracking = shipments.filter((s) => {
    if (s.trackingNo.trim().length === 0) return false;
    const re = patterns.get(s.channelId);
    return re ? re.test(s.trackingNo) : true;
  }).length;
  const threads = state.messages.filter((t) => t.receivedAt >= from);
  let answerable = 0;
  let inTime = 0;
  for (const t of threads) {
    const answeredInTime = t.firstReplyAt !== null && t.firstReplyAt - t.receivedAt <= DAY;
    if (answeredInTime) inTime++;
    if (answeredInTime || t.firstReplyAt !== null || state.now - t.receivedAt > DAY) answerable++;
  }
  // The daily metrics count every order of the window; a scenario keeps only the recent ones in detail. Rates are
  // over whichever is larger, so a store with months of history is not judged on its last few orders alone.
  const fromDay = Math.floor(from / DAY);
  const counted = state.metrics.reduce((n, m) => (m.day >= fromDay ? n + m.orders : n), 0);
  const placed = Math.max(orders.length, counted);
  return {
    orderDefectRate: rate(defects, placed, 0),
    lateShipmentRate: rate(late, due, 0),
    cancellationRate: rate(cancels, placed, 0),
    validTrackingRate: rate(validTracking, shipments.length, 1),
    responseRate24h: rate(inTime, answerable, 1),
  };
}

/** Reviews-weighted rating of the store's listings; the previous rating when no listing has reviews. */
export function storeRating(state: SimState): number {
  let weight = 0;
  let sum = 0;
  for (const l of state.listings) {
    if (l.reviews <= 0) continue;
    weight += l.reviews;
    sum += l.rating * l.reviews;
  }
  return weight > 0 ? Math.round((sum / weight) * 100) / 100 : state.health.rating;
}

/**
 * Status: `good` when every rate meets its target; `critical` when any misses it badly (a "lower is better" rate
 * above twice its target, a "higher is better" rate short by more than twice the allowed shortfall) or three miss;
 * otherwise `at_risk`.
 */
export function computeAccountHealth(
  state: SimState,
  rules: Pick<MarketplaceRuleSet, 'health'>,
  logistics?: Pick<LogisticsRuleSet, 'channels'>,
): AccountHealth {
  const r = healthRates(state, logistics);
  const t = rules.health.targets.value;
  let misses = 0;
  let severe = false;
  for (const key of ['orderDefectRate', 'lateShipmentRate', 'cancellationRate'] as const) {
    if (r[key] > t[key]) {
      misses++;
      if (r[key] > 2 * t[key]) severe = true;
    }
  }
  for (const key of ['validTrackingRate', 'responseRate24h'] as const) {
    if (r[key] < t[key]) {
      misses++;
      if (1 - r[key] > 2 * (1 - t[key])) severe = true;
    }
  }
  const status: AccountHealth['status'] = misses === 0 ? 'good' : severe || misses >= 3 ? 'critical' : 'at_risk';
  return { ...r, rating: storeRating(state), status };
}
