/** What a newer rule-set version would do to live listings: why rule sets are versioned. */
import type { RuleViolation } from '../core/result.js';
import type { MarketplaceRuleSet } from '../core/rules.js';
import type { Listing } from '../core/state.js';
import { listingRuleViolations } from './validate.js';

export interface RulesChangeImpact {
  listingId: string;
  sku: string;
  /** Violations under the new rules that the old rules did not find. */
  violations: RuleViolation[];
}

const key = (v: RuleViolation): string => `${v.rule}|${v.field}`;

/** Active listings that the new rule set would suppress, with the new violations that would cause it. */
export function rulesChangeImpact(
  listings: Listing[],
  oldRules: MarketplaceRuleSet,
  newRules: MarketplaceRuleSet,
): RulesChangeImpact[] {
  const impacts: RulesChangeImpact[] = [];
  for (const listing of listings) {
    if (listing.status !== 'active') continue;
    const before = new Set(listingRuleViolations(listing, oldRules).map(key));
    const added = listingRuleViolations(listing, newRules).filter((v) => !before.has(key(v)));
    if (added.length > 0) impacts.push({ listingId: listing.id, sku: listing.sku, violations: added });
  }
  return impacts;
}
