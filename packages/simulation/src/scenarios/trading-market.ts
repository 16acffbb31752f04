/**
 * The market around a trading store: competitors and search keywords per category, 30 days of daily metrics for
 * its active listings (organic and advertised), two ads campaigns, platform campaigns and a coupon.
 */
import { nextId } from '../core/ids.js';
import type { Rng } from '../core/rng.js';
import type { DailyMetrics, Listing, MarketKeyword, SimState } from '../core/state.js';

export const HISTORY_DAYS = 30;

const KEYWORDS: Record<string, [string, number][]> = {
  'kitchen-utensils': [
    ['silicone spatula', 5200],
    ['kitchen utensils set', 8900],
    ['heat resistant spatula', 2100],
  ],
  'phone-cases': [
    ['iphone 15 case', 24000],
    ['clear phone case', 9800],
    ['shockproof phone case', 6400],
  ],
  'yoga-mats': [
    ['yoga mat', 31000],
    ['thick yoga mat', 7600],
    ['non slip yoga mat', 5400],
  ],
  'womens-tshirts': [
    ['womens t shirt', 27000],
    ['cotton t shirts for women', 8800],
    ['workout shirts women', 6100],
  ],
  'led-strips': [
    ['led strip lights', 36000],
    ['led lights for bedroom', 19000],
    ['usb led strip', 4300],
  ],
  'pet-bowls': [
    ['dog bowl', 14000],
    ['cat food bowl', 9700],
    ['stainless steel dog bowl', 3900],
  ],
  'face-serums': [
    ['hyaluronic acid serum', 12000],
    ['vitamin c serum', 21000],
    ['face serum', 15000],
  ],
};

const r2 = (n: number) => Math.round(n * 100) / 100;

export function buildMarket(state: SimState, rng: Rng): void {
  const keywords: MarketKeyword[] = [];
  for (const [categoryId, list] of Object.entries(KEYWORDS)) {
    for (const [text, searches] of list) {
      // A tenth of the marketplace-wide volume: the shoppers of this store's segment, so that a practice store gets
      // about ten orders a simulated day (a number a trainee can handle) rather than a hundred.
      keywords.push({ text, categoryId, dailySearches: Math.round((searches / 10) * rng.float(0.85, 1.15)) });
    }
    const avgCost = state.products.filter((p) => p.categoryId === categoryId).map((p) => p.costCny);
    const base = (avgCost.reduce((s, c) => s + c, 0) / Math.max(1, avgCost.length) / state.market.fxCnyPerUnit) * 3 + 4;
    for (let k = 1; k <= 4; k++) {
      const r = rng.fork(`${categoryId}/${k}`);
      state.market.competitors.push({
        id: `C-${categoryId}-${k}`,
        categoryId,
        keywords: list.map(([t]) => t).filter((_, j) => (j + k) % 3 !== 0),
        price: Math.floor(base * r.float(0.75, 1.3)) + 0.99,
        quality: r2(r.float(0.55, 0.95)),
        rating: Math.round(r.float(3.6, 4.8) * 10) / 10,
        reviews: r.int(15, 6000),
        shippingDays: r.int(5, 20),
        bid: r2(r.float(0.35, 1.6)),
      });
    }
  }
  state.market.keywords = keywords;
}

