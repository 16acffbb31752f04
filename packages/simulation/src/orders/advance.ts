/**
 * What the market does to orders on each simulated day (called by market/ once per day that starts; everything
 * happens at the start of that day): payments clear, risk control ends, Trade Assurance drafts are confirmed and
 * paid, buyers confirm receipt, return requests and claims arrive, and disputes escalate. Randomness comes only from
 * the state's seed forked by day.
 */
import { dayOf, nextId } from '../core/ids.js';
import type { SimEvent } from '../core/result.js';
import { createRng, type Rng } from '../core/rng.js';
import type { SimEnv } from '../core/rules.js';
import type { Order, Shipment, SimState } from '../core/state.js';
import { MINUTES_PER_DAY } from '../core/state.js';
import { moveOrder } from './states.js';
import { TA_RULES } from './trade-assurance.js';

/** Daily chances, tuned so a store sees a few returns and disputes a month. */
export const ORDER_MARKET_ODDS = {
  buyerConfirmsReceiptPerDay: 0.35,
  returnRequestPerDay: { amazon: 0.005, aliexpress: 0.01, alibaba: 0 },
  exchangeShare: 0.25,
  taClaimAtReceipt: { onTime: 0.03, late: 0.5 },
  taClaimNotShippedPerDay: 0.5,
  buyerEscalatesPerDay: 0.3,
  /** Days after approval in which the returned goods arrive back. */
  returnTransitDays: 7,
};

const RETURN_REASONS = ['Item not as described', 'Wrong size', 'Damaged in transit', 'Defective', 'Changed my mind'];

/** When every shipment of the order has been delivered: the last delivery time; null otherwise. */
export function orderDeliveredAt(state: SimState, order: Order, byId?: ReadonlyMap<string, Shipment>): number | null {
  if (order.shipmentIds.length === 0) return null;
  let last = 0;
  for (const id of order.shipmentIds) {
    const s = byId ? byId.get(id) : state.shipments.find((x) => x.id === id);
    if (s?.status !== 'delivered') return null;
    last = Math.max(last, s.deliveredAt ?? 0);
  }
  return last;
}

/** What one day's pass over the orders shares: the shipments by id and the events so far. */
interface DayContext {
  state: SimState;
  env: SimEnv;
  day: number;
  at: number;
  shipments: ReadonlyMap<string, Shipment>;
  events: SimEvent[];
}

const lastEnteredAt = (order: Order): number => order.history.at(-1)?.at ?? order.placedAt;

function maybeRequestReturn(ctx: DayContext, order: Order, rng: () => Rng): boolean {
  const { state, env, at, events } = ctx;
  const deliveredAt = orderDeliveredAt(state, order, ctx.shipments);
  if (deliveredAt === null || order.returns.length > 0) return false;
  if (at > deliveredAt + env.rules.orders.returnWindowDays.value * MINUTES_PER_DAY) return false;
  const r = rng();
  if (r.next() >= ORDER_MARKET_ODDS.returnRequestPerDay[state.marketplace]) return false;
  const line = r.pick(order.lines);
  const kind = r.next() < ORDER_MARKET_ODDS.exchangeShare ? 'exchange' : 'return';
  const id = nextId(state, 'R');
  order.returns.push({
    id,
    kind,
    sku: line.sku,
    qty: 1,
    reason: r.pick(RETURN_REASONS),
    status: 'requested',
    refundAmount: null,
    requestedAt: at,
  });
  events.push({
    kind: 'return.requested',
    message: {
      zh: `订单 ${order.id} 收到${kind === 'exchange' ? '换货' : '退货'}申请 ${id}`,
      en: `Order ${order.id}: ${kind} request ${id}`,
    },
    refs: { orderId: order.id, returnId: id },
  });
  return true;
}

function openClaim(state: SimState, order: Order, at: number, claim: string, events: SimEvent[]) {
  const ta = order.tradeAssurance;
  if (!ta) return;
  ta.dispute = {
    openedAt: at,
    claim,
    status: 'awaiting_supplier',
    timeline: [{ at, event: `claim: ${claim}`, by: 'buyer' }],
  };
  moveOrder(state.marketplace, order, 'IN_DISPUTE', at, 'buyer', claim);
  events.push({
    kind: 'ta.disputeOpened',
    message: {
      zh: `信用保障订单 ${order.id} 买家发起纠纷：${claim}，请在 ${TA_RULES.supplierResponseDays} 天内答复`,
      en: `Trade Assurance order ${order.id}: the buyer opened a claim (${claim}); respond within ${TA_RULES.supplierResponseDays} days`,
    },
    refs: { orderId: order.id },
  });
}

function advanceDispute(ctx: DayContext, order: Order, rng: () => Rng) {
  const { day, at, events } = ctx;
  const dispute = order.tradeAssurance?.dispute;
  if (!dispute || (dispute.status !== 'awaiting_supplier' && dispute.status !== 'negotiating')) return;
  const dayNumber = day - Math.floor(dispute.openedAt / MINUTES_PER_DAY) + 1;
  const automatic = dayNumber >= TA_RULES.autoEscalateOnDay;
  const byBuyer =
    !automatic &&
    dayNumber >= TA_RULES.buyerMayEscalateFromDay &&
    rng().next() < ORDER_MARKET_ODDS.buyerEscalatesPerDay;
  if (!automatic && !byBuyer) return;
  dispute.status = 'escalated';
  dispute.timeline.push({
    at,
    event: automatic ? 'escalated automatically' : 'buyer escalated',
    by: automatic ? 'platform' : 'buyer',
  });
  events.push({
    kind: 'ta.disputeEscalated',
    message: {
      zh: `订单 ${order.id} 纠纷已升级，由平台介入裁决`,
      en: `Order ${order.id}: dispute escalated to the platform`,
    },
    refs: { orderId: order.id },
  });
}

