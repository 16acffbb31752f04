/**
 * A trading store for benchmarks and tests: an Amazon-like (2025-06) store that has sold for 30 days — five active
 * listings in five categories, a shipping template, six keywords with ten competitors each, two ad campaigns, a
 * coupon, a platform campaign, and about sixty past orders with their shipments. Figures vary with the seed.
 */
import { createEmptyState } from '../core/create.js';
import { createRng } from '../core/rng.js';
import type { CompetitorOffer, Listing, Order, Product, Shipment, SimState } from '../core/state.js';
import { roundCents } from '../marketing/gsp.js';

const HISTORY_DAYS = 30;
const COMPETITORS_PER_KEYWORD = 10;

const CATALOGUE: {
  sku: string;
  name: string;
  categoryId: string;
  price: number;
  weightKg: number;
  kws: [string, number][];
}[] = [
  {
    sku: 'YM-TPE-6',
    name: 'TPE yoga mat 6 mm',
    categoryId: 'yoga-mats',
    price: 25.99,
    weightKg: 1.1,
    kws: [
      ['yoga mat', 3000],
      ['non slip yoga mat', 800],
    ],
  },
  {
    sku: 'PC-IP15-CL',
    name: 'Clear case for iPhone 15',
    categoryId: 'phone-cases',
    price: 9.99,
    weightKg: 0.06,
    kws: [['iphone 15 case', 2500]],
  },
  {
    sku: 'KU-SIL-5',
    name: 'Silicone kitchen utensil set',
    categoryId: 'kitchen-utensils',
    price: 19.99,
    weightKg: 0.6,
    kws: [['silicone spatula set', 900]],
  },
  {
    sku: 'LED-5M-RGB',
    name: 'RGB LED strip 5 m',
    categoryId: 'led-strips',
    price: 15.99,
    weightKg: 0.3,
    kws: [['led strip lights', 1800]],
  },
  {
    sku: 'PB-SS-700',
    name: 'Stainless steel pet bowl 700 ml',
    categoryId: 'pet-bowls',
    price: 11.99,
    weightKg: 0.35,
    kws: [['dog bowl stainless', 700]],
  },
];

function product(c: (typeof CATALOGUE)[number], rng: ReturnType<typeof createRng>): Product {
  return {
    sku: c.sku,
    name: c.name,
    nameEn: c.name,
    categoryId: c.categoryId,
    costCny: roundCents(c.price * 2),
    weightKg: c.weightKg,
    dims: { l: 30, w: 20, h: 10 },
    facts: { material: 'TPE', colour: 'blue' },
    hsCode: '9506911000',
    declaredNameCn: c.name,
    battery: false,
    liquid: false,
    signals: {
      monthlySales: rng.int(200, 3000),
      trendPct: rng.int(-20, 40),
      rating: 4.4,
      reviews: rng.int(50, 900),
      socialMentions: rng.int(0, 500),
    },
  };
}

