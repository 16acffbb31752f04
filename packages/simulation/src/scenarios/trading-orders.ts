/**
 * The orders of the trading store: a fixed set of order situations (ids `O-…` in this order for every seed) in the
 * marketplace's own state names — awaiting shipment in several countries, abnormal flags, unpaid, partly shipped,
 * shipped (in transit, lost, held by customs), delivered, cancelled, a return and an exchange request, and one
 * fulfilled from the overseas warehouse (Amazon-like: by Amazon, AFN).
 */
import { nextId } from '../core/ids.js';
import type { Rng } from '../core/rng.js';
import type { SimEnv } from '../core/rules.js';
import type { AbnormalFlag, Listing, Order, Parcel, Product, Shipment, SimState } from '../core/state.js';
import { cheapestChannel, quoteFreight } from '../logistics/freight.js';
import { makeTrackingNo } from '../logistics/tracking.js';
import { makeBuyer } from './buyers.js';

export type OrderRole =
  | 'awaiting'
  | 'unpaid'
  | 'partial'
  | 'shipped'
  | 'delivered'
  | 'cancelled'
  | 'return'
  | 'exchange'
  | 'warehouse';

export interface OrderPlan {
  role: OrderRole;
  country: string;
  /** Indexes into the store's active listings. */
  lines: number[];
  qty?: number;
  flags?: AbnormalFlag[];
  daysAgo: number;
}

export const TRADING_ORDER_PLANS: readonly OrderPlan[] = [
  { role: 'awaiting', country: 'US', lines: [0], daysAgo: 0.6 },
  { role: 'awaiting', country: 'DE', lines: [1], daysAgo: 0.8 },
  { role: 'awaiting', country: 'GB', lines: [2], daysAgo: 0.5 },
  { role: 'awaiting', country: 'AU', lines: [6], qty: 2, daysAgo: 0.7 },
  { role: 'awaiting', country: 'US', lines: [4], flags: ['address_unverified'], daysAgo: 0.9 },
  { role: 'awaiting', country: 'FR', lines: [5], flags: ['payment_risk'], daysAgo: 0.4 },
  { role: 'awaiting', country: 'ES', lines: [1], flags: ['out_of_stock'], daysAgo: 1 },
  { role: 'unpaid', country: 'US', lines: [2], daysAgo: 0.3 },
  { role: 'partial', country: 'US', lines: [0, 3], daysAgo: 3 },
  { role: 'return', country: 'US', lines: [4], daysAgo: 18 },
  { role: 'shipped', country: 'DE', lines: [5], daysAgo: 9 },
  { role: 'shipped', country: 'US', lines: [0], flags: ['lost_parcel'], daysAgo: 24 },
  { role: 'shipped', country: 'FR', lines: [2], flags: ['customs_hold'], daysAgo: 12 },
  { role: 'cancelled', country: 'GB', lines: [3], daysAgo: 6 },
  { role: 'delivered', country: 'US', lines: [1], daysAgo: 20 },
  { role: 'warehouse', country: 'US', lines: [0], daysAgo: 0.5 },
  { role: 'exchange', country: 'ES', lines: [3], daysAgo: 16 },
];

