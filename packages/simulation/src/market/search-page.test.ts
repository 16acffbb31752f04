import { describe, expect, it } from 'vitest';
import { mnlChoiceProbabilities } from '../marketing/demand.js';
import { buildSearchPage, type MarketOffer, ORGANIC_CTR, RESULTS_PAGE_OFFERS } from './search-page.js';

const offer = (id: string, organicScore: number, patch: Partial<MarketOffer> = {}): MarketOffer => ({
  id,
  price: 20,
  quality: 0.7,
  rating: 4.4,
  reviews: 200,
  shippingDays: 10,
  positionBonus: 0,
  listingId: null,
  organicScore,
  ...patch,
});

describe('buildSearchPage', () => {
  it('fills the top-of-search slots by the top-of-search bids and the rest by the base bids', () => {
    const offers = ['a', 'b', 'c', 'd'].map((id, i) => offer(id, i));
    const page = buildSearchPage(
      offers,
      [],
      [
        { offerId: 'a', topBid: 3, restBid: 1, quality: 1, campaignId: 'AD-1' },
        { offerId: 'b', topBid: 1, restBid: 2, quality: 1, campaignId: null },
        { offerId: 'c', topBid: 0.5, restBid: 1.5, quality: 1, campaignId: null },
      ],
      0.02,
    );
    const sponsored = page.places.filter((p) => p.kind !== 'organic').map((p) => [p.kind, p.offerId, p.price]);
    // top: a (3) then b (1), b pays 0.5 + 0.01; rest: c alone pays the reserve
    expect(sponsored).toEqual([
      ['top', 'a', 1.01],
      ['top', 'b', 0.51],
      ['rest', 'c', 0.02],
    ]);
    expect(page.places.filter((p) => p.kind === 'organic').map((p) => p.offerId)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('ranks only the relevant offers organically; an ad-only offer appears only through its ad', () => {
    const page = buildSearchPage(
      [offer('x', 1)],
      [offer('ad', 5)],
      [{ offerId: 'ad', topBid: 1, restBid: 1, quality: 1, campaignId: 'AD-1' }],
      0.02,
    );
    expect(page.places.map((p) => [p.kind, p.offerId])).toEqual([
      ['top', 'ad'],
      ['organic', 'x'],
    ]);
    expect(page.probabilities.ad).toBeGreaterThan(0);
  });

  it('keeps at most ten organic places, and unlisted sellers take share when the listed market is thin', () => {
    const many = Array.from({ length: 15 }, (_, i) => offer(`o${i}`, i));
    expect(buildSearchPage(many, [], [], 0.02).places).toHaveLength(ORGANIC_CTR.length);
    const thin = buildSearchPage([offer('me', 1)], [], [], 0.02);
    const crowd = Array.from({ length: RESULTS_PAGE_OFFERS - 1 }, (_, i) => offer(`c${i}`, 0));
    const full = buildSearchPage([offer('me', 1), ...crowd], [], [], 0.02);
    // Alone on the page the store competes with 19 unlisted sellers: about the same share as among 19 listed ones.
    expect(thin.probabilities.me! / full.probabilities.me!).toBeCloseTo(1, 1);
    // Without the unlisted sellers the lone offer (first organic place, bonus 0.9) would take a larger share.
    const alone = mnlChoiceProbabilities([{ ...offer('me', 1), positionBonus: 0.9 }]).probabilities.me!;
    expect(thin.probabilities.me!).toBeLessThan(alone * 0.95);
    const total = Object.values(thin.probabilities).reduce((s, p) => s + p, thin.noPurchase);
    expect(total).toBeCloseTo(1, 12);
  });
});
