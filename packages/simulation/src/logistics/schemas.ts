import { z } from 'zod';

const id = z.string().min(1).max(64);
const side = z.number().finite().positive().max(1000);

/** A parcel as the seller measured it: cm and kg. */
export const parcelSchema = z.strictObject({
  l: side,
  w: side,
  h: side,
  weightKg: z.number().finite().positive().max(10_000),
});

export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code (upper case)');

const skuLines = z
  .array(z.strictObject({ sku: id, qty: z.number().int().min(1).max(1_000_000) }))
  .min(1)
  .max(100);

export const logisticsActionSchemas: z.ZodObject[] = [
  z.strictObject({
    type: z.literal('logistics.quote'),
    destination: countrySchema,
    parcel: parcelSchema,
    channelIds: z.array(id).max(20).optional(),
  }),
  z.strictObject({ type: z.literal('warehouse.createInbound'), warehouseId: id, lines: skuLines }),
  z.strictObject({ type: z.literal('warehouse.shipInbound'), inboundId: id, channelId: id, parcel: parcelSchema }),
  z.strictObject({ type: z.literal('warehouse.fulfil'), warehouseId: id, orderId: id }),
];
