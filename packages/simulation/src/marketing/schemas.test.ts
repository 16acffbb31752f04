import { describe, expect, it } from 'vitest';
import { marketingActionSchemas } from './schemas.js';

const schemaOf = (type: string) => marketingActionSchemas.find((s) => s.shape.type.value === type)!;

describe('marketing action shapes', () => {
  it('has one schema per marketing action', () => {
    expect(marketingActionSchemas.map((s) => s.shape.type.value)).toEqual([
      'ads.createCampaign',
      'ads.updateCampaign',
      'ads.setKeywords',
      'coupon.create',
      'coupon.end',
      'listing.setPrice',
      'promotion.enroll',
    ]);
  });

  it('accepts a well-formed campaign and rejects unknown fields, infinite numbers and oversized strings', () => {
    const ok = {
      type: 'ads.createCampaign',
      name: 'Mats',
      targeting: 'manual',
      dailyBudget: 20,
      biddingStrategy: 'down_only',
      topOfSearchPct: 50,
      listingIds: ['L-2'],
      keywords: [{ text: 'yoga mat', match: 'exact', bid: 1 }],
      negativeKeywords: [],
      defaultBid: 0.5,
    };
    const s = schemaOf('ads.createCampaign');
    expect(s.safeParse(ok).success).toBe(true);
    expect(s.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(s.safeParse({ ...ok, dailyBudget: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(s.safeParse({ ...ok, name: 'x'.repeat(129) }).success).toBe(false);
    expect(s.safeParse({ ...ok, keywords: [{ text: 'a', match: 'fuzzy', bid: 1 }] }).success).toBe(false);
  });

  it('bounds the promotion discount to whole 1–90 %', () => {
    const s = schemaOf('promotion.enroll');
    const base = { type: 'promotion.enroll', campaignId: 'PD-1', listingIds: ['L-2'] };
    expect(s.safeParse({ ...base, discountPct: 20 }).success).toBe(true);
    expect(s.safeParse({ ...base, discountPct: 95 }).success).toBe(false);
    expect(s.safeParse({ ...base, discountPct: 12.5 }).success).toBe(false);
  });
});
