import {
  appealAssignSchema,
  appealDecideSchema,
  appealDetailSchema,
  appealSchema,
  appealSubmitSchema,
  appealTaskListSchema,
  assignableSchema,
  type FinalResultRow,
  finalResultsSchema,
  myFinalResultsSchema,
  planAppealListSchema,
  publishResultsSchema,
  RESULT_COMPONENT_LABELS,
  resultPlanListSchema,
} from '@crossskill/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { sendXlsx, toXlsx, type XlsxColumn } from '../../platform/excel.js';
import { type App, access, errorResponses } from '../../platform/http/index.js';
import {
  appealDetail,
  assignAppeal,
  assignableFor,
  decideAppeal,
  listPlanAppeals,
  myAppealTasks,
  submitAppeal,
} from './appeals.service.js';
import { getFinalResults, listResultPlans, myFinalResults, publishResults } from './results.service.js';

const tags = ['final-results'];
const errors = { ...errorResponses, 422: errorResponses[409] };
const ipOf = (req: FastifyRequest) => req.ip ?? null;

/** Plan staff (checked per plan): institution admin or lecturer of the plan's organisation, platform admin. */
const planStaff = access.anyRole('institution_admin', 'lecturer', 'platform_admin');
/** Plan administration (publishing, assigning): the institution admin (checked per plan), platform admin. */
const planAdmin = access.anyRole('institution_admin', 'platform_admin');
/** Re-markers (checked per appeal: the assignee) and plan staff. */
const appealReaders = access.anyRole('examiner', 'review_member', 'lecturer', 'institution_admin', 'platform_admin');
const signedIn = access.authenticated();

const planParams = z.strictObject({ planId: z.uuid() });
const appealParams = z.strictObject({ appealId: z.uuid() });
const registrationParams = z.strictObject({ registrationId: z.uuid() });

export function registerFinalResultRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/final-results/plans',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '成绩发布 Plans I follow with their publication status',
        response: { 200: resultPlanListSchema, ...errors },
      },
    },
    async (req) => listResultPlans(ctx, req.auth!),
  );

  app.get(
    '/api/exam-plans/:planId/final-results',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '最终成绩 Live preview before publication, the frozen results after it; summary',
        params: planParams,
        response: { 200: finalResultsSchema, ...errors },
      },
    },
    async (req) => getFinalResults(ctx, req.auth!, req.params.planId),
  );

  app.get(
    '/api/exam-plans/:planId/final-results.xlsx',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '导出最终成绩 Final results as Excel',
        params: planParams,
        response: { ...errors },
      },
    },
    async (req, reply) => {
      const data = await getFinalResults(ctx, req.auth!, req.params.planId);
      const zh = req.lang !== 'en';
      const stateText = (r: FinalResultRow, c: (typeof data.plan.components)[number]) => {
        const x = r.components.find((y) => y.component === c)!;
        if (x.state === 'absent') return zh ? '缺考' : 'Absent';
        if (x.state === 'marking') return zh ? '评分中' : 'Being marked';
        return x.score;
      };
      const columns: XlsxColumn<FinalResultRow>[] = [
        { header: zh ? '准考证号' : 'Ticket no.', width: 20, value: (r) => r.ticketNo },
        { header: zh ? '姓名' : 'Name', width: 14, value: (r) => r.candidateName },
        ...data.plan.components.map(
          (c): XlsxColumn<FinalResultRow> => ({
            header: zh ? RESULT_COMPONENT_LABELS[c].zh : RESULT_COMPONENT_LABELS[c].en,
            width: 14,
            value: (r) => stateText(r, c),
          }),
        ),
        {
          header: zh ? '结论' : 'Result',
          width: 10,
          value: (r) => (r.passed ? (zh ? '合格' : 'Pass') : zh ? '不合格' : 'Fail'),
        },
        { header: zh ? '复核中' : 'Open appeals', width: 10, value: (r) => r.openAppeals },
      ];
      const xlsx = await toXlsx(zh ? '最终成绩' : 'Final results', columns, data.items);
      return sendXlsx(reply, `${zh ? '最终成绩' : 'final-results'}-${data.plan.name}.xlsx`, xlsx);
    },
  );

  app.post(
    '/api/exam-plans/:planId/final-results/publish',
    {
      config: { access: planAdmin },
      schema: {
        tags,
        summary: '发布成绩 Publish the final results with a review period of 1–30 days (refused while marking)',
        params: planParams,
        body: publishResultsSchema,
        response: { 200: finalResultsSchema, ...errors },
      },
    },
    async (req) => publishResults(ctx, req.auth!, req.params.planId, req.body.appealDays, ipOf(req)),
  );

  app.get(
    '/api/my/final-results',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '我的成绩 My published results, appeal windows and appeals',
        response: { 200: myFinalResultsSchema, ...errors },
      },
    },
    async (req) => myFinalResults(ctx, req.auth!),
  );

  app.post(
    '/api/final-results/:registrationId/appeals',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '申请复核 Appeal one component of my published result (inside the review period)',
        params: registrationParams,
        body: appealSubmitSchema,
        response: { 200: appealSchema, ...errors },
      },
    },
    async (req) => submitAppeal(ctx, req.auth!, req.params.registrationId, req.body, ipOf(req)),
  );

  app.get(
    '/api/exam-plans/:planId/appeals',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '复核申请 The plan’s appeals',
        params: planParams,
        response: { 200: planAppealListSchema, ...errors },
      },
    },
    async (req) => listPlanAppeals(ctx, req.auth!, req.params.planId),
  );

  app.get(
    '/api/appeals/assigned',
    {
      config: { access: appealReaders },
      schema: {
        tags,
        summary: '复核任务 Appeals assigned to me',
        response: { 200: appealTaskListSchema, ...errors },
      },
    },
    async (req) => myAppealTasks(ctx, req.auth!),
  );

  app.get(
    '/api/appeals/:appealId/assignable',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '可指派复核人员 Eligible re-markers (and who is excluded, with why)',
        params: appealParams,
        response: { 200: assignableSchema, ...errors },
      },
    },
    async (req) => assignableFor(ctx, req.auth!, req.params.appealId),
  );

  app.post(
    '/api/appeals/:appealId/assign',
    {
      config: { access: planAdmin },
      schema: {
        tags,
        summary: '指派复核 Assign a re-marker (not the candidate, not an original scorer of the component)',
        params: appealParams,
        body: appealAssignSchema,
        response: { 200: appealSchema, ...errors },
      },
    },
    async (req) => assignAppeal(ctx, req.auth!, req.params.appealId, req.body.assigneeId, ipOf(req)),
  );

  app.get(
    '/api/appeals/:appealId',
    {
      config: { access: appealReaders },
      schema: {
        tags,
        summary: '复核详情 What to re-mark: score, breakdown, the candidate’s reason (ticket number only)',
        params: appealParams,
        response: { 200: appealDetailSchema, ...errors },
      },
    },
    async (req) => appealDetail(ctx, req.auth!, req.params.appealId),
  );

  app.post(
    '/api/appeals/:appealId/decide',
    {
      config: { access: appealReaders },
      schema: {
        tags,
        summary: '复核决定 Uphold or change the score, with reasons (the assignee only)',
        params: appealParams,
        body: appealDecideSchema,
        response: { 200: appealDetailSchema, ...errors },
      },
    },
    async (req) => decideAppeal(ctx, req.auth!, req.params.appealId, req.body, ipOf(req)),
  );
}
