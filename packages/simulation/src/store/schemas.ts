import { z } from 'zod';

const key = z.string().min(1).max(64);
const id = z.string().min(1).max(64);
const boundedRecord = <T extends z.ZodType>(value: T) =>
  z.record(key, value).refine((r) => Object.keys(r).length <= 50, { message: 'at most 50 fields' });

export const storeActionSchemas: z.ZodObject[] = [
  z.strictObject({ type: z.literal('store.register'), fields: boundedRecord(z.string().max(500)) }),
  z.strictObject({ type: z.literal('store.submitVerification') }),
  z.strictObject({
    type: z.literal('store.updateSettings'),
    settings: boundedRecord(z.union([z.string().max(2000), z.number().finite(), z.boolean()])),
  }),
  z.strictObject({
    type: z.literal('store.addCategory'),
    name: z.string().max(60),
    nameEn: z.string().max(120).optional(),
    parentId: id.nullable().optional(),
  }),
  z.strictObject({
    type: z.literal('store.updateCategory'),
    categoryId: id,
    name: z.string().max(60).optional(),
    nameEn: z.string().max(120).optional(),
    position: z.number().int().min(0).max(1000).optional(),
  }),
  z.strictObject({ type: z.literal('store.removeCategory'), categoryId: id }),
  z.strictObject({
    type: z.literal('subaccount.add'),
    name: z.string().max(60),
    email: z.string().max(120),
    role: key,
    permissions: z.array(key).max(30),
  }),
  z.strictObject({
    type: z.literal('subaccount.update'),
    subAccountId: id,
    role: key.optional(),
    permissions: z.array(key).max(30).optional(),
  }),
  z.strictObject({ type: z.literal('subaccount.disable'), subAccountId: id }),
];
