// Final results, appeals (复核) and the ability evaluation report — owned by modules/results (docs/API-RESULTS.md).
import { z } from 'zod';
import { fieldIssue } from './fields.js';
import { ROLES } from './roles.js';

const loc = z.object({ zh: z.string(), en: z.string() });

/** The components of a final result: theory (理论知识), skill (操作技能), review (综合评审, levels 2/1). */
export const RESULT_COMPONENTS = ['theory', 'skill', 'review'] as const;
export type ResultComponent = (typeof RESULT_COMPONENTS)[number];

/** Chinese / English names of the components (messages, Excel, pages). */
export const RESULT_COMPONENT_LABELS: Record<ResultComponent, { zh: string; en: string }> = {
  theory: { zh: '理论知识考试', en: 'theory exam' },
  skill: { zh: '操作技能考核', en: 'skill assessment' },
  review: { zh: '综合评审', en: 'comprehensive review' },
};

/**
 * One component of a candidate's result: `scored` (score present), `absent` (缺考: no attempt / no review),
 * `marking` (评分中: an attempt exists but is not final yet).
 */
export const COMPONENT_STATES = ['scored', 'absent', 'marking'] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

export const resultComponentSchema = z.object({
  component: z.enum(RESULT_COMPONENTS),
  state: z.enum(COMPONENT_STATES),
  score: z.number().nullable(),
  /** score ≥ pass mark; null unless scored. */
  passed: z.boolean().nullable(),
});
export type ResultComponentView = z.infer<typeof resultComponentSchema>;

export const publicationSchema = z.object({
  publishedAt: z.string(),
  publishedByName: z.string().nullable(),
  appealDays: z.number().int(),
  appealUntil: z.string(),
  /** Now inside [publishedAt, appealUntil]. */
  windowOpen: z.boolean(),
});
export type Publication = z.infer<typeof publicationSchema>;

export const finalResultRowSchema = z.object({
  registrationId: z.uuid(),
  userId: z.uuid(),
  candidateName: z.string(),
  ticketNo: z.string().nullable(),
  components: z.array(resultComponentSchema),
  /** Every required component scored and passing. */
  passed: z.boolean(),
  /** No required component still being marked. */
  ready: z.boolean(),
  /** Appeals submitted or assigned (not yet decided). */
  openAppeals: z.number().int(),
});
export type FinalResultRow = z.infer<typeof finalResultRowSchema>;

/** GET /api/exam-plans/:planId/final-results — live preview before publication, the frozen rows after it. */
export const finalResultsSchema = z.object({
  plan: z.object({
    id: z.uuid(),
    name: z.string(),
    orgName: z.string(),
    level: z.number().int(),
    levelName: z.string(),
    workType: z.string().nullable(),
    passMark: z.number(),
    /** Components required by the level (assessmentModes): theory, skill, and review for levels 2/1. */
    components: z.array(z.enum(RESULT_COMPONENTS)),
  }),
  publication: publicationSchema.nullable(),
  /** Whether the caller may publish and assign appeals (plan admin). */
  canAdminister: z.boolean(),
  summary: z.object({
    candidates: z.number().int(),
    passed: z.number().int(),
    /** passed / candidates, 0–1 (0 when no candidates). */
    passRate: z.number(),
    /** Candidates with a required component still being marked. */
    notReady: z.number().int(),
    perComponent: z.array(
      z.object({
        component: z.enum(RESULT_COMPONENTS),
        passed: z.number().int(),
        failed: z.number().int(),
        absent: z.number().int(),
        marking: z.number().int(),
      }),
    ),
  }),
  items: z.array(finalResultRowSchema),
});
export type FinalResults = z.infer<typeof finalResultsSchema>;

/** GET /api/final-results/plans — the plans the caller administers or teaches, with their publication status. */
export const resultPlanListSchema = z.object({
  items: z.array(
    z.object({
      planId: z.uuid(),
      planName: z.string(),
      orgName: z.string(),
      level: z.number().int(),
      levelName: z.string(),
      workType: z.string().nullable(),
      planStatus: z.string(),
      candidates: z.number().int(),
      publishedAt: z.string().nullable(),
      appealUntil: z.string().nullable(),
      passed: z.number().int().nullable(),
      openAppeals: z.number().int(),
    }),
  ),
});
export type ResultPlanList = z.infer<typeof resultPlanListSchema>;

/** POST /api/exam-plans/:planId/final-results/publish — review period (复核期) in days. */
export const publishResultsSchema = z.strictObject({
  appealDays: z.number().int().min(1).max(30).default(7),
});
export type PublishResultsBody = z.input<typeof publishResultsSchema>;

