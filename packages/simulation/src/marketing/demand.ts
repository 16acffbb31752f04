/**
 * The demand model: a multinomial logit over the offers a buyer sees on a search page, with a "buy nothing" option.
 * Utility_i = β_price·ln(price) + β_quality·quality + β_rating·rating + β_reviews·ln(reviews + 1)
 *           + β_ship·shippingDays + β_position·positionBonus;  P_i = e^{U_i} ÷ (e^{U_0} + Σ_j e^{U_j}).
 */

export interface DemandOffer {
  id: string;
  /** Price the buyer pays (after coupon and promotion), > 0. */
  price: number;
  /** Listing quality 0–1. */
  quality: number;
  /** Star rating 0–5. */
  rating: number;
  reviews: number;
  /** Handling + delivery days to the buyer. */
  shippingDays: number;
  /** Visibility of the offer's place on the page (top ad slot, organic rank …), 0–1. */
  positionBonus: number;
}

export interface DemandWeights {
  /** Coefficient of ln(price); negative. */
  price: number;
  quality: number;
  rating: number;
  /** Coefficient of ln(reviews + 1). */
  reviews: number;
  /** Per day of shipping; negative. */
  shippingDays: number;
  position: number;
  /** Utility of buying nothing: the larger, the fewer searches end in a purchase. */
  noPurchase: number;
}

/** Calibrated so that a page of about ten similar $20 offers turns roughly 5–10 % of searches into an order. */
export const DEFAULT_DEMAND_WEIGHTS: DemandWeights = {
  price: -1.6,
  quality: 2,
  rating: 0.8,
  reviews: 0.25,
  shippingDays: -0.08,
  position: 1,
  noPurchase: 5.9,
};

export function offerUtility(offer: DemandOffer, w: DemandWeights): number {
  const price = Math.max(offer.price, 0.01);
  return (
    w.price * Math.log(price) +
    w.quality * offer.quality +
    w.rating * offer.rating +
    w.reviews * Math.log(Math.max(0, offer.reviews) + 1) +
    w.shippingDays * offer.shippingDays +
    w.position * offer.positionBonus
  );
}

export interface ChoiceProbabilities {
  /** By offer id, in the order of the offers. */
  probabilities: Record<string, number>;
  noPurchase: number;
}

/** Softmax with the largest utility subtracted first, so huge or tiny utilities neither overflow nor vanish. */
export function mnlChoiceProbabilities(
  offers: readonly DemandOffer[],
  weights: DemandWeights = DEFAULT_DEMAND_WEIGHTS,
): ChoiceProbabilities {
  const utilities = offers.map((o) => offerUtility(o, weights));
  let max = weights.noPurchase;
  for (const u of utilities) if (u > max) max = u;
  const exps = utilities.map((u) => Math.exp(u - max));
  const outside = Math.exp(weights.noPurchase - max);
  let total = outside;
  for (const e of exps) total += e;
  const probabilities: Record<string, number> = {};
  offers.forEach((o, i) => {
    probabilities[o.id] = (probabilities[o.id] ?? 0) + exps[i]! / total;
  });
  return { probabilities, noPurchase: outside / total };
}
