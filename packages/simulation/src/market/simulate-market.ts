import { cloneState } from '../core/clone.js';
import type { SimEnv } from '../core/rules.js';
import type { SimState } from '../core/state.js';
import { envFor } from '../marketplaces/env.js';
import { type MarketDayDeps, simulateDay } from './day.js';
import { MARKET_DAY_DEPS } from './deps.js';

/**
 * One market day for many stores (the practice market at night, and the benchmark): each state is copied and moved
 * on by a day; the given states are not changed. Rule sets are looked up once per marketplace and version.
 */
export function simulateMarketDay(states: readonly SimState[], deps: MarketDayDeps = MARKET_DAY_DEPS): SimState[] {
  const drafts = states.map((state) => cloneState(state));
  advanceMarketDayInPlace(drafts, deps);
  return drafts;
}

/**
 * The same day, moving the given states on in place — for a caller that owns its states (the nightly batch that
 * loads, advances and stores every practice store) and need not pay for a copy of each.
 */
export function advanceMarketDayInPlace(states: SimState[], deps: MarketDayDeps = MARKET_DAY_DEPS): void {
  const envs = new Map<string, SimEnv>();
  for (const state of states) {
    const key = `${state.marketplace}/${state.rulesVersion}`;
    let env = envs.get(key);
    if (!env) {
      env = envFor(state);
      envs.set(key, env);
    }
    simulateDay(state, env, deps);
  }
}
