/**
 * The simulator functions the console runs in the browser for instant feedback (the server stays the authority):
 * the rules in force, the listing rules, freight quotes. One place, so the console's calls match the package.
 */
import {
  envFor,
  type GoodsTraits,
  type Listing,
  type Loc,
  type Parcel,
  quoteFreight,
  type RuleViolation,
  type SimEnv,
  type SimState,
  validateListing,
} from '@crossskill/simulation';

export function envForState(state: SimState): SimEnv {
  return envFor(state);
}

/** The marketplace's listing rules on a listing (or a draft being typed). */
export function listingViolations(listing: Listing, state: SimState, env: SimEnv): RuleViolation[] {
  return validateListing(listing, env.rules, state);
}

/** Batteries or liquids among the goods of these SKUs (channels refuse them). */
export function goodsTraitsOf(state: SimState, skus: readonly string[]): GoodsTraits {
  const products = state.products.filter((p) => skus.includes(p.sku));
  return { battery: products.some((p) => p.battery), liquid: products.some((p) => p.liquid) };
}

export type QuoteView =
  | { ok: true; chargeableWeightKg: number; costCny: number; fuelCny: number; deliveryDays: [number, number] | null }
  | { ok: false; reason: Loc };

/** One channel's freight for a parcel to a country, or why the channel refuses it. */
export function freightQuote(
  env: SimEnv,
  channelId: string,
  parcel: Parcel,
  country: string,
  goods: GoodsTraits = { battery: false, liquid: false },
): QuoteView {
  const channel = env.logistics.channels.find((c) => c.id === channelId);
  if (!channel) return { ok: false, reason: { zh: `未知物流渠道 ${channelId}`, en: `Unknown channel ${channelId}` } };
  const q = quoteFreight(channel, country, parcel, goods);
  if (!q.ok) {
    const msgs = q.violations.map((v) => v.message);
    return {
      ok: false,
      reason: { zh: msgs.map((m) => m.zh).join('；'), en: msgs.map((m) => m.en).join('; ') },
    };
  }
  return {
    ok: true,
    chargeableWeightKg: q.chargeableWeightKg,
    costCny: q.totalCny,
    fuelCny: q.fuelCny,
    deliveryDays: q.deliveryDays,
  };
}
