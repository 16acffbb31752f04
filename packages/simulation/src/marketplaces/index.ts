// Public surface of marketplaces/. Names exported here must be unique across the package.
export { ALIBABA_2025_01 } from './alibaba.js';
export { ALIEXPRESS_2025_03 } from './aliexpress.js';
export { AMAZON_2024_01, AMAZON_2025_06 } from './amazon.js';
export { LEAF_CATEGORY_IDS, MOQ_ATTRIBUTE } from './categories.js';
export {
  PERMISSIONS as MARKETPLACE_PERMISSIONS,
  SUB_ACCOUNT_ROLES as MARKETPLACE_SUB_ACCOUNT_ROLES,
} from './common.js';
export { diffRuleSets, listSourcedRules, type RuleSetChange, type SourcedRule } from './diff.js';
export { envFor } from './env.js';
export { USCC_PATTERN } from './fields.js';
export { categoryPath, findCategory, listRuleSetVersions, MARKETPLACE_RULE_SETS, ruleSetFor } from './registry.js';
