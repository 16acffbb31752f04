import {
  distributeMarkingResultSchema,
  markingTaskListSchema,
  markingTaskSchema,
  markingTasksQuerySchema,
  myExamResultSchema,
  type PlanResultRow,
  planMarkingSchema,
  planResultsQuerySchema,
  planResultsSchema,
  planStatisticsQuerySchema,
  planStatisticsSchema,
  submitMarkSchema,
} from '@crossskill/contracts';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { sendXlsx, toXlsx, type XlsxColumn } from '../../../platform/excel.js';
import { type App, access, errorResponses } from '../../../platform/http/index.js';
import {
  distributePlanMarking,
  myResult,
  planMarking,
  planResults,
  planStatistics,
  statusLabel,
} from './results.service.js';
import { getMyTask, listMyTasks, submitMark } from './tasks.service.js';

const tags = ['exam-marking'];
const errors = { ...errorResponses, 422: errorResponses[409] };

/** Markers: examiners (each sees only their own tasks); platform admins pass the rule but own no tasks. */
const markers = access.anyRole('examiner', 'platform_admin');
/** Plan staff: institution admin or lecturer of the plan's organisation (checked per plan), platform admin. */
const planStaff = access.anyRole('institution_admin', 'lecturer', 'platform_admin');

const taskParams = z.strictObject({ taskId: z.uuid() });
const planParams = z.strictObject({ planId: z.uuid() });

export function registerMarkingRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/marking/tasks',
    {
      config: { access: markers },
      schema: {
        tags,
        summary: '我的评卷任务 My open marking tasks (blind: no candidate, no slot, no other mark), oldest first',
        querystring: markingTasksQuerySchema,
        response: { 200: markingTaskListSchema, ...errors },
      },
    },
    async (req) => listMyTasks(ctx, req.auth!, req.query),
  );

  app.get(
    '/api/marking/tasks/:taskId',
    {
      config: { access: markers },
      schema: {
        tags,
        summary: '评卷任务 One of my marking tasks (open or marked)',
        params: taskParams,
        response: { 200: markingTaskSchema, ...errors },
      },
    },
    async (req) => getMyTask(ctx, req.auth!, req.params.taskId),
  );

  app.post(
    '/api/marking/tasks/:taskId',
    {
      config: { access: markers },
      schema: {
        tags,
        summary:
          '提交评分 Mark a task: one score per rubric criterion (0 … its points, steps of 0.5); final once given',
        params: taskParams,
        body: submitMarkSchema,
        response: { 200: markingTaskSchema, ...errors },
      },
    },
    async (req) => submitMark(ctx, req.auth!, req.params.taskId, req.body),
  );

  app.get(
    '/api/exam-plans/:planId/marking',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '评卷进度 Workload per marker, progress and problems (e.g. too few markers) of a plan',
        params: planParams,
        response: { 200: planMarkingSchema, ...errors },
      },
    },
    async (req) => planMarking(ctx, req.auth!, req.params.planId, req.lang),
  );

  app.post(
    '/api/exam-plans/:planId/marking/distribute',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '分配评卷任务 Create the marking tasks still missing (after markers were added)',
        params: planParams,
        response: { 200: distributeMarkingResultSchema, ...errors },
      },
    },
    async (req) => distributePlanMarking(ctx, req.auth!, req.params.planId, req.lang),
  );

  app.get(
    '/api/exam-plans/:planId/results',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '成绩 Results per candidate with the per-function scores; ?format=xlsx for Excel',
        params: planParams,
        querystring: planResultsQuerySchema,
        response: { 200: planResultsSchema, ...errors },
      },
    },
    async (req, reply) => {
      const results = await planResults(ctx, req.auth!, req.params.planId, req.query);
      if (req.query.format !== 'xlsx') return results;
      const zh = req.lang === 'zh';
      const columns: XlsxColumn<PlanResultRow>[] = [
        { header: zh ? '准考证号' : 'Ticket no.', width: 20, value: (r) => r.ticketNo },
        { header: zh ? '姓名' : 'Name', width: 14, value: (r) => r.name },
        { header: zh ? '场次' : 'Session', width: 16, value: (r) => r.sessionName },
        { header: zh ? '考场' : 'Room', width: 12, value: (r) => r.roomName },
        { header: zh ? '座位' : 'Seat', width: 8, value: (r) => r.seatNo },
        { header: zh ? '客观题得分' : 'Objective', width: 12, value: (r) => r.objectiveScore },
        { header: zh ? '主观题得分' : 'Subjective', width: 12, value: (r) => r.subjectiveScore },
        { header: zh ? '总分' : 'Total', width: 10, value: (r) => r.total },
        {
          header: zh ? '合格/不合格' : 'Pass/fail',
          width: 12,
          value: (r) => (r.passed === null ? null : r.passed ? (zh ? '合格' : 'Pass') : zh ? '不合格' : 'Fail'),
        },
        {
          header: zh ? '状态' : 'Status',
          width: 10,
          value: (r) => statusLabel(r.status, r.resultStatus, req.lang),
        },
        ...results.functions.map(
          (f): XlsxColumn<PlanResultRow> => ({
            header: `${f.item}（${f.available}）`,
            width: 16,
            value: (r) => r.byFunction?.[f.item] ?? null,
          }),
        ),
      ];
      const xlsx = await toXlsx(zh ? '成绩' : 'Results', columns, results.items);
      return sendXlsx(reply, `${zh ? '成绩' : 'results'}-${results.planName}.xlsx`, xlsx);
    },
  );

  app.get(
    '/api/exam-plans/:planId/statistics',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '成绩统计 Distribution (10-point bins), pass rate and mean per function of the final results',
        params: planParams,
        querystring: planStatisticsQuerySchema,
        response: { 200: planStatisticsSchema, ...errors },
      },
    },
    async (req) => planStatistics(ctx, req.auth!, req.params.planId, req.query),
  );

  app.get(
    '/api/me/results/:attemptId',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '我的成绩 My result with the per-function breakdown (409 RESULT_NOT_READY until final)',
        params: z.strictObject({ attemptId: z.uuid() }),
        response: { 200: myExamResultSchema, ...errors },
      },
    },
    async (req) => myResult(ctx, req.auth!, req.params.attemptId),
  );
}
