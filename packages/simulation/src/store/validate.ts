/** Registration and store-settings checks against the marketplace rule set's fields. */
import type { RuleViolation } from '../core/result.js';
import type { FieldRule, MarketplaceRuleSet } from '../core/rules.js';
import { checkFieldValue, type FieldValue, unknownFieldViolation } from './field-check.js';

function checkAgainst(fields: FieldRule[], values: Record<string, FieldValue>, partial: boolean): RuleViolation[] {
  const known = new Set(fields.map((f) => f.key));
  const problems: RuleViolation[] = Object.keys(values)
    .filter((k) => !known.has(k))
    .map(unknownFieldViolation);
  for (const rule of fields) {
    if (partial && !(rule.key in values)) continue;
    const problem = checkFieldValue(rule, values[rule.key]);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Every problem of a registration (missing required fields, wrong formats, unknown fields), in form order. */
export function validateRegistration(fields: Record<string, string>, rules: MarketplaceRuleSet): RuleViolation[] {
  return checkAgainst(rules.registrationFields, fields, false);
}

/**
 * Problems of store settings. `partial` checks only the keys given (an update of some settings); otherwise the
 * whole settings must be complete.
 */
export function validateSettings(
  settings: Record<string, FieldValue>,
  rules: MarketplaceRuleSet,
  options: { partial?: boolean } = {},
): RuleViolation[] {
  return checkAgainst(rules.settingFields, settings, options.partial ?? false);
}
