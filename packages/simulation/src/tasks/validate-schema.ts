/** The structure of a task definition (zod, bounded: definitions come from lecturers' browsers). */
import { z } from 'zod';
import { COMPARE_OPS } from './compare.js';

const text = (max: number) => z.string().min(1).max(max);
export const locSchema = z.strictObject({ zh: text(4000), en: text(4000) });
const longLoc = z.strictObject({ zh: text(20000), en: text(20000) });

const paramSpecSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('int'),
    min: z.number().int(),
    max: z.number().int(),
    step: z.number().int().positive().optional(),
  }),
  z.strictObject({
    kind: z.literal('number'),
    min: z.number(),
    max: z.number(),
    decimals: z.number().int().min(0).max(6),
  }),
  z.strictObject({
    kind: z.literal('choice'),
    options: z
      .array(z.union([z.string().max(200), z.number()]))
      .min(1)
      .max(100),
  }),
]);

const refSchema = z.union([
  z.strictObject({ param: text(60) }),
  z.strictObject({ computed: text(60) }),
  z.strictObject({ path: text(500) }),
]);

export const operandSchema = z.union([
  z.string().max(2000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(500), z.number()])).max(200),
  refSchema,
]);

const whereSchema = z.record(z.string().min(1).max(200), operandSchema);

const phraseSet = z.strictObject({
  id: text(60),
  label: locSchema,
  anyOf: z.array(text(500)).min(1).max(50),
});

const rubricSchema = z.strictObject({
  language: text(20),
  required: z.array(phraseSet).max(30),
  forbidden: z.array(phraseSet).max(30),
  maxResponseHours: z
    .number()
    .positive()
    .max(24 * 60)
    .optional(),
  minWords: z.number().int().min(0).max(5000).optional(),
  maxWords: z.number().int().positive().max(5000).optional(),
});

type AssertionShape = unknown;
export const assertionSchema: z.ZodType<AssertionShape> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('path'),
      path: text(500),
      op: z.enum(COMPARE_OPS),
      value: operandSchema.optional(),
      tolerance: z.number().min(0).optional(),
    }),
    z.strictObject({
      kind: z.literal('count'),
      path: text(500),
      where: whereSchema.optional(),
      op: z.enum(COMPARE_OPS),
      value: operandSchema,
    }),
    z.strictObject({
      kind: z.literal('listingValid'),
      path: text(500),
      ignoreRules: z.array(text(100)).max(50).optional(),
    }),
    z.strictObject({ kind: z.literal('declarationValid'), path: text(500) }),
    z.strictObject({
      kind: z.literal('action'),
      type: text(60),
      where: whereSchema.optional(),
      refused: z.boolean().optional(),
      op: z.enum(COMPARE_OPS).optional(),
      value: operandSchema.optional(),
    }),
    z.strictObject({ kind: z.literal('reply'), path: text(500), rubric: rubricSchema }),
    z.strictObject({ kind: z.literal('all'), of: z.array(assertionSchema).min(1).max(30) }),
    z.strictObject({ kind: z.literal('any'), of: z.array(assertionSchema).min(1).max(30) }),
    z.strictObject({ kind: z.literal('not'), of: assertionSchema }),
  ]),
);

const checkSchema = z.strictObject({
  id: text(60),
  title: locSchema,
  points: z.number().positive().max(100),
  assert: assertionSchema,
  feedback: z.strictObject({ pass: locSchema, fail: locSchema }),
});

const jsonValue = z.json();

const scenarioSchema = z.strictObject({
  marketplace: z.enum(['amazon', 'aliexpress', 'alibaba']),
  base: text(40),
  set: z
    .array(z.strictObject({ path: text(500), value: jsonValue }))
    .max(100)
    .optional(),
  add: z
    .strictObject({
      products: z.array(jsonValue).max(200).optional(),
      listings: z.array(jsonValue).max(200).optional(),
      orders: z.array(jsonValue).max(200).optional(),
      messages: z.array(jsonValue).max(200).optional(),
      shippingTemplates: z.array(jsonValue).max(50).optional(),
      declarations: z.array(jsonValue).max(50).optional(),
    })
    .optional(),
});

export const taskDefinitionSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, 'letters, digits, - and _, at most 40'),
  title: locSchema,
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  workType: z.enum(['网商', '跨境电子商务师']),
  weightItem: text(40),
  skillItems: z.array(text(40)).min(1).max(30),
  suzhouCategories: z.array(z.enum(['开发选品', '产品采购', '美工设计', '平台运营', '物流管理'])).max(5),
  timeLimitMinutes: z.number().int(),
  params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/), paramSpecSchema),
  computed: z
    .record(
      z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/),
      z.strictObject({ fn: text(60), args: z.record(z.string().max(60), jsonValue) }),
    )
    .optional(),
  scenario: scenarioSchema,
  instructions: longLoc,
  checks: z.array(checkSchema).min(1).max(60),
  solution: z.array(jsonValue).max(500).optional(),
});

/** `checks[2].assert.path` from a zod issue path. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}
