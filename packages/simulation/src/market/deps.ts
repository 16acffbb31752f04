import { advanceLogisticsDay } from '../logistics/advance.js';
import { advanceOrdersDay } from '../orders/advance.js';
import { quoteBuyerShipping } from '../shipping/quote.js';
import type { MarketDayDeps } from './day.js';

/** The real day: buyer shipping from shipping/, the carriers' clock from logistics/, the orders' clock from orders/. */
export const MARKET_DAY_DEPS: MarketDayDeps = {
  quoteShipping: quoteBuyerShipping,
  advanceLogistics: advanceLogisticsDay,
  advanceOrders: advanceOrdersDay,
};
