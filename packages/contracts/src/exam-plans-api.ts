import { z } from 'zod';
import { ATTEMPT_STATUSES, examBlueprintChoicesSchema, warningRulesSchema } from './exams.js';
import { fieldIssue } from './fields.js';
import { answerSchema, questionTypeSchema } from './questions.js';
import {
  eligibilityInputSchema,
  eligibilityResultSchema,
  standardLevelSchema,
  standardWorkTypeSchema,
} from './standards.js';

/**
 * Request and response schemas of the exam-plan routes (modules/exams/plans; see docs/API-EXAMS.md "Plans"):
 * plans and blueprints, markers, sessions with rooms and proctors, registration with eligibility, seats,
 * admission tickets, and the candidate's own registrations.
 */

export const EXAM_PLAN_STATUSES = ['draft', 'published', 'finished'] as const;
export type ExamPlanStatus = (typeof EXAM_PLAN_STATUSES)[number];
export const EXAM_PAPER_MODES = ['fixed', 'per_candidate'] as const;
export type ExamPaperMode = (typeof EXAM_PAPER_MODES)[number];
export const EXAM_MULTIPLE_SCORING = ['all_or_nothing', 'partial'] as const;
export const REGISTRATION_STATUSES = ['approved', 'ineligible', 'withdrawn'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const RESULT_STATUSES = ['pending', 'marking', 'final'] as const;

const nameSchema = z.string().trim().min(1).max(100);
const defaultWarningRules = { blur: 3, paste: 1, fullscreen_exit: 3 };

// ---------------------------------------------------------------------------------------------------------
// Plans

/** The editable settings of a plan (everything but level, work type and version). */
const planSettings = {
  /** Banks the papers are drawn from; each must be readable by the organisation's staff. */
  bankIds: z.array(z.uuid()).max(20),
  /** The institution's blueprint choices; null = not chosen yet (a draft). Required to publish. */
  blueprint: examBlueprintChoicesSchema.nullable(),
  paperMode: z.enum(EXAM_PAPER_MODES),
  shuffleItems: z.boolean(),
  shuffleOptions: z.boolean(),
  multipleScoring: z.enum(EXAM_MULTIPLE_SCORING),
  /** Third marking when two blind marks differ by more than this % of the item's points. */
  thirdMarkThresholdPct: z.number().int().min(0).max(100),
  warningRules: warningRulesSchema,
  /** Saves this many seconds after the deadline are still accepted. */
  saveGraceSeconds: z.number().int().min(0).max(300),
  /** Candidates may start until this many minutes after the session start. */
  lateEntryMinutes: z.number().int().min(0).max(120),
};

/** POST /api/orgs/:orgId/exam-plans */
export const createExamPlanSchema = z.strictObject({
  name: nameSchema,
  level: standardLevelSchema,
  /** Required for levels 5–2; null (or absent) at level 1. */
  workType: standardWorkTypeSchema.nullable().optional(),
  /** Default: the version of the national standard in force today. */
  standardVersionId: z.uuid().optional(),
  bankIds: planSettings.bankIds.default([]),
  blueprint: planSettings.blueprint.optional(),
  paperMode: planSettings.paperMode.default('per_candidate'),
  shuffleItems: planSettings.shuffleItems.default(true),
  shuffleOptions: planSettings.shuffleOptions.default(true),
  multipleScoring: planSettings.multipleScoring.default('all_or_nothing'),
  thirdMarkThresholdPct: planSettings.thirdMarkThresholdPct.default(20),
  warningRules: planSettings.warningRules.default(defaultWarningRules),
  saveGraceSeconds: planSettings.saveGraceSeconds.default(30),
  lateEntryMinutes: planSettings.lateEntryMinutes.default(30),
});
export type CreateExamPlan = z.input<typeof createExamPlanSchema>;

/**
 * PATCH /api/exam-plans/:planId — any subset. Once an attempt exists only name, warningRules,
 * saveGraceSeconds and lateEntryMinutes may change (409 EXAM_PLAN_NOT_EDITABLE).
 */
export const updateExamPlanSchema = z
  .strictObject({
    name: nameSchema.optional(),
    level: standardLevelSchema.optional(),
    workType: standardWorkTypeSchema.nullable().optional(),
    standardVersionId: z.uuid().optional(),
    bankIds: planSettings.bankIds.optional(),
    blueprint: planSettings.blueprint.optional(),
    paperMode: planSettings.paperMode.optional(),
    shuffleItems: planSettings.shuffleItems.optional(),
    shuffleOptions: planSettings.shuffleOptions.optional(),
    multipleScoring: planSettings.multipleScoring.optional(),
    thirdMarkThresholdPct: planSettings.thirdMarkThresholdPct.optional(),
    warningRules: planSettings.warningRules.optional(),
    saveGraceSeconds: planSettings.saveGraceSeconds.optional(),
    lateEntryMinutes: planSettings.lateEntryMinutes.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), fieldIssue('EMPTY_UPDATE'));
export type UpdateExamPlan = z.input<typeof updateExamPlanSchema>;

/** The blueprint as built from the version's weight table and the choices (what a paper must meet). */
export const examBlueprintSchema = z.object({
  totalPoints: z.number(),
  /** Weight-table column, e.g. 四级/中级工 跨境电子商务师. */
  column: z.string(),
  /** One row per weight-table item: 职业道德, 基础知识, then the 职业功能. */
  rows: z.array(
    z.object({
      index: z.number().int(),
      item: z.string(),
      kind: z.enum(['basic', 'function']),
      /** % of the weight table. */
      weight: z.number(),
      /** Points on every paper. */
      points: z.number(),
    }),
  ),
  /** Item types in section order: count and the points each item scores. */
  types: z.array(
    z.object({
      type: questionTypeSchema,
      label: z.string(),
      count: z.number().int(),
      points: z.number(),
      totalPoints: z.number(),
    }),
  ),
  itemCount: z.number().int(),
  /** Items per difficulty (a paper may deviate by ±1 each). */
  difficultyTargets: z.array(
    z.object({ difficulty: z.number().int(), label: z.string(), pct: z.number(), count: z.number().int() }),
  ),
});
export type ExamBlueprint = z.infer<typeof examBlueprintSchema>;

const personSchema = z.object({ userId: z.uuid(), name: z.string() });
export type ExamPerson = z.infer<typeof personSchema>;

export const examPlanSummarySchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  name: z.string(),
  level: standardLevelSchema,
  /** e.g. 四级/中级工 */
  levelName: z.string(),
  workType: standardWorkTypeSchema.nullable(),
  standardVersionId: z.uuid(),
  standardVersionLabel: z.string(),
  modes: z.array(z.string()),
  status: z.enum(EXAM_PLAN_STATUSES),
  paperMode: z.enum(EXAM_PAPER_MODES),
  passMark: z.number(),
  /** true once an attempt exists: blueprint, banks, paper mode, shuffling and scoring rules no longer change. */
  frozen: z.boolean(),
  counts: z.object({
    sessions: z.number().int(),
    registrations: z.number().int(),
    approved: z.number().int(),
    placed: z.number().int(),
    attempts: z.number().int(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ExamPlanSummary = z.infer<typeof examPlanSummarySchema>;

export const examPlanSchema = examPlanSummarySchema.extend({
  bankIds: z.array(z.uuid()),
  banks: z.array(z.object({ id: z.uuid(), name: z.string(), orgName: z.string() })),
  /** The choices as stored (null = none yet). */
  blueprintChoices: examBlueprintChoicesSchema.nullable(),
  /** The blueprint built from the version's weight table (null without choices or when it no longer builds). */
  blueprint: examBlueprintSchema.nullable(),
  shuffleItems: z.boolean(),
  shuffleOptions: z.boolean(),
  multipleScoring: z.enum(EXAM_MULTIPLE_SCORING),
  thirdMarkThresholdPct: z.number().int(),
  warningRules: warningRulesSchema,
  saveGraceSeconds: z.number().int(),
  lateEntryMinutes: z.number().int(),
  hasFixedPaper: z.boolean(),
  markers: z.array(personSchema),
});
export type ExamPlan = z.infer<typeof examPlanSchema>;

export const examPlanListQuerySchema = z.strictObject({ status: z.enum(EXAM_PLAN_STATUSES).optional() });
export const examPlanListSchema = z.object({ items: z.array(examPlanSummarySchema) });

// ---------------------------------------------------------------------------------------------------------
// Blueprint preview and sample paper

/** POST /api/exam-plans/:planId/blueprint-preview — default: the plan's stored blueprint and banks. */
export const planBlueprintPreviewSchema = z.strictObject({
  blueprint: examBlueprintChoicesSchema.optional(),
  bankIds: z.array(z.uuid()).max(20).optional(),
  /** Seed of the sample assembly (default random). */
  seed: z.string().max(100).optional(),
});
export type PlanBlueprintPreview = z.input<typeof planBlueprintPreviewSchema>;

/** POST /api/orgs/:orgId/exam-plans/blueprint-preview — before a plan exists. */
export const orgBlueprintPreviewSchema = z.strictObject({
  level: standardLevelSchema,
  workType: standardWorkTypeSchema.nullable().optional(),
  standardVersionId: z.uuid().optional(),
  blueprint: examBlueprintChoicesSchema,
  bankIds: z.array(z.uuid()).min(1).max(20),
  seed: z.string().max(100).optional(),
});
export type OrgBlueprintPreview = z.input<typeof orgBlueprintPreviewSchema>;

export const blueprintShortfallSchema = z.object({
  row: z.number().int(),
  /** The weight-table item of the row. */
  item: z.string(),
  type: questionTypeSchema,
  typeLabel: z.string(),
  difficulty: z.number().int(),
  difficultyLabel: z.string(),
  needed: z.number().int(),
  available: z.number().int(),
});
export type BlueprintShortfall = z.infer<typeof blueprintShortfallSchema>;

export const blueprintPreviewResultSchema = z.object({
  /** true when the sample assembly met the blueprint. */
  ok: z.boolean(),
  blueprint: examBlueprintSchema,
  /** Active items of the banks with the plan's version, level and work type (or none). */
  pool: z.object({ items: z.number().int(), unmatched: z.number().int() }),
  /** Pool items per row × type (and per difficulty 1–5) for the blueprint's types. */
  available: z.array(
    z.object({
      row: z.number().int(),
      item: z.string(),
      type: questionTypeSchema,
      typeLabel: z.string(),
      total: z.number().int(),
      byDifficulty: z.array(z.number().int()).length(5),
    }),
  ),
  shortfalls: z.array(blueprintShortfallSchema),
  /** The sample paper's make-up (null when short). */
  sample: z
    .object({
      seed: z.string(),
      items: z.number().int(),
      pointsByRow: z.array(z.object({ row: z.number().int(), item: z.string(), points: z.number() })),
      countsByType: z.array(z.object({ type: questionTypeSchema, count: z.number().int() })),
      countsByDifficulty: z.array(z.object({ difficulty: z.number().int(), count: z.number().int() })),
    })
    .nullable(),
});
export type BlueprintPreviewResult = z.infer<typeof blueprintPreviewResultSchema>;

export const samplePaperQuerySchema = z.strictObject({ seed: z.string().max(100).optional() });
/** GET /api/exam-plans/:planId/sample-paper — for review by the plan's staff (answers included). */
export const samplePaperSchema = z.object({
  seed: z.string(),
  totalPoints: z.number(),
  items: z.array(
    z.object({
      position: z.number().int(),
      questionId: z.uuid(),
      revisionId: z.uuid(),
      type: questionTypeSchema,
      typeLabel: z.string(),
      points: z.number(),
      rowItem: z.string(),
      difficulty: z.number().int(),
      stemHtml: z.string(),
      /** Options in display order, relabelled A, B, C…; `bankKey` is the key in the bank. */
      options: z.array(z.object({ key: z.string(), bankKey: z.string(), content: z.string() })),
      /** The bank's answer (in bank keys). */
      answer: answerSchema,
    }),
  ),
});
export type SamplePaper = z.infer<typeof samplePaperSchema>;

// ---------------------------------------------------------------------------------------------------------
// Staff

/** PUT /api/exam-plans/:planId/markers — each must hold `examiner` in the plan's organisation or the platform. */
export const setMarkersSchema = z.strictObject({ userIds: z.array(z.uuid()).max(100) });
export const markersSchema = z.object({ items: z.array(personSchema) });

/** GET /api/orgs/:orgId/exam-staff — people who may be chosen as proctors or markers. */
export const examStaffListSchema = z.object({
  items: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      /** Masked mobile, e.g. 138****0005. */
      mobileMasked: z.string().nullable(),
      roles: z.array(z.enum(['proctor', 'examiner'])),
      /** Where the role is held (the institution or the platform). */
      orgName: z.string(),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------------------
// Sessions and rooms

const roomInputSchema = z.strictObject({
  /** Keep (and edit) an existing room of the session; absent = a new room. */
  id: z.uuid().optional(),
  name: z.string().trim().min(1).max(60),
  location: z.string().trim().max(200).nullable().optional(),
  seats: z.number().int().min(1).max(500),
  /** Proctors (`proctor` in the organisation or the platform); ≥ 2 and ≥ 1 per 15 seats (003 §1.9.3). */
  proctorIds: z.array(z.uuid()).max(50),
});
export type ExamRoomInput = z.input<typeof roomInputSchema>;

/** POST /api/exam-plans/:planId/sessions. Duration and staffing are checked against 003 §1.9.3–1.9.4. */
export const createExamSessionSchema = z.strictObject({
  name: z.string().trim().min(1).max(60),
  startsAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(1).max(600),
  rooms: z.array(roomInputSchema).min(1).max(100),
});
export type CreateExamSession = z.input<typeof createExamSessionSchema>;

/** PATCH /api/exam-sessions/:sessionId — before the start; `rooms` replaces the list (rooms with an id are kept). */
export const updateExamSessionSchema = z
  .strictObject({
    name: createExamSessionSchema.shape.name.optional(),
    startsAt: createExamSessionSchema.shape.startsAt.optional(),
    durationMinutes: createExamSessionSchema.shape.durationMinutes.optional(),
    rooms: createExamSessionSchema.shape.rooms.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), fieldIssue('EMPTY_UPDATE'));
export type UpdateExamSession = z.input<typeof updateExamSessionSchema>;

export const examRoomSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  location: z.string().nullable(),
  seats: z.number().int(),
  /** Candidates placed in the room. */
  placed: z.number().int(),
  proctors: z.array(personSchema),
});
export type ExamRoom = z.infer<typeof examRoomSchema>;

export const examSessionSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  name: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  closedAt: z.string().nullable(),
  /** The start has passed: time, rooms and proctors no longer change. */
  started: z.boolean(),
  totalSeats: z.number().int(),
  placed: z.number().int(),
  attempts: z.number().int(),
  rooms: z.array(examRoomSchema),
});
export type ExamSession = z.infer<typeof examSessionSchema>;
export const examSessionListSchema = z.object({ items: z.array(examSessionSchema) });

/** POST /api/exam-sessions/:sessionId/assign-seats → 202 { jobId }; the job's result: */
export const assignSeatsResultSchema = z.object({
  /** Placed by this run. */
  placed: z.number().int(),
  /** Approved registrations left without a seat (the rooms were full). */
  unplaced: z.number().int(),
  /** Attempts created (one per placed candidate, with its paper). */
  attempts: z.number().int(),
});
export type AssignSeatsResult = z.infer<typeof assignSeatsResultSchema>;
export const jobAcceptedSchema = z.object({ jobId: z.uuid() });

// ---------------------------------------------------------------------------------------------------------
// Registration

/** What the candidate declares: the body of POST /api/standards/eligibility without targetLevel (the plan's). */
export const registrationEligibilityInputSchema = eligibilityInputSchema.omit({ targetLevel: true, asOf: true });
export type RegistrationEligibilityInput = z.input<typeof registrationEligibilityInputSchema>;

/** POST /api/exam-plans/:planId/registrations */
export const createRegistrationSchema = z.strictObject({ eligibility: registrationEligibilityInputSchema });
export type CreateRegistration = z.input<typeof createRegistrationSchema>;

/** POST /api/registrations/:registrationId/override — institution admin; audited. */
export const overrideRegistrationSchema = z.strictObject({ reason: z.string().trim().min(5).max(500) });

export const registrationSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  userId: z.uuid(),
  status: z.enum(REGISTRATION_STATUSES),
  /** The standards check (003 §1.8) at registration: eligible and per clause what is lacking. */
  eligibility: eligibilityResultSchema,
  override: z.object({ reason: z.string(), byName: z.string().nullable(), at: z.string() }).nullable(),
  sessionId: z.uuid().nullable(),
  sessionName: z.string().nullable(),
  startsAt: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  roomId: z.uuid().nullable(),
  roomName: z.string().nullable(),
  roomLocation: z.string().nullable(),
  seatNo: z.number().int().nullable(),
  ticketNo: z.string().nullable(),
  createdAt: z.string(),
});
export type Registration = z.infer<typeof registrationSchema>;

