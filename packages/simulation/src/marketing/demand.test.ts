import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMAND_WEIGHTS, type DemandOffer, mnlChoiceProbabilities } from './demand.js';

const offer = (id: string, patch: Partial<DemandOffer> = {}): DemandOffer => ({
  id,
  price: 20,
  quality: 0.7,
  rating: 4.4,
  reviews: 200,
  shippingDays: 10,
  positionBonus: 0.5,
  ...patch,
});

const sum = (r: ReturnType<typeof mnlChoiceProbabilities>) =>
  Object.values(r.probabilities).reduce((s, p) => s + p, r.noPurchase);

describe('mnlChoiceProbabilities', () => {
  it('gives probabilities that sum to 1 with the no-purchase option', () => {
    const r = mnlChoiceProbabilities([offer('a'), offer('b', { price: 30 }), offer('c', { quality: 0.2 })]);
    expect(sum(r)).toBeCloseTo(1, 12);
    expect(r.noPurchase).toBeGreaterThan(0.5);
  });

  it('a lower price, a better listing, more reviews, faster shipping and a better place each win share', () => {
    const base = mnlChoiceProbabilities([offer('me'), offer('other')]).probabilities.me!;
    const better = (patch: Partial<DemandOffer>) =>
      mnlChoiceProbabilities([offer('me', patch), offer('other')]).probabilities.me!;
    expect(better({ price: 15 })).toBeGreaterThan(base);
    expect(better({ price: 30 })).toBeLessThan(base);
    expect(better({ quality: 0.95 })).toBeGreaterThan(base);
    expect(better({ rating: 4.9 })).toBeGreaterThan(base);
    expect(better({ reviews: 2000 })).toBeGreaterThan(base);
    expect(better({ shippingDays: 3 })).toBeGreaterThan(base);
    expect(better({ positionBonus: 1 })).toBeGreaterThan(base);
  });

  it('stays finite with extreme utilities (stable softmax)', () => {
    const r = mnlChoiceProbabilities(
      [offer('huge', { positionBonus: 2000 }), offer('tiny', { positionBonus: -2000 })],
      DEFAULT_DEMAND_WEIGHTS,
    );
    expect(r.probabilities.huge).toBeCloseTo(1, 12);
    expect(r.probabilities.tiny).toBe(0);
    expect(sum(r)).toBeCloseTo(1, 12);
  });

  it('with no offers everybody buys nothing', () => {
    expect(mnlChoiceProbabilities([])).toEqual({ probabilities: {}, noPurchase: 1 });
  });
});
