import { z } from 'zod';

const weight = z.number().finite().min(0).max(1000);
const price = z.number().finite().min(-1_000_000).max(1_000_000);

/** Shape only: sign and range rules (weights > 0, prices ≥ 0, min ≤ max days) are the reducer's marketplace-style refusals. */
export const shippingRuleSchema = z.strictObject({
  zoneId: z.string().min(1).max(16),
  countries: z.array(z.string().min(2).max(2)).max(250),
  channelId: z.string().min(1).max(64),
  firstWeightKg: weight,
  firstPrice: price,
  additionalWeightKg: weight,
  additionalPrice: price,
  freeShippingThreshold: price.nullable(),
  deliveryDays: z.tuple([z.number().int().min(0).max(365), z.number().int().min(0).max(365)]),
});

const rules = z.array(shippingRuleSchema).max(50);

export const shippingActionSchemas: z.ZodObject[] = [
  z.strictObject({
    type: z.literal('shippingTemplate.create'),
    name: z.string().max(60),
    handlingDays: z.number().int().min(0).max(365),
    rules,
    isDefault: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('shippingTemplate.update'),
    templateId: z.string().min(1).max(64),
    name: z.string().max(60).optional(),
    handlingDays: z.number().int().min(0).max(365).optional(),
    rules: rules.optional(),
    isDefault: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('shippingTemplate.delete'), templateId: z.string().min(1).max(64) }),
];