export const APPEAL_STATUSES = ['submitted', 'assigned', 'decided'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_OUTCOMES = ['upheld', 'changed'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

const reasonSchema = z.string().trim().min(10, fieldIssue('APPEAL_REASON_LENGTH')).max(2000);

/** POST /api/final-results/:registrationId/appeals */
export const appealSubmitSchema = z.strictObject({
  component: z.enum(RESULT_COMPONENTS),
  reason: reasonSchema,
});
export type AppealSubmitBody = z.input<typeof appealSubmitSchema>;

/** POST /api/appeals/:appealId/assign */
export const appealAssignSchema = z.strictObject({ assigneeId: z.uuid() });
export type AppealAssignBody = z.input<typeof appealAssignSchema>;

/** POST /api/appeals/:appealId/decide — `newScore` required (0–100, 2 decimals) when the outcome is 'changed'. */
export const appealDecideSchema = z
  .strictObject({
    outcome: z.enum(APPEAL_OUTCOMES),
    newScore: z.number().min(0).max(100).optional(),
    reason: reasonSchema,
  })
  .refine(
    (v) => v.outcome !== 'changed' || (v.newScore !== undefined && Math.round(v.newScore * 100) === v.newScore * 100),
    {
      ...fieldIssue('APPEAL_NEW_SCORE_REQUIRED'),
      path: ['newScore'],
    },
  );
export type AppealDecideBody = z.input<typeof appealDecideSchema>;

/** An appeal as the candidate and the plan staff see it. */
export const appealSchema = z.object({
  id: z.uuid(),
  registrationId: z.uuid(),
  planId: z.uuid(),
  component: z.enum(RESULT_COMPONENTS),
  reason: z.string(),
  status: z.enum(APPEAL_STATUSES),
  submittedAt: z.string(),
  assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  assignedAt: z.string().nullable(),
  outcome: z.enum(APPEAL_OUTCOMES).nullable(),
  previousScore: z.number().nullable(),
  newScore: z.number().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type Appeal = z.infer<typeof appealSchema>;

/** GET /api/exam-plans/:planId/appeals */
export const planAppealListSchema = z.object({
  items: z.array(appealSchema.extend({ candidateName: z.string(), ticketNo: z.string().nullable() })),
});
export type PlanAppealList = z.infer<typeof planAppealListSchema>;

/** GET /api/appeals/:appealId/assignable — the pool, with why someone is excluded. */
export const assignableSchema = z.object({
  items: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      orgName: z.string(),
      roles: z.array(z.enum(ROLES)),
      eligible: z.boolean(),
      /** Why not eligible (original scorer, the candidate …); null when eligible. */
      reason: loc.nullable(),
    }),
  ),
});
export type Assignable = z.infer<typeof assignableSchema>;

/** GET /api/my/final-results — published results of my registrations. */
export const myFinalResultsSchema = z.object({
  items: z.array(
    z.object({
      registrationId: z.uuid(),
      planId: z.uuid(),
      planName: z.string(),
      orgName: z.string(),
      level: z.number().int(),
      levelName: z.string(),
      workType: z.string().nullable(),
      ticketNo: z.string().nullable(),
      passMark: z.number(),
      components: z.array(resultComponentSchema),
      passed: z.boolean(),
      publishedAt: z.string(),
      appealFrom: z.string(),
      appealUntil: z.string(),
      windowOpen: z.boolean(),
      appeals: z.array(appealSchema),
    }),
  ),
});
export type MyFinalResults = z.infer<typeof myFinalResultsSchema>;

/** GET /api/appeals/assigned — my re-marking tasks. */
export const appealTaskListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      planId: z.uuid(),
      planName: z.string(),
      levelName: z.string(),
      component: z.enum(RESULT_COMPONENTS),
      ticketNo: z.string().nullable(),
      status: z.enum(APPEAL_STATUSES),
      assignedAt: z.string().nullable(),
      outcome: z.enum(APPEAL_OUTCOMES).nullable(),
      decidedAt: z.string().nullable(),
    }),
  ),
});
export type AppealTaskList = z.infer<typeof appealTaskListSchema>;

