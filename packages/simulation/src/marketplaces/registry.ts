/** All marketplace rule sets, by marketplace and version, and look-ups over their category trees. */
import type { CategoryNode, MarketplaceRuleSet } from '../core/rules.js';
import type { MarketplaceId } from '../core/state.js';
import { ALIBABA_2025_01 } from './alibaba.js';
import { ALIEXPRESS_2025_03 } from './aliexpress.js';
import { AMAZON_2024_01, AMAZON_2025_06 } from './amazon.js';

export const MARKETPLACE_RULE_SETS: readonly MarketplaceRuleSet[] = [
  AMAZON_2025_06,
  AMAZON_2024_01,
  ALIEXPRESS_2025_03,
  ALIBABA_2025_01,
];

/** Versions of a marketplace's rule set, newest first (versions are `YYYY-MM`, so text order is date order). */
export function listRuleSetVersions(id: MarketplaceId): string[] {
  return MARKETPLACE_RULE_SETS.filter((r) => r.id === id)
    .map((r) => r.version)
    .sort()
    .reverse();
}

/** The rule set of a marketplace at a version (the newest when no version is given); throws when unknown. */
export function ruleSetFor(id: MarketplaceId, version?: string): MarketplaceRuleSet {
  const wanted = version ?? listRuleSetVersions(id)[0];
  const found = MARKETPLACE_RULE_SETS.find((r) => r.id === id && r.version === wanted);
  if (!found) throw new RangeError(`Unknown marketplace rule set: ${id}@${version ?? 'latest'}`);
  return found;
}

export function findCategory(rules: MarketplaceRuleSet, id: string): CategoryNode | undefined {
  return rules.categories.find((c) => c.id === id);
}

/** Root-first chain of categories ending at `id`; empty when the id is unknown. */
export function categoryPath(rules: MarketplaceRuleSet, id: string): CategoryNode[] {
  const path: CategoryNode[] = [];
  let node = findCategory(rules, id);
  while (node && path.length < 20) {
    path.unshift(node);
    node = node.parentId === null ? undefined : findCategory(rules, node.parentId);
  }
  return path;
}
