import type { SimReport, SkillBlueprintRow } from '@crossskill/contracts';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { examPlans, examRegistrations } from '../exams/exams.tables.js';
import { users } from '../identity/identity.tables.js';
import { organizations } from '../orgs/orgs.tables.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const points = (name: string) => numeric(name, { precision: 7, scale: 2, mode: 'number' });
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const TASK_STATUS_ENUM = ['draft', 'active', 'retired'] as const;
const RUN_KIND_ENUM = ['sandbox', 'practice', 'exam'] as const;
const RUN_STATUS_ENUM = ['open', 'submitted'] as const;
const PART_STATUS_ENUM = ['draft', 'published'] as const;
const SKILL_ATTEMPT_STATUS_ENUM = ['in_progress', 'submitted', 'final'] as const;
const SKILL_SUBMIT_REASON_ENUM = ['candidate', 'deadline'] as const;

/**
 * 实训任务. Library tasks (shipped in @crossskill/simulation, seeded at start) have no organisation and are
 * read-only; organisations author their own. The columns mirror the current revision for listing and filtering.
 */
export const simTasks = pgTable(
  'sim_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').references(() => organizations.id, { onDelete: 'cascade' }),
    code: text('code').notNull().unique(),
    status: text('status', { enum: TASK_STATUS_ENUM }).notNull().default('draft'),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    level: smallint('level').notNull(),
    workType: text('work_type').notNull(),
    weightItem: text('weight_item').notNull(),
    marketplace: text('marketplace').notNull(),
    currentRevision: integer('current_revision').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('sim_tasks_filter_idx').on(t.level, t.workType, t.weightItem)],
);

/** A task's definition at one revision (TaskDefinition of the simulator). Never changed once written. */
export const simTaskRevisions = pgTable(
  'sim_task_revisions',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => simTasks.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.revision] })],
);

/** The skill part (技能考核) of an exam plan: blueprint over the skill weight table, time, examiners. */
export const skillExamParts = pgTable('skill_exam_parts', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => examPlans.id, { onDelete: 'cascade' }),
  status: text('status', { enum: PART_STATUS_ENUM }).notNull().default('draft'),
  blueprint: jsonb('blueprint').$type<SkillBlueprintRow[]>().notNull(),
  startsAt: ts('starts_at').notNull(),
  durationMinutes: smallint('duration_minutes').notNull(),
  lateEntryMinutes: smallint('late_entry_minutes').notNull().default(30),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Examiners (考评员) of a skill part. */
export const skillExamExaminers = pgTable(
  'skill_exam_examiners',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => skillExamParts.planId, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.userId] })],
);

/** One candidate's skill exam: a run per blueprint row, the clock and the result. */
export const skillAttempts = pgTable(
  'skill_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => skillExamParts.planId, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .unique()
      .references(() => examRegistrations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: text('status', { enum: SKILL_ATTEMPT_STATUS_ENUM }).notNull().default('in_progress'),
    seed: text('seed').notNull(),
    startedAt: ts('started_at').notNull().defaultNow(),
    deadlineAt: ts('deadline_at').notNull(),
    submittedAt: ts('submitted_at'),
    submitReason: text('submit_reason', { enum: SKILL_SUBMIT_REASON_ENUM }),
    /** Σ scaled run scores from the automatic checks alone. */
    autoScore: points('auto_score'),
    /** Σ scaled run scores after examiners' overrides. */
    score: points('score'),
    passed: boolean('passed'),
    finalizedBy: uuid('finalized_by').references(() => users.id, { onDelete: 'set null' }),
    finalizedAt: ts('finalized_at'),
  },
  (t) => [index('skill_attempts_plan_idx').on(t.planId), index('skill_attempts_open_idx').on(t.status, t.deadlineAt)],
);

/**
 * A simulated store being operated: a free sandbox, a practice attempt at a task, or one task of a skill exam.
 * `initial_state` + the action log replay to `state`.
 */
export const simRuns = pgTable(
  'sim_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: RUN_KIND_ENUM }).notNull(),
    status: text('status', { enum: RUN_STATUS_ENUM }).notNull().default('open'),
    marketplace: text('marketplace').notNull(),
    taskId: uuid('task_id').references(() => simTasks.id, { onDelete: 'restrict' }),
    taskRevision: integer('task_revision'),
    seed: text('seed').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull(),
    /** Values the task computed for this candidate (expected freight …): never sent to the candidate. */
    computed: jsonb('computed').$type<Record<string, unknown>>().notNull(),
    instructions: jsonb('instructions').$type<{ zh: string; en: string }>(),
    initialState: jsonb('initial_state').$type<Record<string, unknown>>().notNull(),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    /** Seq of the last logged action (0 = none). */
    seq: integer('seq').notNull().default(0),
    skillAttemptId: uuid('skill_attempt_id').references(() => skillAttempts.id, { onDelete: 'cascade' }),
    /** Blueprint row of a skill exam run and the points it is scaled to. */
    weightItem: text('weight_item'),
    rowPoints: points('row_points'),
    /** The last check report (practice feedback; exam scoring at submission). */
    report: jsonb('report').$type<SimReport>(),
    startedAt: ts('started_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('sim_runs_user_idx').on(t.userId, t.updatedAt), index('sim_runs_attempt_idx').on(t.skillAttemptId)],
);

/** The action log of a run, in order; refused actions are logged too (with the refusal). */
export const simRunActions = pgTable(
  'sim_run_actions',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => simRuns.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    action: jsonb('action').$type<Record<string, unknown>>().notNull(),
    ok: boolean('ok').notNull(),
    refusal: jsonb('refusal').$type<{ code: string; reason: { zh: string; en: string }; field?: string }>(),
    /** Milliseconds since the run started. */
    atMs: integer('at_ms').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] })],
);

/** An examiner's override of one check of an exam run (the latest one counts; the audit log keeps every change). */
export const simCheckOverrides = pgTable(
  'sim_check_overrides',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => simRuns.id, { onDelete: 'cascade' }),
    checkId: text('check_id').notNull(),
    awarded: points('awarded').notNull(),
    reason: text('reason').notNull(),
    examinerId: uuid('examiner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.checkId] })],
);

/** An uploaded product image and what was measured on it (the simulator's ImageMeta). */
export const simImages = pgTable(
  'sim_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    format: text('format').notNull(),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    borderWhiteRatio: real('border_white_ratio').notNull(),
    productFillRatio: real('product_fill_ratio').notNull(),
    content: bytea('content').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('sim_images_owner_idx').on(t.ownerId), unique('sim_images_id_owner').on(t.id, t.ownerId)],
);
