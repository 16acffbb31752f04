/** The base scenarios a task starts from, by id, and which marketplaces each is available for. */
import type { Loc } from '../core/result.js';
import type { MarketplaceId, SimState } from '../core/state.js';
import { b2bStore } from './b2b.js';
import { catalogStore, newStore, type ScenarioEnvFor, verifiedStore } from './base.js';
import { tradingStore } from './trading.js';

export interface ScenarioBase {
  id: string;
  label: Loc;
  marketplaces: readonly MarketplaceId[];
}

const ALL: readonly MarketplaceId[] = ['amazon', 'aliexpress', 'alibaba'];

export const SCENARIO_BASES: readonly ScenarioBase[] = [
  { id: 'new-store', label: { zh: '未注册的新店', en: 'New store (not registered)' }, marketplaces: ALL },
  {
    id: 'verified-store',
    label: { zh: '已认证店铺（已完成设置）', en: 'Verified store with settings' },
    marketplaces: ALL,
  },
  {
    id: 'catalog-store',
    label: {
      zh: '已认证店铺 + 供货商品库 + 默认运费模板',
      en: 'Verified store, supplier catalogue, default shipping template',
    },
    marketplaces: ALL,
  },
  {
    id: 'trading-store',
    label: {
      zh: '经营中的店铺（商品、订单、消息、30 天数据、广告）',
      en: 'Trading store (listings, orders, messages, 30 days of data, ads)',
    },
    marketplaces: ['amazon', 'aliexpress'],
  },
  {
    id: 'b2b-store',
    label: { zh: 'B2B 店铺（起订量、信保订单、纠纷）', en: 'B2B store (MOQ, Trade Assurance orders, a dispute)' },
    marketplaces: ['alibaba'],
  },
];

/**
 * Builds a base scenario. Deterministic: the same base, marketplace and seed give a deep-equal state; the structure
 * (which entities exist, their ids and states) is the same for every seed, the figures and names vary.
 */
export function buildScenario(
  base: string,
  marketplace: MarketplaceId,
  seed: string,
  getEnv: ScenarioEnvFor,
): SimState {
  const def = SCENARIO_BASES.find((b) => b.id === base);
  if (!def) throw new RangeError(`Unknown base scenario: ${base}`);
  if (!def.marketplaces.includes(marketplace))
    throw new RangeError(`Scenario ${base} is not available for ${marketplace}`);
  switch (base) {
    case 'new-store':
      return newStore(marketplace, seed);
    case 'verified-store':
      return verifiedStore(marketplace, seed, getEnv);
    case 'catalog-store':
      return catalogStore(marketplace, seed, getEnv);
    case 'trading-store':
      return tradingStore(marketplace, seed, getEnv);
    default:
      return b2bStore(seed, getEnv);
  }
}
