import {
  customType,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { examPlans, examRegistrations } from '../exams/exams.tables.js';
import { users } from '../identity/identity.tables.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const points = (name: string) => numeric(name, { precision: 7, scale: 2, mode: 'number' });
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const REVIEW_STATUS_ENUM = ['draft', 'published'] as const;
/** How the members' scores combine: the mean, or the mean without the highest and lowest score (≥ 5 members). */
const COMBINE_RULE_ENUM = ['mean', 'trimmed_mean'] as const;
const MATERIAL_KIND_ENUM = ['work_report', 'achievement', 'other'] as const;

/** 综合评审 of a plan (levels 2 and 1): the rule that combines scores and the materials deadline. */
export const reviewParts = pgTable('review_parts', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => examPlans.id, { onDelete: 'cascade' }),
  status: text('status', { enum: REVIEW_STATUS_ENUM }).notNull().default('draft'),
  combineRule: text('combine_rule', { enum: COMBINE_RULE_ENUM }).notNull().default('mean'),
  /** Candidates upload materials until then. */
  materialsDeadline: ts('materials_deadline').notNull(),
  /** Default length of a defence (≥ 15 minutes, 003 §1.9.4). */
  defenceMinutes: smallint('defence_minutes').notNull().default(20),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** 综合评审委员 of a plan's review: an odd number ≥ 3, none from a candidate's own organisation. */
export const reviewCommitteeMembers = pgTable(
  'review_committee_members',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => reviewParts.planId, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The committee's chair (主任委员), one per committee. */
    chair: smallint('chair').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.planId, t.userId] })],
);

/** A candidate's uploaded material (work report 工作总结/技术报告, achievements 业绩证明 …). */
export const reviewMaterials = pgTable(
  'review_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => examRegistrations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MATERIAL_KIND_ENUM }).notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedAt: ts('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('review_materials_registration_idx').on(t.registrationId)],
);

/** 答辩 of one candidate: when, where, how long. */
export const reviewDefences = pgTable(
  'review_defences',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => examRegistrations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => reviewParts.planId, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    durationMinutes: smallint('duration_minutes').notNull(),
    location: text('location').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('review_defences_plan_idx').on(t.planId, t.startsAt)],
);

/** One member's score (100-point scale) and comment for one candidate; changes are audited. */
export const reviewScores = pgTable(
  'review_scores',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => examRegistrations.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    score: points('score').notNull(),
    comment: text('comment').notNull(),
    scoredAt: ts('scored_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.registrationId, t.memberId] }),
    unique('review_scores_member').on(t.memberId, t.registrationId),
  ],
);
