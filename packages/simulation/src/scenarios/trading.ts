/**
 * The trading store: the catalogue store 30 days into trading. Fixed structure for every seed (ids in this order):
 * store categories SC, listings L (one active per leaf category in catalogue order, then a suppressed listing that
 * breaks title and attribute rules, then a draft), campaigns AD, coupon CP, orders O (trading-orders.ts) with their
 * shipments SH and returns R, message threads M, warehouse stock and a received inbound IB, FAQ entries.
 * The seed varies names, prices, quantities and every market figure.
 */
import { nextId } from '../core/ids.js';
import { createRng } from '../core/rng.js';
import type { Listing, MarketplaceId, MessageTopic, SimState } from '../core/state.js';
import { listingQuality } from '../listing/quality.js';
import { validateListing } from '../listing/validate.js';
import { computeAccountHealth } from '../metrics/health.js';
import { generateBuyerMessage, openBuyerThread } from '../service/messages.js';
import { catalogStore, type ScenarioEnvFor } from './base.js';
import { buildListing, listPriceFor } from './listings.js';
import { buildAds, buildMarket, buildMetricsHistory, buildPromotions, HISTORY_DAYS } from './trading-market.js';
import { buildTradingOrders } from './trading-orders.js';

const DAY = 1440;

/** Threads awaiting a reply: [order number (1-based, trading-orders.ts), topic]. */
const OPEN_THREADS: [number, MessageTopic][] = [
  [11, 'logistics'],
  [10, 'return'],
  [13, 'customs'],
  [1, 'product'],
  [17, 'exchange'],
  [2, 'order_change'],
];

export function storeBrand(state: SimState): string {
  return String(state.store.settings.storeName ?? 'BrightNest').split(' ')[0]!;
}

/** Active listings (first product of each leaf category), a suppressed one with rule breaks, and a draft. */
export function buildStoreListings(state: SimState, getEnv: ScenarioEnvFor, seed: string): Listing[] {
  const env = getEnv(state);
  const rng = createRng(`${seed}/scenario/listings`);
  const brand = storeBrand(state);
  const firsts = state.products.filter((p, i, all) => all.findIndex((q) => q.categoryId === p.categoryId) === i);
  const createdAt = state.now - (HISTORY_DAYS + 10) * DAY;
  const make = (sku: string) => {
    const p = state.products.find((x) => x.sku === sku)!;
    const l = buildListing(
      nextId(state, 'L'),
      p,
      env.rules,
      brand,
      listPriceFor(p, state.market.fxCnyPerUnit, rng),
      rng,
      createdAt,
    );
    l.quality = listingQuality(l, env.rules);
    return l;
  };
  const active = firsts.map((p) => make(p.sku));
  state.listings.push(...active);

  const seconds = state.products.filter((p) => !firsts.includes(p));
  const broken = make(seconds[0]!.sku);
  const word = env.rules.listing.title.forbiddenWords.value[0] ?? 'best seller';
  broken.title = `${broken.title.slice(0, 60)} ${word.toUpperCase()}`.trim();
  const firstRequired = env.rules.categories
    .find((c) => c.id === broken.categoryId)
    ?.attributes.find((a) => a.required);
  if (firstRequired) delete broken.attributes[firstRequired.key];
  broken.status = 'suppressed';
  state.listings.push(broken);
  broken.violations = validateListing(broken, env.rules, state);
  broken.quality = listingQuality(broken, env.rules);

  const draft = make(seconds[1]!.sku);
  draft.status = 'draft';
  draft.images = [];
  draft.bulletPoints = [];
  draft.quality = listingQuality(draft, env.rules);
  state.listings.push(draft);
  return active;
}

export function addStoreCategories(state: SimState, listings: Listing[]): void {
  const names: [string, string, string[]][] = [
    ['厨房与家居', 'Kitchen & Home', ['kitchen-utensils', 'pet-bowls']],
    ['手机配件', 'Phone Accessories', ['phone-cases', 'led-strips']],
    ['运动与服饰', 'Sports & Apparel', ['yoga-mats', 'womens-tshirts']],
  ];
  names.forEach(([name, nameEn, cats], position) => {
    const id = nextId(state, 'SC');
    state.storeCategories.push({ id, name, nameEn, parentId: null, position });
    for (const l of listings) if (cats.includes(l.categoryId)) l.storeCategoryId = id;
  });
}