function advanceOne(ctx: DayContext, order: Order, rng: () => Rng) {
  const { state, day, at, events } = ctx;
  const mp = state.marketplace;
  const move = (to: string, by: 'buyer' | 'platform', note: string) => moveOrder(mp, order, to, at, by, note);
  switch (order.status) {
    case 'Pending':
      order.paidAt ??= at;
      move('Unshipped', 'platform', 'payment confirmed');
      return;
    case 'Unshipped':
      // Fulfilled by Amazon: the marketplace ships from its own stock the day after payment.
      if (order.fulfilment === 'AFN') {
        for (const line of order.lines) line.shippedQty = line.qty;
        move('Shipped', 'platform', 'shipped by Amazon (AFN)');
      }
      return;
    case 'Shipped':
      maybeRequestReturn(ctx, order, rng);
      return;
    case 'PLACE_ORDER_SUCCESS':
      order.paidAt ??= at;
      move('RISK_CONTROL', 'platform', 'paid; 24 h risk control');
      return;
    case 'RISK_CONTROL':
      if (at >= (order.paidAt ?? order.placedAt) + MINUTES_PER_DAY)
        move('WAIT_SELLER_SEND_GOODS', 'platform', 'risk control passed');
      return;
    case 'FUND_PROCESSING':
      move('FINISH', 'platform', 'funds settled');
      return;
    case 'WAIT_BUYER_ACCEPT_GOODS': {
      if (order.receiptDeadline !== null && at >= order.receiptDeadline) {
        move('FINISH', 'platform', 'receipt deadline reached: confirmed automatically');
        return;
      }
      if (maybeRequestReturn(ctx, order, rng)) {
        move('IN_ISSUE', 'buyer', 'buyer opened a dispute');
        return;
      }
      if (
        orderDeliveredAt(state, order, ctx.shipments) !== null &&
        rng().next() < ORDER_MARKET_ODDS.buyerConfirmsReceiptPerDay
      ) {
        move('FINISH', 'buyer', 'buyer confirmed receipt');
      }
      return;
    }
    case 'WAIT_BUYER_CONFIRM':
      if (day > dayOf(lastEnteredAt(order))) move('WAIT_BUYER_PAY', 'buyer', 'buyer confirmed the order');
      return;
    case 'WAIT_BUYER_PAY':
      if (day > dayOf(lastEnteredAt(order)) && order.tradeAssurance) {
        order.tradeAssurance.paidAmount = order.tradeAssurance.amount;
        order.paidAt = at;
        move('WAIT_SUPPLIER_SHIP', 'buyer', 'buyer paid');
      }
      return;
    case 'WAIT_SUPPLIER_SHIP': {
      const ta = order.tradeAssurance;
      if (
        ta &&
        day > ta.shipByDay + TA_RULES.supplierResponseDays &&
        rng().next() < ORDER_MARKET_ODDS.taClaimNotShippedPerDay
      ) {
        openClaim(state, order, at, 'not shipped by the contract date', events);
      }
      return;
    }
    case 'WAIT_BUYER_RECEIVE': {
      if (orderDeliveredAt(state, order, ctx.shipments) === null) return;
      move('COMPLETED', 'buyer', 'buyer confirmed receipt');
      const odds = order.lateShipment
        ? ORDER_MARKET_ODDS.taClaimAtReceipt.late
        : ORDER_MARKET_ODDS.taClaimAtReceipt.onTime;
      if (rng().next() < odds)
        openClaim(state, order, at, order.lateShipment ? 'late delivery' : 'quality not as agreed', events);
      return;
    }
    case 'IN_DISPUTE':
      advanceDispute(ctx, order, rng);
      return;
  }
}

/** Runs one market day for every order; returns what happened for the day's report. */
export function advanceOrdersDay(draft: SimState, env: SimEnv, day: number): SimEvent[] {
  const ctx: DayContext = {
    state: draft,
    env,
    day,
    at: day * MINUTES_PER_DAY,
    shipments: new Map(draft.shipments.map((s) => [s.id, s])),
    events: [],
  };
  // One stream per store and day, drawn lazily in order sequence (a fork per order would cost more than the rest).
  let stream: Rng | null = null;
  const rng = (): Rng => {
    stream ??= createRng(`${draft.seed}/orders/day-${day}`);
    return stream;
  };
  for (const order of draft.orders) {
    advanceOne(ctx, order, rng);
    for (const ret of order.returns) {
      if (
        ret.status === 'approved' &&
        day * MINUTES_PER_DAY >= ret.requestedAt + ORDER_MARKET_ODDS.returnTransitDays * MINUTES_PER_DAY
      ) {
        ret.status = 'received';
      }
    }
  }
  return ctx.events;
}
