// Public surface of market/. Names exported here must be unique across the package.
export { buildBenchStore } from './bench-store.js';
export { BUYER_COUNTRY_MIX, makeBuyer, pickBuyerCountry, type SimBuyer } from './buyers.js';
export { MAX_SALES_PER_DAY, type MarketDayDeps, simulateDay } from './day.js';
export { MARKET_DAY_DEPS } from './deps.js';
export {
  type BuyerShippingQuote as MarketShippingQuote,
  keywordMatches,
  type QuoteShipping,
  type StoreOffer,
} from './offers.js';
export { MARKET_ORDER_INITIAL_STATE, type PendingSale, tradingHours } from './order-gen.js';
export { MAX_ADVANCE_DAYS, marketReducers } from './reducers.js';
export { marketActionSchemas } from './schemas.js';
export {
  buildSearchPage,
  type MarketOffer,
  ORGANIC_CTR,
  organicScoreOf,
  type PageBidder,
  type PagePlace,
  REST_SLOT_CTR,
  type SearchPage,
  TOP_SLOT_CTR,
} from './search-page.js';
export { advanceMarketDayInPlace, simulateMarketDay } from './simulate-market.js';
