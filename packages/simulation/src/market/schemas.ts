import { z } from 'zod';

/** Shapes of `MarketAction` (core/actions.ts). */
export const marketActionSchemas: z.ZodObject[] = [
  z.strictObject({ type: z.literal('market.advanceDays'), days: z.number().int().min(1).max(30) }),
  z.strictObject({
    type: z.literal('answer.submit'),
    key: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/),
    value: z.union([z.string().max(2000), z.number().finite(), z.array(z.string().max(200)).max(50)]),
  }),
];
