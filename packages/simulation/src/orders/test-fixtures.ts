/** Small hand-made stores for the orders / logistics / customs tests (not used by the simulator itself). */

import { parseAction } from '../core/action-schema.js';
import type { Action } from '../core/actions.js';
import { applyAction } from '../core/apply.js';
import { createEmptyState } from '../core/create.js';
import type { ActionResult } from '../core/result.js';
import type { MarketplaceId, Order, Product, SimState } from '../core/state.js';
import { MINUTES_PER_DAY } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';

export function fixtureProduct(sku: string, overrides: Partial<Product> = {}): Product {
  return {
    sku,
    name: `商品 ${sku}`,
    nameEn: `Product ${sku}`,
    categoryId: 'kitchen-utensils',
    costCny: 12,
    weightKg: 0.3,
    dims: { l: 20, w: 15, h: 5 },
    facts: { material: 'silicone', colour: 'red' },
    hsCode: '3924100000',
    declaredNameCn: '硅胶厨具',
    battery: false,
    liquid: false,
    signals: { monthlySales: 100, trendPct: 5, rating: 4.5, reviews: 20, socialMentions: 3 },
    ...overrides,
  };
}

export function fixtureOrder(id: string, status: string, overrides: Partial<Order> = {}): Order {
  return {
    id,
    status,
    fulfilment: 'MFN',
    buyer: { name: 'Jane Doe', country: 'US', email: 'jane@example.com', language: 'en' },
    address: { name: 'Jane Doe', line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' },
    lines: [{ sku: 'SKU-A', listingId: null, qty: 2, unitPrice: 12.5, shippedQty: 0 }],
    total: 25,
    shippingFee: 0,
    placedAt: 9 * 60,
    paidAt: 9 * 60,
    shipBy: 3 * MINUTES_PER_DAY,
    receiptDeadline: null,
    receiptExtendedDays: 0,
    flags: [],
    returns: [],
    tradeAssurance: null,
    shipmentIds: [],
    sellerNote: '',
    history: [],
    ...overrides,
  };
}

const VERSIONS: Record<MarketplaceId, string> = { amazon: '2025-06', aliexpress: '2025-03', alibaba: '2025-01' };

export function fixtureState(marketplace: MarketplaceId, orders: Order[] = [], products?: Product[]): SimState {
  const state = createEmptyState(marketplace, VERSIONS[marketplace], `test-${marketplace}`);
  state.products = products ?? [
    fixtureProduct('SKU-A'),
    fixtureProduct('SKU-B', { weightKg: 0.2 }),
    fixtureProduct('SERUM', { categoryId: 'face-serums', liquid: true, hsCode: '3304990000', weightKg: 0.1 }),
    fixtureProduct('LED', { categoryId: 'led-strips', battery: true, hsCode: '9405420000', weightKg: 0.4 }),
  ];
  state.orders = orders;
  state.seq = 100;
  return state;
}

/** Parses the action like the server does, then applies it with the state's rules. */
export function act(state: SimState, action: Action): ActionResult<SimState> {
  const parsed = parseAction(action);
  if (!parsed.ok) throw new Error(`shape: ${JSON.stringify(parsed.problems)}`);
  return applyAction(state, parsed.action, envFor(state));
}

/** Applies an action that must succeed, returning the new state. */
export function actOk(state: SimState, action: Action): SimState {
  const result = act(state, action);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.reason.en}`);
  return result.state;
}

/** The refusal code of an action that must be refused. */
export function refusalOf(state: SimState, action: Action): { code: string; zh: string; en: string } {
  const result = act(state, action);
  if (result.ok) throw new Error(`expected a refusal of ${action.type}`);
  return { code: result.refusal.code, zh: result.refusal.reason.zh, en: result.refusal.reason.en };
}

export const PARCEL = { l: 20, w: 15, h: 5, weightKg: 0.7 };
