/**
 * Completes the entities a task adds to its scenario (`scenario.add`), so authors write only what matters for the
 * task: missing fields get sensible defaults, missing ids the next id of the state (`O-…`, `L-…`, `M-…`, `ST-…`,
 * `D-…`); a product without facts copies the catalogue product of its category. Nested objects (buyer, address,
 * dims, signals) are merged one level deep.
 */
import { nextId } from '../core/ids.js';
import type { SimEnv } from '../core/rules.js';
import type {
  CustomsDeclaration,
  Listing,
  MessageThread,
  Order,
  Product,
  ShippingTemplate,
  SimState,
} from '../core/state.js';

export type EntityCollection = 'products' | 'listings' | 'orders' | 'messages' | 'shippingTemplates' | 'declarations';

const DAY = 1440;
type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Defaults ← given, objects merged one level. */
function merge<T>(defaults: T, given: unknown): T {
  if (!isRec(given)) return defaults;
  const out: Rec = { ...(defaults as Rec) };
  for (const [k, v] of Object.entries(given)) out[k] = isRec(v) && isRec(out[k]) ? { ...(out[k] as Rec), ...v } : v;
  return out as T;
}

function productDefaults(state: SimState, given: Rec): Product {
  const like = state.products.find((p) => p.categoryId === given.categoryId) ?? state.products[0];
  return {
    sku: `X-${state.products.length + 1}`,
    name: '新品',
    nameEn: 'New product',
    categoryId: 'kitchen-utensils',
    costCny: 10,
    weightKg: 0.2,
    dims: { l: 20, w: 10, h: 5 },
    facts: {},
    hsCode: '3924100000',
    declaredNameCn: '塑料厨房用具',
    battery: false,
    liquid: false,
    signals: { monthlySales: 300, trendPct: 0, rating: 4.3, reviews: 120, socialMentions: 50 },
    ...(like ? { ...like, sku: `X-${state.products.length + 1}` } : {}),
  };
}

function listingDefaults(state: SimState, given: Rec): Listing {
  const product = state.products.find((p) => p.sku === given.sku);
  return {
    id: '',
    sku: product?.sku ?? '',
    title: '',
    categoryId: product?.categoryId ?? '',
    attributes: {},
    bulletPoints: [],
    description: '',
    searchTerms: '',
    images: [],
    price: 19.99,
    stock: 100,
    status: 'draft',
    shippingTemplateId: state.shippingTemplates.find((t) => t.isDefault)?.id ?? null,
    storeCategoryId: null,
    violations: [],
    quality: 0,
    rating: 0,
    reviews: 0,
    createdAt: state.now,
  };
}

function orderDefaults(state: SimState, env: SimEnv): Order {
  const listing = state.listings.find((l) => l.status === 'active');
  const line = listing
    ? { sku: listing.sku, listingId: listing.id, qty: 1, unitPrice: listing.price, shippedQty: 0 }
    : { sku: state.products[0]?.sku ?? '', listingId: null, qty: 1, unitPrice: 19.99, shippedQty: 0 };
  const placedAt = state.now - 120;
  return {
    id: '',
    status: env.rules.orders.awaitingShipment,
    fulfilment: 'MFN',
    buyer: { name: 'Emily Johnson', country: 'US', email: 'emily.johnson@example.com', language: 'en' },
    address: {
      name: 'Emily Johnson',
      line1: '1458 Oak Street',
      city: 'Columbus',
      state: 'OH',
      postalCode: '43215',
      country: 'US',
      phone: '+1 614 555 0142',
    },
    lines: [line],
    total: 0,
    shippingFee: 0,
    placedAt,
    paidAt: placedAt + 5,
    shipBy: placedAt + env.rules.orders.shipWithinDays.value * DAY,
    receiptDeadline: null,
    receiptExtendedDays: 0,
    flags: [],
    returns: [],
    tradeAssurance: null,
    shipmentIds: [],
    sellerNote: '',
    history: [],
  };
}

function threadDefaults(state: SimState): MessageThread {
  return {
    id: '',
    orderId: null,
    buyer: { name: 'Emily Johnson', country: 'US', language: 'en' },
    topic: 'product',
    messages: [],
    status: 'awaiting_reply',
    receivedAt: state.now - 60,
    firstReplyAt: null,
  };
}

export function completeEntity(collection: EntityCollection, given: unknown, state: SimState, env: SimEnv): unknown {
  const g = isRec(given) ? given : {};
  switch (collection) {
    case 'products':
      return merge(productDefaults(state, g), g);
    case 'listings': {
      const l = merge(listingDefaults(state, g), g);
      if (!l.id) l.id = nextId(state, 'L');
      return l;
    }
    case 'orders': {
      const o = merge(orderDefaults(state, env), g);
      if (!o.id) o.id = nextId(state, 'O');
      o.lines = o.lines.map((l) => Object.assign({ listingId: null, shippedQty: 0 }, l));
      if (!('total' in g))
        o.total = Math.round((o.lines.reduce((s, l) => s + l.qty * l.unitPrice, 0) + o.shippingFee) * 100) / 100;
      if (!('buyer' in g) && isRec(g.address))
        o.buyer = { ...o.buyer, name: o.address.name, country: o.address.country };
      if (o.history.length === 0) o.history.push({ at: o.placedAt, from: '', to: o.status, by: 'buyer' });
      return o;
    }
    case 'messages': {
      const t = merge(threadDefaults(state), g);
      if (!t.id) t.id = nextId(state, 'M');
      if (typeof g.text === 'string') {
        const gloss = typeof g.glossZh === 'string' ? { glossZh: g.glossZh } : {};
        t.messages = [{ from: 'buyer', text: g.text, at: t.receivedAt, ...gloss }];
        delete (t as unknown as Rec).text;
        delete (t as unknown as Rec).glossZh;
      }
      return t;
    }
    case 'shippingTemplates': {
      const t = merge<ShippingTemplate>({ id: '', name: 'Template', handlingDays: 2, rules: [], isDefault: false }, g);
      if (!t.id) t.id = nextId(state, 'ST');
      return t;
    }
    case 'declarations': {
      const d = merge<CustomsDeclaration>(
        {
          id: '',
          mode: '9610',
          fields: {},
          lines: [],
          orderIds: [],
          status: 'draft',
          problems: [],
          createdAt: state.now,
        },
        g,
      );
      if (!d.id) d.id = nextId(state, 'D');
      return d;
    }
  }
}
