import { boolean, index, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { examPlans, examRegistrations } from '../exams/exams.tables.js';
import { users } from '../identity/identity.tables.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const points = (name: string) => numeric(name, { precision: 7, scale: 2, mode: 'number' });

const COMPONENT_ENUM = ['theory', 'skill', 'review'] as const;
const APPEAL_STATUS_ENUM = ['submitted', 'assigned', 'decided'] as const;
const APPEAL_OUTCOME_ENUM = ['upheld', 'changed'] as const;

/** 成绩发布: the institution publishes a plan's final results; appeals (复核) are accepted until `appeal_until`. */
export const resultPublications = pgTable('result_publications', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => examPlans.id, { onDelete: 'cascade' }),
  publishedAt: ts('published_at').notNull().defaultNow(),
  publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  /** Length of the review period in days (复核期). */
  appealDays: smallint('appeal_days').notNull(),
  appealUntil: ts('appeal_until').notNull(),
});

/**
 * A candidate's final result for a plan, frozen at publication: each required component (theory, skill and,
 * for levels 2 and 1, the review) must be ≥ the pass mark of the plan's standard version. Appeals that change a
 * component rewrite the row (audited with the previous value).
 */
export const finalResults = pgTable(
  'final_results',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => examRegistrations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => examPlans.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    theoryScore: points('theory_score'),
    skillScore: points('skill_score'),
    /** Null when the plan's level takes no review (levels 5–3) or the candidate has none. */
    reviewScore: points('review_score'),
    reviewRequired: boolean('review_required').notNull(),
    passMark: points('pass_mark').notNull(),
    passed: boolean('passed').notNull(),
    publishedAt: ts('published_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('final_results_plan_idx').on(t.planId), index('final_results_user_idx').on(t.userId)],
);

/** 复核申请: re-marking of one component by someone who did not mark it, decided with reasons. */
export const resultAppeals = pgTable(
  'result_appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => examRegistrations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => examPlans.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    component: text('component', { enum: COMPONENT_ENUM }).notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: APPEAL_STATUS_ENUM }).notNull().default('submitted'),
    submittedAt: ts('submitted_at').notNull().defaultNow(),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'restrict' }),
    assignedAt: ts('assigned_at'),
    assignedBy: uuid('assigned_by').references(() => users.id, { onDelete: 'set null' }),
    previousScore: points('previous_score'),
    newScore: points('new_score'),
    outcome: text('outcome', { enum: APPEAL_OUTCOME_ENUM }),
    decisionReason: text('decision_reason'),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    index('result_appeals_plan_idx').on(t.planId, t.status),
    index('result_appeals_assignee_idx').on(t.assigneeId, t.status),
    index('result_appeals_registration_idx').on(t.registrationId),
  ],
);
