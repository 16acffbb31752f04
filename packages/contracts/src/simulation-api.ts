import { z } from 'zod';

/**
 * Request and response schemas of the simulation routes (modules/simulation; docs/API-SIMULATION.md): tasks and
 * their revisions, practice runs in the trainee's sandbox store, uploaded images, skill exams (the skill part of an
 * exam plan), examiner review with overrides, and replay. The simulator's own types (SimState, Action,
 * TaskDefinition, CheckReport …) live in @crossskill/simulation; here they are `unknown` JSON that the server
 * validates with the simulator's validators and the web casts to the simulator's types.
 */

const loc = z.object({ zh: z.string(), en: z.string() });

export const SIM_TASK_STATUSES = ['draft', 'active', 'retired'] as const;
export type SimTaskStatus = (typeof SIM_TASK_STATUSES)[number];
export const SIM_RUN_KINDS = ['sandbox', 'practice', 'exam'] as const;
export type SimRunKind = (typeof SIM_RUN_KINDS)[number];
export const SIM_MARKETPLACES = ['amazon', 'aliexpress', 'alibaba'] as const;

// ---------------------------------------------------------------------------------------------------------
// Tasks (lecturers, institution admins, platform admins author; trainees list active ones for practice)

export const simTaskSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: loc,
  level: z.number().int(),
  workType: z.string(),
  weightItem: z.string(),
  skillItems: z.array(z.string()),
  suzhouCategories: z.array(z.string()),
  marketplace: z.enum(SIM_MARKETPLACES),
  timeLimitMinutes: z.number().int(),
  status: z.enum(SIM_TASK_STATUSES),
  revision: z.number().int(),
  /** 'library' = shipped with the platform (read-only, copy to edit); 'org' = authored by an organisation. */
  source: z.enum(['library', 'org']),
  orgId: z.uuid().nullable(),
  checkCount: z.number().int(),
  totalPoints: z.number(),
  updatedAt: z.string(),
});
export type SimTaskSummary = z.infer<typeof simTaskSummarySchema>;