/** GET /api/appeals/:appealId — what to re-mark (candidate reduced to the ticket number). */
export const appealDetailSchema = z.object({
  id: z.uuid(),
  plan: z.object({ id: z.uuid(), name: z.string(), levelName: z.string(), passMark: z.number() }),
  component: z.enum(RESULT_COMPONENTS),
  ticketNo: z.string().nullable(),
  reason: z.string(),
  status: z.enum(APPEAL_STATUSES),
  submittedAt: z.string(),
  assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The component's score in the published result. */
  currentScore: z.number().nullable(),
  /** Per item (theory), per task (skill) or per member (review, anonymised as 委员 1, 2 …). */
  breakdown: z.array(
    z.object({
      label: z.string(),
      points: z.number().nullable(),
      score: z.number().nullable(),
      comment: z.string().nullable(),
    }),
  ),
  /** Whether the caller is the assignee and the appeal is open (shows the decision form). */
  canDecide: z.boolean(),
  outcome: z.enum(APPEAL_OUTCOMES).nullable(),
  previousScore: z.number().nullable(),
  newScore: z.number().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type AppealDetail = z.infer<typeof appealDetailSchema>;

// --- ability report ---
// 能力评价报告 (modules/results/report; docs/API-RESULTS.md "Ability evaluation report"). Rates are percentages.

const reportText = z.object({ zh: z.string(), en: z.string() });
const reportComponent = z.object({
  /** none = no attempt; pending = not final yet. */
  status: z.enum(['none', 'pending', 'final']),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
});

/** A theory weight-table row: weight (%), points and score on the paper, the same on the 100-point scale. */
export const abilityTheoryRowSchema = z.object({
  item: z.string(),
  group: z.enum(['基本要求', '相关知识要求', '技能要求']).nullable(),
  weight: z.number().nullable(),
  paperPoints: z.number(),
  paperScore: z.number(),
  available: z.number(),
  score: z.number(),
  rate: z.number().nullable(),
});
export type AbilityTheoryRow = z.infer<typeof abilityTheoryRowSchema>;

/** A skill blueprint row (skill weight table): points (= weight %), the run's score after overrides, the task. */
export const abilitySkillRowSchema = z.object({
  item: z.string(),
  weight: z.number().nullable(),
  points: z.number(),
  score: z.number(),
  rate: z.number().nullable(),
  taskCode: z.string().nullable(),
  taskTitle: reportText.nullable(),
});
export type AbilitySkillRow = z.infer<typeof abilitySkillRowSchema>;

/** An occupational function (职业功能), theory and skill rows combined, weighted by points. */
export const abilityFunctionSchema = z.object({
  name: z.string(),
  /** basic = 基本要求 rows (职业道德, 基础知识), theory only. */
  kind: z.enum(['basic', 'function']),
  theoryAvailable: z.number(),
  theoryScore: z.number(),
  skillAvailable: z.number(),
  skillScore: z.number(),
  rate: z.number().nullable(),
  /** strength ≥ 80 %, weak < pass mark, adequate between, none = nothing examined. */
  band: z.enum(['strength', 'adequate', 'weak', 'none']),
});
export type AbilityFunction = z.infer<typeof abilityFunctionSchema>;

export const abilityPracticeTaskSchema = z.object({
  kind: z.literal('practice'),
  taskId: z.uuid(),
  code: z.string(),
  title: reportText,
  marketplace: z.string(),
  /** Path of the practice page in the web app. */
  url: z.string(),
});
/** A course covering the function (no course module yet: always empty). */
export const abilityCourseSchema = z.object({ kind: z.literal('course'), title: z.string(), url: z.string() });

export const abilityStrengthSchema = z.object({ name: z.string(), rate: z.number(), sentence: reportText });
export const abilityToTrainSchema = z.object({
  name: z.string(),
  rate: z.number(),
  sentence: reportText,
  practice: z.array(abilityPracticeTaskSchema),
  courses: z.array(abilityCourseSchema),
});
export type AbilityToTrain = z.infer<typeof abilityToTrainSchema>;

/** GET /api/final-results/:registrationId/report (…/report.pdf renders the same). */
export const abilityReportSchema = z.object({
  registrationId: z.uuid(),
  planId: z.uuid(),
  planName: z.string(),
  candidateName: z.string(),
  ticketNo: z.string().nullable(),
  orgName: z.string(),
  occupation: z.object({ code: z.string(), name: z.string() }),
  level: z.number().int(),
  levelName: z.string(),
  workType: z.string().nullable(),
  standardVersion: z.object({ id: z.uuid(), label: z.string(), title: z.string() }),
  passMark: z.number(),
  strengthMark: z.number(),
  theory: reportComponent,
  skill: reportComponent,
  review: z.object({ required: z.boolean(), score: z.number().nullable(), passed: z.boolean().nullable() }),
  /** The plan result frozen at publication (null before). */
  passed: z.boolean().nullable(),
  publishedAt: z.string().nullable(),
  generatedAt: z.string(),
  theoryRows: z.array(abilityTheoryRowSchema),
  skillRows: z.array(abilitySkillRowSchema),
  functions: z.array(abilityFunctionSchema),
  strengths: z.array(abilityStrengthSchema),
  toTrain: z.array(abilityToTrainSchema),
});
export type AbilityReport = z.infer<typeof abilityReportSchema>;
