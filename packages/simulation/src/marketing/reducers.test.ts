import { describe, expect, it } from 'vitest';
import type { Action } from '../core/actions.js';
import type { SimState } from '../core/state.js';
import { buildBenchStore } from '../market/bench-store.js';
import { applyAll, applyWith, fixtureEnv } from '../market/test-fixtures.js';
import { buyerPriceOf } from './pricing.js';
import { marketingReducers } from './reducers.js';

const env = fixtureEnv();
const store = (): SimState => buildBenchStore('marketing');
const apply = (s: SimState, a: Action) => applyWith(marketingReducers, s, a, env);
const refusal = (s: SimState, a: Action) => {
  const r = apply(s, a);
  if (r.ok) throw new Error(`expected ${a.type} to be refused`);
  return r.refusal;
};

const campaign = (patch: Partial<Extract<Action, { type: 'ads.createCampaign' }>> = {}): Action => ({
  type: 'ads.createCampaign',
  name: 'Mats manual',
  targeting: 'manual',
  dailyBudget: 25,
  biddingStrategy: 'fixed',
  topOfSearchPct: 20,
  listingIds: ['L-2'],
  keywords: [{ text: 'yoga mat', match: 'exact', bid: 1.2 }],
  negativeKeywords: [],
  defaultBid: 0.8,
  ...patch,
});

describe('ads campaigns', () => {
  it('creates an enabled campaign starting today with the next id', () => {
    const s = store();
    const r = apply(s, campaign());
    if (!r.ok) throw new Error(r.refusal.code);
    const c = r.state.ads.at(-1)!;
    expect(c).toMatchObject({ id: `AD-${s.seq + 1}`, status: 'enabled', startDay: 30, dailyBudget: 25 });
  });

  it('refuses bids, budgets, placement adjustments and keyword counts outside the rule set limits', () => {
    const s = store();
    expect(refusal(s, campaign({ keywords: [{ text: 'yoga mat', match: 'exact', bid: 150 }] }))).toMatchObject({
      code: 'AD_BID_OUT_OF_RANGE',
      field: 'keywords[0].bid',
    });
    expect(refusal(s, campaign({ dailyBudget: 0.5 })).code).toBe('AD_BUDGET_OUT_OF_RANGE');
    expect(refusal(s, campaign({ topOfSearchPct: 901 })).code).toBe('AD_PLACEMENT_PCT_OUT_OF_RANGE');
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((t) => ({ text: t, match: 'broad' as const, bid: 1 }));
    expect(refusal(s, campaign({ keywords: six })).code).toBe('AD_TOO_MANY_KEYWORDS');
    expect(refusal(s, campaign({ keywords: [] })).code).toBe('AD_KEYWORDS_REQUIRED');
  });

  it('refuses listings that are missing or not active', () => {
    const s = store();
    s.listings[1]!.status = 'inactive';
    expect(refusal(s, campaign({ listingIds: ['L-3'] }))).toMatchObject({
      code: 'AD_LISTING_NOT_ACTIVE',
      field: 'listingIds[0]',
    });
    expect(refusal(s, campaign({ listingIds: ['L-99'] })).code).toBe('LISTING_NOT_FOUND');
  });

  it('updates budget and status, sets keywords, and refuses changes to an archived campaign', () => {
    let s = applyAll(
      marketingReducers,
      store(),
      [
        { type: 'ads.updateCampaign', campaignId: 'AD-7', dailyBudget: 45, biddingStrategy: 'up_and_down' },
        { type: 'ads.setKeywords', campaignId: 'AD-7', keywords: [{ text: 'yoga mats', match: 'broad', bid: 0.7 }] },
      ],
      env,
    );
    expect(s.ads[0]).toMatchObject({ dailyBudget: 45, biddingStrategy: 'up_and_down' });
    expect(s.ads[0]!.keywords).toEqual([{ text: 'yoga mats', match: 'broad', bid: 0.7 }]);
    s = applyAll(marketingReducers, s, [{ type: 'ads.updateCampaign', campaignId: 'AD-7', status: 'archived' }], env);
    expect(refusal(s, { type: 'ads.updateCampaign', campaignId: 'AD-7', dailyBudget: 10 }).code).toBe(
      'AD_CAMPAIGN_ARCHIVED',
    );
  });
});

const coupon = (patch: Partial<Extract<Action, { type: 'coupon.create' }>> = {}): Action => ({
  type: 'coupon.create',
  listingIds: ['L-2'],
  kind: 'percent',
  value: 15,
  minOrder: null,
  startDay: 30,
  endDay: 44,
  budget: 200,
  ...patch,
});

