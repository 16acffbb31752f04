import type { SimEnv } from '../core/rules.js';
import type { SimState } from '../core/state.js';
import { customsRulesFor } from '../customs/rules.js';
import { logisticsRulesFor } from '../logistics/rules.js';
import { ruleSetFor } from './registry.js';

/** The rules in force for a state: its marketplace at its rules version, with the current logistics and customs. */
export function envFor(state: Pick<SimState, 'marketplace' | 'rulesVersion'>): SimEnv {
  return {
    rules: ruleSetFor(state.marketplace, state.rulesVersion),
    logistics: logisticsRulesFor(),
    customs: customsRulesFor(),
  };
}
