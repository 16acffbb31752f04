import { z } from 'zod';
import { fieldIssue } from './fields.js';

/** Shared schemas of the standards API (/api/standards/…): versions of the national standard, rules, local standards. */

export const STANDARD_WORK_TYPES = ['网商', '跨境电子商务师'] as const;
export const standardWorkTypeSchema = z.enum(STANDARD_WORK_TYPES);
export const standardLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
/** A level in a query string ("4"). */
export const standardLevelQuerySchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(5)
  .transform((n) => n as 1 | 2 | 3 | 4 | 5);
export const STANDARD_NODE_KINDS = ['function', 'content', 'skill', 'knowledge'] as const;
export const standardNodeKindSchema = z.enum(STANDARD_NODE_KINDS);
export const weightKindSchema = z.enum(['theory', 'skill']);

const sourceSchema = z.object({ doc: z.enum(['000', '001', '002', '003', '004']), clause: z.string() });

const nodeBase = {
  id: z.string().describe('Stable node id, e.g. L4/F2/C2.3/S2.3.1 (seeded) or L4/N3 (added); URL-encode it in paths'),
  code: z.string(),
  status: z.enum(['active', 'retired']),
  workTypes: z.array(standardWorkTypeSchema).optional().describe('absent = every work type of the level'),
  source: sourceSchema.optional(),
};

export const snapshotItemSchema = z.object({ ...nodeBase, kind: z.enum(['skill', 'knowledge']), text: z.string() });
export const snapshotContentSchema = z.object({
  ...nodeBase,
  kind: z.literal('content'),
  name: z.string(),
  skills: z.array(snapshotItemSchema),
  knowledge: z.array(snapshotItemSchema),
});
export const snapshotFunctionSchema = z.object({
  ...nodeBase,
  kind: z.literal('function'),
  name: z.string(),
  contents: z.array(snapshotContentSchema),
});
export const snapshotWeightTableSchema = z.object({
  kind: weightKindSchema,
  name: z.string(),
  rows: z.array(
    z.object({
      item: z.string(),
      group: z.enum(['基本要求', '相关知识要求', '技能要求']),
      weights: z
        .record(z.string(), z.number().nullable())
        .describe('column key ("4-网商", "4-跨境电子商务师", … "1") → % or null ("—")'),
    }),
  ),
  source: sourceSchema.optional(),
});

/** The whole national standard as one document (one per version). */
export const standardSnapshotSchema = z
  .object({
    format: z.literal(1),
    meta: z.object({
      occupation: z.string(),
      title: z.string(),
      code: z.string(),
      edition: z.string(),
      issuer: z.string(),
      source: sourceSchema,
    }),
    levels: z.array(
      z.object({
        level: standardLevelSchema,
        name: z.string(),
        grade: z.string(),
        workTypes: z.array(standardWorkTypeSchema),
        functions: z.array(snapshotFunctionSchema),
      }),
    ),
    weights: z.object({ theory: snapshotWeightTableSchema, skill: snapshotWeightTableSchema }),
    nextSeq: z.number().int(),
  })
  .meta({ id: 'StandardSnapshot' });

