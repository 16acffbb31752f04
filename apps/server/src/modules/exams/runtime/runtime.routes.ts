import {
  attemptClockSchema,
  attemptEventsBodySchema,
  attemptEventsResultSchema,
  attemptHeartbeatBodySchema,
  candidateAttemptSchema,
  saveAnswersBodySchema,
  saveAnswersResultSchema,
} from '@crossskill/contracts';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { type App, access, errorResponses } from '../../../platform/http/index.js';
import {
  confirmIdentity,
  getAttempt,
  heartbeat,
  recordEvents,
  startAttempt,
  submitAttempt,
} from './attempts.service.js';
import { saveAnswers } from './saves.js';

const tags = ['exam-attempt'];
const errors = { ...errorResponses, 422: errorResponses[409] };
const params = z.strictObject({ attemptId: z.uuid() });
/** Any signed-in user; the service lets only the attempt's own candidate through (403 ATTEMPT_NOT_YOURS). */
const candidate = { access: access.authenticated() };

export function registerAttemptRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/attempts/:attemptId',
    {
      config: candidate,
      schema: {
        tags,
        summary:
          '考试作答页 The candidate’s attempt: server clock, paper (once started, never the keys), saved answers',
        params,
        response: { 200: candidateAttemptSchema, ...errors },
      },
    },
    async (req) => getAttempt(ctx, req.auth!, req.params.attemptId),
  );

  app.post(
    '/api/attempts/:attemptId/confirm-identity',
    {
      config: candidate,
      schema: {
        tags,
        summary: '核对身份 The candidate confirms the name, masked ID number and seat are theirs',
        params,
        response: { 200: candidateAttemptSchema, ...errors },
      },
    },
    async (req) => confirmIdentity(ctx, req.auth!, req.params.attemptId),
  );

  app.post(
    '/api/attempts/:attemptId/start',
    {
      config: candidate,
      schema: {
        tags,
        summary: '开考 Start (from the session start until late entry closes; identity confirmed first); idempotent',
        params,
        response: { 200: candidateAttemptSchema, ...errors },
      },
    },
    async (req) => startAttempt(ctx, req.auth!, req.params.attemptId),
  );

  app.post(
    '/api/attempts/:attemptId/answers',
    {
      config: candidate,
      schema: {
        tags,
        summary: '保存作答 Versioned, idempotent autosave of one or more positions (all or nothing)',
        params,
        body: saveAnswersBodySchema,
        response: { 200: saveAnswersResultSchema, ...errors },
      },
    },
    async (req) => saveAnswers(ctx, req.auth!, req.params.attemptId, req.body),
  );

  app.post(
    '/api/attempts/:attemptId/events',
    {
      config: candidate,
      schema: {
        tags,
        summary: '诚信信号 Integrity signals and connection changes, batched (logged, never an automatic fail)',
        params,
        body: attemptEventsBodySchema,
        response: { 200: attemptEventsResultSchema, ...errors },
      },
    },
    async (req) => recordEvents(ctx, req.auth!, req.params.attemptId, req.body),
  );

  app.post(
    '/api/attempts/:attemptId/heartbeat',
    {
      config: candidate,
      schema: {
        tags,
        summary: '心跳 Keeps last contact and answers the server’s clock',
        params,
        body: attemptHeartbeatBodySchema,
        response: { 200: attemptClockSchema, ...errors },
      },
    },
    async (req) => heartbeat(ctx, req.auth!, req.params.attemptId, req.body.cursor ?? undefined),
  );

  app.post(
    '/api/attempts/:attemptId/submit',
    {
      config: candidate,
      schema: {
        tags,
        summary: '交卷 Submit: closes the attempt and scores the objective items; idempotent',
        params,
        response: { 200: candidateAttemptSchema, ...errors },
      },
    },
    async (req) => submitAttempt(ctx, req.auth!, req.params.attemptId),
  );
}