/** GET /api/sim/tasks */
export const simTaskListQuerySchema = z.strictObject({
  q: z.string().max(100).optional(),
  level: z.coerce.number().int().min(1).max(5).optional(),
  workType: z.enum(['网商', '跨境电子商务师']).optional(),
  weightItem: z.string().max(50).optional(),
  marketplace: z.enum(SIM_MARKETPLACES).optional(),
  status: z.enum(SIM_TASK_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  /** xlsx: every matching task (up to 5,000, no paging) as an Excel sheet. */
  format: z.enum(['json', 'xlsx']).default('json'),
});
export const simTaskListSchema = z.object({ items: z.array(simTaskSummarySchema), total: z.number().int() });

/** GET /api/sim/tasks/:id — `definition` is a TaskDefinition of @crossskill/simulation. */
export const simTaskDetailSchema = z.object({
  task: simTaskSummarySchema,
  definition: z.unknown(),
  revisions: z.array(
    z.object({ revision: z.number().int(), createdAt: z.string(), createdByName: z.string().nullable() }),
  ),
});
export type SimTaskDetail = z.infer<typeof simTaskDetailSchema>;

/**
 * POST /api/sim/tasks and PUT /api/sim/tasks/:id (a new revision). The definition is checked by the simulator's
 * validateTaskDefinition: problems → 422 SIM_TASK_INVALID with one detail per problem (`field` = the path into the
 * definition, e.g. `checks[2].assert.path`).
 */
export const simTaskSaveSchema = z.strictObject({ definition: z.record(z.string(), z.unknown()) });
export const simTaskStatusSchema = z.strictObject({ status: z.enum(SIM_TASK_STATUSES) });
/** POST /api/sim/tasks/:id/copy — a library task copied into the caller's organisation as a draft. */
export const simTaskCopySchema = z.strictObject({ code: z.string().min(1).max(40) });

// ---------------------------------------------------------------------------------------------------------
// Runs (a sandbox store, a practice attempt at a task, or one task of a skill exam)

export const simCheckOverrideSchema = z.object({
  awarded: z.number(),
  reason: z.string(),
  examinerName: z.string().nullable(),
  at: z.string(),
});

/** A check result (CheckResult of the simulator) plus the examiner's override, when there is one. */
export const simCheckResultSchema = z.object({
  checkId: z.string(),
  title: loc,
  points: z.number(),
  passed: z.boolean(),
  awarded: z.number(),
  feedback: loc,
  detail: loc,
  /** What the automatic check gave (differs from `awarded` when an examiner overrode the check). */
  autoAwarded: z.number().optional(),
  override: simCheckOverrideSchema.nullable().optional(),
});
export type SimCheckResult = z.infer<typeof simCheckResultSchema>;

export const simReportSchema = z.object({
  results: z.array(simCheckResultSchema),
  awarded: z.number(),
  total: z.number(),
  /** Exam runs: the task's score scaled to the blueprint row's points (after overrides). */
  scaled: z.number().nullable().optional(),
});
export type SimReport = z.infer<typeof simReportSchema>;

export const simRunSchema = z.object({
  id: z.uuid(),
  kind: z.enum(SIM_RUN_KINDS),
  status: z.enum(['open', 'submitted']),
  marketplace: z.enum(SIM_MARKETPLACES),
  task: z
    .object({
      id: z.uuid(),
      revision: z.number().int(),
      code: z.string(),
      title: loc,
      /** Instructions with this run's parameters filled in. */
      instructions: loc,
      checks: z.array(z.object({ id: z.string(), title: loc, points: z.number() })),
      timeLimitMinutes: z.number().int(),
      skillItems: z.array(z.string()),
    })
    .nullable(),
  /** SimState of @crossskill/simulation. */
  state: z.unknown(),
  /** Seq of the last logged action (0 = none): send it back as `expectedSeq`. */
  seq: z.number().int(),
  startedAt: z.string(),
  deadlineAt: z.string().nullable(),
  skillAttemptId: z.uuid().nullable(),
  /** Last feedback (practice), or null; exam runs never show it to the candidate. */
  report: simReportSchema.nullable(),
});
export type SimRun = z.infer<typeof simRunSchema>;

/** POST /api/sim/runs — a practice run of an active task, or (no taskId) a free sandbox store. */
export const simRunCreateSchema = z.strictObject({
  taskId: z.uuid().optional(),
  marketplace: z.enum(SIM_MARKETPLACES).optional(),
});

/** GET /api/sim/runs — my practice and sandbox runs. */
export const simRunListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(SIM_RUN_KINDS),
      status: z.enum(['open', 'submitted']),
      marketplace: z.enum(SIM_MARKETPLACES),
      taskId: z.uuid().nullable(),
      taskCode: z.string().nullable(),
      taskTitle: loc.nullable(),
      awarded: z.number().nullable(),
      total: z.number().nullable(),
      actionCount: z.number().int(),
      updatedAt: z.string(),
    }),
  ),
});

/**
 * POST /api/sim/runs/:id/actions — `action` is an Action of @crossskill/simulation (shape checked by parseAction:
 * 400 VALIDATION_FAILED with the field). `expectedSeq` guards against two tabs: a stale one gets 409 SIM_RUN_STALE.
 * A refused action is logged and answered 422 SIM_ACTION_REFUSED (the marketplace's reason in the message, the
 * refusal code and field in details); the state does not change.
 */
export const simActionRequestSchema = z.strictObject({
  action: z.record(z.string(), z.unknown()),
  expectedSeq: z.number().int().min(0),
});
export const simActionResponseSchema = z.object({
  seq: z.number().int(),
  events: z.array(z.object({ kind: z.string(), message: loc, refs: z.record(z.string(), z.string()).optional() })),
  state: z.unknown(),
});

