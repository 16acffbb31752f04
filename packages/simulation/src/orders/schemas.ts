import { z } from 'zod';
import { countrySchema, parcelSchema } from '../logistics/schemas.js';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);
const qty = z.number().int().min(1).max(1_000_000);
const money = z.number().finite().min(0).max(100_000_000);
const day = z.number().int().min(0).max(100_000);
const skuQtyLines = z
  .array(z.strictObject({ sku: id, qty }))
  .min(1)
  .max(100);

const addressSchema = z.strictObject({
  name: text(100),
  line1: text(200),
  line2: text(200).optional(),
  city: text(100),
  state: text(100).optional(),
  postalCode: text(20),
  country: countrySchema,
  phone: text(40).optional(),
});

const filterSchema = z.strictObject({
  status: z.array(text(40)).max(20).optional(),
  country: z.array(countrySchema).max(50).optional(),
  sku: text(64).optional(),
  flagged: z.boolean().optional(),
  fulfilment: z.enum(['MFN', 'AFN', 'WAREHOUSE']).optional(),
  placedFromDay: day.optional(),
  placedToDay: day.optional(),
  text: text(200).optional(),
});

export const orderActionSchemas: z.ZodObject[] = [
  z.strictObject({ type: z.literal('order.filter'), filter: filterSchema }),
  z.strictObject({
    type: z.literal('order.modify'),
    orderId: id,
    address: addressSchema.optional(),
    sellerNote: text(1000).optional(),
    lines: skuQtyLines.optional(),
  }),
  z.strictObject({ type: z.literal('order.extendReceipt'), orderId: id, days: z.number().int().min(1).max(365) }),
  z.strictObject({ type: z.literal('order.cancel'), orderId: id, reason: text(64).min(1) }),
  z.strictObject({
    type: z.literal('order.ship'),
    orderId: id,
    mode: z.enum(['online', 'offline']),
    channelId: id,
    trackingNo: text(40).optional(),
    parcel: parcelSchema,
    lines: skuQtyLines.optional(),
  }),
  z.strictObject({
    type: z.literal('order.resolveAbnormal'),
    orderId: id,
    flag: text(40).min(1),
    resolution: text(40).min(1),
    note: text(1000).optional(),
  }),
  z.strictObject({ type: z.literal('return.approve'), orderId: id, returnId: id }),
  z.strictObject({ type: z.literal('return.reject'), orderId: id, returnId: id, reason: text(1000).min(1) }),
  z.strictObject({ type: z.literal('return.refund'), orderId: id, returnId: id, amount: money }),
  z.strictObject({
    type: z.literal('exchange.reship'),
    orderId: id,
    returnId: id,
    channelId: id,
    parcel: parcelSchema,
  }),
  z.strictObject({
    type: z.literal('ta.draft'),
    buyerName: text(200).min(1),
    buyerCountry: countrySchema,
    contractNo: text(40).min(1),
    incoterm: text(8).min(1),
    lines: z
      .array(z.strictObject({ sku: id, qty, unitPrice: z.number().finite().positive().max(10_000_000) }))
      .min(1)
      .max(100),
    shipByDay: day,
    shippingFee: money,
    inspection: text(40).nullable().optional(),
  }),
  z.strictObject({
    type: z.literal('ta.ship'),
    orderId: id,
    channelId: id,
    parcel: parcelSchema,
    trackingNo: text(40).optional(),
  }),
  z.strictObject({ type: z.literal('ta.refund'), orderId: id, amount: money, reason: text(1000).min(1) }),
  z.strictObject({
    type: z.literal('ta.respondDispute'),
    orderId: id,
    response: text(4000).min(1),
    proposal: z.enum(['refund', 'reship', 'reject']),
    amount: money.optional(),
  }),
];