/** A row of the staff list: the registration with the candidate's name and masked ID number. */
export const staffRegistrationSchema = registrationSchema.extend({
  candidateName: z.string(),
  idNumberMasked: z.string().nullable(),
  mobileMasked: z.string().nullable(),
  attemptId: z.uuid().nullable(),
  attemptStatus: z.enum(ATTEMPT_STATUSES).nullable(),
});
export type StaffRegistration = z.infer<typeof staffRegistrationSchema>;

export const registrationListQuerySchema = z.strictObject({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  sessionId: z.uuid().optional(),
  /** 'true' = approved and not yet placed. */
  unplaced: z.enum(['true', 'false']).optional(),
  format: z.enum(['json', 'xlsx']).optional(),
});
export const registrationListSchema = z.object({ items: z.array(staffRegistrationSchema) });

/** GET /api/exam-plans/open — published plans any signed-in user may register for. */
export const openExamPlanSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  orgName: z.string(),
  level: standardLevelSchema,
  levelName: z.string(),
  workType: standardWorkTypeSchema.nullable(),
  sessions: z.array(z.object({ name: z.string(), startsAt: z.string(), durationMinutes: z.number().int() })),
  /** The caller's registration, if any. */
  myRegistration: z.object({ id: z.uuid(), status: z.enum(REGISTRATION_STATUSES) }).nullable(),
});
export const openExamPlanListSchema = z.object({ items: z.array(openExamPlanSchema) });

