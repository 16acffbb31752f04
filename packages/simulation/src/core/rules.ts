/**
 * Marketplace rules as versioned data. Every rule value carries where it comes from and since when it applies, so a
 * lecturer can see why the simulator refused something and switch to a newer rule set when the real marketplace moves.
 */
import type { CustomsRuleSet } from '../customs/rules-types.js';
import type { ListingRules } from '../listing/rules-types.js';
import type { LogisticsRuleSet } from '../logistics/rules-types.js';
import type { AdsRules } from '../marketing/rules-types.js';
import type { OrderRules } from '../orders/rules-types.js';
import type { Loc } from './result.js';
import type { AccountHealth, MarketplaceId } from './state.js';

export interface RuleSource {
  /** Public document or page, e.g. "Amazon Seller Central: Product title requirements". */
  title: string;
  url?: string;
  /** YYYY-MM-DD from which the rule applies. */
  effectiveFrom: string;
  note?: string;
}

/** A rule value with its source. */
export interface Sourced<T> {
  value: T;
  source: RuleSource;
}

/** A form field of registration or store settings. */
export interface FieldRule {
  key: string;
  label: Loc;
  kind: 'text' | 'email' | 'phone' | 'number' | 'boolean' | 'enum' | 'country';
  required: boolean;
  /** Regular expression source the value must match (e.g. the 18-character unified social credit code). */
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  options?: { value: string; label: Loc }[];
  hint?: Loc;
  source?: RuleSource;
}

/** An attribute a category requires or allows on a listing. */
export interface AttributeRule {
  key: string;
  label: Loc;
  kind: 'text' | 'enum' | 'number';
  required: boolean;
  options?: string[];
}

export interface CategoryNode {
  id: string;
  name: Loc;
  parentId: string | null;
  /** Only leaves can hold listings. */
  leaf: boolean;
  attributes: AttributeRule[];
}

export interface SubAccountRole {
  key: string;
  label: Loc;
  permissions: string[];
}

export interface HealthRules {
  /** Targets: a store meets each when its metric is on the right side (rates ≤ target except tracking/response ≥). */
  targets: Sourced<Omit<AccountHealth, 'status' | 'rating'>>;
}

export interface MarketplaceRuleSet {
  id: MarketplaceId;
  version: string;
  effectiveFrom: string;
  name: Loc;
  model: 'B2C' | 'B2B';
  currency: 'USD';
  registrationFields: FieldRule[];
  settingFields: FieldRule[];
  categories: CategoryNode[];
  listing: ListingRules;
  permissions: { key: string; label: Loc }[];
  subAccountRoles: SubAccountRole[];
  maxSubAccounts: Sourced<number>;
  orders: OrderRules;
  health: HealthRules;
  ads: AdsRules;
  /** Every source the rule set draws on, for the "rules and sources" page. */
  sources: RuleSource[];
}

/** What a reducer may read besides the state: the rule sets in force for the state's marketplace and version. */
export interface SimEnv {
  rules: MarketplaceRuleSet;
  logistics: LogisticsRuleSet;
  customs: CustomsRuleSet;
}
