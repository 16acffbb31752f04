import {
  bigserial,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { questionRevisions, questions } from '../questionbank.tables.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One candidate's response to one item in one exam, as scored. `exam_key` is the exam's id (simulations use
 * 'sim-<uuid>'); `candidate_key` identifies the candidate within it. `choice_mask` is the chosen options of a
 * choice item as bits (A = 1, B = 2, C = 4 …), so distractor counts aggregate without reading the JSON.
 */
export const itemResponses = pgTable(
  'item_responses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    examKey: text('exam_key').notNull(),
    candidateKey: text('candidate_key').notNull(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    revisionId: uuid('revision_id')
      .notNull()
      .references(() => questionRevisions.id, { onDelete: 'cascade' }),
    response: jsonb('response').$type<unknown>(),
    choiceMask: smallint('choice_mask'),
    score: doublePrecision('score').notNull(),
    maxScore: doublePrecision('max_score').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('item_responses_exam_candidate_revision').on(t.examKey, t.candidateKey, t.revisionId),
    index('item_responses_exam_revision_idx').on(t.examKey, t.revisionId),
  ],
);

/** Classical item statistics of one item revision in one exam (recomputed runs replace the rows). */
export const itemAnalysisResults = pgTable(
  'item_analysis_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    examKey: text('exam_key').notNull(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    revisionId: uuid('revision_id')
      .notNull()
      .references(() => questionRevisions.id, { onDelete: 'cascade' }),
    n: integer('n').notNull(),
    facility: doublePrecision('facility'),
    pointBiserial: doublePrecision('point_biserial'),
    upperLower27: doublePrecision('upper_lower_27'),
    /** Choice items: option key → share of candidates who chose it. */
    distractors: jsonb('distractors').$type<Record<string, number>>(),
    flags: text('flags').array().notNull(),
    computedAt: ts('computed_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('item_analysis_results_exam_revision').on(t.examKey, t.revisionId),
    index('item_analysis_results_question_idx').on(t.questionId, t.computedAt),
  ],
);
