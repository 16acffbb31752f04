/** What a day's buyers can find: the store's sellable listings and the competitors', and who bids on a keyword. */
import type { SimEnv } from '../core/rules.js';
import type { AdCampaign, CompetitorOffer, Listing, MarketKeyword, ShippingTemplate, SimState } from '../core/state.js';
import { dynamicBid } from '../marketing/gsp.js';
import { buyerPriceOf } from '../marketing/pricing.js';
import { type MarketOffer, organicScoreOf, type PageBidder } from './search-page.js';

export interface BuyerShippingQuote {
  /** Shipping fee the buyer pays (listing currency). */
  fee: number;
  /** Days from order to delivery as the buyer sees them (handling + transit), [min, max]. */
  deliveryDays: [number, number];
  /** Channel of the template rule used (`fba-us` → Amazon fulfils, `ow-…` → overseas warehouse). */
  channelId?: string;
}

export type QuoteShipping = (
  template: ShippingTemplate,
  country: string,
  weightKg: number,
  orderValue: number,
) => BuyerShippingQuote | null;

export interface StoreOffer extends MarketOffer {
  listing: Listing;
  template: ShippingTemplate;
  weightKg: number;
  /** Unit price the buyer pays (after promotion and coupon), without shipping. */
  unitPrice: number;
  couponId: string | null;
  couponDiscount: number;
}

const DEFAULT_WEIGHT_KG = 0.5;

/**
 * The store's listings buyers can buy today: active, in stock, with a shipping template that serves the main buyer
 * country. Shipping days = the middle of the quoted order-to-delivery range; the price compared includes shipping.
 */
export function storeOffers(state: SimState, day: number, mainCountry: string, quote: QuoteShipping): StoreOffer[] {
  const offers: StoreOffer[] = [];
  for (const l of state.listings) {
    if (l.status !== 'active' || l.stock <= 0) continue;
    const template =
      state.shippingTemplates.find((t) => t.id === l.shippingTemplateId) ??
      state.shippingTemplates.find((t) => t.isDefault);
    if (!template) continue;
    const weightKg = state.products.find((p) => p.sku === l.sku)?.weightKg ?? DEFAULT_WEIGHT_KG;
    const bp = buyerPriceOf(state, l, day);
    const q = quote(template, mainCountry, weightKg, bp.price);
    if (!q) continue;
    const base = {
      id: l.id,
      price: bp.price + q.fee,
      quality: l.quality,
      rating: l.rating,
      reviews: l.reviews,
      shippingDays: (q.deliveryDays[0] + q.deliveryDays[1]) / 2,
      positionBonus: 0,
    };
    offers.push({
      ...base,
      listingId: l.id,
      organicScore: organicScoreOf(base),
      listing: l,
      template,
      weightKg,
      unitPrice: bp.price,
      couponId: bp.couponId,
      couponDiscount: bp.couponDiscount,
    });
  }
  return offers;
}

export function competitorOffer(c: CompetitorOffer): MarketOffer {
  return {
    id: `competitor:${c.id}`,
    price: c.price,
    quality: c.quality,
    rating: c.rating,
    reviews: c.reviews,
    shippingDays: c.shippingDays,
    positionBonus: 0,
    listingId: null,
    organicScore: organicScoreOf(c),
  };
}

/** Competitor offers by lower-case keyword, built once per day. */
export function competitorsByKeyword(
  competitors: readonly CompetitorOffer[],
): Map<string, { c: CompetitorOffer; offer: MarketOffer }[]> {
  const by = new Map<string, { c: CompetitorOffer; offer: MarketOffer }[]>();
  for (const c of competitors) {
    const offer = competitorOffer(c);
    for (const k of c.keywords) {
      const key = k.toLowerCase();
      const list = by.get(key);
      if (list) list.push({ c, offer });
      else by.set(key, [{ c, offer }]);
    }
  }
  return by;
}

const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

/** Amazon-like match types: exact = same words in order, phrase = the words in order inside, broad = all words. */
export function keywordMatches(adText: string, match: 'exact' | 'phrase' | 'broad', search: string): boolean {
  const a = words(adText).join(' ');
  const s = words(search).join(' ');
  if (match === 'exact') return a === s;
  if (match === 'phrase') return ` ${s} `.includes(` ${a} `);
  const have = new Set(words(search));
  return words(adText).every((w) => have.has(w));
}

/** The store's bid on a search for a listing of a campaign, or null when the campaign does not target it. */
function campaignBid(c: AdCampaign, listing: Listing, kw: MarketKeyword): number | null {
  if (c.negativeKeywords.some((n) => keywordMatches(n, 'phrase', kw.text))) return null;
  if (c.targeting === 'auto') return listing.categoryId === kw.categoryId ? c.defaultBid : null;
  let best: number | null = null;
  for (const k of c.keywords) if (keywordMatches(k.text, k.match, kw.text)) best = Math.max(best ?? 0, k.bid);
  return best;
}

/** Campaigns that run today: enabled, within their dates, with budget left. */
export function runningCampaigns(state: SimState, day: number, remaining: Map<string, number>): AdCampaign[] {
  return state.ads.filter(
    (c) =>
      c.status === 'enabled' &&
      c.startDay <= day &&
      (c.endDay === null || day <= c.endDay) &&
      (remaining.get(c.id) ?? 0) > 0.005,
  );
}

/**
 * The store's bidders on a keyword (one per listing: its best campaign) and the competitors'. The conversion
 * likelihood the dynamic strategies use compares the listing's quality × rating with the competitors'.
 */
export function keywordBidders(
  campaigns: readonly AdCampaign[],
  offers: readonly StoreOffer[],
  competitors: readonly CompetitorOffer[],
  kw: MarketKeyword,
  env: SimEnv,
): PageBidder[] {
  const appeal = (q: number, r: number) => q * (r / 5);
  const meanAppeal =
    competitors.length > 0 ? competitors.reduce((s, c) => s + appeal(c.quality, c.rating), 0) / competitors.length : 0;
  const best = new Map<string, PageBidder>();
  for (const c of campaigns) {
    for (const listingId of c.listingIds) {
      const offer = offers.find((o) => o.id === listingId);
      if (!offer) continue;
      const bid = campaignBid(c, offer.listing, kw);
      if (bid === null) continue;
      const likelihood = meanAppeal > 0 ? appeal(offer.quality, offer.rating) / meanAppeal : 1;
      const input = {
        bid,
        strategy: c.biddingStrategy,
        topOfSearchPct: c.topOfSearchPct,
        conversionLikelihood: likelihood,
      };
      const relevance = offer.listing.categoryId === kw.categoryId ? 1 : 0.3;
      const b: PageBidder = {
        offerId: listingId,
        topBid: dynamicBid({ ...input, placement: 'top' }, env.rules.ads),
        restBid: dynamicBid({ ...input, placement: 'rest' }, env.rules.ads),
        quality: Math.max(0.01, offer.quality * relevance),
        campaignId: c.id,
      };
      const prev = best.get(listingId);
      if (!prev || b.topBid > prev.topBid) best.set(listingId, b);
    }
  }
  const bidders = [...best.values()];
  for (const c of competitors) {
    if (c.bid > 0) {
      bidders.push({
        offerId: `competitor:${c.id}`,
        topBid: c.bid,
        restBid: c.bid,
        quality: c.quality,
        campaignId: null,
      });
    }
  }
  return bidders;
}
