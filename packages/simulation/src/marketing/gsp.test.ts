import { describe, expect, it } from 'vitest';
import { dynamicBid, runGspAuction } from './gsp.js';

const rules = {
  topOfSearchPct: { value: { max: 900 }, source: { title: 't', effectiveFrom: '2025-01-01' } },
  dynamicUpMaxPct: { value: 100, source: { title: 't', effectiveFrom: '2025-01-01' } },
};

describe('runGspAuction', () => {
  const bidders = [
    { id: 'C', bid: 1, quality: 0.8 },
    { id: 'A', bid: 2, quality: 0.9 },
    { id: 'B', bid: 1.5, quality: 1 },
  ];

  it('ranks by bid × quality and charges each winner the next rank score ÷ own quality + 0.01', () => {
    const w = runGspAuction(bidders, 2, 0.1);
    expect(w.map((x) => x.id)).toEqual(['A', 'B']);
    expect(w[0]).toMatchObject({ slot: 1, rankScore: 1.8 });
    // A: 1.5 × 1.0 ÷ 0.9 + 0.01 = 1.6767 → 1.68; B: 1 × 0.8 ÷ 1 + 0.01 = 0.81
    expect(w[0]!.price).toBe(1.68);
    expect(w[1]!.price).toBe(0.81);
  });

  it('charges the reserve price to the last winner when nobody ranks below it', () => {
    const w = runGspAuction(bidders, 3, 0.1);
    expect(w.map((x) => [x.id, x.price])).toEqual([
      ['A', 1.68],
      ['B', 0.81],
      ['C', 0.1],
    ]);
  });

  it('never charges more than the own bid (a low bid with high quality can outrank a higher bid)', () => {
    // X: 1.0 × 1.0 = 1.0 beats Y: 1.9 × 0.5 = 0.95; price 0.95 ÷ 1 + 0.01 = 0.96 ≤ 1.0
    const w = runGspAuction(
      [
        { id: 'X', bid: 1, quality: 1 },
        { id: 'Y', bid: 1.9, quality: 0.5 },
      ],
      1,
      0.05,
    );
    expect(w).toEqual([{ id: 'X', slot: 1, rankScore: 1, price: 0.96 }]);
    // Equal scores: the next score ÷ own quality + 0.01 would exceed the own bid, so the bid caps it.
    const tie = runGspAuction(
      [
        { id: 'P', bid: 1, quality: 1 },
        { id: 'Q', bid: 2, quality: 0.5 },
      ],
      1,
      0.05,
    );
    expect(tie[0]).toMatchObject({ id: 'P', price: 1 });
  });

  it('leaves out bids below the reserve and zero quality, and fills only as many slots as bidders', () => {
    const w = runGspAuction(
      [
        { id: 'low', bid: 0.01, quality: 1 },
        { id: 'noq', bid: 5, quality: 0 },
        { id: 'ok', bid: 0.5, quality: 0.5 },
      ],
      4,
      0.02,
    );
    expect(w).toEqual([{ id: 'ok', slot: 1, rankScore: 0.25, price: 0.02 }]);
  });
});

describe('dynamicBid', () => {
  const base = { bid: 1, topOfSearchPct: 50, conversionLikelihood: 1.5 };

  it('adds the top-of-search adjustment only at top of search with a fixed strategy', () => {
    expect(dynamicBid({ ...base, strategy: 'fixed', placement: 'top' }, rules)).toBe(1.5);
    expect(dynamicBid({ ...base, strategy: 'fixed', placement: 'rest' }, rules)).toBe(1);
  });

  it('down only lowers a bid that is less likely to convert and never raises it', () => {
    expect(dynamicBid({ ...base, strategy: 'down_only', placement: 'rest', conversionLikelihood: 0.6 }, rules)).toBe(
      0.6,
    );
    expect(dynamicBid({ ...base, strategy: 'down_only', placement: 'rest' }, rules)).toBe(1);
  });

  it('up and down raises by at most the rule set limit at top of search and half of it elsewhere', () => {
    expect(dynamicBid({ ...base, strategy: 'up_and_down', placement: 'top', conversionLikelihood: 3 }, rules)).toBe(3);
    expect(dynamicBid({ ...base, strategy: 'up_and_down', placement: 'rest', conversionLikelihood: 3 }, rules)).toBe(
      1.5,
    );
    expect(dynamicBid({ ...base, strategy: 'up_and_down', placement: 'rest', conversionLikelihood: 1.2 }, rules)).toBe(
      1.2,
    );
  });
});
