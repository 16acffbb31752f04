import type { Coupon, Listing, SimState } from '../core/state.js';
import { roundCents } from './gsp.js';

export interface BuyerPrice {
  /** What the buyer pays per unit on that day. */
  price: number;
  listPrice: number;
  /** Platform campaign discount in force (approved enrollment, campaign running), %. */
  promotionPct: number;
  couponId: string | null;
  /** Coupon discount per unit. */
  couponDiscount: number;
}

/** A coupon that applies to the listing on the day: not ended, within its dates, budget not used up. */
export function couponInForce(state: SimState, listingId: string, day: number): Coupon | null {
  for (const c of state.coupons) {
    if (c.status === 'ended' || day < c.startDay || day > c.endDay) continue;
    if (c.budget !== null && c.spent >= c.budget) continue;
    if (c.listingIds.includes(listingId)) return c;
  }
  return null;
}

/** The best approved platform-campaign discount running on the day for the listing, %. */
export function promotionPctInForce(state: SimState, listingId: string, day: number): number {
  let best = 0;
  for (const e of state.promotions) {
    if (e.status !== 'approved' || !e.listingIds.includes(listingId)) continue;
    const campaign = state.market.platformCampaigns.find((p) => p.id === e.campaignId);
    if (!campaign || day < campaign.startDay || day > campaign.endDay) continue;
    best = Math.max(best, e.discountPct);
  }
  return best;
}

export function couponDiscountFor(coupon: Coupon, unitPrice: number): number {
  if (coupon.minOrder !== null && unitPrice < coupon.minOrder) return 0;
  const raw = coupon.kind === 'percent' ? (unitPrice * coupon.value) / 100 : coupon.value;
  return roundCents(Math.min(raw, Math.max(0, unitPrice - 0.01)));
}

/** Price after the platform campaign discount, then the coupon (clipped on top, as buyers see it). */
export function buyerPriceOf(state: SimState, listing: Listing, day: number): BuyerPrice {
  const promotionPct = promotionPctInForce(state, listing.id, day);
  const promoted = roundCents(listing.price * (1 - promotionPct / 100));
  const coupon = couponInForce(state, listing.id, day);
  const couponDiscount = coupon ? couponDiscountFor(coupon, promoted) : 0;
  return {
    price: roundCents(promoted - couponDiscount),
    listPrice: listing.price,
    promotionPct,
    couponId: coupon && couponDiscount > 0 ? coupon.id : null,
    couponDiscount,
  };
}