export const standardVersionSummarySchema = z
  .object({
    id: z.uuid(),
    standardKey: z.string().describe("e.g. 'national-dianzishangwushi'"),
    label: z.string().describe("e.g. '2022'"),
    title: z.string(),
    status: z.enum(['draft', 'published']),
    baseVersionId: z.uuid().nullable(),
    baseLabel: z.string().nullable(),
    effectiveDate: z.string().nullable().describe('YYYY-MM-DD'),
    publishedAt: z.string().nullable(),
    publishedBy: z.uuid().nullable(),
    createdBy: z.uuid().nullable(),
    notes: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StandardVersionSummary' });
export type StandardVersionSummary = z.infer<typeof standardVersionSummarySchema>;

export const standardVersionSchema = standardVersionSummarySchema
  .extend({ snapshot: standardSnapshotSchema })
  .meta({ id: 'StandardVersion' });

const labelSchema = z.string().trim().min(1).max(40);
const notesSchema = z.string().trim().max(2000);
const codeSchema = z.string().trim().min(1).max(20);
const textSchema = z.string().trim().min(1).max(500);

export const createStandardDraftSchema = z.strictObject({
  baseVersionId: z.uuid(),
  label: labelSchema,
  notes: notesSchema.optional(),
});

export const updateStandardDraftSchema = z
  .strictObject({
    label: labelSchema.optional(),
    effectiveDate: z.iso.date().nullable().optional(),
    notes: notesSchema.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, fieldIssue('EMPTY_UPDATE'));

export const addStandardNodeSchema = z.strictObject({
  kind: standardNodeKindSchema,
  parentId: z.string().min(1).max(100).optional().describe('function (for a content) or content (for an item)'),
  level: standardLevelSchema.optional().describe('for a new function'),
  code: codeSchema,
  name: textSchema.optional().describe('function and content'),
  text: textSchema.optional().describe('skill and knowledge items'),
  workTypes: z.array(standardWorkTypeSchema).min(1).max(2).optional(),
  position: z.number().int().min(0).optional(),
});

export const editStandardNodeSchema = z
  .strictObject({
    text: textSchema.optional(),
    name: textSchema.optional(),
    code: codeSchema.optional(),
    workTypes: z.array(standardWorkTypeSchema).min(1).max(2).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, fieldIssue('EMPTY_UPDATE'));

export const moveStandardNodeSchema = z.strictObject({
  parentId: z.string().min(1).max(100).optional().describe('new parent (same level); "L4" for a function'),
  position: z.number().int().min(0).optional(),
  code: codeSchema.optional(),
});

export const setStandardWeightsSchema = z.strictObject({
  kind: weightKindSchema,
  level: standardLevelSchema,
  workType: standardWorkTypeSchema.optional().describe('required for levels 5–2'),
  weights: z
    .array(z.strictObject({ item: z.string().trim().min(1).max(60), weight: z.number().int().min(0).max(100) }))
    .max(30),
});

export const standardWeightsQuerySchema = z.strictObject({
  kind: weightKindSchema,
  level: standardLevelQuerySchema,
  workType: standardWorkTypeSchema.optional(),
});

export const weightColumnSchema = z.object({
  kind: weightKindSchema,
  level: standardLevelSchema,
  workType: standardWorkTypeSchema.nullable(),
  column: z.string().describe('e.g. 理论知识权重表 四级 跨境电子商务师'),
  items: z.array(z.object({ item: z.string(), weight: z.number() })),
  total: z.number(),
});

export const standardNodeRefSchema = z.object({
  id: z.string(),
  kind: standardNodeKindSchema,
  level: standardLevelSchema,
  path: z.array(z.string()).describe('codes from the function down'),
  label: z.string(),
});

export const standardEditResultSchema = z.object({
  version: standardVersionSummarySchema,
  node: standardNodeRefSchema.optional(),
});

const diffValue = z.union([z.string(), z.number(), z.array(z.string()), z.null()]);
const diffNode = standardNodeRefSchema.extend({ text: z.string() });
export const standardDiffSchema = z
  .object({
    baseVersionId: z.uuid(),
    baseLabel: z.string(),
    added: z.array(diffNode),
    removed: z.array(diffNode.extend({ reason: z.enum(['retired', 'deleted']) })),
    changed: z.array(
      diffNode.extend({
        field: z.enum(['text', 'name', 'code', 'workTypes', 'parent', 'position']),
        old: diffValue,
        new: diffValue,
      }),
    ),
    weightChanges: z.array(
      z.object({
        kind: weightKindSchema,
        level: standardLevelSchema,
        workType: standardWorkTypeSchema.optional(),
        column: z.string(),
        item: z.string(),
        old: z.number().nullable(),
        new: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'StandardDiff' });

export const standardSearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(50),
  includeRetired: z.enum(['true', 'false']).optional(),
});
export const standardSearchResultSchema = z.object({
  items: z.array(
    standardNodeRefSchema.extend({
      text: z.string(),
      match: z.object({ start: z.number().int(), end: z.number().int() }),
    }),
  ),
});

// Rules of the national standard

const dateSchema = z.iso.date().describe('YYYY-MM-DD');
export const eligibilityInputSchema = z.strictObject({
  targetLevel: standardLevelSchema,
  asOf: dateSchema.optional(),
  work: z
    .array(
      z.strictObject({ occupation: z.string().trim().min(1).max(60), from: dateSchema, to: dateSchema.optional() }),
    )
    .max(50)
    .default([]),
  certificates: z
    .array(
      z.strictObject({
        occupation: z.string().trim().min(1).max(60),
        level: standardLevelSchema,
        obtainedOn: dateSchema,
        kind: z.enum(['skill', 'pre-technician']).optional(),
      }),
    )
    .max(20)
    .default([]),
  education: z
    .array(
      z.strictObject({
        schoolType: z.string().trim().min(1).max(40),
        major: z.string().trim().max(60),
        graduated: z.boolean(),
      }),
    )
    .max(10)
    .default([]),
  apprenticeshipCompleted: z.boolean().optional(),
  ecommerceInternshipMonths: z.number().min(0).max(600).optional(),
});
export const eligibilityResultSchema = z.object({
  eligible: z.boolean(),
  clauses: z.array(
    z.object({ id: z.string(), text: z.string(), satisfied: z.boolean(), missing: z.array(z.string()) }),
  ),
});

export const suzhouScoreInputSchema = z.strictObject({
  category: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .describe('开发选品 | 产品采购 | 美工设计 | 平台运营 | 物流管理 (variants accepted)'),
  grade: z.string().describe('初级 | 中级 | 高级'),
  ratings: z.record(z.string(), z.string()).describe('form row → A | B | C | D'),
});
export const suzhouScoreResultSchema = z.object({
  category: z.string(),
  grade: z.string(),
  total: z.number(),
  maxTotal: z.number(),
  result: z.string(),
  uses: z.array(z.string()),
  breakdown: z.array(z.object({ row: z.string(), rating: z.string(), points: z.number(), maxPoints: z.number() })),
});

/** The local standards' data the web app renders (Xuzhou 002, Suzhou 004, Shenzhen 000). */
export const localStandardsSchema = z.object({
  xuzhou: z.record(z.string(), z.unknown()),
  suzhou: z.record(z.string(), z.unknown()),
  shenzhen: z.record(z.string(), z.unknown()),
});
