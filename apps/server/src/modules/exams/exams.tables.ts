import type { CandidateResponse, ExamBlueprintChoices, ExamPaperEntry, WarningRules } from '@crossskill/contracts';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
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
const points = (name: string) => numeric(name, { precision: 7, scale: 2, mode: 'number' });

const WORK_TYPE_ENUM = ['网商', '跨境电子商务师'] as const;
const PLAN_STATUS_ENUM = ['draft', 'published', 'finished'] as const;
const PAPER_MODE_ENUM = ['fixed', 'per_candidate'] as const;
const MULTIPLE_SCORING_ENUM = ['all_or_nothing', 'partial'] as const;
const REGISTRATION_STATUS_ENUM = ['approved', 'ineligible', 'withdrawn'] as const;
const ATTEMPT_STATUS_ENUM = ['ready', 'in_progress', 'paused', 'submitted'] as const;
const SUBMIT_REASON_ENUM = ['candidate', 'deadline', 'proctor'] as const;
const RESULT_STATUS_ENUM = ['pending', 'marking', 'final'] as const;

/**
 * 鉴定计划: one level / work type / standard version, its paper blueprint and its rules. A plan in
 * draft is edited freely; published opens registration; once an attempt exists the blueprint is frozen.
 */
export const examPlans = pgTable(
  'exam_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    level: smallint('level').notNull(),
    workType: text('work_type', { enum: WORK_TYPE_ENUM }),
    standardVersionId: uuid('standard_version_id')
      .notNull()
      .references(() => standardVersions.id, { onDelete: 'restrict' }),
    /** Assessment modes of the plan; theory now, skill and review in later issues. */
    modes: text('modes').array().notNull(),
    status: text('status', { enum: PLAN_STATUS_ENUM }).notNull().default('draft'),
    blueprint: jsonb('blueprint').$type<ExamBlueprintChoices>(),
    /** Banks the papers are drawn from (active items of the plan's version, level and work type). */
    bankIds: uuid('bank_ids').array().notNull(),
    paperMode: text('paper_mode', { enum: PAPER_MODE_ENUM }).notNull().default('per_candidate'),
    /** Fixed papers: the one assembled paper every candidate gets (re-ordered per candidate when shuffling). */
    fixedPaper: jsonb('fixed_paper').$type<ExamPaperEntry[]>(),
    shuffleItems: boolean('shuffle_items').notNull().default(true),
    shuffleOptions: boolean('shuffle_options').notNull().default(true),
    multipleScoring: text('multiple_scoring', { enum: MULTIPLE_SCORING_ENUM }).notNull().default('all_or_nothing'),
    /** Third marking when the two blind marks of an item differ by more than this % of its points. */
    thirdMarkThresholdPct: smallint('third_mark_threshold_pct').notNull().default(20),
    /** Integrity signal counts at which the proctor console shows a warning (never an automatic fail). */
    warningRules: jsonb('warning_rules').$type<WarningRules>().notNull(),
    /** Saves this many seconds after the deadline are still accepted (network latency), then refused. */
    saveGraceSeconds: smallint('save_grace_seconds').notNull().default(30),
    /** Candidates may start until this many minutes after the session start (迟到不得入场). */
    lateEntryMinutes: smallint('late_entry_minutes').notNull().default(30),
    /** From the standard version at creation (100-point scale). */
    passMark: points('pass_mark').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('exam_plans_org_idx').on(t.orgId, t.createdAt)],
);

/** Markers (考评员) of a plan's subjective items. */
export const examPlanMarkers = pgTable(
  'exam_plan_markers',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => examPlans.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.userId] })],
);

/** 场次: a sitting of a plan at one time. */
export const examSessions = pgTable(
  'exam_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => examPlans.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startsAt: ts('starts_at').notNull(),
    durationMinutes: smallint('duration_minutes').notNull(),
    /** Set when every attempt of the session has been closed. */
    closedAt: ts('closed_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('exam_sessions_plan_idx').on(t.planId, t.startsAt)],
);

/** 考场 of a session. */
export const examRooms = pgTable(
  'exam_rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    location: text('location'),
    seats: smallint('seats').notNull(),
  },
  (t) => [unique('exam_rooms_session_name').on(t.sessionId, t.name)],
);

/** 监考人员 of a room. */
export const examRoomProctors = pgTable(
  'exam_room_proctors',
  {
    roomId: uuid('room_id')
      .notNull()
      .references(() => examRooms.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] }), index('exam_room_proctors_user_idx').on(t.userId)],
);