export function buildBenchStore(seed: string): SimState {
  const rng = createRng(`bench-store/${seed}`);
  const s = createEmptyState('amazon', '2025-06', seed);
  s.now = HISTORY_DAYS * 1440 + 9 * 60;
  s.store = {
    status: 'verified',
    registration: { companyName: `Bench ${seed} Co., Ltd.` },
    verificationProblems: [],
    settings: { storeName: `Bench ${seed}` },
  };
  s.shippingTemplates.push({
    id: 'ST-1',
    name: 'US standard',
    handlingDays: 2,
    isDefault: true,
    rules: [
      {
        zoneId: 'US',
        countries: ['US'],
        channelId: 'dedicated-us',
        firstWeightKg: 0.5,
        firstPrice: 3.99,
        additionalWeightKg: 0.5,
        additionalPrice: 1.5,
        freeShippingThreshold: 35,
        deliveryDays: [7, 12],
      },
    ],
  });
  CATALOGUE.forEach((c, i) => {
    s.products.push(product(c, rng));
    const listing: Listing = {
      id: `L-${i + 2}`,
      sku: c.sku,
      title: c.name,
      categoryId: c.categoryId,
      attributes: {},
      bulletPoints: [],
      description: '',
      searchTerms: '',
      images: [],
      price: roundCents(c.price * rng.float(0.9, 1.1)),
      stock: rng.int(50, 400),
      status: 'active',
      shippingTemplateId: 'ST-1',
      storeCategoryId: null,
      violations: [],
      quality: Math.round(rng.float(0.55, 0.95) * 1000) / 1000,
      rating: Math.round(rng.float(3.9, 4.8) * 10) / 10,
      reviews: rng.int(5, 600),
      createdAt: 9 * 60,
    };
    s.listings.push(listing);
    for (const [text, searches] of c.kws) {
      s.market.keywords.push({
        text,
        categoryId: c.categoryId,
        dailySearches: Math.round(searches * rng.float(0.5, 1)),
      });
      for (let k = 0; k < COMPETITORS_PER_KEYWORD; k++) {
        const comp: CompetitorOffer = {
          id: `C-${text.replace(/\s+/g, '-')}-${k}`,
          categoryId: c.categoryId,
          keywords: [text],
          price: roundCents(c.price * rng.float(0.75, 1.3)),
          quality: Math.round(rng.float(0.5, 0.95) * 1000) / 1000,
          rating: Math.round(rng.float(3.8, 4.9) * 10) / 10,
          reviews: rng.int(10, 5000),
          shippingDays: rng.int(2, 14),
          bid: roundCents(rng.float(0.2, 1.1)),
        };
        s.market.competitors.push(comp);
      }
    }
  });
  s.ads.push(
    {
      id: 'AD-7',
      name: 'Yoga mats exact',
      targeting: 'manual',
      dailyBudget: 30,
      biddingStrategy: 'down_only',
      topOfSearchPct: 50,
      status: 'enabled',
      startDay: 0,
      endDay: null,
      listingIds: ['L-2'],
      keywords: [
        { text: 'yoga mat', match: 'exact', bid: roundCents(rng.float(0.6, 1.8)) },
        { text: 'non slip yoga mat', match: 'phrase', bid: 0.9 },
      ],
      negativeKeywords: [],
      defaultBid: 0.75,
    },
    {
      id: 'AD-8',
      name: 'Auto all',
      targeting: 'auto',
      dailyBudget: 20,
      biddingStrategy: 'up_and_down',
      topOfSearchPct: 0,
      status: 'enabled',
      startDay: 0,
      endDay: null,
      listingIds: ['L-3', 'L-4', 'L-5', 'L-6'],
      keywords: [],
      negativeKeywords: ['free'],
      defaultBid: roundCents(rng.float(0.4, 1.2)),
    },
  );
  s.coupons.push({
    id: 'CP-9',
    listingIds: ['L-4'],
    kind: 'percent',
    value: 10,
    minOrder: null,
    startDay: 25,
    endDay: 60,
    budget: 500,
    spent: 0,
    status: 'active',
  });
  s.market.platformCampaigns.push({
    id: 'PD-1',
    name: '夏季大促',
    nameEn: 'Summer deals',
    startDay: 35,
    endDay: 42,
    minDiscountPct: 15,
    minRating: 4,
    minReviews: 20,
    minStock: 30,
    requireGoodHealth: true,
    categoryIds: null,
  });
  s.seq = 9;
  addHistory(s, rng);
  return s;
}

/** About two orders a day over the history, shipped by the dedicated line within the handling time. */
function addHistory(s: SimState, rng: ReturnType<typeof createRng>): void {
  for (let d = 0; d < HISTORY_DAYS; d++) {
    const n = rng.poisson(2);
    for (let k = 0; k < n; k++) {
      const l = rng.pick(s.listings);
      const at = d * 1440 + rng.int(0, 1439);
      s.seq += 1;
      const id = `O-${s.seq}`;
      const shipped = d < HISTORY_DAYS - 1;
      const order: Order = {
        id,
        status: shipped ? 'Shipped' : 'Unshipped',
        fulfilment: 'MFN',
        buyer: { name: 'Mary Smith', country: 'US', email: `mary.${s.seq}@buyer.example`, language: 'en' },
        address: {
          name: 'Mary Smith',
          line1: '12 Main St',
          city: 'Houston',
          state: 'TX',
          postalCode: '77002',
          country: 'US',
        },
        lines: [{ sku: l.sku, listingId: l.id, qty: 1, unitPrice: l.price, shippedQty: shipped ? 1 : 0 }],
        total: roundCents(l.price + 3.99),
        shippingFee: 3.99,
        placedAt: at,
        paidAt: at,
        shipBy: at + 2 * 1440,
        receiptDeadline: null,
        receiptExtendedDays: 0,
        flags: [],
        returns: [],
        tradeAssurance: null,
        shipmentIds: [],
        sellerNote: '',
        history: [{ at, from: '', to: 'Unshipped', by: 'buyer' }],
      };
      if (shipped) {
        s.seq += 1;
        const shipAt = Math.min(at + rng.int(120, 2 * 1440), s.now - 60);
        const delivered = d < HISTORY_DAYS - 12;
        const sh: Shipment = {
          id: `SH-${s.seq}`,
          orderId: id,
          channelId: 'dedicated-us',
          mode: 'online',
          trackingNo: `YT2525${String(s.seq).padStart(12, '0')}`,
          parcel: { l: 30, w: 20, h: 10, weightKg: 1 },
          destination: 'US',
          chargeableWeightKg: 1,
          costCny: 60,
          shippedAt: shipAt,
          status: delivered ? 'delivered' : 'in_transit',
          deliveredAt: delivered ? shipAt + 9 * 1440 : null,
        };
        s.shipments.push(sh);
        order.shipmentIds.push(sh.id);
        order.history.push({ at: shipAt, from: 'Unshipped', to: 'Shipped', by: 'seller' });
      }
      s.orders.push(order);
    }
  }
}
