/**
 * One simulated market day for a store: searches per keyword, ad auctions within the campaigns' budgets, impressions
 * and clicks by place on the page, purchases by the demand model, orders (stock permitting), buyer messages, then the
 * order and logistics clocks, the metrics rows, account health, and `now` moves on by a day. Deterministic: every
 * random draw comes from `createRng(seed + '/day/' + day)` and its forks.
 */
import { dayOf } from '../core/ids.js';
import type { SimEvent } from '../core/result.js';
import { createRng, type Rng } from '../core/rng.js';
import type { SimEnv } from '../core/rules.js';
import type { DailyMetrics, MarketKeyword, SimState } from '../core/state.js';
import { roundCents } from '../marketing/gsp.js';
import { computeAccountHealth } from '../metrics/health.js';
import { BUYER_COUNTRY_MIX } from './buyers.js';
import {
  competitorsByKeyword,
  keywordBidders,
  type QuoteShipping,
  runningCampaigns,
  type StoreOffer,
  storeOffers,
} from './offers.js';
import { createMarketOrders, generateDayMessages, type PendingSale } from './order-gen.js';
import { buildSearchPage, type MarketOffer, type PageBidder, type SearchPage } from './search-page.js';

export interface MarketDayDeps {
  quoteShipping: QuoteShipping;
  /** The logistics clock of a day that starts (transit, delivery, warehouse inbound …) — logistics/. */
  advanceLogistics: (draft: SimState, env: SimEnv, day: number) => SimEvent[];
  /** The order clock of a day that starts (payments, risk control, receipt, returns, disputes …) — orders/. */
  advanceOrders: (draft: SimState, env: SimEnv, day: number) => SimEvent[];
}

/** How much more a high-quality listing is clicked than a poor one at the same place (0.5× … 1.5×). */
const clickAppeal = (quality: number) => 0.5 + Math.min(1, Math.max(0, quality));
/** A guard against absurd scenario figures (millions of searches): at most this many purchases per store and day. */
export const MAX_SALES_PER_DAY = 5000;
/** Share of units sold that leave a review the same day (a simplification of reviews after delivery). */
const REVIEW_RATE = 0.08;

const emptyRow = (day: number, listingId: string): DailyMetrics => ({
  day,
  listingId,
  impressions: 0,
  clicks: 0,
  orders: 0,
  units: 0,
  sales: 0,
  adImpressions: 0,
  adClicks: 0,
  adSpend: 0,
  adOrders: 0,
  adSales: 0,
});

function refreshCoupons(draft: SimState, day: number): void {
  for (const c of draft.coupons) {
    if (c.status !== 'ended' && day > c.endDay) c.status = 'ended';
    else if (c.status === 'scheduled' && day >= c.startDay) c.status = 'active';
  }
}

interface KeywordDay {
  rng: Rng;
  rows: Map<string, DailyMetrics>;
  storeById: Map<string, StoreOffer>;
  remaining: Map<string, number>;
  sales: PendingSale[];
  competitors: ReturnType<typeof competitorsByKeyword>;
}

/** Plays `searches` searches on one page: clicks and spend for the store's places, purchases of its listings. */
function playPage(page: SearchPage, searches: number, k: KeywordDay): void {
  if (searches <= 0) return;
  const clicksBy = new Map<string, { all: number; ad: number }>();
  for (const place of page.places) {
    const offer = k.storeById.get(place.offerId);
    const row = offer ? k.rows.get(offer.id) : undefined;
    if (!offer || !row) continue;
    const clicks = k.rng.poisson(searches * place.ctr * clickAppeal(offer.quality));
    const c = clicksBy.get(offer.id) ?? { all: 0, ad: 0 };
    row.impressions += searches;
    row.clicks += clicks;
    c.all += clicks;
    if (place.kind !== 'organic' && place.campaignId) {
      const left = k.remaining.get(place.campaignId) ?? 0;
      const spend = Math.min(left, roundCents(clicks * place.price));
      k.remaining.set(place.campaignId, roundCents(left - spend));
      row.adImpressions += searches;
      row.adClicks += clicks;
      row.adSpend = roundCents(row.adSpend + spend);
      c.ad += clicks;
    }
    clicksBy.set(offer.id, c);
  }
  for (const [listingId, c] of clicksBy) {
    const wanted = Math.min(c.all, k.rng.poisson(searches * (page.probabilities[listingId] ?? 0)));
    const buys = Math.min(wanted, MAX_SALES_PER_DAY - k.sales.length);
    for (let i = 0; i < buys; i++) k.sales.push({ listingId, ad: k.rng.next() * c.all < c.ad });
  }
}

/** Expected ad cost per search of each of the store's campaigns on the page. */
function costPerSearch(page: SearchPage, storeById: Map<string, StoreOffer>): Map<string, number> {
  const cost = new Map<string, number>();
  for (const p of page.places) {
    const offer = storeById.get(p.offerId);
    if (p.kind === 'organic' || !p.campaignId || !offer) continue;
    cost.set(p.campaignId, (cost.get(p.campaignId) ?? 0) + p.ctr * clickAppeal(offer.quality) * p.price);
  }
  return cost;
}

