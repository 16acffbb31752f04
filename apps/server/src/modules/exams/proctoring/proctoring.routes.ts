import {
  extraTimeBodySchema,
  irregularityBodySchema,
  proctorActionResultSchema,
  proctorEventListSchema,
  proctorEventsQuerySchema,
  proctorReasonBodySchema,
  proctorRoomActionResultSchema,
  proctorRoomListQuerySchema,
  proctorRoomListSchema,
  proctorRoomLiveSchema,
} from '@crossskill/contracts';
import type { AppContext } from '../../../platform/context.js';
import { type App, access, errorResponses, idParams } from '../../../platform/http/index.js';
import {
  forceSubmit,
  grantExtraTime,
  pauseAttempt,
  recordIrregularity,
  resumeAttempt,
  roomPauseResume,
} from './actions.js';
import { roomEvents } from './events.js';
import { listProctorRooms, roomLive } from './live.js';

const tags = ['exams-proctoring'];
const errors = { ...errorResponses, 422: errorResponses[409] };
/** The object check (assigned proctor, the plan's institution admin, platform admin) is in the service. */
const proctors = access.anyRole('proctor', 'institution_admin', 'platform_admin');
const roomParams = idParams('roomId');
const attemptParams = idParams('attemptId');

export function registerProctorRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/proctoring/rooms',
    {
      config: { access: proctors },
      schema: {
        tags,
        summary: '监考考场列表 Rooms the caller may proctor (assigned rooms; admins: their organisation’s), by start',
        querystring: proctorRoomListQuerySchema,
        response: { 200: proctorRoomListSchema, ...errors },
      },
    },
    async (req) => listProctorRooms(ctx, req.auth!, req.query),
  );

  app.get(
    '/api/proctoring/rooms/:roomId',
    {
      config: { access: proctors },
      schema: {
        tags,
        summary: '考场实时监控 A room live: per candidate status, progress, last contact, time left, integrity signals',
        params: roomParams,
        response: { 200: proctorRoomLiveSchema, ...errors },
      },
    },
    async (req) => roomLive(ctx, req.auth!, (req.params as { roomId: string }).roomId),
  );

  app.get(
    '/api/proctoring/rooms/:roomId/events',
    {
      config: { access: proctors },
      schema: {
        tags,
        summary: '考场事件记录 The room’s event log (?after=<id> for polling)',
        params: roomParams,
        querystring: proctorEventsQuerySchema,
        response: { 200: proctorEventListSchema, ...errors },
      },
    },
    async (req) => roomEvents(ctx, req.auth!, (req.params as { roomId: string }).roomId, req.query),
  );

  for (const action of ['pause', 'resume'] as const) {
    app.post(
      `/api/proctoring/rooms/:roomId/${action}`,
      {
        config: { access: proctors },
        schema: {
          tags,
          summary:
            action === 'pause'
              ? '整场暂停 Pause every in-progress attempt of the room'
              : '整场恢复 Resume every paused attempt of the room (deadlines move by the paused time)',
          params: roomParams,
          body: proctorReasonBodySchema,
          response: { 200: proctorRoomActionResultSchema, ...errors },
        },
      },
      async (req) =>
        roomPauseResume(ctx, req.auth!, (req.params as { roomId: string }).roomId, action, req.body, req.ip),
    );
  }

  app.post(
    '/api/proctoring/attempts/:attemptId/extra-time',
    {
      config: { access: proctors },
      schema: {
        tags,
        summary: '延长考试时间 Extra time for one candidate (1–60 minutes, with a reason)',
        params: attemptParams,
        body: extraTimeBodySchema,
        response: { 200: proctorActionResultSchema, ...errors },
      },
    },
    async (req) => grantExtraTime(ctx, req.auth!, (req.params as { attemptId: string }).attemptId, req.body, req.ip),
  );

  app.post(
    '/api/proctoring/attempts/:attemptId/pause',
    {
      config: { access: proctors },
      schema: {
        tags,
        summary: '暂停考试 Pause one candidate (the clock stops)',
        params: attemptParams,
        body: proctorReasonBodySchema,
        response: { 200: proctorActionResultSchema, ...errors },
      },
    },
    async (req) => pauseAttempt(ctx, req.auth!, (req.params as { attemptId: string }).attemptId, req.body, req.ip),
  );

  app.post(
    '/api/proctoring/attempts/:attemptId/resume',
    {
      config: { access: proctors },
      schema: {
        tags,
        summary: '恢复考试 Resume one candidate (the deadline moves by the paused time)',
        params: attemptParams,
        body: proctorReasonBodySchema,
        response: { 200: proctorActionResultSchema, ...errors },
      },
    },
    async (req) => resumeAttempt(ctx, req.auth!, (req.params as { attemptId: string }).attemptId, req.body, req.ip),
  );

  app.post(
    '/api/proctoring/attempts/:attemptId/irregularity',
    {
      config: { access: proctors },
      schema: {
        tags,
        summary: '记录违纪/异常 Record an irregularity (never fails anyone by itself)',
        params: attemptParams,
        body: irregularityBodySchema,
        response: { 200: proctorActionResultSchema, ...errors },
      },
    },
    async (req) =>
      recordIrregularity(ctx, req.auth!, (req.params as { attemptId: string }).attemptId, req.body, req.ip),
  );

  app.post(
    '/api/proctoring/attempts/:attemptId/force-submit',
    {
      config: { access: proctors },
      schema: {
        tags,
        summary: '强制交卷 Force submission (everything saved is kept and scored)',
        params: attemptParams,
        body: proctorReasonBodySchema,
        response: { 200: proctorActionResultSchema, ...errors },
      },
    },
    async (req) => forceSubmit(ctx, req.auth!, (req.params as { attemptId: string }).attemptId, req.body, req.ip),
  );
}
