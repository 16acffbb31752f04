import { z } from 'zod';
import { questionTypeSchema } from './questions.js';

/**
 * Shared shapes of the theory exam (see docs/API-EXAMS.md). What the candidate's page sends and receives is
 * here; answer keys, rubrics and scoring rules never are.
 */

/** Blueprint choices an institution makes (points per function come from the version's weight table). */
export const examBlueprintChoicesSchema = z.strictObject({
  totalPoints: z.number().int().min(1).max(1000).default(100),
  /** Per item type: how many items and the points each scores on the paper. */
  typeCounts: z
    .partialRecord(
      questionTypeSchema,
      z.strictObject({ count: z.number().int().min(0).max(500), points: z.number().positive().max(100) }),
    )
    .refine((v) => Object.values(v).some((s) => s && s.count > 0), 'at least one item type'),
  /** % of items per difficulty 1 (易) … 5 (难), summing to 100. Keys '1'…'5'. */
  difficultyMix: z.partialRecord(z.enum(['1', '2', '3', '4', '5']), z.number().min(0).max(100)),
});
export type ExamBlueprintChoices = z.infer<typeof examBlueprintChoicesSchema>;

/** One item of an assembled paper as stored on the attempt (server side only). */
export interface ExamPaperEntry {
  /** 1-based position on the candidate's paper. */
  position: number;
  questionId: string;
  revisionId: string;
  type: z.infer<typeof questionTypeSchema>;
  /** What the item scores on this paper. */
  points: number;
  /** Blueprint row index and its weight-table item (职业道德 / 基础知识 / 职业功能 name). */
  row: number;
  rowItem: string;
  difficulty: number;
  /** The bank's option keys in display order (the option shown as A is optionOrder[0]). */
  optionOrder: string[];
}

/** Integrity-signal counts at which the proctor console shows a warning; 0 = never warn. */
export const warningRulesSchema = z.strictObject({
  blur: z.number().int().min(0).max(1000).default(3),
  paste: z.number().int().min(0).max(1000).default(1),
  fullscreen_exit: z.number().int().min(0).max(1000).default(3),
});
export type WarningRules = z.infer<typeof warningRulesSchema>;

export const INTEGRITY_SIGNALS = ['blur', 'paste', 'fullscreen_exit'] as const;
export type IntegritySignal = (typeof INTEGRITY_SIGNALS)[number];

/**
 * A candidate's response in the letters the candidate saw (the server maps them to the bank's keys):
 * single/multiple → choices; true_false → value; fill_blank → blanks (one per blank); short/case → text.
 */
export const candidateResponseSchema = z.union([
  z.strictObject({ choices: z.array(z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])).max(8) }),
  z.strictObject({ value: z.boolean() }),
  z.strictObject({ blanks: z.array(z.string().max(200)).max(20) }),
  z.strictObject({ text: z.string().max(20_000) }),
]);
export type CandidateResponse = z.infer<typeof candidateResponseSchema>;