/** GET /api/me/registrations */
export const myRegistrationSchema = registrationSchema.extend({
  planName: z.string(),
  orgName: z.string(),
  level: standardLevelSchema,
  levelName: z.string(),
  workType: standardWorkTypeSchema.nullable(),
  planStatus: z.enum(EXAM_PLAN_STATUSES),
  attemptId: z.uuid().nullable(),
  attemptStatus: z.enum(ATTEMPT_STATUSES).nullable(),
  /** Score and pass once the result is final (resultStatus 'final'); otherwise only the status. */
  result: z
    .object({
      status: z.enum(RESULT_STATUSES),
      totalScore: z.number().nullable(),
      passed: z.boolean().nullable(),
      passMark: z.number(),
    })
    .nullable(),
});
export type MyRegistration = z.infer<typeof myRegistrationSchema>;
export const myRegistrationListSchema = z.object({ items: z.array(myRegistrationSchema) });

// ---------------------------------------------------------------------------------------------------------
// Admission tickets

/** GET /api/tickets/verify?no=&sig= — public: what the QR code of a 准考证 points to. Minimal information. */
export const ticketVerifyQuerySchema = z.strictObject({
  no: z.string().trim().min(1).max(40),
  sig: z.string().trim().min(1).max(128),
});
export const ticketVerifySchema = z.object({
  valid: z.boolean(),
  ticketNo: z.string(),
  /** Masked (张*三). */
  candidateName: z.string().nullable(),
  planName: z.string().nullable(),
  sessionName: z.string().nullable(),
  startsAt: z.string().nullable(),
  roomName: z.string().nullable(),
  seatNo: z.number().int().nullable(),
});
export type TicketVerify = z.infer<typeof ticketVerifySchema>;