function addThreads(state: SimState, seed: string): void {
  const rng = createRng(`${seed}/scenario/messages`);
  const orderAt = (n: number) => state.orders[n - 1]!;
  const productName = (sku: string) => state.products.find((p) => p.sku === sku)?.nameEn;
  OPEN_THREADS.forEach(([n, topic], k) => {
    const order = orderAt(n);
    const msg = generateBuyerMessage(
      rng.fork(`open-${k}`),
      order,
      topic,
      order.buyer.language,
      productName(order.lines[0]!.sku),
    );
    openBuyerThread(state, order, msg, state.now - (2 + k * 3) * 60);
  });
  const replied = orderAt(15);
  const q = generateBuyerMessage(
    rng.fork('replied'),
    replied,
    'logistics',
    replied.buyer.language,
    productName(replied.lines[0]!.sku),
  );
  const t = openBuyerThread(state, replied, q, state.now - 3 * DAY);
  const shipment = state.shipments.find((s) => s.orderId === replied.id);
  t.messages.push({
    from: 'seller',
    text: `Hello, thank you for your message. Your order ${replied.id} was shipped with tracking number ${shipment?.trackingNo ?? ''}. It is on its way and should arrive within a few days. Best regards`,
    at: t.receivedAt + 5 * 60,
  });
  t.status = 'replied';
  t.firstReplyAt = t.receivedAt + 5 * 60;
  const cancelled = orderAt(14);
  const c = generateBuyerMessage(rng.fork('closed'), cancelled, 'price', cancelled.buyer.language);
  const closed = openBuyerThread(state, cancelled, c, state.now - 6 * DAY);
  closed.messages.push({
    from: 'seller',
    text: 'Your order was cancelled as you asked and the payment has been refunded in full. Kind regards',
    at: closed.receivedAt + 60,
  });
  closed.status = 'closed';
  closed.firstReplyAt = closed.receivedAt + 60;
}

function addWarehouseAndFaq(state: SimState): void {
  const skus = state.listings.slice(0, 2).map((l) => l.sku);
  state.warehouse.stock.push(...skus.map((sku, i) => ({ warehouseId: 'ow-us-la', sku, qty: 120 + i * 60 })));
  state.warehouse.inbound.push({
    id: nextId(state, 'IB'),
    warehouseId: 'ow-us-la',
    lines: skus.map((sku) => ({ sku, qty: 200 })),
    status: 'received',
    createdAt: state.now - 25 * DAY,
    receivedAt: state.now - 12 * DAY,
  });
  state.faq.push(
    {
      id: nextId(state, 'FAQ'),
      topic: 'logistics',
      question: 'How long does delivery take?',
      answer:
        'Orders ship within 2 business days. Delivery takes 7–15 days to most countries; you get a tracking number when the order ships.',
    },
    {
      id: nextId(state, 'FAQ'),
      topic: 'return',
      question: 'Can I return an item?',
      answer:
        'Yes. Ask for a return within 30 days of delivery through your order page and we will send you the return instructions.',
    },
  );
}

export function tradingStore(marketplace: MarketplaceId, seed: string, getEnv: ScenarioEnvFor): SimState {
  const state = catalogStore(marketplace, seed, getEnv);
  const env = getEnv(state);
  state.now = HISTORY_DAYS * DAY + 9 * 60;
  const active = buildStoreListings(state, getEnv, seed);
  const template = state.shippingTemplates[0];
  for (const l of state.listings) l.shippingTemplateId = template?.id ?? null;
  addStoreCategories(state, active);
  const rng = createRng(`${seed}/scenario/market`);
  buildMarket(state, rng.fork('market'));
  buildAds(state, active, rng.fork('ads'));
  buildMetricsHistory(state, active, rng.fork('metrics'), 0);
  buildPromotions(state, active, HISTORY_DAYS);
  buildTradingOrders(state, env, active, createRng(`${seed}/scenario/orders`));
  addThreads(state, seed);
  addWarehouseAndFaq(state);
  state.health = computeAccountHealth(state, env.rules, env.logistics);
  return state;
}
