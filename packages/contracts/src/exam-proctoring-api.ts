import { z } from 'zod';
import { ATTEMPT_STATUSES, INTEGRITY_SIGNALS, warningRulesSchema } from './exams.js';
import { fieldIssue } from './fields.js';

/**
 * Request and response schemas of the proctor console (modules/exams/proctoring; see docs/API-EXAMS.md
 * "Proctor console"): the rooms a proctor may watch, a room live, its event log, and the proctor's actions on
 * one attempt or on the whole room. Integrity signals are shown and counted here; they never fail anyone.
 */

// ---------------------------------------------------------------------------------------------------------
// Vocabularies (with labels, so the web shows them in Chinese first)

/** What the console shows per candidate (derived from the attempt's status and identity confirmation). */
export const PROCTOR_CANDIDATE_STATUSES = [
  'not_started',
  'identity_confirmed',
  'in_progress',
  'paused',
  'submitted',
] as const;
export type ProctorCandidateStatus = (typeof PROCTOR_CANDIDATE_STATUSES)[number];
export const PROCTOR_CANDIDATE_STATUS_LABELS: Readonly<Record<ProctorCandidateStatus, { zh: string; en: string }>> = {
  not_started: { zh: '未开始', en: 'Not started' },
  identity_confirmed: { zh: '已确认身份', en: 'Identity confirmed' },
  in_progress: { zh: '作答中', en: 'Answering' },
  paused: { zh: '已暂停', en: 'Paused' },
  submitted: { zh: '已交卷', en: 'Submitted' },
};

/** Last contact from the candidate's page: online < 30 s, unstable < 90 s, offline otherwise (null = never seen). */
export const CONNECTION_STATES = ['online', 'unstable', 'offline'] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];
export const CONNECTION_ONLINE_SECONDS = 30;
export const CONNECTION_UNSTABLE_SECONDS = 90;
export const CONNECTION_STATE_LABELS: Readonly<Record<ConnectionState, { zh: string; en: string }>> = {
  online: { zh: '在线', en: 'Online' },
  unstable: { zh: '不稳定', en: 'Unstable' },
  offline: { zh: '离线', en: 'Offline' },
};

/** 违纪/异常 a proctor may record. */
export const IRREGULARITY_KINDS = ['cheating_suspected', 'device_problem', 'left_seat', 'other'] as const;
export type IrregularityKind = (typeof IRREGULARITY_KINDS)[number];
export const IRREGULARITY_KIND_LABELS: Readonly<Record<IrregularityKind, { zh: string; en: string }>> = {
  cheating_suspected: { zh: '疑似作弊', en: 'Suspected cheating' },
  device_problem: { zh: '设备故障', en: 'Device problem' },
  left_seat: { zh: '离开座位', en: 'Left the seat' },
  other: { zh: '其他', en: 'Other' },
};

/** Labels of the exam_events kinds (candidate page, server and proctor); unknown kinds: show the kind itself. */
export const EXAM_EVENT_KIND_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  blur: { zh: '离开考试窗口', en: 'Left the exam window' },
  paste: { zh: '粘贴', en: 'Paste' },
  fullscreen_exit: { zh: '退出全屏', en: 'Left full screen' },
  offline: { zh: '网络断开', en: 'Went offline' },
  online: { zh: '网络恢复', en: 'Back online' },
  identity_confirmed: { zh: '确认身份', en: 'Identity confirmed' },
  started: { zh: '开始作答', en: 'Started' },
  /** detail.reason: candidate 考生交卷 / deadline 到时收卷 / proctor 监考强制交卷. */
  submitted: { zh: '交卷', en: 'Submitted' },
  late_save_refused: { zh: '超时保存被拒绝', en: 'Late save refused' },
  extra_time: { zh: '延长时间', en: 'Extra time' },
  pause: { zh: '暂停考试', en: 'Paused' },
  resume: { zh: '恢复考试', en: 'Resumed' },
  irregularity: { zh: '记录违纪/异常', en: 'Irregularity recorded' },
  force_submit: { zh: '强制交卷', en: 'Forced submission' },
};

