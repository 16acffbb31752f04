import { jobSchema } from '@crossskill/contracts';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { type App, access, errorResponses } from '../http/index.js';
import { getJobFor } from './jobs.service.js';

export function registerJobRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/jobs/:jobId',
    {
      config: { access: access.authenticated() },
      schema: {
        tags: ['jobs'],
        summary: '后台任务进度 A background job: status, progress, result or error (its creator or a platform admin)',
        params: z.strictObject({ jobId: z.uuid() }),
        response: { 200: jobSchema, ...errorResponses },
      },
    },
    async (req) => getJobFor(ctx.db, req.auth!, req.params.jobId, req.lang),
  );
}
