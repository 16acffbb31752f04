import { z } from 'zod';
import { standardLevelSchema, standardWorkTypeSchema } from './standards.js';

/** Shared schemas of the question bank (/api/question-banks/…, /api/questions/…). */

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'true_false',
  'fill_blank',
  'short_answer',
  'case_analysis',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const questionTypeSchema = z.enum(QUESTION_TYPES);

export const QUESTION_TYPE_LABELS: Readonly<Record<QuestionType, { zh: string; en: string }>> = {
  single: { zh: '单选题', en: 'Single choice' },
  multiple: { zh: '多选题', en: 'Multiple choice' },
  true_false: { zh: '判断题', en: 'True/false' },
  fill_blank: { zh: '填空题', en: 'Fill in the blanks' },
  short_answer: { zh: '简答题', en: 'Short answer' },
  case_analysis: { zh: '案例分析题', en: 'Case analysis' },
};

/** Objective types are scored automatically; the others go to manual marking against the rubric. */
export const OBJECTIVE_TYPES: readonly QuestionType[] = ['single', 'multiple', 'true_false', 'fill_blank'];

export const QUESTION_STATUSES = ['draft', 'in_review', 'active', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const QUESTION_STATUS_LABELS: Readonly<Record<QuestionStatus, { zh: string; en: string }>> = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '待审核', en: 'In review' },
  active: { zh: '已启用', en: 'Active' },
  retired: { zh: '已停用', en: 'Retired' },
};

/** 1 = 易 … 5 = 难, the five grades Chinese item banks use. */
export const DIFFICULTY_LABELS = ['易', '较易', '中等', '较难', '难'] as const;
export const difficultySchema = z.number().int().min(1).max(5);

export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export const optionKeySchema = z.enum(OPTION_KEYS);

/** Rich text: HTML that the server sanitises (no scripts, no event handlers, images and tables allowed). */
export const richTextSchema = z.string().trim().min(1).max(20_000);

export const questionOptionSchema = z.object({ key: optionKeySchema, content: richTextSchema });

export const answerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), key: optionKeySchema }),
  z.object({ type: z.literal('multiple'), keys: z.array(optionKeySchema).min(2) }),
  z.object({ type: z.literal('true_false'), value: z.boolean() }),
  z.object({
    type: z.literal('fill_blank'),
    /** One entry per blank, in order; each lists the accepted answers (variants). */
    blanks: z
      .array(z.object({ accepted: z.array(z.string().trim().min(1).max(200)).min(1).max(20) }))
      .min(1)
      .max(20),
    /** Default false: 'FBA' = 'fba'; full-width and half-width characters are always treated alike. */
    caseSensitive: z.boolean().default(false),
  }),
  z.object({
    type: z.enum(['short_answer', 'case_analysis']),
    reference: z.string().max(20_000).optional().describe('参考答案'),
    rubric: z
      .array(z.object({ criterion: z.string().trim().min(1).max(500), points: z.number().positive() }))
      .min(1)
      .describe('评分要点'),
  }),
]);
export type Answer = z.infer<typeof answerSchema>;

/** Where an item sits in the standard: node ids of a published standard version. */
export const questionTagsSchema = z.object({
  standardVersionId: z.uuid(),
  level: standardLevelSchema,
  workType: standardWorkTypeSchema.nullable().describe('null at level 1, or for items common to both work types'),
  functionId: z.string().max(100).nullable().describe('职业功能 node id, e.g. L4/F2; null for 职业道德/基础知识'),
  contentId: z.string().max(100).nullable().describe('工作内容 node id'),
  knowledgeId: z.string().max(100).nullable().describe('相关知识要求 (or 技能要求) node id'),
  /** For items on 基本要求 (职业道德, 基础知识), the weight-table row they count toward. */
  basicItem: z.enum(['职业道德', '基础知识']).nullable().default(null),
});
export type QuestionTags = z.infer<typeof questionTagsSchema>;

/** What an author writes; what an Excel row or a QTI item becomes. */
export const questionDraftSchema = z.object({
  type: questionTypeSchema,
  stem: richTextSchema,
  options: z.array(questionOptionSchema).max(8).default([]),
  answer: answerSchema,
  shuffleOptions: z.boolean().default(true),
  points: z.number().positive().max(100),
  difficulty: difficultySchema,
  tags: questionTagsSchema.nullable(),
  source: z.string().trim().max(200).nullable().default(null).describe('出处'),
  explanation: z.string().max(20_000).nullable().default(null).describe('解析'),
});
export type QuestionDraft = z.infer<typeof questionDraftSchema>;

export const questionSchema = questionDraftSchema.extend({
  id: z.uuid(),
  bankId: z.uuid(),
  status: z.enum(QUESTION_STATUSES),
  revisionId: z.uuid(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Question = z.infer<typeof questionSchema>;

export const questionBankSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /** A platform bank shared read-only with every institution. */
  sharedWithInstitutions: z.boolean(),
  questionCount: z.number().int(),
  canEdit: z.boolean(),
  createdAt: z.string(),
});
export type QuestionBank = z.infer<typeof questionBankSchema>;