/** The kinds of exam_events rows the proctor console writes (detail: see each action). */
export const PROCTOR_EVENT_KINDS = ['extra_time', 'pause', 'resume', 'irregularity', 'force_submit'] as const;
export type ProctorEventKind = (typeof PROCTOR_EVENT_KINDS)[number];

// ---------------------------------------------------------------------------------------------------------
// Rooms

/** GET /api/proctoring/rooms — optional window on the session start (both inclusive). */
export const proctorRoomListQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type ProctorRoomListQuery = z.infer<typeof proctorRoomListQuerySchema>;

export const proctorRoomSchema = z.object({
  roomId: z.uuid(),
  roomName: z.string(),
  location: z.string().nullable(),
  seats: z.number().int(),
  sessionId: z.uuid(),
  sessionName: z.string(),
  startsAt: z.string(),
  /** startsAt + duration (candidates with extra time may finish later). */
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  sessionClosedAt: z.string().nullable(),
  planId: z.uuid(),
  planName: z.string(),
  orgId: z.uuid(),
  level: z.number().int(),
  workType: z.string().nullable(),
  proctors: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The caller is one of the room's proctors. */
  assignedToMe: z.boolean(),
  counts: z.object({
    candidates: z.number().int(),
    inProgress: z.number().int(),
    paused: z.number().int(),
    submitted: z.number().int(),
  }),
});
export type ProctorRoom = z.infer<typeof proctorRoomSchema>;
export const proctorRoomListSchema = z.object({ items: z.array(proctorRoomSchema) });
export type ProctorRoomList = z.infer<typeof proctorRoomListSchema>;

// ---------------------------------------------------------------------------------------------------------
// A room live

export const integrityCountsSchema = z.object({
  blur: z.number().int(),
  paste: z.number().int(),
  fullscreen_exit: z.number().int(),
});
export type IntegrityCounts = z.infer<typeof integrityCountsSchema>;

