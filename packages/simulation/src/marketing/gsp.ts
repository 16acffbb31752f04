/**
 * Keyword ads as a generalized second-price auction weighted by quality: bidders are ranked by bid × quality and each
 * winner pays just enough to keep its rank (price_i = bid_{i+1} × q_{i+1} ÷ q_i + 0.01, never more than its own bid);
 * the last winner with nobody below pays the reserve price.
 */
import type { AdCampaign } from '../core/state.js';
import type { AdsRules } from './rules-types.js';

export interface GspBidder {
  id: string;
  bid: number;
  /** Quality / relevance score, > 0 (listing quality 0–1 in the simulator). */
  quality: number;
}

export interface GspWinner {
  id: string;
  /** 1-based slot (1 = best). */
  slot: number;
  rankScore: number;
  /** Price per click. */
  price: number;
}

/** Rounds money to cents (halves away from zero), robust to binary fractions like 1.005. */
export const roundCents = (x: number): number => Math.round((x + Math.sign(x) * 1e-9) * 100) / 100;

/** Bidders below the reserve, without a positive bid or without quality take no part; ties go to the smaller id. */
export function runGspAuction(bidders: readonly GspBidder[], slots: number, reserve: number): GspWinner[] {
  const ranked = bidders
    .filter((b) => Number.isFinite(b.bid) && b.bid > 0 && b.bid >= reserve && b.quality > 0)
    .map((b) => ({ b, score: b.bid * b.quality }))
    .sort((x, y) => y.score - x.score || (x.b.id < y.b.id ? -1 : x.b.id > y.b.id ? 1 : 0));
  const winners: GspWinner[] = [];
  const count = Math.min(Math.max(0, Math.floor(slots)), ranked.length);
  for (let i = 0; i < count; i++) {
    const own = ranked[i]!;
    const next = ranked[i + 1];
    const keepRank = next ? next.score / own.b.quality + 0.01 : reserve;
    const price = roundCents(Math.min(own.b.bid, Math.max(reserve, keepRank)));
    winners.push({ id: own.b.id, slot: i + 1, rankScore: own.score, price });
  }
  return winners;
}

export type Placement = 'top' | 'rest';

export interface DynamicBidInput {
  bid: number;
  strategy: AdCampaign['biddingStrategy'];
  placement: Placement;
  /** The campaign's top-of-search placement adjustment, %. */
  topOfSearchPct: number;
  /**
   * How likely a click on this ad converts compared with the offers around it (1 = average). Dynamic strategies lower
   * the bid when it is below 1 and `up_and_down` raises it when above.
   */
  conversionLikelihood: number;
}

/**
 * The bid that enters the auction for one placement. Amazon-like rules: the top-of-search adjustment raises the
 * base bid by its %; "down only" lowers the bid in proportion when a conversion is less likely; "up and down" also
 * raises it, by at most `dynamicUpMaxPct` at top of search and half of that elsewhere.
 */
export function dynamicBid(
  input: DynamicBidInput,
  rules: Pick<AdsRules, 'dynamicUpMaxPct' | 'topOfSearchPct'>,
): number {
  const pct = Math.min(Math.max(0, input.topOfSearchPct), rules.topOfSearchPct.value.max);
  const base = input.bid * (input.placement === 'top' ? 1 + pct / 100 : 1);
  const likelihood = Number.isFinite(input.conversionLikelihood) ? Math.max(0, input.conversionLikelihood) : 1;
  if (input.strategy === 'fixed') return roundCents(base);
  if (likelihood < 1) return roundCents(base * likelihood);
  if (input.strategy === 'down_only') return roundCents(base);
  const maxUpPct = rules.dynamicUpMaxPct.value * (input.placement === 'top' ? 1 : 0.5);
  return roundCents(base * Math.min(likelihood, 1 + maxUpPct / 100));
}
