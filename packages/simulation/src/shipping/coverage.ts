/** Which countries a shipping-template rule serves: its own list, else its zone's countries; `ROW` takes the rest. */
import type { ShippingRule, ShippingTemplate } from '../core/state.js';
import { LOGISTICS_ZONE_COUNTRIES } from '../logistics/zones.js';

export const REST_OF_WORLD = 'ROW';

export function ruleCountries(rule: ShippingRule): string[] {
  if (rule.countries.length > 0) return rule.countries.map((c) => c.toUpperCase());
  return LOGISTICS_ZONE_COUNTRIES[rule.zoneId] ?? [];
}

export const isRestOfWorld = (rule: ShippingRule): boolean =>
  rule.countries.length === 0 && rule.zoneId === REST_OF_WORLD;

/** The rule of a template that serves a country (a named country before rest of world), or null. */
export function shippingRuleFor(template: Pick<ShippingTemplate, 'rules'>, country: string): ShippingRule | null {
  const code = country.toUpperCase();
  return template.rules.find((r) => ruleCountries(r).includes(code)) ?? template.rules.find(isRestOfWorld) ?? null;
}