export const proctorIrregularitySchema = z.object({
  eventId: z.number().int(),
  kind: z.enum(IRREGULARITY_KINDS),
  note: z.string(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
});
export type ProctorIrregularity = z.infer<typeof proctorIrregularitySchema>;

export const proctorCandidateSchema = z.object({
  attemptId: z.uuid(),
  registrationId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  seatNo: z.number().int().nullable(),
  ticketNo: z.string().nullable(),
  status: z.enum(PROCTOR_CANDIDATE_STATUSES),
  attemptStatus: z.enum(ATTEMPT_STATUSES),
  answered: z.number().int(),
  total: z.number().int(),
  /** Freshest last contact (server memory, else the database); null = the page never called. */
  lastSeenAt: z.string().nullable(),
  connection: z.enum(CONNECTION_STATES).nullable(),
  startedAt: z.string().nullable(),
  deadlineAt: z.string().nullable(),
  /** Server clock: in progress → until the deadline (≥ 0); paused → frozen at the pause; otherwise null. */
  remainingSeconds: z.number().int().nullable(),
  pausedAt: z.string().nullable(),
  /** Extra time granted so far, in minutes (may be fractional only if granted in seconds elsewhere). */
  extraMinutes: z.number(),
  submittedAt: z.string().nullable(),
  submitReason: z.enum(['candidate', 'deadline', 'proctor']).nullable(),
  signals: integrityCountsSchema,
  /** Signals whose count reached the plan's warning threshold (0 = that signal never warns). */
  warnings: z.array(z.enum(INTEGRITY_SIGNALS)),
  irregularities: z.array(proctorIrregularitySchema),
});
export type ProctorCandidate = z.infer<typeof proctorCandidateSchema>;

export const proctorRoomSummarySchema = z.object({
  candidates: z.number().int(),
  /** Identity confirmed, started, or the page has called at least once. */
  present: z.number().int(),
  notStarted: z.number().int(),
  inProgress: z.number().int(),
  paused: z.number().int(),
  submitted: z.number().int(),
  /** Not submitted and seen before but silent ≥ 90 s. */
  offline: z.number().int(),
  /** Not submitted, silent 30–90 s. */
  unstable: z.number().int(),
  /** Candidates with at least one warning. */
  withWarnings: z.number().int(),
});
export type ProctorRoomSummary = z.infer<typeof proctorRoomSummarySchema>;

/** GET /api/proctoring/rooms/:roomId — polled every few seconds. */
export const proctorRoomLiveSchema = z.object({
  room: proctorRoomSchema,
  serverTime: z.string(),
  warningRules: warningRulesSchema,
  summary: proctorRoomSummarySchema,
  /** By seat number. */
  candidates: z.array(proctorCandidateSchema),
});
export type ProctorRoomLive = z.infer<typeof proctorRoomLiveSchema>;

// ---------------------------------------------------------------------------------------------------------
// Event log

/** GET /api/proctoring/rooms/:roomId/events — `after`: the last id you have (polling); without it the latest. */
export const proctorEventsQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  attemptId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export interface ProctorEventsQuery {
  after?: number;
  attemptId?: string;
  limit?: number;
}

export const proctorEventSchema = z.object({
  id: z.number().int(),
  attemptId: z.uuid(),
  candidateName: z.string(),
  seatNo: z.number().int().nullable(),
  /** See EXAM_EVENT_KIND_LABELS. */
  kind: z.string(),
  at: z.string(),
  /** When the page says it happened (integrity signals come in batches). */
  clientAt: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
});
export type ProctorEvent = z.infer<typeof proctorEventSchema>;

export const proctorEventListSchema = z.object({
  /** Oldest first. */
  items: z.array(proctorEventSchema),
  /** Pass as `after` next time (the `after` you sent when nothing is new). */
  lastId: z.number().int(),
});
export type ProctorEventList = z.infer<typeof proctorEventListSchema>;

// ---------------------------------------------------------------------------------------------------------
// Actions (each writes an exam_events row and an audit row in one transaction)

const reasonSchema = z.string().trim().min(2).max(500);

/** POST /api/proctoring/attempts/:attemptId/extra-time */
export const extraTimeBodySchema = z.strictObject({
  minutes: z.number().int().min(1).max(60),
  reason: reasonSchema,
});
export type ExtraTimeBody = z.infer<typeof extraTimeBodySchema>;

/** POST …/attempts/:attemptId/pause|resume|force-submit and …/rooms/:roomId/pause|resume */
export const proctorReasonBodySchema = z.strictObject({ reason: reasonSchema });
export type ProctorReasonBody = z.infer<typeof proctorReasonBodySchema>;

/** POST /api/proctoring/attempts/:attemptId/irregularity — `note` is required for kind 'other'. */
export const irregularityBodySchema = z
  .strictObject({
    kind: z.enum(IRREGULARITY_KINDS),
    note: z.string().trim().max(1000).default(''),
  })
  .refine((v) => v.kind !== 'other' || v.note.length > 0, {
    ...fieldIssue('IRREGULARITY_NOTE_REQUIRED'),
    path: ['note'],
  });
export type IrregularityBody = z.input<typeof irregularityBodySchema>;

/** Answer of every per-attempt action: the candidate's row as the live view shows it after the change. */
export const proctorActionResultSchema = proctorCandidateSchema;
export type ProctorActionResult = ProctorCandidate;

/** Answer of the room-wide pause / resume. */
export const proctorRoomActionResultSchema = z.object({
  /** Attempts paused (or resumed). */
  changed: z.number().int(),
  /** Attempts left alone (not in a state the action applies to). */
  skipped: z.number().int(),
  attemptIds: z.array(z.uuid()),
});
export type ProctorRoomActionResult = z.infer<typeof proctorRoomActionResultSchema>;
