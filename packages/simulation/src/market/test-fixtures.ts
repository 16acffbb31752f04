/**
 * Test fixtures of the market, marketing, service and metrics tests: a rule set with only the parts these domains
 * read (so their tests do not depend on the marketplace data), a template-based shipping quote, and day dependencies
 * that leave orders and logistics to their own tests.
 */
import type { Action, ActionType } from '../core/actions.js';
import { cloneState } from '../core/clone.js';
import type { Reducer, ReducerMap } from '../core/reducer.js';
import { type ActionResult, SimRefusal } from '../core/result.js';
import type { MarketplaceRuleSet, SimEnv } from '../core/rules.js';
import type { ShippingTemplate, SimState } from '../core/state.js';
import type { LogisticsRuleSet } from '../logistics/rules-types.js';
import type { MarketDayDeps } from './day.js';
import type { BuyerShippingQuote } from './offers.js';

const source = { title: 'test fixture', effectiveFrom: '2025-01-01' };
const s = <T>(value: T) => ({ value, source });

export function fixtureEnv(): SimEnv {
  const rules = {
    id: 'amazon',
    version: '2025-06',
    listing: { price: s({ min: 0.01, max: 10_000 }) },
    orders: { awaitingShipment: 'Unshipped', shipWithinDays: s(2) },
    health: {
      targets: s({
        orderDefectRate: 0.01,
        lateShipmentRate: 0.04,
        cancellationRate: 0.025,
        validTrackingRate: 0.95,
        responseRate24h: 0.9,
      }),
    },
    ads: {
      bid: s({ min: 0.02, max: 100 }),
      dailyBudget: s({ min: 1, max: 1_000_000 }),
      topOfSearchPct: s({ max: 900 }),
      dynamicUpMaxPct: s(100),
      maxKeywordsPerCampaign: 5,
    },
  } as unknown as MarketplaceRuleSet;
  const logistics = {
    channels: [{ id: 'dedicated-us', trackingPattern: '^YT\\d{16}$' }],
  } as unknown as LogisticsRuleSet;
  return { rules, logistics, customs: {} as SimEnv['customs'] };
}

/** First weight + additional steps, free above the threshold, handling + transit days; null when not served. */
export function fixtureQuote(
  template: ShippingTemplate,
  country: string,
  weightKg: number,
  orderValue: number,
): BuyerShippingQuote | null {
  const rule = template.rules.find((r) => r.countries.includes(country));
  if (!rule) return null;
  const extraSteps = Math.max(0, Math.ceil((weightKg - rule.firstWeightKg) / rule.additionalWeightKg - 1e-9));
  const fee =
    rule.freeShippingThreshold !== null && orderValue >= rule.freeShippingThreshold
      ? 0
      : rule.firstPrice + extraSteps * rule.additionalPrice;
  const [min, max] = rule.deliveryDays;
  return {
    fee: Math.round(fee * 100) / 100,
    deliveryDays: [min + template.handlingDays, max + template.handlingDays],
    channelId: rule.channelId,
  };
}

export const isolatedDayDeps: MarketDayDeps = {
  quoteShipping: fixtureQuote,
  advanceLogistics: () => [],
  advanceOrders: () => [],
};

/** `applyAction` over only the given reducers, so a domain's tests do not load every other domain. */
export function applyWith(reducers: ReducerMap, state: SimState, action: Action, env: SimEnv): ActionResult<SimState> {
  const reducer = reducers[action.type] as Reducer<ActionType> | undefined;
  if (!reducer) throw new Error(`no reducer for ${action.type}`);
  const draft = cloneState(state);
  try {
    return { ok: true, state: draft, events: reducer(draft, action as never, env) ?? [] };
  } catch (error) {
    if (error instanceof SimRefusal) return { ok: false, refusal: error.toRefusal() };
    throw error;
  }
}

/** Applies actions that must succeed; fails the test with the refusal otherwise. */
export function applyAll(reducers: ReducerMap, state: SimState, actions: Action[], env: SimEnv): SimState {
  let s = state;
  for (const a of actions) {
    const r = applyWith(reducers, s, a, env);
    if (!r.ok) throw new Error(`${a.type} refused: ${r.refusal.code} ${r.refusal.reason.en}`);
    s = r.state;
  }
  return s;
}
