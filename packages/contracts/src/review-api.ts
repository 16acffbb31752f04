// Comprehensive review (综合评审) API shapes — owned by modules/review (see docs/API-REVIEW.md).
import { z } from 'zod';
import { fieldIssue } from './fields.js';

/** Largest material a candidate may upload (PDF, DOCX, JPEG, PNG). */
export const REVIEW_MATERIAL_MAX_BYTES = 20 * 1024 * 1024;
export const REVIEW_MATERIAL_KINDS = ['work_report', 'achievement', 'other'] as const;
export type ReviewMaterialKind = (typeof REVIEW_MATERIAL_KINDS)[number];
export const REVIEW_COMBINE_RULES = ['mean', 'trimmed_mean'] as const;
export type ReviewCombineRule = (typeof REVIEW_COMBINE_RULES)[number];

const isoDateTime = z.iso.datetime({ offset: true });
const NUL = String.fromCharCode(0);
/** Text a person typed: trimmed, no NUL (PostgreSQL text cannot hold it). */
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !s.includes(NUL), { message: 'NUL character' });

/** A broken review rule (003 §1.9.3 / §1.9.4 / the plan's rule), with the field it belongs to. */
export const reviewProblemSchema = z.object({ code: z.string(), field: z.string(), message: z.string() });
export type ReviewProblem = z.infer<typeof reviewProblemSchema>;

export const reviewDefenceSchema = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
});
export type ReviewDefence = z.infer<typeof reviewDefenceSchema>;

export const reviewMaterialSchema = z.object({
  id: z.uuid(),
  kind: z.enum(REVIEW_MATERIAL_KINDS),
  title: z.string(),
  fileName: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  uploadedAt: z.string(),
});
export type ReviewMaterial = z.infer<typeof reviewMaterialSchema>;

/** PUT /api/exam-plans/:planId/review — the settings (the rules are checked by the server, 422 with details). */
export const reviewSettingsSaveSchema = z.strictObject({
  combineRule: z.enum(REVIEW_COMBINE_RULES),
  materialsDeadline: isoDateTime,
  /** Default defence length; ≥ 15 minutes (003 §1.9.4), checked by the server. */
  defenceMinutes: z.number().int().min(1).max(600),
});

/** GET /api/exam-plans/:planId/review — the plan's review (status 'none' until saved) with its current problems. */
export const reviewPartSchema = z.object({
  planId: z.uuid(),
  planName: z.string(),
  level: z.number().int(),
  levelName: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  status: z.enum(['none', 'draft', 'published']),
  combineRule: z.enum(REVIEW_COMBINE_RULES),
  materialsDeadline: z.string().nullable(),
  defenceMinutes: z.number().int(),
  members: z.array(z.object({ userId: z.uuid(), name: z.string(), chair: z.boolean() })),
  approvedCandidates: z.number().int(),
  scheduledDefences: z.number().int(),
  /** Rules broken today (empty when it can be published). */
  problems: z.array(reviewProblemSchema),
  resultsPublished: z.boolean(),
  /** Whether the caller may publish and set the committee (the plan's institution admin). */
  canAdminister: z.boolean(),
});
export type ReviewPart = z.infer<typeof reviewPartSchema>;

export const reviewPublishSchema = z.strictObject({});

/** PUT /api/exam-plans/:planId/review/committee */
export const reviewCommitteeSaveSchema = z.strictObject({
  members: z
    .array(z.strictObject({ userId: z.uuid(), chair: z.boolean() }))
    .max(51)
    .refine((m) => new Set(m.map((x) => x.userId)).size === m.length, { message: 'duplicate member' }),
});

/** GET /api/exam-plans/:planId/review/member-options — review members who may sit, with their conflicts. */
export const reviewMemberOptionsSchema = z.object({
  items: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      orgNames: z.array(z.string()),
      /** Candidates of the plan sharing an organisation with this person (they cannot sit then). */
      conflicts: z.array(z.string()),
    }),
  ),
});
export type ReviewMemberOptions = z.infer<typeof reviewMemberOptionsSchema>;

export const reviewCandidateRowSchema = z.object({
  registrationId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  ticketNo: z.string().nullable(),
  materials: z.number().int(),
  defence: reviewDefenceSchema.nullable(),
  scored: z.number().int(),
  members: z.number().int(),
  /** Combined score by the plan's rule (2 decimals), null until every member has scored. */
  score: z.number().nullable(),
});
export type ReviewCandidateRow = z.infer<typeof reviewCandidateRowSchema>;
export const reviewCandidatesSchema = z.object({ items: z.array(reviewCandidateRowSchema) });
export type ReviewCandidates = z.infer<typeof reviewCandidatesSchema>;