function simulateKeyword(
  draft: SimState,
  env: SimEnv,
  kw: MarketKeyword,
  day: number,
  offers: StoreOffer[],
  k: KeywordDay,
): void {
  const searches = k.rng.poisson(kw.dailySearches);
  if (searches === 0) return;
  const found = k.competitors.get(kw.text.toLowerCase()) ?? [];
  const competitors = found.map((f) => f.c);
  const bidders = keywordBidders(runningCampaigns(draft, day, k.remaining), offers, competitors, kw, env);
  const organic: MarketOffer[] = offers.filter((o) => o.listing.categoryId === kw.categoryId);
  for (const f of found) organic.push(f.offer);
  const adOnly = offers.filter(
    (o) => o.listing.categoryId !== kw.categoryId && bidders.some((b) => b.offerId === o.id && b.campaignId !== null),
  );
  const reserve = env.rules.ads.bid.value.min;
  const withAds = buildSearchPage(organic, adOnly, bidders, reserve);
  const cost = costPerSearch(withAds, k.storeById);
  if (cost.size === 0) {
    playPage(withAds, searches, k);
    return;
  }
  // Budgets: the store's ads show in the share of searches its remaining budgets can pay for.
  let share = 1;
  for (const [campaignId, perSearch] of cost) {
    if (perSearch > 0) share = Math.min(share, (k.remaining.get(campaignId) ?? 0) / (searches * perSearch));
  }
  const exact = searches * share;
  const inAds = Math.min(searches, Math.floor(exact) + (k.rng.next() < exact - Math.floor(exact) ? 1 : 0));
  playPage(withAds, inAds, k);
  if (inAds < searches) {
    const others: PageBidder[] = bidders.filter((b) => b.campaignId === null);
    playPage(buildSearchPage(organic, [], others, reserve), searches - inAds, k);
  }
}

function addReviews(draft: SimState, rows: Map<string, DailyMetrics>, rng: Rng): void {
  for (const l of draft.listings) {
    const units = rows.get(l.id)?.units ?? 0;
    const n = units > 0 ? rng.poisson(units * REVIEW_RATE) : 0;
    if (n === 0) continue;
    let sum = l.rating * l.reviews;
    for (let i = 0; i < n; i++) {
      sum += Math.min(5, Math.max(1, Math.round(3 + 2 * l.quality + 0.8 * rng.normal())));
    }
    l.reviews += n;
    l.rating = Math.round((sum / l.reviews) * 10) / 10;
  }
}

/** Runs one market day on `draft` (a private copy: it is changed in place). */
export function simulateDay(draft: SimState, env: SimEnv, deps: MarketDayDeps): SimEvent[] {
  const day = dayOf(draft.now);
  const rng = createRng(`${draft.seed}/day/${day}`);
  refreshCoupons(draft, day);
  const countryMix = BUYER_COUNTRY_MIX[draft.marketplace];
  const offers = storeOffers(draft, day, countryMix[0]?.country ?? 'US', deps.quoteShipping);
  const storeById = new Map(offers.map((o) => [o.id, o]));
  const rows = new Map<string, DailyMetrics>();
  for (const l of draft.listings) if (l.status === 'active') rows.set(l.id, emptyRow(day, l.id));
  const remaining = new Map(draft.ads.map((c) => [c.id, c.dailyBudget]));
  const sales: PendingSale[] = [];
  const competitors = competitorsByKeyword(draft.market.competitors);
  draft.market.keywords.forEach((kw, i) => {
    const k = { rng: rng.fork(`kw/${i}/${kw.text}`), rows, storeById, remaining, sales, competitors };
    simulateKeyword(draft, env, kw, day, offers, k);
  });
  const orders = createMarketOrders(
    { draft, env, rng: rng.fork('orders'), offers: storeById, rows, quote: deps.quoteShipping, countryMix },
    sales,
  );
  const messages = generateDayMessages(draft, rng.fork('messages'), orders);
  // The next day starts within this step: carriers first, then the orders that depend on deliveries.
  const clockEvents = [...deps.advanceLogistics(draft, env, day + 1), ...deps.advanceOrders(draft, env, day + 1)];
  addReviews(draft, rows, rng.fork('reviews'));
  for (const row of rows.values()) draft.metrics.push(row);
  draft.now += 1440;
  draft.health = computeAccountHealth(draft, env.rules, env.logistics);
  let spend = 0;
  let salesTotal = 0;
  for (const r of rows.values()) {
    spend += r.adSpend;
    salesTotal += r.sales;
  }
  return [
    {
      kind: 'market.day',
      message: {
        zh: `第 ${day} 天：新订单 ${orders.length} 个，销售额 $${salesTotal.toFixed(2)}，广告花费 $${spend.toFixed(2)}，买家消息 ${messages} 条`,
        en: `Day ${day}: ${orders.length} new orders, sales $${salesTotal.toFixed(2)}, ad spend $${spend.toFixed(2)}, ${messages} buyer messages`,
      },
    },
    ...clockEvents,
  ];
}
