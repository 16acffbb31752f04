import {
  mySkillExamsSchema,
  skillAttemptRowsSchema,
  skillAttemptSchema,
  skillOverrideSchema,
  skillPartListSchema,
  skillPartPublishSchema,
  skillPartSaveSchema,
  skillPartSchema,
  skillReviewSchema,
} from '@crossskill/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { sendXlsx, toXlsx, type XlsxColumn } from '../../../platform/excel.js';
import { type App, access, errorResponses } from '../../../platform/http/index.js';
import { getAttempt, startAttempt, submitAttempt } from './attempts.service.js';
import { getPart, publishPart, savePart } from './part.service.js';
import {
  attemptRows,
  finalizeAttempt,
  listParts,
  mySkillExams,
  overrideCheck,
  reviewAttempt,
} from './review.service.js';

const tags = ['skill-exams'];
const errors = { ...errorResponses, 422: errorResponses[409] };
const ipOf = (req: FastifyRequest) => req.ip ?? null;

/** Plan staff (checked per plan): institution admin or lecturer of the plan's organisation, platform admin. */
const planStaff = access.anyRole('institution_admin', 'lecturer', 'platform_admin');
/** Examiners (checked per part) and plan staff. */
const reviewers = access.anyRole('examiner', 'institution_admin', 'lecturer', 'platform_admin');
/** Only examiners of the part (or a platform admin) change scores. */
const scorers = access.anyRole('examiner', 'platform_admin');
const signedIn = access.authenticated();

const planParams = z.strictObject({ planId: z.uuid() });
const attemptParams = z.strictObject({ attemptId: z.uuid() });
const checkParams = z.strictObject({ attemptId: z.uuid(), runId: z.uuid(), checkId: z.string().min(1).max(80) });
const rowsQuery = z.strictObject({ format: z.enum(['json', 'xlsx']).default('json') });

type AttemptRowItem = z.infer<typeof skillAttemptRowsSchema>['items'][number];

