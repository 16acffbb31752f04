import type { Answer, QuestionType } from '@crossskill/contracts';
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables.js';
import { organizations } from '../orgs/orgs.tables.js';
import { standardVersions } from '../standards/standards.tables.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

const QUESTION_TYPE_ENUM = ['single', 'multiple', 'true_false', 'fill_blank', 'short_answer', 'case_analysis'] as const;
const QUESTION_STATUS_ENUM = ['draft', 'in_review', 'active', 'retired'] as const;
const WORK_TYPE_ENUM = ['网商', '跨境电子商务师'] as const;
const BASIC_ITEM_ENUM = ['职业道德', '基础知识'] as const;

export interface StoredOption {
  key: string;
  content: string;
}

/** A bank belongs to one organisation; a platform bank may be shared read-only with every institution. */
export const questionBanks = pgTable(
  'question_banks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    description: text('description'),
    sharedWithInstitutions: boolean('shared_with_institutions').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('question_banks_org_name').on(t.orgId, t.name),
    index('question_banks_shared_idx').on(t.sharedWithInstitutions),
  ],
);

/** The tag columns, the same on a question (its current revision's) and on a revision. */
const tagColumns = () => ({
  standardVersionId: uuid('standard_version_id').references(() => standardVersions.id, { onDelete: 'restrict' }),
  level: smallint('level'),
  workType: text('work_type', { enum: WORK_TYPE_ENUM }),
  functionId: text('function_id'),
  contentId: text('content_id'),
  knowledgeId: text('knowledge_id'),
  basicItem: text('basic_item', { enum: BASIC_ITEM_ENUM }),
});

/**
 * An item of a bank. Besides its status it carries a copy of what the search and the coverage filter on
 * (type, points, difficulty, tags, search text and tokens) from its current revision, so the list query
 * reads one table; both are always written together.
 */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bankId: uuid('bank_id')
      .notNull()
      .references(() => questionBanks.id, { onDelete: 'restrict' }),
    status: text('status', { enum: QUESTION_STATUS_ENUM }).notNull().default('draft'),
    /** The revision shown and used by new exams (no foreign key: the two rows reference each other). */
    currentRevisionId: uuid('current_revision_id').notNull(),
    revisionCount: integer('revision_count').notNull().default(1),
    type: text('type', { enum: QUESTION_TYPE_ENUM }).$type<QuestionType>().notNull(),
    points: numeric('points', { precision: 7, scale: 2, mode: 'number' }).notNull(),
    difficulty: smallint('difficulty').notNull(),
    ...tagColumns(),
    /** Plain normalised text of stem and options (HTML stripped, NFKC, lower case). */
    searchText: text('search_text').notNull(),
    /** CJK character bigrams and Latin/digit trigrams of search_text; GIN-indexed for `@>`. */
    searchTokens: text('search_tokens').array().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // NULLS FIRST is what `order by … desc` means: with drizzle's default (NULLS LAST) the list query
    // could not read this index in order and sorted the whole bank for every page.
    index('questions_bank_updated_idx').on(t.bankId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('questions_bank_status_idx').on(t.bankId, t.status),
    index('questions_bank_function_idx').on(t.bankId, t.functionId),
    index('questions_search_tokens_idx').using('gin', t.searchTokens),
  ],
);

/**
 * The content of a question at one revision. A revision that an active item has had is never changed:
 * editing an active (or retired) item adds a revision, and exams keep the revision id they used. Draft
 * and in-review items are edited in place.
 */
export const questionRevisions = pgTable(
  'question_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    type: text('type', { enum: QUESTION_TYPE_ENUM }).$type<QuestionType>().notNull(),
    /** Sanitised HTML. */
    stemHtml: text('stem_html').notNull(),
    options: jsonb('options').$type<StoredOption[]>().notNull(),
    answer: jsonb('answer').$type<Answer>().notNull(),
    shuffleOptions: boolean('shuffle_options').notNull(),
    points: numeric('points', { precision: 7, scale: 2, mode: 'number' }).notNull(),
    difficulty: smallint('difficulty').notNull(),
    ...tagColumns(),
    source: text('source'),
    explanation: text('explanation'),
    searchText: text('search_text').notNull(),
    /** MinHash signature (64 × int32) of the stem's shingles (CJK bigrams, Latin trigrams), for near-duplicates. */
    stemFingerprint: integer('stem_fingerprint').array().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('question_revisions_number').on(t.questionId, t.revision)],
);
