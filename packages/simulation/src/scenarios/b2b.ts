/**
 * The B2B store (Alibaba.com-like): the catalogue with minimum order quantities, one active listing per leaf
 * category, Trade Assurance orders (ids `O-…` in this order for every seed): two awaiting shipment (FOB, CIF), one
 * awaiting payment, one draft awaiting the buyer's confirmation, one shipped order in dispute (awaiting the
 * supplier's response) and one completed; two buyer inquiries awaiting a reply; 30 days of metrics.
 */
import { nextId } from '../core/ids.js';
import { createRng } from '../core/rng.js';
import type { Listing, Order, SimState } from '../core/state.js';
import { computeAccountHealth } from '../metrics/health.js';
import { generateBuyerMessage, openBuyerThread } from '../service/messages.js';
import { catalogStore, type ScenarioEnvFor } from './base.js';
import { makeBuyer } from './buyers.js';
import { addStoreCategories, buildStoreListings } from './trading.js';
import { buildMarket, buildMetricsHistory, HISTORY_DAYS } from './trading-market.js';
import { makeShipment, parcelFor } from './trading-orders.js';

const DAY = 1440;

interface TaPlan {
  status: string;
  country: string;
  listing: number;
  incoterm: string;
  moqTimes: number;
  shipInDays: number;
  paidShare: number;
}

export const B2B_ORDER_PLANS: readonly TaPlan[] = [
  {
    status: 'WAIT_SUPPLIER_SHIP',
    country: 'US',
    listing: 0,
    incoterm: 'FOB',
    moqTimes: 2,
    shipInDays: 5,
    paidShare: 1,
  },
  {
    status: 'WAIT_SUPPLIER_SHIP',
    country: 'DE',
    listing: 2,
    incoterm: 'CIF',
    moqTimes: 4,
    shipInDays: 3,
    paidShare: 0.3,
  },
  { status: 'WAIT_BUYER_PAY', country: 'GB', listing: 1, incoterm: 'FOB', moqTimes: 1, shipInDays: 20, paidShare: 0 },
  {
    status: 'WAIT_BUYER_CONFIRM',
    country: 'AU',
    listing: 5,
    incoterm: 'CFR',
    moqTimes: 2,
    shipInDays: 25,
    paidShare: 0,
  },
  { status: 'IN_DISPUTE', country: 'US', listing: 4, incoterm: 'FOB', moqTimes: 1, shipInDays: -15, paidShare: 1 },
  { status: 'COMPLETED', country: 'CA', listing: 3, incoterm: 'EXW', moqTimes: 3, shipInDays: -40, paidShare: 1 },
];