type StatusPath = Record<OrderRole, string[]>;
const PATHS: Record<'amazon' | 'aliexpress', StatusPath> = {
  amazon: {
    awaiting: ['Pending', 'Unshipped'],
    unpaid: ['Pending'],
    partial: ['Pending', 'Unshipped', 'PartiallyShipped'],
    shipped: ['Pending', 'Unshipped', 'Shipped'],
    delivered: ['Pending', 'Unshipped', 'Shipped'],
    cancelled: ['Pending', 'Unshipped', 'Canceled'],
    return: ['Pending', 'Unshipped', 'Shipped'],
    exchange: ['Pending', 'Unshipped', 'Shipped'],
    warehouse: ['Pending', 'Unshipped', 'Shipped'],
  },
  aliexpress: {
    awaiting: ['PLACE_ORDER_SUCCESS', 'RISK_CONTROL', 'WAIT_SELLER_SEND_GOODS'],
    unpaid: ['PLACE_ORDER_SUCCESS'],
    partial: ['PLACE_ORDER_SUCCESS', 'RISK_CONTROL', 'WAIT_SELLER_SEND_GOODS', 'SELLER_PART_SEND_GOODS'],
    shipped: ['PLACE_ORDER_SUCCESS', 'RISK_CONTROL', 'WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_ACCEPT_GOODS'],
    delivered: ['PLACE_ORDER_SUCCESS', 'RISK_CONTROL', 'WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_ACCEPT_GOODS', 'FINISH'],
    cancelled: ['PLACE_ORDER_SUCCESS', 'RISK_CONTROL', 'WAIT_SELLER_SEND_GOODS', 'FINISH'],
    return: ['PLACE_ORDER_SUCCESS', 'RISK_CONTROL', 'WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_ACCEPT_GOODS', 'IN_ISSUE'],
    exchange: ['PLACE_ORDER_SUCCESS', 'RISK_CONTROL', 'WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_ACCEPT_GOODS', 'IN_ISSUE'],
    warehouse: ['PLACE_ORDER_SUCCESS', 'RISK_CONTROL', 'WAIT_SELLER_SEND_GOODS'],
  },
};

const DAY = 1440;
const SHIP_STATES = new Set(['Shipped', 'PartiallyShipped', 'WAIT_BUYER_ACCEPT_GOODS', 'SELLER_PART_SEND_GOODS']);
const SHIPPED_ROLES = new Set<OrderRole>(['shipped', 'delivered', 'return', 'exchange']);

/** The parcel of some units of a product (its box, stacked, plus 50 g of packing). */
export function parcelFor(product: Product, qty: number): Parcel {
  return {
    l: product.dims.l,
    w: product.dims.w,
    h: Math.round(product.dims.h * qty * 10) / 10,
    weightKg: Math.round((product.weightKg * qty + 0.05) * 1000) / 1000,
  };
}

/** A shipment of `parcel` to `country` by the cheapest channel that takes it (express when nothing cheaper does). */
export function makeShipment(
  state: SimState,
  env: SimEnv,
  orderId: string | null,
  country: string,
  parcel: Parcel,
  goods: Pick<Product, 'battery' | 'liquid'>,
  shippedAt: number,
): Shipment {
  const best = cheapestChannel(env.logistics, country, parcel, goods);
  const channel = env.logistics.channels.find((c) => c.id === (best?.channelId ?? 'dhl-express'))!;
  const quote = quoteFreight(channel, country, parcel, goods);
  const id = nextId(state, 'SH');
  return {
    id,
    orderId,
    channelId: channel.id,
    mode: 'online',
    trackingNo: makeTrackingNo(channel, state.seq * 7919 + 10_000_000),
    parcel,
    destination: country,
    chargeableWeightKg: quote.ok ? quote.chargeableWeightKg : parcel.weightKg,
    costCny: quote.ok ? quote.totalCny : 0,
    shippedAt,
    status: 'in_transit',
    deliveredAt: null,
  };
}

