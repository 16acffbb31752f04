// Public surface of scenarios/. Names exported here must be unique across the package.
export { B2B_ORDER_PLANS } from './b2b.js';
export { SCENARIO_RULES_VERSION } from './base.js';
export { buildScenario, SCENARIO_BASES, type ScenarioBase } from './build.js';
export { CATALOG_SKUS } from './catalog.js';
export {
  completeEntity as completeScenarioEntity,
  type EntityCollection as ScenarioEntityCollection,
} from './entities.js';
export { TRADING_ORDER_PLANS } from './trading-orders.js';
