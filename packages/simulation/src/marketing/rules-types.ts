import type { Sourced } from '../core/rules.js';

/** Advertising limits of a marketplace rule set. */
export interface AdsRules {
  bid: Sourced<{ min: number; max: number }>;
  dailyBudget: Sourced<{ min: number; max: number }>;
  topOfSearchPct: Sourced<{ max: number }>;
  /** Dynamic "up and down" bidding may raise a bid by at most this % at top of search. */
  dynamicUpMaxPct: Sourced<number>;
  maxKeywordsPerCampaign: number;
}
