import { z } from 'zod';
import { ATTEMPT_STATUSES } from './exams.js';
import { questionTypeSchema } from './questions.js';

/**
 * Request and response schemas of the marking and results routes (modules/exams/marking; see docs/API-EXAMS.md
 * "Marking and results"): blind marking tasks, the plan's marking progress, results, statistics and the
 * candidate's own result with the per-function breakdown.
 */

export const EXAM_RESULT_STATUSES = ['pending', 'marking', 'final'] as const;
export type ExamResultStatus = (typeof EXAM_RESULT_STATUSES)[number];

// ---------------------------------------------------------------------------------------------------------
// Blind marking tasks (the marker never sees the candidate, the slot or another marker's mark)

export const markingRubricCriterionSchema = z.object({ criterion: z.string(), points: z.number() });

export const markingTaskSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  planName: z.string(),
  /** Position of the item on the paper (not the candidate). */
  position: z.number().int(),
  type: questionTypeSchema,
  /** What the item scores on this paper; the mark (Σ criteria) is scaled to it when the rubric differs. */
  points: z.number(),
  /** Σ rubric points (usually = points). */
  rubricPoints: z.number(),
  /** Sanitised HTML. */
  stemHtml: z.string(),
  rubric: z.array(markingRubricCriterionSchema),
  /** 参考答案, sanitised HTML; null when the item has none. */
  referenceHtml: z.string().nullable(),
  /** The candidate's response: text (short answer / case analysis) or blanks; null = left blank. */
  response: z.union([z.object({ text: z.string() }), z.object({ blanks: z.array(z.string()) })]).nullable(),
  status: z.enum(['open', 'marked']),
  /** My own mark once given (criteria in rubric order, the item score on the paper's points). */
  mark: z
    .object({ criteria: z.array(z.number()), score: z.number(), comment: z.string().nullable(), markedAt: z.string() })
    .nullable(),
  assignedAt: z.string(),
});
export type MarkingTask = z.infer<typeof markingTaskSchema>;

/** GET /api/marking/tasks */
export const markingTasksQuerySchema = z.strictObject({
  planId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MarkingTasksQuery = z.input<typeof markingTasksQuerySchema>;
export const markingTaskListSchema = z.object({
  items: z.array(markingTaskSchema),
  /** All my open tasks (items holds at most `limit`). */
  openTotal: z.number().int(),
  /** Tasks I have marked. */
  doneTotal: z.number().int(),
});
export type MarkingTaskList = z.infer<typeof markingTaskListSchema>;

/** POST /api/marking/tasks/:taskId — one score per rubric criterion (0 ≤ x ≤ its points, steps of 0.5). */
export const submitMarkSchema = z.strictObject({
  criteria: z.array(z.number().min(0).max(1000)).min(1).max(50),
  comment: z.string().trim().max(2000).optional(),
});
export type SubmitMark = z.input<typeof submitMarkSchema>;

// ---------------------------------------------------------------------------------------------------------
// The plan's marking (staff)

/**
 * TOO_FEW_MARKERS: the plan has fewer than 2 markers, attempts wait without tasks; NO_THIRD_MARKER: two marks
 * differ beyond the threshold and no third marker is available; NOT_DISTRIBUTED: markers are there now but the
 * waiting work has not been handed out yet (POST …/marking/distribute).
 */
export const MARKING_PROBLEM_CODES = ['TOO_FEW_MARKERS', 'NO_THIRD_MARKER', 'NOT_DISTRIBUTED'] as const;
export type MarkingProblemCode = (typeof MARKING_PROBLEM_CODES)[number];

export const markingProblemSchema = z.object({
  code: z.enum(MARKING_PROBLEM_CODES),
  /** Localised, e.g. 需要至少 2 名考评员. */
  message: z.string(),
  /** Attempts waiting because of it. */
  attempts: z.number().int(),
  /** Items (attempt × position) waiting because of it. */
  items: z.number().int(),
});
export type MarkingProblem = z.infer<typeof markingProblemSchema>;

export const markerWorkloadSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  /** Still listed as a marker of the plan (a removed marker keeps the tasks already given). */
  isMarker: z.boolean(),
  assigned: z.number().int(),
  done: z.number().int(),
  open: z.number().int(),
  /** Of the assigned, third markings (slot 3). */
  third: z.number().int(),
});
export type MarkerWorkload = z.infer<typeof markerWorkloadSchema>;