/** GET /api/sim/runs/:id/replay — every logged action re-applied from the run's initial state. */
export const simReplaySchema = z.object({
  runId: z.uuid(),
  initialState: z.unknown(),
  steps: z.array(
    z.object({
      seq: z.number().int(),
      action: z.unknown(),
      ok: z.boolean(),
      refusal: z.object({ code: z.string(), reason: loc, field: z.string().optional() }).nullable(),
      atMs: z.number().int().nullable(),
      events: z.array(z.object({ kind: z.string(), message: loc })),
    }),
  ),
  finalState: z.unknown(),
  /** The replayed final state equals the stored one (deep equality). */
  matchesStored: z.boolean(),
});
export type SimReplay = z.infer<typeof simReplaySchema>;

/** POST /api/sim/images (multipart, field `file`): what was measured on the image (ImageMeta of the simulator). */
export const simImageSchema = z.object({
  id: z.uuid(),
  format: z.enum(['jpeg', 'png', 'gif', 'tiff', 'webp', 'other']),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  borderWhiteRatio: z.number(),
  productFillRatio: z.number(),
});
export type SimImage = z.infer<typeof simImageSchema>;
export const SIM_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** GET /api/sim/rules — the rule sets in force, their versions and sources (for the console and the rules page). */
export const simRulesSchema = z.object({
  marketplaces: z.array(
    z.object({
      id: z.enum(SIM_MARKETPLACES),
      name: loc,
      version: z.string(),
      effectiveFrom: z.string(),
      model: z.enum(['B2C', 'B2B']),
      sources: z.array(z.object({ title: z.string(), url: z.string().optional(), effectiveFrom: z.string() })),
    }),
  ),
  logistics: z.object({ version: z.string(), effectiveFrom: z.string() }),
  customs: z.object({ version: z.string(), effectiveFrom: z.string() }),
});

// ---------------------------------------------------------------------------------------------------------
// Skill exams: the skill part of an exam plan (技能考核, 模拟操作)

/**
 * One row of the skill blueprint: a row of the 003 §4.2 skill weight table (职业功能), its points (= the table's %),
 * and the tasks one of which each candidate draws (seeded per candidate).
 */
export const skillBlueprintRowSchema = z.object({
  weightItem: z.string().min(1).max(50),
  points: z.number().min(0).max(100),
  taskIds: z.array(z.uuid()).min(1).max(20),
});
export type SkillBlueprintRow = z.infer<typeof skillBlueprintRowSchema>;

/**
 * PUT /api/exam-plans/:planId/skill. Refused with 422 EXAM_RULES_VIOLATED (one detail per broken rule) when the
 * duration is under 90 minutes or the examiners are not an odd number ≥ 3 and ≥ 1 per 15 approved candidates; with
 * 422 SKILL_BLUEPRINT_MISMATCH when the rows do not match the plan version's skill weight table for the plan's level
 * and work type (one detail per row) or a task's level / work type / weight item differ.
 */
export const skillPartSaveSchema = z.strictObject({
  blueprint: z.array(skillBlueprintRowSchema).min(1).max(12),
  startsAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(1).max(600),
  lateEntryMinutes: z.number().int().min(0).max(120).default(30),
  examinerIds: z.array(z.uuid()).max(200),
});

export const skillPartSchema = z.object({
  planId: z.uuid(),
  status: z.enum(['draft', 'published']),
  blueprint: z.array(skillBlueprintRowSchema),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  lateEntryMinutes: z.number().int(),
  examiners: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  /** The version's skill weight table for the plan (weightItem → %), for the editor. */
  weightTable: z.array(z.object({ weightItem: z.string(), percent: z.number() })),
  approvedCandidates: z.number().int(),
  /** Staffing problems at the current numbers (shown before publishing). */
  staffing: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type SkillPart = z.infer<typeof skillPartSchema>;

export const SKILL_ATTEMPT_STATUSES = ['in_progress', 'submitted', 'final'] as const;

export const skillAttemptSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  planName: z.string(),
  status: z.enum(SKILL_ATTEMPT_STATUSES),
  startedAt: z.string(),
  deadlineAt: z.string(),
  submittedAt: z.string().nullable(),
  /** The server's clock, so the page can show the time left correctly. */
  serverNow: z.string(),
  runs: z.array(
    z.object({
      runId: z.uuid(),
      weightItem: z.string(),
      points: z.number(),
      taskCode: z.string(),
      taskTitle: loc,
      actionCount: z.number().int(),
    }),
  ),
  /** Shown to the candidate only once final; always to staff. */
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
});
export type SkillAttempt = z.infer<typeof skillAttemptSchema>;