/** Two campaigns with disjoint listings: a manual keyword campaign and an automatic one. */
export function buildAds(state: SimState, listings: Listing[], rng: Rng): void {
  const manual = listings.slice(0, 3);
  const auto = listings.slice(3, 5);
  const kw = (l: Listing) => (KEYWORDS[l.categoryId] ?? []).slice(0, 2);
  state.ads.push({
    id: nextId(state, 'AD'),
    name: 'SP - Manual - Core keywords',
    targeting: 'manual',
    dailyBudget: 20,
    biddingStrategy: 'down_only',
    topOfSearchPct: 0,
    status: 'enabled',
    startDay: 0,
    endDay: null,
    listingIds: manual.map((l) => l.id),
    keywords: manual.flatMap((l) =>
      kw(l).map(([text], j) => ({
        text,
        match: j === 0 ? ('exact' as const) : ('phrase' as const),
        bid: r2(rng.float(0.5, 1.3)),
      })),
    ),
    negativeKeywords: ['free'],
    defaultBid: 0.75,
  });
  state.ads.push({
    id: nextId(state, 'AD'),
    name: 'SP - Auto - Discovery',
    targeting: 'auto',
    dailyBudget: 15,
    biddingStrategy: 'up_and_down',
    topOfSearchPct: 20,
    status: 'enabled',
    startDay: 0,
    endDay: null,
    listingIds: auto.map((l) => l.id),
    keywords: [],
    negativeKeywords: [],
    defaultBid: r2(rng.float(0.6, 1.1)),
  });
}

/** Daily metrics of the active listings for the last 30 days; advertised listings also have ad figures. */
export function buildMetricsHistory(state: SimState, listings: Listing[], rng: Rng, fromDay: number): void {
  const advertised = new Set(state.ads.flatMap((a) => a.listingIds));
  for (const l of listings) {
    const r = rng.fork(l.id);
    const baseImpressions = r.int(300, 2500);
    const ctr = r.float(0.006, 0.022);
    const cvr = r.float(0.05, 0.16);
    const adCtr = r.float(0.004, 0.012);
    const cpc = r.float(0.35, 1.4);
    for (let day = fromDay; day < fromDay + HISTORY_DAYS; day++) {
      const d = rng.fork(`${l.id}/${day}`);
      const wave = 1 + 0.15 * Math.sin((day / 7) * 2 * Math.PI);
      const organicImpressions = d.poisson(baseImpressions * wave);
      const adImpressions = advertised.has(l.id) ? d.poisson(baseImpressions * 0.45) : 0;
      const adClicks = d.poisson(adImpressions * adCtr);
      const organicClicks = d.poisson(organicImpressions * ctr);
      const clicks = organicClicks + adClicks;
      const adOrders = Math.min(adClicks, d.poisson(adClicks * cvr));
      const orders = adOrders + Math.min(organicClicks, d.poisson(organicClicks * cvr));
      const units = orders + (orders > 0 && d.next() < 0.1 ? 1 : 0);
      const row: DailyMetrics = {
        day,
        listingId: l.id,
        impressions: organicImpressions + adImpressions,
        clicks,
        orders,
        units,
        sales: r2(units * l.price),
        adImpressions,
        adClicks,
        adSpend: r2(adClicks * cpc * d.float(0.85, 1.15)),
        adOrders,
        adSales: r2(adOrders * l.price),
      };
      state.metrics.push(row);
    }
  }
}

export function buildPromotions(state: SimState, listings: Listing[], today: number): void {
  state.market.platformCampaigns.push(
    {
      id: 'PCMP-summer',
      name: '夏季大促',
      nameEn: 'Summer Deals',
      startDay: today + 5,
      endDay: today + 11,
      minDiscountPct: 15,
      minRating: 4,
      minReviews: 5,
      minStock: 20,
      requireGoodHealth: true,
      categoryIds: null,
    },
    {
      id: 'PCMP-home-pet',
      name: '家居宠物周',
      nameEn: 'Home & Pet Week',
      startDay: today + 3,
      endDay: today + 9,
      minDiscountPct: 10,
      minRating: 3.8,
      minReviews: 0,
      minStock: 10,
      requireGoodHealth: false,
      categoryIds: ['kitchen-utensils', 'pet-bowls'],
    },
  );
  const target = listings[1];
  if (target) {
    state.coupons.push({
      id: nextId(state, 'CP'),
      listingIds: [target.id],
      kind: 'percent',
      value: 10,
      minOrder: null,
      startDay: today - 5,
      endDay: today + 10,
      budget: 200,
      spent: 37.5,
      status: 'active',
    });
  }
}