/** PUT /api/exam-plans/:planId/review/defences/:registrationId */
export const reviewDefenceSaveSchema = z.strictObject({
  startsAt: isoDateTime,
  durationMinutes: z.number().int().min(1).max(600),
  location: text(1, 200),
});

/** POST /api/exam-plans/:planId/review/defences/auto — every unscheduled candidate, one after another. */
export const reviewDefenceAutoSchema = z.strictObject({
  startsAt: isoDateTime,
  durationMinutes: z.number().int().min(1).max(600),
  breakMinutes: z.number().int().min(0).max(240).default(0),
  location: text(1, 200),
});

/** GET /api/review/plans — level-2/1 plans the caller is staff of, with the review's state. */
export const reviewPlanListSchema = z.object({
  items: z.array(
    z.object({
      planId: z.uuid(),
      planName: z.string(),
      level: z.number().int(),
      levelName: z.string(),
      orgName: z.string(),
      planStatus: z.string(),
      reviewStatus: z.enum(['none', 'draft', 'published']),
      members: z.number().int(),
      candidates: z.number().int(),
      /** Candidates every member has scored. */
      completed: z.number().int(),
    }),
  ),
});
export type ReviewPlanList = z.infer<typeof reviewPlanListSchema>;

/** GET /api/my/reviews — my reviews as a candidate (published ones). */
export const myReviewsSchema = z.object({
  items: z.array(
    z.object({
      registrationId: z.uuid(),
      planId: z.uuid(),
      planName: z.string(),
      levelName: z.string(),
      orgName: z.string(),
      materialsDeadline: z.string(),
      /** Whether materials can still be uploaded or deleted. */
      materialsOpen: z.boolean(),
      materials: z.array(reviewMaterialSchema),
      defence: reviewDefenceSchema.nullable(),
    }),
  ),
});
export type MyReviews = z.infer<typeof myReviewsSchema>;

/** POST /api/review/registrations/:registrationId/materials?kind=&title= (multipart field "file"). */
export const reviewMaterialUploadQuerySchema = z.strictObject({
  kind: z.enum(REVIEW_MATERIAL_KINDS),
  title: text(1, 200),
});

/** GET /api/review/my-tasks — candidates I score as a committee member. */
export const reviewTasksSchema = z.object({
  items: z.array(
    z.object({
      registrationId: z.uuid(),
      planId: z.uuid(),
      planName: z.string(),
      levelName: z.string(),
      candidateName: z.string(),
      ticketNo: z.string().nullable(),
      materials: z.number().int(),
      defence: reviewDefenceSchema.nullable(),
      chair: z.boolean(),
      myScore: z.number().nullable(),
      scoringOpen: z.boolean(),
    }),
  ),
});
export type ReviewTasks = z.infer<typeof reviewTasksSchema>;

export const reviewMemberScoreSchema = z.object({
  memberId: z.uuid(),
  name: z.string(),
  chair: z.boolean(),
  score: z.number().nullable(),
  comment: z.string().nullable(),
  scoredAt: z.string().nullable(),
});

/** GET /api/review/registrations/:registrationId — for a committee member (own score) or plan staff (all). */
export const reviewRegistrationSchema = z.object({
  registrationId: z.uuid(),
  planId: z.uuid(),
  planName: z.string(),
  levelName: z.string(),
  candidateName: z.string(),
  ticketNo: z.string().nullable(),
  combineRule: z.enum(REVIEW_COMBINE_RULES),
  materials: z.array(reviewMaterialSchema),
  defence: reviewDefenceSchema.nullable(),
  isMember: z.boolean(),
  myScore: z.object({ score: z.number(), comment: z.string(), scoredAt: z.string() }).nullable(),
  /** Every member's score: plan staff only (null for members). */
  scores: z.array(reviewMemberScoreSchema).nullable(),
  combined: z.object({ score: z.number().nullable(), scored: z.number().int(), members: z.number().int() }),
  scoringOpen: z.boolean(),
  /** Why scoring is not open (a localised sentence), null when open. */
  scoringNote: z.string().nullable(),
});
export type ReviewRegistration = z.infer<typeof reviewRegistrationSchema>;

const twoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

/** PUT /api/review/registrations/:registrationId/score */
export const reviewScoreSaveSchema = z.strictObject({
  score: z.number().min(0).max(100).refine(twoDecimals, fieldIssue('REVIEW_SCORE_DECIMALS')),
  comment: text(0, 2000).refine((s) => [...s].length >= 10, fieldIssue('REVIEW_COMMENT_LENGTH')),
});
