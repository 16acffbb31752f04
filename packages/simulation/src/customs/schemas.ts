import { z } from 'zod';

const id = z.string().min(1).max(64);
const modeSchema = z.enum(['9610', '9710', '9810', '1210']);
const fieldsSchema = z
  .record(z.string().min(1).max(40), z.union([z.string().max(200), z.number().finite()]))
  .refine((r) => Object.keys(r).length <= 40, { message: 'at most 40 fields' });

const lineSchema = z.strictObject({
  hsCode: z.string().max(20),
  nameCn: z.string().max(200),
  elements: z
    .record(z.string().min(1).max(40), z.string().max(500))
    .refine((r) => Object.keys(r).length <= 30, { message: 'at most 30 elements' }),
  qty: z.number().finite().min(0).max(100_000_000),
  unit: z.string().max(20),
  unitValue: z.number().finite().min(0).max(100_000_000),
  currency: z.string().max(3),
  originCountry: z.string().max(3),
});

const linesSchema = z.array(lineSchema).max(50);

export const customsActionSchemas: z.ZodObject[] = [
  z.strictObject({
    type: z.literal('customs.createDeclaration'),
    mode: modeSchema,
    fields: fieldsSchema,
    lines: linesSchema,
    orderIds: z.array(id).max(200),
  }),
  z.strictObject({
    type: z.literal('customs.updateDeclaration'),
    declarationId: id,
    fields: fieldsSchema.optional(),
    lines: linesSchema.optional(),
  }),
  z.strictObject({ type: z.literal('customs.submitDeclaration'), declarationId: id }),
];