/** A candidate's registration (报名) for a plan, its eligibility check and, once placed, the seat and ticket. */
export const examRegistrations = pgTable(
  'exam_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => examPlans.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: text('status', { enum: REGISTRATION_STATUS_ENUM }).notNull(),
    /** What the candidate declared (work periods, certificates, education) and the standards check's result. */
    eligibility: jsonb('eligibility').$type<{ input: unknown; result: unknown }>().notNull(),
    overrideReason: text('override_reason'),
    overrideBy: uuid('override_by').references(() => users.id, { onDelete: 'set null' }),
    overrideAt: ts('override_at'),
    sessionId: uuid('session_id').references(() => examSessions.id, { onDelete: 'set null' }),
    roomId: uuid('room_id').references(() => examRooms.id, { onDelete: 'set null' }),
    seatNo: smallint('seat_no'),
    /** 准考证号, unique across the platform. */
    ticketNo: text('ticket_no').unique(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('exam_registrations_plan_user').on(t.planId, t.userId),
    unique('exam_registrations_room_seat').on(t.roomId, t.seatNo),
    index('exam_registrations_session_idx').on(t.sessionId),
    index('exam_registrations_user_idx').on(t.userId),
  ],
);

/**
 * One candidate's sitting: the paper (item revisions, points, option order — never the keys), the clock
 * and the result. `deadline_at` is absolute and already includes extra time; a pause moves it on resume.
 */
export const examAttempts = pgTable(
  'exam_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .unique()
      .references(() => examRegistrations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => examPlans.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id, { onDelete: 'cascade' }),
    roomId: uuid('room_id')
      .notNull()
      .references(() => examRooms.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    paper: jsonb('paper').$type<ExamPaperEntry[]>().notNull(),
    paperSeed: text('paper_seed').notNull(),
    status: text('status', { enum: ATTEMPT_STATUS_ENUM }).notNull().default('ready'),
    identityConfirmedAt: ts('identity_confirmed_at'),
    startedAt: ts('started_at'),
    deadlineAt: ts('deadline_at'),
    extraSeconds: integer('extra_seconds').notNull().default(0),
    pausedAt: ts('paused_at'),
    submittedAt: ts('submitted_at'),
    submitReason: text('submit_reason', { enum: SUBMIT_REASON_ENUM }),
    /** Last request from the candidate's page (written in batches, see presence.ts). */
    lastSeenAt: ts('last_seen_at'),
    answeredCount: smallint('answered_count').notNull().default(0),
    /** Where the candidate was (question position and view), for resuming on another computer. */
    cursor: jsonb('cursor').$type<{ position: number; view: 'single' | 'all' }>(),
    objectiveScore: points('objective_score'),
    subjectiveScore: points('subjective_score'),
    totalScore: points('total_score'),
    passed: boolean('passed'),
    resultStatus: text('result_status', { enum: RESULT_STATUS_ENUM }).notNull().default('pending'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('exam_attempts_session_room_idx').on(t.sessionId, t.roomId),
    index('exam_attempts_user_idx').on(t.userId),
    index('exam_attempts_open_deadline_idx').on(t.status, t.deadlineAt),
    index('exam_attempts_plan_idx').on(t.planId),
  ],
);

/**
 * The latest saved response per paper position. Saves are versioned by the page (a counter per position);
 * a save with a version not above the stored one changes nothing and is acknowledged (idempotent resend).
 */
export const examAnswers = pgTable(
  'exam_answers',
  {
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => examAttempts.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    /** In the letters the candidate saw; null = cleared. */
    response: jsonb('response').$type<CandidateResponse | null>(),
    flagged: boolean('flagged').notNull().default(false),
    version: integer('version').notNull(),
    savedAt: ts('saved_at').notNull().defaultNow(),
    /** Objective items: scored at submission. Subjective: the final mark once marked. */
    score: points('score'),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.position] })],
);

/**
 * What happened during an attempt: integrity signals from the page (blur, paste, fullscreen_exit),
 * refused late saves, connection changes, and proctor actions (extra_time, pause, resume, irregularity,
 * force_submit). Never used to fail a candidate automatically.
 */
export const examEvents = pgTable(
  'exam_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => examAttempts.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    at: ts('at').notNull().defaultNow(),
    /** When the page says it happened (signals are sent in batches). */
    clientAt: ts('client_at'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('exam_events_session_idx').on(t.sessionId, t.at),
    index('exam_events_attempt_idx').on(t.attemptId, t.at),
  ],
);

/**
 * Blind marking of subjective items: slots 1 and 2 by two different markers who see neither the candidate
 * nor each other's mark; slot 3 (third marker) only when the two differ by more than the plan's threshold.
 */
export const markingAssignments = pgTable(
  'marking_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => examAttempts.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    slot: smallint('slot').notNull(),
    markerId: uuid('marker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    score: points('score'),
    /** Points per rubric criterion, in rubric order. */
    criteria: jsonb('criteria').$type<number[]>(),
    comment: text('comment'),
    assignedAt: ts('assigned_at').notNull().defaultNow(),
    markedAt: ts('marked_at'),
  },
  (t) => [
    unique('marking_assignments_slot').on(t.attemptId, t.position, t.slot),
    index('marking_assignments_marker_idx').on(t.markerId, t.markedAt),
  ],
);
