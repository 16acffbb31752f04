/** Turns the day's purchase decisions into orders (stock permitting) and some of them into buyer messages. */
import { nextId } from '../core/ids.js';
import type { Rng } from '../core/rng.js';
import type { SimEnv } from '../core/rules.js';
import type { DailyMetrics, MarketplaceId, MessageTopic, Order, SimState } from '../core/state.js';
import { roundCents } from '../marketing/gsp.js';
import { moqOf } from '../orders/trade-assurance.js';
import { generateBuyerMessage, openBuyerThread } from '../service/messages.js';
import { makeBuyer, pickBuyerCountry } from './buyers.js';
import type { QuoteShipping, StoreOffer } from './offers.js';

/** One buyer's decision to buy a listing; `ad` when the click that led to it was on a sponsored place. */
export interface PendingSale {
  listingId: string;
  ad: boolean;
}

/** Share of orders that buy two units; of new orders whose buyer writes; of orders flagged for a checked address. */
const TWO_UNITS_RATE = 0.1;
const NEW_ORDER_MESSAGE_RATE = 0.06;
const ADDRESS_FLAG_RATE = 0.01;
/** Daily chance that a buyer writes about a parcel in transit, and about a delivered order (returns, exchanges). */
const IN_TRANSIT_MESSAGE_RATE = 0.01;
const DELIVERED_MESSAGE_RATE = 0.004;
/** Buyers write about returns and exchanges within this many days of delivery. */
const RETURN_MESSAGE_DAYS = 30;

const NEW_ORDER_TOPICS: MessageTopic[] = ['product', 'order_change', 'payment', 'price'];
const IN_TRANSIT_TOPICS: MessageTopic[] = ['logistics', 'logistics', 'customs'];
const DELIVERED_TOPICS: MessageTopic[] = ['return', 'exchange'];

function fulfilmentOf(channelId: string | undefined): Order['fulfilment'] {
  if (channelId?.startsWith('fba')) return 'AFN';
  if (channelId?.startsWith('ow-')) return 'WAREHOUSE';
  return 'MFN';
}

/**
 * The state a market order is placed in: paid, waiting for the platform's check (Amazon `Pending` until payment is
 * confirmed, AliExpress `RISK_CONTROL` for 24 h); the orders clock moves it on to the state that awaits shipment.
 * Alibaba.com-like buyers pay under Trade Assurance before the supplier ships.
 */
export const MARKET_ORDER_INITIAL_STATE: Record<MarketplaceId, string> = {
  amazon: 'Pending',
  aliexpress: 'RISK_CONTROL',
  alibaba: 'WAIT_SUPPLIER_SHIP',
};

export interface OrderGenContext {
  draft: SimState;
  env: SimEnv;
  rng: Rng;
  offers: ReadonlyMap<string, StoreOffer>;
  rows: ReadonlyMap<string, DailyMetrics>;
  quote: QuoteShipping;
  countryMix: readonly { country: string; weight: number }[];
}

/** The minutes of a market step in which buyers act: from now to the end of the current day. */
export function tradingHours(now: number): [number, number] {
  return [now, (Math.floor(now / 1440) + 1) * 1440 - 1];
}