/** GET /api/my/skill-exams — skill parts of plans the caller is approved for. */
export const mySkillExamsSchema = z.object({
  items: z.array(
    z.object({
      planId: z.uuid(),
      planName: z.string(),
      level: z.number().int(),
      workType: z.string().nullable(),
      startsAt: z.string(),
      durationMinutes: z.number().int(),
      /** not_open (before the start), open, closed (entry over or finished). */
      window: z.enum(['not_open', 'open', 'closed']),
      attemptId: z.uuid().nullable(),
      attemptStatus: z.enum(SKILL_ATTEMPT_STATUSES).nullable(),
      score: z.number().nullable(),
      passed: z.boolean().nullable(),
    }),
  ),
});

/** GET /api/exam-plans/:planId/skill/attempts (examiners of the part, institution admins; ?format=xlsx exports). */
export const skillAttemptRowsSchema = z.object({
  items: z.array(
    z.object({
      attemptId: z.uuid(),
      candidateName: z.string(),
      ticketNo: z.string().nullable(),
      status: z.enum(SKILL_ATTEMPT_STATUSES),
      autoScore: z.number().nullable(),
      score: z.number().nullable(),
      passed: z.boolean().nullable(),
      overrides: z.number().int(),
      submittedAt: z.string().nullable(),
    }),
  ),
});

/** GET /api/skill-attempts/:id/review — every run's check results (with overrides) for the examiner. */
export const skillReviewSchema = z.object({
  attempt: skillAttemptSchema,
  candidateName: z.string(),
  runs: z.array(
    z.object({
      runId: z.uuid(),
      weightItem: z.string(),
      points: z.number(),
      taskCode: z.string(),
      taskTitle: loc,
      instructions: loc,
      params: z.record(z.string(), z.union([z.string(), z.number()])),
      report: simReportSchema,
      actionCount: z.number().int(),
    }),
  ),
});
export type SkillReview = z.infer<typeof skillReviewSchema>;

/**
 * POST /api/skill-attempts/:id/runs/:runId/checks/:checkId/override — an examiner of the part sets a check's
 * points (0 … the check's points) with a written reason (≥ 5 characters); audited as `skill.check_overridden`
 * with the old and new points. Refused once the attempt is final (409 SKILL_ATTEMPT_FINAL).
 */
export const skillOverrideSchema = z.strictObject({
  awarded: z.number().min(0).max(100),
  reason: z.string().trim().min(5).max(1000),
});

/**
 * GET /api/skill-parts — skill parts the caller works on: as an examiner of the part, or as plan staff
 * (platform admin; institution admin / lecturer of the plan's organisation).
 */
export const skillPartListSchema = z.object({
  items: z.array(
    z.object({
      planId: z.uuid(),
      planName: z.string(),
      level: z.number().int(),
      workType: z.string().nullable(),
      status: z.enum(['draft', 'published']),
      startsAt: z.string(),
      durationMinutes: z.number().int(),
      /** The caller is one of its examiners. */
      isExaminer: z.boolean(),
      candidates: z.number().int(),
      submitted: z.number().int(),
      final: z.number().int(),
    }),
  ),
});

/** POST /api/exam-plans/:planId/skill/publish — checks the rules again at the current candidate count. */
export const skillPartPublishSchema = z.strictObject({});