export const ATTEMPT_STATUSES = ['ready', 'in_progress', 'paused', 'submitted'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** One save: the page numbers its changes per position (1, 2, 3 …); resending the same version is harmless. */
export const answerSaveSchema = z.strictObject({
  position: z.number().int().min(1).max(500),
  version: z.number().int().min(1).max(2_000_000_000),
  response: candidateResponseSchema.nullable(),
  flagged: z.boolean().default(false),
});
export type AnswerSave = z.infer<typeof answerSaveSchema>;

/** POST /api/attempts/:attemptId/answers — one or more saves (the page batches what the network held back). */
export const saveAnswersBodySchema = z.strictObject({
  saves: z.array(answerSaveSchema).min(1).max(500),
  /** Where the candidate is, for resuming elsewhere. */
  cursor: z.strictObject({ position: z.number().int().min(1).max(500), view: z.enum(['single', 'all']) }).optional(),
});
export type SaveAnswersBody = z.infer<typeof saveAnswersBodySchema>;

export const saveAnswersResultSchema = z.object({
  /** Per position, the version now stored (≥ the one sent: a later one may already be there). */
  saved: z.array(z.object({ position: z.number().int(), version: z.number().int() })),
  serverTime: z.string(),
  /** Seconds left, from the server's clock (null before start). */
  remainingSeconds: z.number().int().nullable(),
  status: z.enum(ATTEMPT_STATUSES),
});
export type SaveAnswersResult = z.infer<typeof saveAnswersResultSchema>;

/** An item as the candidate sees it: no key, no rubric, no explanation, options in display order A, B, C… */
export const candidateItemSchema = z.object({
  position: z.number().int(),
  type: questionTypeSchema,
  points: z.number(),
  /** Sanitised HTML. */
  stemHtml: z.string(),
  options: z.array(z.object({ key: z.string(), content: z.string() })),
  /** fill_blank: how many blanks. */
  blanks: z.number().int().nullable(),
});
export type CandidateItem = z.infer<typeof candidateItemSchema>;

export const candidateAnswerSchema = z.object({
  position: z.number().int(),
  response: candidateResponseSchema.nullable(),
  flagged: z.boolean(),
  version: z.number().int(),
});

/** GET /api/attempts/:attemptId — everything the exam page needs to (re)start where the candidate was. */
export const candidateAttemptSchema = z.object({
  id: z.uuid(),
  status: z.enum(ATTEMPT_STATUSES),
  planName: z.string(),
  sessionName: z.string(),
  roomName: z.string(),
  seatNo: z.number().int().nullable(),
  ticketNo: z.string().nullable(),
  candidateName: z.string(),
  /** Masked resident ID number, for the identity confirmation. */
  idNumberMasked: z.string().nullable(),
  identityConfirmed: z.boolean(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  /** Last moment a candidate may start (session start + late entry). */
  entryClosesAt: z.string(),
  deadlineAt: z.string().nullable(),
  serverTime: z.string(),
  remainingSeconds: z.number().int().nullable(),
  totalPoints: z.number(),
  /** Empty until started; then the paper. */
  items: z.array(candidateItemSchema),
  answers: z.array(candidateAnswerSchema),
  cursor: z.object({ position: z.number().int(), view: z.enum(['single', 'all']) }).nullable(),
  /** Signals the page should report. */
  integritySignals: z.array(z.enum(INTEGRITY_SIGNALS)),
});
export type CandidateAttempt = z.infer<typeof candidateAttemptSchema>;

/** POST /api/attempts/:attemptId/events — integrity signals and connection changes, batched by the page. */
export const attemptEventsBodySchema = z.strictObject({
  events: z
    .array(
      z.strictObject({
        kind: z.enum([...INTEGRITY_SIGNALS, 'offline', 'online']),
        at: z.iso.datetime(),
        detail: z.record(z.string(), z.union([z.string().max(200), z.number(), z.boolean()])).optional(),
      }),
    )
    .min(1)
    .max(200),
});
export type AttemptEventsBody = z.infer<typeof attemptEventsBodySchema>;

/** Where the candidate is on the paper (question position and view), for resuming elsewhere. */
export const attemptCursorSchema = z.strictObject({
  position: z.number().int().min(1).max(500),
  view: z.enum(['single', 'all']),
});

/** POST /api/attempts/:attemptId/heartbeat — keeps "last contact"; the page may say where the candidate is. */
export const attemptHeartbeatBodySchema = z.strictObject({ cursor: attemptCursorSchema.nullable().optional() });
export type AttemptHeartbeatBody = z.infer<typeof attemptHeartbeatBodySchema>;

/** The server's clock for an attempt (heartbeat answer). */
export const attemptClockSchema = z.object({
  status: z.enum(ATTEMPT_STATUSES),
  serverTime: z.string(),
  /** Seconds left (null before start; frozen while paused; 0 once submitted). */
  remainingSeconds: z.number().int().nullable(),
  deadlineAt: z.string().nullable(),
});
export type AttemptClock = z.infer<typeof attemptClockSchema>;

/** POST /api/attempts/:attemptId/events answer: how many events were stored (signals outside an attempt in
 * progress or paused are ignored). */
export const attemptEventsResultSchema = z.object({ accepted: z.number().int() });
export type AttemptEventsResult = z.infer<typeof attemptEventsResultSchema>;