function taOrders(state: SimState, getEnv: ScenarioEnvFor, listings: Listing[], seed: string): void {
  const env = getEnv(state);
  const rng = createRng(`${seed}/scenario/ta-orders`);
  const today = Math.floor(state.now / DAY);
  B2B_ORDER_PLANS.forEach((plan, i) => {
    const r = rng.fork(`ta-${i}`);
    const listing = listings[plan.listing]!;
    const product = state.products.find((p) => p.sku === listing.sku)!;
    const qty = Number(product.facts.moq ?? 100) * plan.moqTimes;
    const unitPrice = Math.round(listing.price * r.float(0.35, 0.5) * 100) / 100;
    const shippingFee = plan.incoterm === 'FOB' || plan.incoterm === 'EXW' ? 0 : Math.round(qty * 0.12 * 100) / 100;
    const amount = Math.round((qty * unitPrice + shippingFee) * 100) / 100;
    const who = makeBuyer(r, plan.country);
    const placedAt = state.now - r.int(2, 10) * DAY + (plan.shipInDays < 0 ? plan.shipInDays * DAY : 0);
    const paid = plan.paidShare > 0;
    const order: Order = {
      id: nextId(state, 'O'),
      status: plan.status,
      fulfilment: 'MFN',
      buyer: { ...who.buyer, name: `${who.buyer.name} (${who.address.city} Trading Co.)` },
      address: who.address,
      lines: [{ sku: listing.sku, listingId: listing.id, qty, unitPrice, shippedQty: 0 }],
      total: amount,
      shippingFee,
      placedAt,
      paidAt: paid ? placedAt + DAY : null,
      shipBy: (today + plan.shipInDays) * DAY + 18 * 60,
      receiptDeadline: null,
      receiptExtendedDays: 0,
      flags: [],
      returns: [],
      tradeAssurance: {
        contractNo: `TA${String(r.int(10_000_000, 99_999_999))}`,
        incoterm: plan.incoterm,
        shipByDay: today + plan.shipInDays,
        amount,
        paidAmount: Math.round(amount * plan.paidShare * 100) / 100,
        refunds: [],
        dispute: null,
        inspection: i === 1 ? 'SGS' : null,
      },
      shipmentIds: [],
      sellerNote: '',
      history: [{ at: placedAt, from: '', to: 'WAIT_BUYER_CONFIRM', by: 'seller' }],
    };
    if (plan.status !== 'WAIT_BUYER_CONFIRM')
      order.history.push({ at: placedAt + 60, from: 'WAIT_BUYER_CONFIRM', to: 'WAIT_BUYER_PAY', by: 'buyer' });
    if (paid) order.history.push({ at: placedAt + DAY, from: 'WAIT_BUYER_PAY', to: 'WAIT_SUPPLIER_SHIP', by: 'buyer' });
    if (plan.status === 'IN_DISPUTE' || plan.status === 'COMPLETED') {
      const shippedAt = order.tradeAssurance!.shipByDay * DAY;
      const cartons = Math.max(1, Math.ceil(qty / 50));
      const parcel = { ...parcelFor(product, 1), weightKg: Math.round(product.weightKg * qty * 1.05 * 10) / 10 };
      parcel.h = Math.min(150, 20 * cartons);
      const shipment = makeShipment(state, env, order.id, plan.country, parcel, product, shippedAt);
      shipment.status = 'delivered';
      shipment.deliveredAt = shippedAt + 6 * DAY;
      state.shipments.push(shipment);
      order.shipmentIds.push(shipment.id);
      order.lines[0]!.shippedQty = qty;
      order.history.push({ at: shippedAt, from: 'WAIT_SUPPLIER_SHIP', to: 'WAIT_BUYER_RECEIVE', by: 'seller' });
      const next = plan.status === 'COMPLETED' ? 'COMPLETED' : 'IN_DISPUTE';
      order.history.push({ at: shippedAt + 7 * DAY, from: 'WAIT_BUYER_RECEIVE', to: next, by: 'buyer' });
      if (plan.status === 'IN_DISPUTE') {
        const openedAt = state.now - r.int(20, 40) * 60;
        order.tradeAssurance!.dispute = {
          openedAt,
          claim: `Quality not as agreed: about ${r.int(8, 20)}% of the units arrived damaged or in the wrong colour.`,
          status: 'awaiting_supplier',
          timeline: [{ at: openedAt, event: 'Buyer opened a Trade Assurance claim with photos', by: 'buyer' }],
        };
      }
    }
    state.orders.push(order);
  });
}

export function b2bStore(seed: string, getEnv: ScenarioEnvFor): SimState {
  const state = catalogStore('alibaba', seed, getEnv);
  state.now = HISTORY_DAYS * DAY + 9 * 60;
  const active = buildStoreListings(state, getEnv, seed);
  for (const l of state.listings) l.shippingTemplateId = state.shippingTemplates[0]?.id ?? null;
  addStoreCategories(state, active);
  const rng = createRng(`${seed}/scenario/market`);
  buildMarket(state, rng.fork('market'));
  buildMetricsHistory(state, active, rng.fork('metrics'), 0);
  taOrders(state, getEnv, active, seed);
  const msgRng = createRng(`${seed}/scenario/messages`);
  const inquiries: [number, 'product' | 'price'][] = [
    [0, 'product'],
    [2, 'price'],
  ];
  inquiries.forEach(([i, topic], k) => {
    const order = state.orders[i]!;
    const msg = generateBuyerMessage(msgRng.fork(`b2b-${k}`), order, topic, order.buyer.language);
    openBuyerThread(state, order, msg, state.now - (3 + k * 5) * 60);
  });
  const env = getEnv(state);
  state.health = computeAccountHealth(state, env.rules, env.logistics);
  return state;
}