/** GET /api/exam-plans/:planId/marking */
export const planMarkingSchema = z.object({
  planId: z.uuid(),
  planName: z.string(),
  thirdMarkThresholdPct: z.number().int(),
  markers: z.array(markerWorkloadSchema),
  progress: z.object({
    attempts: z.number().int(),
    /** Closed attempts (submitted). */
    submitted: z.number().int(),
    /** Submitted attempts by result status. */
    pending: z.number().int(),
    marking: z.number().int(),
    final: z.number().int(),
    tasksTotal: z.number().int(),
    tasksDone: z.number().int(),
  }),
  problems: z.array(markingProblemSchema),
});
export type PlanMarking = z.infer<typeof planMarkingSchema>;

/** POST /api/exam-plans/:planId/marking/distribute */
export const distributeMarkingResultSchema = z.object({
  /** Tasks created now. */
  created: z.number().int(),
  problems: z.array(markingProblemSchema),
});
export type DistributeMarkingResult = z.infer<typeof distributeMarkingResultSchema>;

// ---------------------------------------------------------------------------------------------------------
// Results

/**
 * One row of the weight table (or an item of the paper outside it): points available and scored, both on
 * the 100-point scale (Σ scored over the rows = the total; Σ available = 100) and in paper points (raw).
 */
export const resultBreakdownRowSchema = z.object({
  item: z.string(),
  /** The weight table's % for the plan's level and work type; null for items outside the table. */
  weight: z.number().nullable(),
  available: z.number(),
  scored: z.number(),
  rawAvailable: z.number(),
  rawScored: z.number(),
});
export type ResultBreakdownRow = z.infer<typeof resultBreakdownRowSchema>;

/** GET /api/me/results/:attemptId — only when final (else 409 RESULT_NOT_READY, details[0].code = status). */
export const myExamResultSchema = z.object({
  attemptId: z.uuid(),
  planName: z.string(),
  level: z.number().int(),
  workType: z.string().nullable(),
  sessionName: z.string(),
  submittedAt: z.string().nullable(),
  /** On the 100-point scale. */
  total: z.number(),
  passMark: z.number(),
  passed: z.boolean(),
  /** Paper points of the objective and subjective items (paperTotal = Σ points of the paper). */
  objectiveScore: z.number(),
  subjectiveScore: z.number(),
  paperTotal: z.number(),
  breakdown: z.array(resultBreakdownRowSchema),
});
export type MyExamResult = z.infer<typeof myExamResultSchema>;

export const planResultRowSchema = z.object({
  attemptId: z.uuid(),
  ticketNo: z.string().nullable(),
  name: z.string(),
  sessionName: z.string(),
  roomName: z.string(),
  seatNo: z.number().int().nullable(),
  status: z.enum(ATTEMPT_STATUSES),
  resultStatus: z.enum(EXAM_RESULT_STATUSES),
  /** Paper points (null until scored). */
  objectiveScore: z.number().nullable(),
  subjectiveScore: z.number().nullable(),
  /** 100-point scale; null until final. */
  total: z.number().nullable(),
  passed: z.boolean().nullable(),
  /** Final results: scored per weight-table row on the 100-point scale, keyed by row item. */
  byFunction: z.record(z.string(), z.number()).nullable(),
});
export type PlanResultRow = z.infer<typeof planResultRowSchema>;

/** GET /api/exam-plans/:planId/results (?format=xlsx for Excel). */
export const planResultsQuerySchema = z.strictObject({
  sessionId: z.uuid().optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export const planResultsSchema = z.object({
  planId: z.uuid(),
  planName: z.string(),
  passMark: z.number(),
  /** Weight-table rows (and items outside it) in order: the keys of byFunction. */
  functions: z.array(z.object({ item: z.string(), weight: z.number().nullable(), available: z.number() })),
  items: z.array(planResultRowSchema),
});
export type PlanResults = z.infer<typeof planResultsSchema>;

/** GET /api/exam-plans/:planId/statistics — over final results (optionally of one session). */
export const planStatisticsQuerySchema = z.strictObject({ sessionId: z.uuid().optional() });
export const planStatisticsSchema = z.object({
  planId: z.uuid(),
  passMark: z.number(),
  /** Final results counted. */
  count: z.number().int(),
  /** Attempts not final yet (submitted, in marking or pending). */
  notFinal: z.number().int(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  stdDev: z.number().nullable(),
  passed: z.number().int(),
  /** 0..1; null with no results. */
  passRate: z.number().nullable(),
  /** Ten bins 0–9, 10–19 … 80–89, 90–100 (the last includes 100). */
  distribution: z.array(z.object({ from: z.number(), to: z.number(), label: z.string(), count: z.number().int() })),
  /** Mean scored vs available per weight-table row, on the 100-point scale. */
  byFunction: z.array(
    z.object({
      item: z.string(),
      weight: z.number().nullable(),
      available: z.number(),
      meanScored: z.number().nullable(),
      /** meanScored / available (0..1). */
      rate: z.number().nullable(),
    }),
  ),
});
export type PlanStatistics = z.infer<typeof planStatisticsSchema>;
