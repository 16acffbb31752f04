/**
 * The first three base scenarios: a store that does not exist yet, a registered and verified store with its settings,
 * and that store with the supplier catalogue and one default shipping template. The richer ones (trading-store,
 * b2b-store) build on `catalogStore`.
 */
import { createEmptyState } from '../core/create.js';
import { nextId } from '../core/ids.js';
import { createRng } from '../core/rng.js';
import type { SimEnv } from '../core/rules.js';
import type { MarketplaceId, ShippingRule, ShippingTemplate, SimState } from '../core/state.js';
import { LOGISTICS_ZONE_COUNTRIES } from '../logistics/zones.js';
import { buildCatalog } from './catalog.js';
import { registrationFor, settingsFor } from './store-fields.js';

export type ScenarioEnvFor = (state: SimState) => SimEnv;

/** The rules version a scenario starts on: the newest rule set of the marketplace. */
export const SCENARIO_RULES_VERSION: Record<MarketplaceId, string> = {
  amazon: '2025-06',
  aliexpress: '2025-03',
  alibaba: '2025-01',
};

export function newStore(marketplace: MarketplaceId, seed: string): SimState {
  return createEmptyState(marketplace, SCENARIO_RULES_VERSION[marketplace], seed);
}

export function verifiedStore(marketplace: MarketplaceId, seed: string, getEnv: ScenarioEnvFor): SimState {
  const state = newStore(marketplace, seed);
  const env = getEnv(state);
  const rng = createRng(`${seed}/scenario/store`);
  state.store = {
    status: 'verified',
    registration: registrationFor(env.rules.registrationFields, rng.fork('registration')),
    verificationProblems: [],
    settings: settingsFor(env.rules.settingFields, rng.fork('settings')),
  };
  return state;
}

/** Seller shipping prices (USD) by zone for a light parcel, the way sellers set them from their freight costs. */
const TEMPLATE_ZONES: { zoneId: string; channelId: string; first: number; add: number; days: [number, number] }[] = [
  { zoneId: 'US', channelId: 'dedicated-us', first: 3.99, add: 1.2, days: [7, 12] },
  { zoneId: 'EU', channelId: 'epacket', first: 4.49, add: 1.3, days: [8, 15] },
  { zoneId: 'UK', channelId: 'epacket', first: 4.29, add: 1.2, days: [7, 12] },
  { zoneId: 'AU', channelId: 'epacket', first: 4.99, add: 1.4, days: [7, 15] },
  { zoneId: 'JP', channelId: 'epacket', first: 3.49, add: 1.0, days: [5, 10] },
];

export function defaultShippingTemplate(state: SimState, env: SimEnv): ShippingTemplate {
  const channels = new Set(env.logistics.channels.map((c) => c.id));
  const rules: ShippingRule[] = TEMPLATE_ZONES.filter((z) => channels.has(z.channelId)).map((z) => ({
    zoneId: z.zoneId,
    countries: LOGISTICS_ZONE_COUNTRIES[z.zoneId] ?? [],
    channelId: z.channelId,
    firstWeightKg: 0.5,
    firstPrice: z.first,
    additionalWeightKg: 0.5,
    additionalPrice: z.add,
    freeShippingThreshold: z.zoneId === 'US' ? 35 : null,
    deliveryDays: z.days,
  }));
  return { id: nextId(state, 'ST'), name: 'Standard shipping', handlingDays: 2, rules, isDefault: true };
}

export function catalogStore(marketplace: MarketplaceId, seed: string, getEnv: ScenarioEnvFor): SimState {
  const state = verifiedStore(marketplace, seed, getEnv);
  const env = getEnv(state);
  state.products = buildCatalog(createRng(`${seed}/scenario/catalog`), env.rules.model === 'B2B');
  state.shippingTemplates.push(defaultShippingTemplate(state, env));
  return state;
}