describe('coupons', () => {
  it('creates an active coupon from today and a scheduled one for later', () => {
    const before = store();
    const s = applyAll(marketingReducers, before, [coupon(), coupon({ listingIds: ['L-3'], startDay: 35 })], env);
    expect(s.coupons.slice(-2).map((c) => [c.id, c.status])).toEqual([
      [`CP-${before.seq + 1}`, 'active'],
      [`CP-${before.seq + 2}`, 'scheduled'],
    ]);
  });

  it('refuses a percentage outside 1–90 and an amount not below the price', () => {
    const s = store();
    expect(refusal(s, coupon({ value: 95 })).code).toBe('COUPON_PERCENT_RANGE');
    expect(refusal(s, coupon({ value: 0 })).code).toBe('COUPON_PERCENT_RANGE');
    const price = s.listings[0]!.price;
    expect(refusal(s, coupon({ kind: 'amount', value: price })).code).toBe('COUPON_AMOUNT_TOO_HIGH');
    expect(apply(s, coupon({ kind: 'amount', value: 2 })).ok).toBe(true);
  });

  it('refuses dates in the past, an end before the start, and more than 90 days', () => {
    const s = store();
    expect(refusal(s, coupon({ startDay: 29 })).code).toBe('COUPON_START_IN_PAST');
    expect(refusal(s, coupon({ endDay: 29 })).code).toBe('COUPON_END_BEFORE_START');
    expect(refusal(s, coupon({ endDay: 30 + 90 })).code).toBe('COUPON_TOO_LONG');
  });

  it('allows one active coupon per listing at a time', () => {
    const s = store(); // CP-9 covers L-4 from day 25 to 60
    expect(refusal(s, coupon({ listingIds: ['L-4'] }))).toMatchObject({
      code: 'COUPON_ALREADY_ACTIVE',
      field: 'listingIds[0]',
    });
    expect(apply(s, coupon({ listingIds: ['L-4'], startDay: 61, endDay: 70 })).ok).toBe(true);
    const ended = applyAll(marketingReducers, s, [{ type: 'coupon.end', couponId: 'CP-9' }], env);
    expect(apply(ended, coupon({ listingIds: ['L-4'] })).ok).toBe(true);
  });
});

describe('prices and platform campaigns', () => {
  it('sets a price within the rule set bounds and refuses one outside or below a cent', () => {
    const s = store();
    const r = apply(s, { type: 'listing.setPrice', listingId: 'L-2', price: 21.5 });
    expect(r.ok && r.state.listings[0]!.price).toBe(21.5);
    expect(refusal(s, { type: 'listing.setPrice', listingId: 'L-2', price: 20000 }).code).toBe('PRICE_OUT_OF_RANGE');
    expect(refusal(s, { type: 'listing.setPrice', listingId: 'L-2', price: 9.999 }).code).toBe('PRICE_OUT_OF_RANGE');
  });

  it('approves an enrolment that meets every condition of the campaign', () => {
    const s = store();
    Object.assign(s.listings[0]!, { rating: 4.5, reviews: 100, stock: 80 });
    const after = applyAll(
      marketingReducers,
      s,
      [{ type: 'promotion.enroll', campaignId: 'PD-1', listingIds: ['L-2'], discountPct: 20 }],
      env,
    );
    expect(after.promotions[0]).toMatchObject({ id: `PE-${s.seq + 1}`, status: 'approved', problems: [] });
  });

  it('rejects an enrolment listing every unmet condition in Chinese and English', () => {
    const s = store();
    Object.assign(s.listings[0]!, { rating: 3.5, reviews: 3, stock: 5, status: 'inactive' });
    s.health.status = 'at_risk';
    s.market.platformCampaigns[0]!.categoryIds = ['pet-bowls'];
    const after = applyAll(
      marketingReducers,
      s,
      [{ type: 'promotion.enroll', campaignId: 'PD-1', listingIds: ['L-2'], discountPct: 10 }],
      env,
    );
    const e = after.promotions[0]!;
    expect(e.status).toBe('rejected');
    expect(e.problems.map((p) => p.rule)).toEqual([
      'promotion.minDiscount',
      'promotion.accountHealth',
      'promotion.listingActive',
      'promotion.category',
      'promotion.minRating',
      'promotion.minReviews',
      'promotion.minStock',
    ]);
    expect(e.problems[0]!.message.zh).toContain('最低折扣 15%');
    expect(e.problems[0]!.message.en).toContain('minimum of 15%');
  });

  it('refuses an unknown campaign and a second enrolment of the same listing', () => {
    const s = store();
    Object.assign(s.listings[0]!, { rating: 4.5, reviews: 100, stock: 80 });
    expect(refusal(s, { type: 'promotion.enroll', campaignId: 'X', listingIds: ['L-2'], discountPct: 20 }).code).toBe(
      'PROMOTION_NOT_FOUND',
    );
    const once = applyAll(
      marketingReducers,
      s,
      [{ type: 'promotion.enroll', campaignId: 'PD-1', listingIds: ['L-2'], discountPct: 20 }],
      env,
    );
    expect(
      refusal(once, { type: 'promotion.enroll', campaignId: 'PD-1', listingIds: ['L-2'], discountPct: 25 }).code,
    ).toBe('PROMOTION_ALREADY_ENROLLED');
  });

  it('prices for the buyer: campaign discount first, then the coupon', () => {
    const s = store();
    Object.assign(s.listings[2]!, { price: 20, rating: 4.5, reviews: 100, stock: 80 }); // L-4 has coupon CP-9 (10 %)
    const after = applyAll(
      marketingReducers,
      s,
      [{ type: 'promotion.enroll', campaignId: 'PD-1', listingIds: ['L-4'], discountPct: 20 }],
      env,
    );
    const l = after.listings[2]!;
    expect(buyerPriceOf(after, l, 30)).toMatchObject({ price: 18, promotionPct: 0, couponDiscount: 2 });
    // day 36: 20 × 0.8 = 16, coupon 10 % = 1.60 → 14.40
    expect(buyerPriceOf(after, l, 36)).toMatchObject({ price: 14.4, promotionPct: 20, couponId: 'CP-9' });
  });
});
