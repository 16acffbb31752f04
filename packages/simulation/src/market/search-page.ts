/**
 * One keyword's search result page: sponsored slots (top of search, then rest of search) from two GSP auctions and the
 * organic ranking, with the click-through rate and the visibility of every place on the page.
 */
import {
  DEFAULT_DEMAND_WEIGHTS,
  type DemandOffer,
  type DemandWeights,
  mnlChoiceProbabilities,
  offerUtility,
} from '../marketing/demand.js';
import { type GspBidder, runGspAuction } from '../marketing/gsp.js';

/** Click-through rate by place (share of searches that click it), before the offer's own appeal. */
export const TOP_SLOT_CTR = [0.07, 0.05];
export const REST_SLOT_CTR = [0.025, 0.02, 0.017, 0.015];
export const ORGANIC_CTR = [0.09, 0.065, 0.05, 0.04, 0.033, 0.028, 0.024, 0.021, 0.019, 0.017];
/** Visibility bonus of a place in the demand model (0–1). */
export const TOP_SLOT_BONUS = [1, 0.85];
export const REST_SLOT_BONUS = [0.45, 0.4, 0.35, 0.3];
export const organicBonus = (rank: number): number => 0.9 * 0.8 ** rank;

/**
 * A results page holds about this many offers; the state lists only a sample of the competitors, so the places it
 * leaves empty are taken by unlisted sellers as good as the average listed offer. They join the "buy nothing" option:
 * buyers who choose them are lost to the store either way.
 */
export const RESULTS_PAGE_OFFERS = 20;

function withUnlistedSellers(shown: readonly DemandOffer[], w: DemandWeights = DEFAULT_DEMAND_WEIGHTS): DemandWeights {
  const unlisted = RESULTS_PAGE_OFFERS - shown.length;
  if (unlisted <= 0 || shown.length === 0) return w;
  let mean = 0;
  for (const o of shown) mean += offerUtility(o, w) - w.position * o.positionBonus;
  mean /= shown.length;
  // log(e^{U_0} + n·e^{Ū}) without overflow.
  const hi = Math.max(w.noPurchase, mean + Math.log(unlisted));
  const outside = hi + Math.log(Math.exp(w.noPurchase - hi) + Math.exp(mean + Math.log(unlisted) - hi));
  return { ...w, noPurchase: outside };
}

/** An offer on the market: one of the store's listings or a competitor's. */
export interface MarketOffer extends DemandOffer {
  /** Listing id for the store's offers, null for competitors. */
  listingId: string | null;
  /** Organic relevance/rank score (higher is better). */
  organicScore: number;
}

export interface PageBidder {
  /** The offer id the ad shows. */
  offerId: string;
  topBid: number;
  restBid: number;
  quality: number;
  /** The store's campaign, null for competitors. */
  campaignId: string | null;
}

export interface PagePlace {
  offerId: string;
  kind: 'top' | 'rest' | 'organic';
  /** 0-based place within its kind. */
  index: number;
  ctr: number;
  /** GSP price per click for sponsored places. */
  price: number;
  campaignId: string | null;
}

export interface SearchPage {
  places: PagePlace[];
  /** Purchase probability per search by offer id, and of buying nothing. */
  probabilities: Record<string, number>;
  noPurchase: number;
}

/** Organic score used to rank offers on a keyword: quality, rating and reviews up, price down. */
export function organicScoreOf(o: Pick<DemandOffer, 'quality' | 'rating' | 'reviews' | 'price'>): number {
  return 2 * o.quality + 0.5 * o.rating + 0.3 * Math.log(o.reviews + 1) - 0.5 * Math.log(Math.max(o.price, 0.01));
}

/**
 * `organic` are the offers the search finds by relevance (ranked by `organicScore`); `adOnly` are offers that can
 * appear only through an ad (a listing advertised on a keyword outside its category).
 */
export function buildSearchPage(
  organic: readonly MarketOffer[],
  adOnly: readonly MarketOffer[],
  bidders: readonly PageBidder[],
  reserve: number,
): SearchPage {
  const places: PagePlace[] = [];
  const byId = new Map(bidders.map((b) => [b.offerId, b]));
  const top = runGspAuction(
    bidders.map((b): GspBidder => ({ id: b.offerId, bid: b.topBid, quality: b.quality })),
    TOP_SLOT_CTR.length,
    reserve,
  );
  const topIds = new Set(top.map((w) => w.id));
  const rest = runGspAuction(
    bidders
      .filter((b) => !topIds.has(b.offerId))
      .map((b): GspBidder => ({ id: b.offerId, bid: b.restBid, quality: b.quality })),
    REST_SLOT_CTR.length,
    reserve,
  );
  const bonus = new Map<string, number>();
  const raise = (id: string, v: number) => bonus.set(id, Math.max(bonus.get(id) ?? 0, v));
  top.forEach((w, i) => {
    places.push({
      offerId: w.id,
      kind: 'top',
      index: i,
      ctr: TOP_SLOT_CTR[i]!,
      price: w.price,
      campaignId: byId.get(w.id)?.campaignId ?? null,
    });
    raise(w.id, TOP_SLOT_BONUS[i]!);
  });
  rest.forEach((w, i) => {
    places.push({
      offerId: w.id,
      kind: 'rest',
      index: i,
      ctr: REST_SLOT_CTR[i]!,
      price: w.price,
      campaignId: byId.get(w.id)?.campaignId ?? null,
    });
    raise(w.id, REST_SLOT_BONUS[i]!);
  });
  const ranked = [...organic]
    .sort((a, b) => b.organicScore - a.organicScore || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, ORGANIC_CTR.length);
  ranked.forEach((o, i) => {
    places.push({ offerId: o.id, kind: 'organic', index: i, ctr: ORGANIC_CTR[i]!, price: 0, campaignId: null });
    raise(o.id, organicBonus(i));
  });
  const shown: DemandOffer[] = [];
  for (const list of [organic, adOnly]) {
    for (const o of list) {
      const positionBonus = bonus.get(o.id);
      if (positionBonus === undefined) continue;
      const { id, price, quality, rating, reviews, shippingDays } = o;
      shown.push({ id, price, quality, rating, reviews, shippingDays, positionBonus });
    }
  }
  const { probabilities, noPurchase } = mnlChoiceProbabilities(shown, withUnlistedSellers(shown));
  return { places, probabilities, noPurchase };
}