export function buildTradingOrders(state: SimState, env: SimEnv, listings: Listing[], rng: Rng): void {
  const market = state.marketplace === 'aliexpress' ? 'aliexpress' : 'amazon';
  const shipWithin = env.rules.orders.shipWithinDays.value;
  const receiptDays = env.rules.orders.receiptWindowDays.value;
  for (const [i, plan] of TRADING_ORDER_PLANS.entries()) {
    const r = rng.fork(`order-${i}`);
    const who = makeBuyer(r, plan.country);
    const placedAt = Math.round(state.now - plan.daysAgo * DAY - r.int(0, 120));
    const path = PATHS[market][plan.role];
    const paid = plan.role !== 'unpaid';
    const paidAt = paid ? placedAt + r.int(2, 30) : null;
    const lines = plan.lines.map((li) => {
      const l = listings[li % listings.length]!;
      return { sku: l.sku, listingId: l.id, qty: plan.qty ?? 1, unitPrice: l.price, shippedQty: 0 };
    });
    const subtotal = lines.reduce((s, l) => s + l.qty * l.unitPrice, 0);
    const shippingFee = subtotal >= 35 ? 0 : 3.99;
    const order: Order = {
      id: nextId(state, 'O'),
      status: path[path.length - 1]!,
      fulfilment: plan.role === 'warehouse' ? (market === 'amazon' ? 'AFN' : 'WAREHOUSE') : 'MFN',
      buyer: who.buyer,
      address: who.address,
      lines,
      total: Math.round((subtotal + shippingFee) * 100) / 100,
      shippingFee,
      placedAt,
      paidAt,
      shipBy: (paidAt ?? placedAt) + shipWithin * DAY,
      receiptDeadline: null,
      receiptExtendedDays: 0,
      flags: [...(plan.flags ?? [])],
      returns: [],
      tradeAssurance: null,
      shipmentIds: [],
      sellerNote: '',
      history: [],
    };
    const shippedAt = (paidAt ?? placedAt) + r.int(6, 30) * 60;
    // History times rise evenly from placing the order to its last change (never after "now").
    const end = Math.max(
      placedAt + 1,
      Math.min(state.now - 10, SHIPPED_ROLES.has(plan.role) ? shippedAt + 9 * DAY : shippedAt),
    );
    const last = path.length - 1;
    path.forEach((to, k) => {
      const at = last === 0 ? placedAt : placedAt + Math.round(((end - placedAt) * k) / last);
      const byBuyer = k === 0;
      const note =
        plan.role === 'cancelled' && k === last ? 'Cancelled by seller: buyer requested cancellation' : undefined;
      const by = byBuyer ? 'buyer' : note || SHIP_STATES.has(to) ? 'seller' : 'platform';
      const from = k === 0 ? '' : path[k - 1]!;
      order.history.push(note ? { at, from, to, by, note } : { at, from, to, by });
    });
    const shipLines = plan.role === 'partial' ? [order.lines[0]!] : SHIPPED_ROLES.has(plan.role) ? order.lines : [];
    if (shipLines.length > 0) {
      const product = state.products.find((p) => p.sku === shipLines[0]!.sku)!;
      const qty = shipLines.reduce((s, l) => s + l.qty, 0);
      const shipment = makeShipment(state, env, order.id, plan.country, parcelFor(product, qty), product, shippedAt);
      const deliveredAfter = plan.role === 'shipped' ? null : shippedAt + r.int(7, 11) * DAY;
      if (deliveredAfter !== null && deliveredAfter < state.now) {
        shipment.status = 'delivered';
        shipment.deliveredAt = deliveredAfter;
      }
      if (plan.flags?.includes('lost_parcel')) shipment.status = 'lost';
      for (const l of shipLines) l.shippedQty = l.qty;
      order.shipmentIds.push(shipment.id);
      state.shipments.push(shipment);
      if (receiptDays !== null && order.status === 'WAIT_BUYER_ACCEPT_GOODS')
        order.receiptDeadline = shippedAt + receiptDays * DAY;
      if (plan.role === 'return' || plan.role === 'exchange') {
        const line = order.lines[0]!;
        order.returns.push({
          id: nextId(state, 'R'),
          kind: plan.role,
          sku: line.sku,
          qty: 1,
          reason:
            plan.role === 'return'
              ? 'Item not as described: colour differs from the photos'
              : 'Wrong size: needs one size larger',
          status: 'requested',
          refundAmount: null,
          requestedAt: state.now - r.int(3, 30) * 60,
        });
      }
    }
    state.orders.push(order);
  }
}
