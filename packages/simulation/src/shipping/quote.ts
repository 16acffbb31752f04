/** What a buyer pays for shipping under a template (used by the demand model and when orders are placed). */
import type { ShippingTemplate } from '../core/state.js';
import { shippingRuleFor } from './coverage.js';

export interface BuyerShippingQuote {
  /** Shipping fee charged to the buyer, listing currency, 2 decimals. */
  fee: number;
  /** Days from order to delivery as the buyer sees them: handling days plus the rule's transit days. */
  deliveryDays: [number, number];
  transitDays: [number, number];
  channelId: string;
  zoneId: string;
  freeShipping: boolean;
}

const cents = (x: number): number => Math.round(x * 100) / 100;

/**
 * First weight at the first price, then each started additional step at the additional price; free when the order
 * value reaches the rule's threshold. Null when the template does not ship to the country.
 */
export function quoteBuyerShipping(
  template: Pick<ShippingTemplate, 'rules' | 'handlingDays'>,
  country: string,
  weightKg: number,
  orderValue: number,
): BuyerShippingQuote | null {
  const rule = shippingRuleFor(template, country);
  if (!rule) return null;
  const free = rule.freeShippingThreshold !== null && orderValue >= rule.freeShippingThreshold;
  const extraKg = Math.max(0, weightKg - rule.firstWeightKg);
  // The epsilon keeps 0.3 / 0.1 from counting as 3.0000000004 steps.
  const steps = extraKg === 0 ? 0 : Math.ceil(extraKg / rule.additionalWeightKg - 1e-9);
  const fee = free ? 0 : cents(rule.firstPrice + steps * rule.additionalPrice);
  const [min, max] = rule.deliveryDays;
  return {
    fee,
    deliveryDays: [min + template.handlingDays, max + template.handlingDays],
    transitDays: [min, max],
    channelId: rule.channelId,
    zoneId: rule.zoneId,
    freeShipping: free,
  };
}
