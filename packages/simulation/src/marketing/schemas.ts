import { z } from 'zod';

const money = z.number().finite().min(0).max(1_000_000);
const id = z.string().min(1).max(64);
const day = z.number().int().min(0).max(100_000);
const strategy = z.enum(['fixed', 'down_only', 'up_and_down']);

const keyword = z.strictObject({
  text: z.string().trim().min(1).max(80),
  match: z.enum(['exact', 'phrase', 'broad']),
  bid: money,
});

/** Shapes of `MarketingAction` (core/actions.ts); limits of the rule set are checked by the reducers. */
export const marketingActionSchemas: z.ZodObject[] = [
  z.strictObject({
    type: z.literal('ads.createCampaign'),
    name: z.string().min(1).max(128),
    targeting: z.enum(['manual', 'auto']),
    dailyBudget: money,
    biddingStrategy: strategy,
    topOfSearchPct: z.number().finite().min(0).max(1000),
    listingIds: z.array(id).max(100),
    keywords: z.array(keyword).max(1000),
    negativeKeywords: z.array(z.string().trim().min(1).max(80)).max(1000),
    defaultBid: money,
    endDay: day.nullable().optional(),
  }),
  z.strictObject({
    type: z.literal('ads.updateCampaign'),
    campaignId: id,
    dailyBudget: money.optional(),
    status: z.enum(['enabled', 'paused', 'archived']).optional(),
    biddingStrategy: strategy.optional(),
    topOfSearchPct: z.number().finite().min(0).max(1000).optional(),
    defaultBid: money.optional(),
  }),
  z.strictObject({
    type: z.literal('ads.setKeywords'),
    campaignId: id,
    keywords: z.array(keyword).max(1000),
    negativeKeywords: z.array(z.string().trim().min(1).max(80)).max(1000).optional(),
  }),
  z.strictObject({
    type: z.literal('coupon.create'),
    listingIds: z.array(id).max(100),
    kind: z.enum(['percent', 'amount']),
    value: z.number().finite().min(0).max(100_000),
    minOrder: money.nullable(),
    startDay: day,
    endDay: day,
    budget: money.nullable(),
  }),
  z.strictObject({ type: z.literal('coupon.end'), couponId: id }),
  z.strictObject({ type: z.literal('listing.setPrice'), listingId: id, price: money }),
  z.strictObject({
    type: z.literal('promotion.enroll'),
    campaignId: id,
    listingIds: z.array(id).max(100),
    discountPct: z.number().int().min(1).max(90),
  }),
];
