import { z } from 'zod';

const id = z.string().min(1).max(64);
const money = z.number().finite().min(0).max(10_000_000);

const listingFields = {
  title: z.string().max(1000),
  categoryId: id,
  attributes: z
    .record(z.string().min(1).max(64), z.string().max(200))
    .refine((r) => Object.keys(r).length <= 40, { message: 'at most 40 attributes' }),
  bulletPoints: z.array(z.string().max(2000)).max(10),
  description: z.string().max(60_000),
  searchTerms: z.string().max(2000),
  price: money,
  stock: z.number().int().min(0).max(1_000_000),
  shippingTemplateId: id.nullable(),
  storeCategoryId: id.nullable(),
};

export const imageMetaSchema = z.strictObject({
  id,
  format: z.enum(['jpeg', 'png', 'gif', 'tiff', 'webp', 'other']),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  bytes: z.number().int().min(0).max(1_000_000_000),
  borderWhiteRatio: z.number().min(0).max(1),
  productFillRatio: z.number().min(0).max(1),
});

export const listingActionSchemas: z.ZodObject[] = [
  z.strictObject({ type: z.literal('listing.create'), listing: z.strictObject({ sku: id, ...listingFields }) }),
  z.strictObject({ type: z.literal('listing.update'), listingId: id, patch: z.strictObject(listingFields).partial() }),
  z.strictObject({
    type: z.literal('listing.attachImage'),
    listingId: id,
    role: z.enum(['main', 'additional', 'detail']),
    image: imageMetaSchema,
  }),
  z.strictObject({ type: z.literal('listing.removeImage'), listingId: id, imageId: id }),
  z.strictObject({ type: z.literal('listing.publish'), listingId: id }),
  z.strictObject({ type: z.literal('listing.deactivate'), listingId: id }),
];