/** Creates the orders in the order buyers placed them during the day; a sale without stock is lost. */
export function createMarketOrders(ctx: OrderGenContext, sales: readonly PendingSale[]): Order[] {
  const { draft, env, rng } = ctx;
  const [from, to] = tradingHours(draft.now);
  const timed = sales.map((s, i) => ({ s, i, at: rng.int(from, to) })).sort((a, b) => a.at - b.at || a.i - b.i);
  const status = MARKET_ORDER_INITIAL_STATE[draft.marketplace];
  const shipWithin = env.rules.orders.shipWithinDays.value;
  const created: Order[] = [];
  for (const { s, at } of timed) {
    const offer = ctx.offers.get(s.listingId);
    if (!offer) continue;
    const listing = offer.listing;
    // B2B buyers order at least the minimum order quantity; a sale the stock cannot cover is lost.
    const minQty = draft.marketplace === 'alibaba' ? moqOf(draft, listing.sku) : 1;
    if (listing.stock < minQty) continue;
    const qty = Math.min(listing.stock, (rng.next() < TWO_UNITS_RATE ? 2 : 1) * minQty);
    const coupon = offer.couponId ? draft.coupons.find((c) => c.id === offer.couponId) : undefined;
    const couponGone = coupon !== undefined && coupon.status === 'ended';
    const unitPrice = couponGone ? roundCents(offer.unitPrice + offer.couponDiscount) : offer.unitPrice;
    const mainCountry = ctx.countryMix[0]?.country ?? 'US';
    let country = pickBuyerCountry(rng, ctx.countryMix);
    const value = roundCents(unitPrice * qty);
    let q = ctx.quote(offer.template, country, offer.weightKg * qty, value);
    if (!q) {
      country = mainCountry;
      q = ctx.quote(offer.template, country, offer.weightKg * qty, value);
    }
    if (!q) continue;
    const id = nextId(draft, 'O');
    const { buyer, address } = makeBuyer(rng, country, id.slice(2));
    const order: Order = {
      id,
      status,
      fulfilment: fulfilmentOf(q.channelId),
      buyer,
      address,
      lines: [{ sku: listing.sku, listingId: listing.id, qty, unitPrice, shippedQty: 0 }],
      total: roundCents(value + q.fee),
      shippingFee: roundCents(q.fee),
      placedAt: at,
      paidAt: at,
      shipBy: at + shipWithin * 1440,
      receiptDeadline: null,
      receiptExtendedDays: 0,
      flags: rng.next() < ADDRESS_FLAG_RATE ? ['address_unverified'] : [],
      returns: [],
      tradeAssurance: null,
      shipmentIds: [],
      sellerNote: '',
      history: [{ at, from: '', to: status, by: 'buyer', note: 'order placed and paid / 买家已下单并付款' }],
    };
    if (draft.marketplace === 'alibaba') {
      // Alibaba.com-like online orders are paid into Trade Assurance; the ship-by date is the contract date.
      order.tradeAssurance = {
        contractNo: `TA${id.slice(2).padStart(10, '0')}`,
        incoterm: 'DAP',
        shipByDay: Math.floor(order.shipBy / 1440),
        amount: order.total,
        paidAmount: order.total,
        refunds: [],
        dispute: null,
        inspection: null,
      };
    }
    draft.orders.push(order);
    created.push(order);
    listing.stock -= qty;
    const row = ctx.rows.get(listing.id);
    if (row) {
      row.orders += 1;
      row.units += qty;
      row.sales = roundCents(row.sales + value);
      if (s.ad) {
        row.adOrders += 1;
        row.adSales = roundCents(row.adSales + value);
      }
    }
    if (coupon && !couponGone) {
      coupon.spent = roundCents(coupon.spent + offer.couponDiscount * qty);
      if (coupon.budget !== null && coupon.spent >= coupon.budget) coupon.status = 'ended';
    }
  }
  return created;
}

function productName(draft: SimState, order: Order): string {
  const sku = order.lines[0]?.sku ?? '';
  return draft.products.find((p) => p.sku === sku)?.nameEn ?? sku;
}

/** Buyers who write today: some new orders, some parcels in transit, some delivered orders (one thread per order). */
export function generateDayMessages(draft: SimState, rng: Rng, newOrders: readonly Order[]): number {
  const [dayStart, dayEnd] = tradingHours(draft.now);
  const withThread = new Set(draft.messages.map((t) => t.orderId));
  const isNew = new Set(newOrders.map((o) => o.id));
  const shipments = new Map(draft.shipments.map((s) => [s.id, s]));
  let opened = 0;
  const open = (order: Order, topic: MessageTopic, at: number) => {
    const msg = generateBuyerMessage(rng, order, topic, order.buyer.language, productName(draft, order));
    openBuyerThread(draft, order, msg, Math.min(at, dayEnd));
    withThread.add(order.id);
    opened++;
  };
  for (const order of draft.orders) {
    if (withThread.has(order.id)) continue;
    if (isNew.has(order.id)) {
      if (rng.next() < NEW_ORDER_MESSAGE_RATE)
        open(order, rng.pick(NEW_ORDER_TOPICS), order.placedAt + rng.int(10, 600));
      continue;
    }
    if (order.shipmentIds.length === 0) continue;
    const ships = order.shipmentIds.map((id) => shipments.get(id)).filter((s) => s !== undefined);
    const delivered = ships.find((s) => s.status === 'delivered');
    if (!delivered && ships.some((s) => s.status === 'in_transit')) {
      if (rng.next() < IN_TRANSIT_MESSAGE_RATE) open(order, rng.pick(IN_TRANSIT_TOPICS), rng.int(dayStart, dayEnd));
    } else if (
      delivered?.deliveredAt != null &&
      draft.now - delivered.deliveredAt <= RETURN_MESSAGE_DAYS * 1440 &&
      rng.next() < DELIVERED_MESSAGE_RATE
    ) {
      open(order, rng.pick(DELIVERED_TOPICS), rng.int(dayStart, dayEnd));
    }
  }
  return opened;
}
