import { z } from 'zod';
import { fieldIssue } from './fields.js';
import {
  answerSchema,
  difficultySchema,
  QUESTION_STATUSES,
  questionDraftSchema,
  questionOptionSchema,
  questionSchema,
  questionTagsSchema,
  questionTypeSchema,
  richTextSchema,
} from './questions.js';
import { standardLevelQuerySchema, standardLevelSchema, standardWorkTypeSchema } from './standards.js';

/** Request and response schemas of the question-bank routes (see docs/API-QUESTIONBANK.md). */

export const createQuestionBankSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000).nullable().optional(),
  /** Platform admin only, and only for a bank of the platform organisation. */
  sharedWithInstitutions: z.boolean().optional(),
});

export const updateQuestionBankSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    description: z.string().trim().max(2000).nullable().optional(),
    sharedWithInstitutions: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), fieldIssue('EMPTY_UPDATE'));

export const questionStatusSchema = z.enum(QUESTION_STATUSES);

const boolQuery = z.enum(['true', 'false']).optional();

export const questionSearchQuerySchema = z.strictObject({
  /** Substring search over stems and options (Chinese or English; several words = all of them). */
  q: z.string().trim().max(200).optional(),
  type: questionTypeSchema.optional(),
  status: questionStatusSchema.optional(),
  difficulty: z.coerce.number().int().min(1).max(5).optional(),
  level: standardLevelQuerySchema.optional(),
  workType: standardWorkTypeSchema.optional(),
  functionId: z.string().max(100).optional(),
  contentId: z.string().max(100).optional(),
  knowledgeId: z.string().max(100).optional(),
  /** 'true' = only items without tags (no function and no 基本要求 item). */
  untagged: boolQuery,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const questionPageSchema = z.object({
  items: z.array(questionSchema),
  /** Matching items, counted up to 1,000: with `totalCapped` more match (show "1,000+"). */
  total: z.number().int(),
  totalCapped: z.boolean().optional(),
});

/** PATCH /api/questions/:questionId — any subset of the draft's fields; the merged item is validated whole. */
export const updateQuestionSchema = z
  .strictObject({
    type: questionTypeSchema.optional(),
    stem: richTextSchema.optional(),
    options: z.array(questionOptionSchema).max(8).optional(),
    answer: answerSchema.optional(),
    shuffleOptions: z.boolean().optional(),
    points: z.number().positive().max(100).optional(),
    difficulty: difficultySchema.optional(),
    tags: questionTagsSchema.nullable().optional(),
    source: z.string().trim().max(200).nullable().optional(),
    explanation: z.string().max(20_000).nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), fieldIssue('EMPTY_UPDATE'));
export type UpdateQuestion = z.infer<typeof updateQuestionSchema>;

export const createQuestionSchema = questionDraftSchema.strict();

export const questionRevisionSchema = questionDraftSchema.extend({
  id: z.uuid().describe('revision id'),
  questionId: z.uuid(),
  bankId: z.uuid(),
  revision: z.number().int(),
  current: z.boolean(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type QuestionRevision = z.infer<typeof questionRevisionSchema>;

export const changeQuestionStatusSchema = z.strictObject({
  status: questionStatusSchema,
  comment: z.string().trim().max(500).optional().describe('e.g. why it was sent back'),
});

export const bulkTagSchema = z.strictObject({
  questionIds: z.array(z.uuid()).min(1).max(1000),
  tags: questionTagsSchema,
});
export const bulkTagResultSchema = z.object({
  updated: z.number().int(),
  /** Active or retired items that got a new revision. */
  newRevisions: z.number().int(),
});

/** At most this many items change status in one bulk request (ids or a filter). */
export const BULK_STATUS_MAX_IDS = 5000;
/** A filter ("every draft of the bank") may select up to this many items (an import holds at most 20,000). */
export const BULK_STATUS_MAX_FILTERED = 20_000;

/**
 * Many items of a bank change status at once, all or nothing, with the single route's transitions:
 * either `questionIds` or a `filter` (e.g. `{ status: 'draft', tagged: true }` = every tagged draft).
 */
export const bulkQuestionStatusSchema = z
  .strictObject({
    questionIds: z.array(z.uuid()).min(1).max(BULK_STATUS_MAX_IDS).optional(),
    filter: z
      .strictObject({
        status: questionStatusSchema,
        /** true = only tagged items (to a function or a 基本要求 row); false = only untagged ones. */
        tagged: z.boolean().optional(),
      })
      .optional(),
    to: questionStatusSchema,
    comment: z.string().trim().max(500).optional(),
  })
  .refine((v) => (v.questionIds === undefined) !== (v.filter === undefined), fieldIssue('BULK_STATUS_TARGET'));
export const bulkQuestionStatusResultSchema = z.object({
  /** Items whose status changed. */
  updated: z.number().int(),
  /** Items that already had the target status (left as they were). */
  unchanged: z.number().int(),
  /** The ids of the items whose status changed. */
  questionIds: z.array(z.uuid()),
});

export const duplicatesQuerySchema = z.strictObject({
  threshold: z.coerce.number().min(0.5).max(1).default(0.8),
  /** 'true' = also compare retired items. */
  includeRetired: boolQuery,
});

const duplicateSideSchema = z.object({
  id: z.uuid(),
  status: questionStatusSchema,
  type: questionTypeSchema,
  stemText: z.string().describe('plain text of the stem, up to 200 characters'),
});
export const duplicatesResultSchema = z.object({
  threshold: z.number(),
  pairs: z.array(z.object({ a: duplicateSideSchema, b: duplicateSideSchema, similarity: z.number() })),
  /** More pairs were found than returned (500). */
  truncated: z.boolean(),
});

export const coverageQuerySchema = z.strictObject({
  versionId: z.uuid(),
  level: standardLevelQuerySchema,
  workType: standardWorkTypeSchema.optional(),
  papers: z.coerce.number().int().min(1).max(1000).default(1),
  paperPoints: z.coerce.number().positive().max(1000).default(100),
});

const difficultyCoverageSchema = z.object({
  difficulty: z.number().int(),
  items: z.number().int(),
  points: z.number(),
});

export const coverageResultSchema = z.object({
  versionId: z.uuid(),
  level: standardLevelSchema,
  workType: standardWorkTypeSchema.nullable(),
  column: z.string().describe('e.g. 理论知识权重表 四级 跨境电子商务师'),
  papers: z.number().int(),
  paperPoints: z.number(),
  rows: z.array(
    z.object({
      item: z.string().describe('weight-table row: 职业道德, 基础知识 or a 职业功能 name'),
      kind: z.enum(['basic', 'function']),
      functionId: z.string().nullable(),
      weight: z.number(),
      pointsPerPaper: z.number(),
      items: z.number().int(),
      points: z.number(),
      byDifficulty: z.array(difficultyCoverageSchema),
      /** Distinct papers the bank can fill for this row without reusing an item. */
      papersPossible: z.number().int(),
      short: z.boolean(),
      /** Points missing to fill `papers` papers (0 when not short). */
      shortfallPoints: z.number(),
    }),
  ),
  /** The smallest papersPossible over the rows. */
  papersPossible: z.number().int(),
  short: z.boolean(),
});
export type CoverageResult = z.infer<typeof coverageResultSchema>;
