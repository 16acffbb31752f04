import type { MarketplaceId, SimState } from './state.js';

/** A store that does not exist yet: nothing registered, listed or sold. Scenarios (scenarios/) build on this. */
export function createEmptyState(marketplace: MarketplaceId, rulesVersion: string, seed: string): SimState {
  return {
    v: 1,
    marketplace,
    rulesVersion,
    seed,
    now: 9 * 60,
    seq: 0,
    store: { status: 'unregistered', registration: {}, verificationProblems: [], settings: {} },
    subAccounts: [],
    storeCategories: [],
    products: [],
    listings: [],
    shippingTemplates: [],
    orders: [],
    shipments: [],
    warehouse: { stock: [], inbound: [], outbound: [] },
    declarations: [],
    ads: [],
    coupons: [],
    promotions: [],
    messages: [],
    faq: [],
    metrics: [],
    health: {
      orderDefectRate: 0,
      lateShipmentRate: 0,
      cancellationRate: 0,
      validTrackingRate: 1,
      responseRate24h: 1,
      rating: 5,
      status: 'good',
    },
    market: { competitors: [], keywords: [], platformCampaigns: [], fxCnyPerUnit: 7.2 },
    answers: {},
  };
}
