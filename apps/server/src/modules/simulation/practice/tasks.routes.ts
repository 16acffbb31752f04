import {
  type SimTaskSummary,
  simTaskCopySchema,
  simTaskDetailSchema,
  simTaskListQuerySchema,
  simTaskListSchema,
  simTaskSaveSchema,
  simTaskStatusSchema,
} from '@crossskill/contracts';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { sendXlsx, toXlsx, type XlsxColumn } from '../../../platform/excel.js';
import { type App, access, errorResponses } from '../../../platform/http/index.js';
import { AUTHOR_ROLES } from './common.js';
import { copyTask, createTask, getTask, listTasks, reviseTask, setTaskStatus } from './tasks.service.js';

const tags = ['simulation'];
const errors = { ...errorResponses, 422: errorResponses[409] };
const authors = access.anyRole(...AUTHOR_ROLES);
const taskParams = z.strictObject({ taskId: z.uuid() });
/** Authors in several organisations say which one a new task belongs to (default: their first). */
const targetQuery = z.strictObject({ orgId: z.uuid().optional() });

export function registerTaskRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/sim/tasks',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '实训任务列表 Simulation tasks (trainees: active ones; authors: the library and their organisations’)',
        querystring: simTaskListQuerySchema,
        response: { 200: simTaskListSchema, ...errors },
      },
    },
    async (req, reply) => {
      if (req.query.format !== 'xlsx') return listTasks(ctx, req.auth!, req.query);
      const all = await listTasks(ctx, req.auth!, { ...req.query, page: 1, pageSize: 5_000 });
      const zh = req.lang === 'zh';
      const status = { draft: zh ? '草稿' : 'draft', active: zh ? '启用' : 'active', retired: zh ? '停用' : 'retired' };
      const columns: XlsxColumn<SimTaskSummary>[] = [
        { header: zh ? '编号' : 'Code', width: 14, value: (t) => t.code },
        { header: zh ? '名称' : 'Title', width: 36, value: (t) => (zh ? t.title.zh : t.title.en) },
        { header: zh ? '级别' : 'Level', width: 8, value: (t) => t.level },
        { header: zh ? '工种' : 'Work type', width: 16, value: (t) => t.workType },
        { header: zh ? '职业功能' : 'Function', width: 20, value: (t) => t.weightItem },
        { header: zh ? '技能要求' : 'Skill items', width: 40, value: (t) => t.skillItems.join(', ') },
        { header: zh ? '苏州岗位类别' : 'Suzhou categories', width: 20, value: (t) => t.suzhouCategories.join('、') },
        { header: zh ? '平台' : 'Marketplace', width: 12, value: (t) => t.marketplace },
        { header: zh ? '时限（分钟）' : 'Minutes', width: 10, value: (t) => t.timeLimitMinutes },
        { header: zh ? '评分项' : 'Checks', width: 8, value: (t) => t.checkCount },
        { header: zh ? '总分' : 'Points', width: 8, value: (t) => t.totalPoints },
        { header: zh ? '状态' : 'Status', width: 8, value: (t) => status[t.status] },
        {
          header: zh ? '来源' : 'Source',
          width: 10,
          value: (t) => (t.source === 'library' ? (zh ? '平台任务库' : 'library') : zh ? '本机构' : 'own'),
        },
        { header: zh ? '版本' : 'Revision', width: 8, value: (t) => t.revision },
      ];
      const xlsx = await toXlsx(zh ? '实训任务' : 'Tasks', columns, all.items);
      return sendXlsx(reply, `${zh ? '实训任务库' : 'simulation-tasks'}.xlsx`, xlsx);
    },
  );

  app.get(
    '/api/sim/tasks/:taskId',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '实训任务详情 A task: summary, definition at the current revision, revision history',
        params: taskParams,
        response: { 200: simTaskDetailSchema, ...errors },
      },
    },
    async (req) => getTask(ctx, req.auth!, req.params.taskId),
  );

  app.post(
    '/api/sim/tasks',
    {
      config: { access: authors },
      schema: {
        tags,
        summary: '创建实训任务 Create a task (draft); the definition is validated (422 SIM_TASK_INVALID per problem)',
        querystring: targetQuery,
        body: simTaskSaveSchema,
        response: { 201: simTaskDetailSchema, ...errors },
      },
    },
    async (req, reply) => {
      const input = { definition: req.body.definition, orgId: req.query.orgId };
      const detail = await createTask(ctx, req.auth!, input, req.lang, req.ip ?? null);
      return reply.status(201).send(detail);
    },
  );

  app.put(
    '/api/sim/tasks/:taskId',
    {
      config: { access: authors },
      schema: {
        tags,
        summary: '修改实训任务 Save a new revision (library tasks are read-only: 409 SIM_TASK_READ_ONLY)',
        params: taskParams,
        body: simTaskSaveSchema,
        response: { 200: simTaskDetailSchema, ...errors },
      },
    },
    async (req) => reviseTask(ctx, req.auth!, req.params.taskId, req.body.definition, req.lang, req.ip ?? null),
  );

  app.post(
    '/api/sim/tasks/:taskId/status',
    {
      config: { access: authors },
      schema: {
        tags,
        summary: '启用/停用实训任务 Set a task draft, active or retired',
        params: taskParams,
        body: simTaskStatusSchema,
        response: { 200: simTaskDetailSchema, ...errors },
      },
    },
    async (req) => setTaskStatus(ctx, req.auth!, req.params.taskId, req.body.status, req.ip ?? null),
  );

  app.post(
    '/api/sim/tasks/:taskId/copy',
    {
      config: { access: authors },
      schema: {
        tags,
        summary: '复制实训任务 Copy a task (e.g. from the library) into the caller’s organisation as a draft',
        params: taskParams,
        querystring: targetQuery,
        body: simTaskCopySchema,
        response: { 201: simTaskDetailSchema, ...errors },
      },
    },
    async (req, reply) => {
      const input = { code: req.body.code, orgId: req.query.orgId };
      const detail = await copyTask(ctx, req.auth!, req.params.taskId, input, req.lang, req.ip ?? null);
      return reply.status(201).send(detail);
    },
  );
}
