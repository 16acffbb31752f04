import type { ReducerMap } from '../core/reducer.js';
import { adsReducers } from './ads-reducers.js';
import { offerReducers } from './offer-reducers.js';

/** Keyword ads, coupons, prices and platform campaigns (core/actions.ts `MarketingAction`). */
export const marketingReducers: ReducerMap = { ...adsReducers, ...offerReducers };
