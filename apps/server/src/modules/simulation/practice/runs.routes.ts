import {
  simActionRequestSchema,
  simActionResponseSchema,
  simReplaySchema,
  simReportSchema,
  simRunCreateSchema,
  simRunListSchema,
  simRunSchema,
} from '@crossskill/contracts';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { type App, access, errorResponses } from '../../../platform/http/index.js';
import { applyRunAction } from './actions.service.js';
import { replayRun } from './replay.service.js';
import { checkRun, createRun, getRun, listMyRuns, resetRun } from './runs.service.js';

const tags = ['simulation'];
const errors = { ...errorResponses, 422: errorResponses[409] };
const runParams = z.strictObject({ runId: z.uuid() });
const emptyBody = z.strictObject({}).optional();
const signedIn = access.authenticated();

export function registerRunRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/sim/runs',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '开始练习 Start a practice run of an active task (fresh parameters), or a sandbox store',
        body: simRunCreateSchema,
        response: { 201: simRunSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createRun(ctx, req.auth!, req.body, req.lang)),
  );

  app.get(
    '/api/sim/runs',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '我的练习 My practice and sandbox runs',
        response: { 200: simRunListSchema, ...errors },
      },
    },
    async (req) => listMyRuns(ctx, req.auth!),
  );

  app.get(
    '/api/sim/runs/:runId',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary:
          '练习详情 A run: task, instructions with this run’s parameters, state, seq (exam candidates: no report)',
        params: runParams,
        response: { 200: simRunSchema, ...errors },
      },
    },
    async (req) => getRun(ctx, req.auth!, req.params.runId),
  );

  app.post(
    '/api/sim/runs/:runId/actions',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary:
          '店铺操作 Apply one action (409 SIM_RUN_STALE on a stale expectedSeq; refused: logged, 422 SIM_ACTION_REFUSED)',
        params: runParams,
        body: simActionRequestSchema,
        response: { 200: simActionResponseSchema, ...errors },
      },
    },
    async (req) => applyRunAction(ctx, req.auth!, req.params.runId, req.body, req.lang),
  );

  app.post(
    '/api/sim/runs/:runId/check',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '评分反馈 Score the current state against the task’s checks (practice; exam runs: 403)',
        params: runParams,
        body: emptyBody,
        response: { 200: simReportSchema, ...errors },
      },
    },
    async (req) => checkRun(ctx, req.auth!, req.params.runId),
  );

  app.post(
    '/api/sim/runs/:runId/reset',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '重置店铺 Back to the initial state, log cleared (practice and sandbox only)',
        params: runParams,
        body: emptyBody,
        response: { 200: simRunSchema, ...errors },
      },
    },
    async (req) => resetRun(ctx, req.auth!, req.params.runId),
  );

  app.get(
    '/api/sim/runs/:runId/replay',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '操作回放 Replay the action log from the initial state; matchesStored = same final state',
        params: runParams,
        response: { 200: simReplaySchema, ...errors },
      },
    },
    async (req) => replayRun(ctx, req.auth!, req.params.runId),
  );
}