export function registerSkillExamRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/exam-plans/:planId/skill',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '技能考核安排 The skill part of a plan (null when none), with the weight table and staffing check',
        params: planParams,
        response: { 200: skillPartSchema.nullable(), ...errors },
      },
    },
    async (req) => getPart(ctx, req.auth!, req.params.planId, req.lang),
  );

  app.put(
    '/api/exam-plans/:planId/skill',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary:
          '保存技能考核 Blueprint from the skill weight table, time (≥ 90 min), examiners (odd, ≥ 3, ≥ 1 per 15 candidates)',
        params: planParams,
        body: skillPartSaveSchema,
        response: { 200: skillPartSchema, ...errors },
      },
    },
    async (req) => savePart(ctx, req.auth!, req.params.planId, req.body, req.lang, ipOf(req)),
  );

  app.post(
    '/api/exam-plans/:planId/skill/publish',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '发布技能考核 Publish the skill part (the rules are checked again)',
        params: planParams,
        body: skillPartPublishSchema.optional(),
        response: { 200: skillPartSchema, ...errors },
      },
    },
    async (req) => publishPart(ctx, req.auth!, req.params.planId, req.lang, ipOf(req)),
  );

  app.get(
    '/api/skill-parts',
    {
      config: { access: reviewers },
      schema: {
        tags,
        summary: '技能考核列表 Skill parts I examine or follow',
        response: { 200: skillPartListSchema, ...errors },
      },
    },
    async (req) => listParts(ctx, req.auth!),
  );

  app.get(
    '/api/exam-plans/:planId/skill/attempts',
    {
      config: { access: reviewers },
      schema: {
        tags,
        summary: '考生列表 Candidates’ skill attempts with scores; ?format=xlsx for Excel',
        params: planParams,
        querystring: rowsQuery,
        response: { 200: skillAttemptRowsSchema, ...errors },
      },
    },
    async (req, reply) => {
      const rows = await attemptRows(ctx, req.auth!, req.params.planId);
      if (req.query.format !== 'xlsx') return rows;
      const zh = req.lang === 'zh';
      const statusLabel = (s: string) =>
        zh ? ({ in_progress: '考试中', submitted: '待确认', final: '已确认' }[s] ?? s) : s;
      const columns: XlsxColumn<AttemptRowItem>[] = [
        { header: zh ? '准考证号' : 'Ticket no.', width: 20, value: (r) => r.ticketNo },
        { header: zh ? '姓名' : 'Name', width: 14, value: (r) => r.candidateName },
        { header: zh ? '状态' : 'Status', width: 10, value: (r) => statusLabel(r.status) },
        { header: zh ? '自动评分' : 'Automatic score', width: 12, value: (r) => r.autoScore },
        { header: zh ? '成绩' : 'Score', width: 10, value: (r) => r.score },
        {
          header: zh ? '合格/不合格' : 'Pass/fail',
          width: 12,
          value: (r) => (r.passed === null ? null : r.passed ? (zh ? '合格' : 'Pass') : zh ? '不合格' : 'Fail'),
        },
        { header: zh ? '调整项数' : 'Overrides', width: 10, value: (r) => r.overrides },
        { header: zh ? '交卷时间' : 'Submitted', width: 22, value: (r) => r.submittedAt },
      ];
      const xlsx = await toXlsx(zh ? '技能考核' : 'Skill exam', columns, rows.items);
      return sendXlsx(reply, `${zh ? '技能考核成绩' : 'skill-results'}.xlsx`, xlsx);
    },
  );

  app.post(
    '/api/exam-plans/:planId/skill/start',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '开始技能考核 Start (or resume) my skill exam: one task per blueprint row, my own parameters',
        params: planParams,
        response: { 200: skillAttemptSchema, ...errors },
      },
    },
    async (req) => startAttempt(ctx, req.auth!, req.params.planId, ipOf(req)),
  );

  app.get(
    '/api/my/skill-exams',
    {
      config: { access: signedIn },
      schema: { tags, summary: '我的技能考核 My skill exams', response: { 200: mySkillExamsSchema, ...errors } },
    },
    async (req) => mySkillExams(ctx, req.auth!),
  );

  app.get(
    '/api/skill-attempts/:attemptId',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '技能考核 An attempt (the candidate, its examiners, plan staff); the score once final',
        params: attemptParams,
        response: { 200: skillAttemptSchema, ...errors },
      },
    },
    async (req) => getAttempt(ctx, req.auth!, req.params.attemptId),
  );

  app.post(
    '/api/skill-attempts/:attemptId/submit',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '交卷 Submit my skill exam: every task is scored automatically',
        params: attemptParams,
        response: { 200: skillAttemptSchema, ...errors },
      },
    },
    async (req) => submitAttempt(ctx, req.auth!, req.params.attemptId, ipOf(req)),
  );

  app.get(
    '/api/skill-attempts/:attemptId/review',
    {
      config: { access: reviewers },
      schema: {
        tags,
        summary: '评分详情 Every check’s result with overrides, per task, for the examiners',
        params: attemptParams,
        response: { 200: skillReviewSchema, ...errors },
      },
    },
    async (req) => reviewAttempt(ctx, req.auth!, req.params.attemptId),
  );

  app.post(
    '/api/skill-attempts/:attemptId/runs/:runId/checks/:checkId/override',
    {
      config: { access: scorers },
      schema: {
        tags,
        summary: '调整评分项 Set a check’s points with a written reason (audited)',
        params: checkParams,
        body: skillOverrideSchema,
        response: { 200: skillReviewSchema, ...errors },
      },
    },
    async (req) =>
      overrideCheck(ctx, req.auth!, { ...req.params, awarded: req.body.awarded, reason: req.body.reason }, ipOf(req)),
  );

  app.post(
    '/api/skill-attempts/:attemptId/finalize',
    {
      config: { access: scorers },
      schema: {
        tags,
        summary: '确认成绩 Confirm the result; the candidate then sees it',
        params: attemptParams,
        response: { 200: skillReviewSchema, ...errors },
      },
    },
    async (req) => finalizeAttempt(ctx, req.auth!, req.params.attemptId, ipOf(req)),
  );
}
