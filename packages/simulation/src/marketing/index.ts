// Public surface of marketing/. Names exported here must be unique across the package.

export {
  type ChoiceProbabilities,
  DEFAULT_DEMAND_WEIGHTS,
  type DemandOffer,
  type DemandWeights,
  mnlChoiceProbabilities,
  offerUtility,
} from './demand.js';
export { promotionProblems } from './eligibility.js';
export {
  type DynamicBidInput,
  dynamicBid,
  type GspBidder,
  type GspWinner,
  type Placement,
  roundCents,
  runGspAuction,
} from './gsp.js';
export { COUPON_MAX_DAYS } from './offer-reducers.js';
export { type BuyerPrice, buyerPriceOf, couponDiscountFor, couponInForce, promotionPctInForce } from './pricing.js';
export { marketingReducers } from './reducers.js';
export type { AdsRules } from './rules-types.js';
export { marketingActionSchemas } from './schemas.js';
