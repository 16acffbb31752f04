import {
  blueprintPreviewResultSchema,
  createExamPlanSchema,
  createExamSessionSchema,
  createRegistrationSchema,
  examPlanListQuerySchema,
  examPlanListSchema,
  examPlanSchema,
  examSessionListSchema,
  examSessionSchema,
  examStaffListSchema,
  jobAcceptedSchema,
  markersSchema,
  myRegistrationListSchema,
  openExamPlanListSchema,
  orgBlueprintPreviewSchema,
  overrideRegistrationSchema,
  planBlueprintPreviewSchema,
  registrationListQuerySchema,
  registrationListSchema,
  registrationSchema,
  type StaffRegistration,
  samplePaperQuerySchema,
  samplePaperSchema,
  setMarkersSchema,
  ticketVerifyQuerySchema,
  ticketVerifySchema,
  updateExamPlanSchema,
  updateExamSessionSchema,
} from '@crossskill/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { sendXlsx, toXlsx } from '../../../platform/excel.js';
import { requestLang } from '../../../platform/http/i18n.js';
import { type App, access, errorResponses, okSchema } from '../../../platform/http/index.js';
import {
  createPlan,
  deletePlan,
  finishPlan,
  getPlan,
  listExamStaff,
  listPlans,
  previewForOrg,
  previewForPlan,
  publishPlan,
  samplePaper,
  setMarkers,
  updatePlan,
} from './plans.service.js';
import {
  getRegistration,
  listRegistrations,
  myRegistrations,
  openPlans,
  overrideRegistration,
  register,
  withdrawRegistration,
} from './registrations.service.js';
import { registerAssignSeatsJob, requestAssignSeats } from './seats.js';
import { createSession, deleteSession, getSession, listSessions, updateSession } from './sessions.service.js';
import { ticketPdf, ticketsZip, verifyTicket } from './tickets.js';

const tags = ['exam-plans'];
const errors = { ...errorResponses, 422: errorResponses[409] };

/** Plan staff: institution admins and lecturers (of the plan's organisation, checked per plan). */
const staff = access.anyRole('platform_admin', 'institution_admin', 'lecturer');
/** Plan administration: the institution admin (checked per plan). */
const admins = access.anyRole('platform_admin', 'institution_admin');
const orgStaff = access.orgRole('institution_admin', 'lecturer');

const orgParams = z.strictObject({ orgId: z.uuid() });
const planParams = z.strictObject({ planId: z.uuid() });
const sessionParams = z.strictObject({ sessionId: z.uuid() });
const registrationParams = z.strictObject({ registrationId: z.uuid() });

const ipOf = (req: FastifyRequest) => req.ip ?? null;
const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

export function registerExamPlanRoutes(app: App, ctx: AppContext) {
  registerAssignSeatsJob();

  // -------------------------------------------------------------------------------------------------------
  // Plans

  app.get(
    '/api/orgs/:orgId/exam-plans',
    {
      config: { access: orgStaff },
      schema: {
        tags,
        summary: '鉴定计划列表 Exam plans of an organisation (with counts)',
        params: orgParams,
        querystring: examPlanListQuerySchema,
        response: { 200: examPlanListSchema, ...errors },
      },
    },
    async (req) => ({ items: await listPlans(ctx, req.params.orgId, req.query.status) }),
  );

  app.post(
    '/api/orgs/:orgId/exam-plans',
    {
      config: { access: orgStaff },
      schema: {
        tags,
        summary: '创建鉴定计划 Create an exam plan (version defaults to the one in force; pass mark from it)',
        params: orgParams,
        body: createExamPlanSchema,
        response: { 201: examPlanSchema, ...errors },
      },
    },
    async (req, reply) => {
      const plan = await createPlan(ctx, req.auth!, req.params.orgId, req.body, requestLang(req), ipOf(req));
      return reply.status(201).send(plan);
    },
  );

  app.post(
    '/api/orgs/:orgId/exam-plans/blueprint-preview',
    {
      config: { access: orgStaff },
      schema: {
        tags,
        summary:
          '蓝图预览（未建计划）Blueprint preview before a plan exists: pool per row × type, one sample, short cells',
        params: orgParams,
        body: orgBlueprintPreviewSchema,
        response: { 200: blueprintPreviewResultSchema, ...errors },
      },
    },
    async (req) => previewForOrg(ctx, req.params.orgId, req.body, requestLang(req)),
  );

  app.get(
    '/api/orgs/:orgId/exam-staff',
    {
      config: { access: orgStaff },
      schema: {
        tags,
        summary: '可选监考/考评人员 Proctors and examiners of the organisation and the platform',
        params: orgParams,
        response: { 200: examStaffListSchema, ...errors },
      },
    },
    async (req) => listExamStaff(ctx, req.auth!, req.params.orgId),
  );

  app.get(
    '/api/exam-plans/open',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '可报名的鉴定计划 Published plans open for registration (with my registration)',
        response: { 200: openExamPlanListSchema, ...errors },
      },
    },
    async (req) => openPlans(ctx, req.auth!),
  );

  app.get(
    '/api/exam-plans/:planId',
    {
      config: { access: staff },
      schema: {
        tags,
        summary: '鉴定计划详情 Plan detail with blueprint rows (item, weight %, points), types, difficulty targets',
        params: planParams,
        response: { 200: examPlanSchema, ...errors },
      },
    },
    async (req) => getPlan(ctx, req.auth!, req.params.planId, requestLang(req)),
  );

  app.patch(
    '/api/exam-plans/:planId',
    {
      config: { access: staff },
      schema: {
        tags,
        summary: '修改鉴定计划 Edit a plan (blueprint and rules frozen once papers exist)',
        params: planParams,
        body: updateExamPlanSchema,
        response: { 200: examPlanSchema, ...errors },
      },
    },
    async (req) => updatePlan(ctx, req.auth!, req.params.planId, req.body, requestLang(req), ipOf(req)),
  );

  app.delete(
    '/api/exam-plans/:planId',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '删除鉴定计划 Delete a plan without sessions or registrations',
        params: planParams,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await deletePlan(ctx, req.auth!, req.params.planId, ipOf(req));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/exam-plans/:planId/publish',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '发布鉴定计划 Publish (opens registration; the banks must fill the blueprint)',
        params: planParams,
        response: { 200: examPlanSchema, ...errors },
      },
    },
    async (req) => publishPlan(ctx, req.auth!, req.params.planId, requestLang(req), ipOf(req)),
  );

  app.post(
    '/api/exam-plans/:planId/finish',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '结束鉴定计划 Finish a plan',
        params: planParams,
        response: { 200: examPlanSchema, ...errors },
      },
    },
    async (req) => finishPlan(ctx, req.auth!, req.params.planId, requestLang(req), ipOf(req)),
  );

  app.post(
    '/api/exam-plans/:planId/blueprint-preview',
    {
      config: { access: staff },
      schema: {
        tags,
        summary: '蓝图预览 Blueprint preview: pool per row × type × difficulty, one sample assembly, short cells',
        params: planParams,
        body: planBlueprintPreviewSchema,
        response: { 200: blueprintPreviewResultSchema, ...errors },
      },
    },
    async (req) => previewForPlan(ctx, req.auth!, req.params.planId, req.body, requestLang(req)),
  );

  app.get(
    '/api/exam-plans/:planId/sample-paper',
    {
      config: { access: staff },
      schema: {
        tags,
        summary: '样卷 One assembled paper with stems and answers, for review by the plan staff',
        params: planParams,
        querystring: samplePaperQuerySchema,
        response: { 200: samplePaperSchema, ...errors },
      },
    },
    async (req) => samplePaper(ctx, req.auth!, req.params.planId, req.query.seed, requestLang(req)),
  );

  app.put(
    '/api/exam-plans/:planId/markers',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '设置考评员 Set the markers (each holds examiner in the organisation or the platform)',
        params: planParams,
        body: setMarkersSchema,
        response: { 200: markersSchema, ...errors },
      },
    },
    async (req) => setMarkers(ctx, req.auth!, req.params.planId, req.body.userIds, requestLang(req), ipOf(req)),
  );

  // -------------------------------------------------------------------------------------------------------
  // Sessions

  app.get(
    '/api/exam-plans/:planId/sessions',
    {
      config: { access: staff },
      schema: {
        tags,
        summary: '考试场次 Sessions of a plan with rooms and proctors',
        params: planParams,
        response: { 200: examSessionListSchema, ...errors },
      },
    },
    async (req) => listSessions(ctx, req.auth!, req.params.planId),
  );

  app.post(
    '/api/exam-plans/:planId/sessions',
    {
      config: { access: admins },
      schema: {
        tags,
        summary:
          '新建场次 Create a session with rooms and proctors (003 §1.9: ≥ 90 min, ≥ 2 proctors per room, ≥ 1 per 15 candidates)',
        params: planParams,
        body: createExamSessionSchema,
        response: { 201: examSessionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const s = await createSession(ctx, req.auth!, req.params.planId, req.body, requestLang(req), ipOf(req));
      return reply.status(201).send(s);
    },
  );

  app.get(
    '/api/exam-sessions/:sessionId',
    {
      config: { access: staff },
      schema: {
        tags,
        summary: '场次详情 A session with rooms, proctors and placements',
        params: sessionParams,
        response: { 200: examSessionSchema, ...errors },
      },
    },
    async (req) => getSession(ctx, req.auth!, req.params.sessionId),
  );

  app.patch(
    '/api/exam-sessions/:sessionId',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '修改场次 Edit a session before its start (same rules)',
        params: sessionParams,
        body: updateExamSessionSchema,
        response: { 200: examSessionSchema, ...errors },
      },
    },
    async (req) => updateSession(ctx, req.auth!, req.params.sessionId, req.body, requestLang(req), ipOf(req)),
  );

  app.delete(
    '/api/exam-sessions/:sessionId',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '删除场次 Delete a session before its start (placements undone)',
        params: sessionParams,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await deleteSession(ctx, req.auth!, req.params.sessionId, ipOf(req));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/exam-sessions/:sessionId/assign-seats',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '编排考场 Place approved candidates, give ticket numbers, create attempts with papers (a job)',
        params: sessionParams,
        response: { 202: jobAcceptedSchema, ...errors },
      },
    },
    async (req, reply) => {
      const job = await requestAssignSeats(ctx, req.auth!, req.params.sessionId, requestLang(req), ipOf(req));
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/api/exam-sessions/:sessionId/tickets.zip',
    {
      config: { access: staff },
      schema: {
        tags,
        summary: '批量下载准考证 Every placed candidate’s admission ticket of the session (zip of PDFs)',
        params: sessionParams,
      },
    },
    async (req, reply) => {
      const { zip, filename } = await ticketsZip(ctx, req.auth!, req.params.sessionId, originOf(req));
      return reply
        .type('application/zip')
        .header(
          'content-disposition',
          `attachment; filename="tickets.zip"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        )
        .send(Buffer.from(zip));
    },
  );

  // -------------------------------------------------------------------------------------------------------
  // Registration

  app.post(
    '/api/exam-plans/:planId/registrations',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '报名 Register for a published plan; eligibility checked with the standard (003 §1.8)',
        params: planParams,
        body: createRegistrationSchema,
        response: { 201: registrationSchema, ...errors },
      },
    },
    async (req, reply) => {
      const r = await register(ctx, req.auth!, req.params.planId, req.body, ipOf(req));
      return reply.status(201).send(r);
    },
  );

  app.get(
    '/api/exam-plans/:planId/registrations',
    {
      config: { access: staff },
      schema: {
        tags,
        summary: '报名名单 Registrations (masked ID numbers); ?format=xlsx exports Excel',
        params: planParams,
        querystring: registrationListQuerySchema,
        response: { 200: registrationListSchema, ...errors },
      },
    },
    async (req, reply) => {
      const items = await listRegistrations(ctx, req.auth!, req.params.planId, req.query);
      if (req.query.format === 'xlsx') {
        const status = { approved: '审核通过', ineligible: '不符合报考条件', withdrawn: '已撤销' } as const;
        const body = await toXlsx<StaffRegistration>(
          '报名名单',
          [
            { header: '姓名', value: (r) => r.candidateName },
            { header: '身份证号', width: 22, value: (r) => r.idNumberMasked },
            { header: '手机', width: 14, value: (r) => r.mobileMasked },
            { header: '状态', width: 16, value: (r) => status[r.status] },
            {
              header: '报考条件',
              width: 40,
              value: (r) =>
                r.eligibility.eligible
                  ? '符合'
                  : r.eligibility.clauses
                      .flatMap((c) => c.missing)
                      .slice(0, 3)
                      .join('；') || '不符合',
            },
            { header: '审核说明', width: 24, value: (r) => r.override?.reason ?? null },
            { header: '场次', value: (r) => r.sessionName },
            { header: '考场', value: (r) => r.roomName },
            { header: '座位号', width: 8, value: (r) => r.seatNo },
            { header: '准考证号', width: 20, value: (r) => r.ticketNo },
            { header: '报名时间', width: 20, value: (r) => new Date(r.createdAt) },
          ],
          items,
        );
        return sendXlsx(reply, '报名名单.xlsx', body);
      }
      return { items };
    },
  );

  app.get(
    '/api/registrations/:registrationId',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '报名详情 A registration (its candidate or the plan staff)',
        params: registrationParams,
        response: { 200: registrationSchema, ...errors },
      },
    },
    async (req) => getRegistration(ctx, req.auth!, req.params.registrationId),
  );

  app.post(
    '/api/registrations/:registrationId/override',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '审核通过（例外）Approve an ineligible registration with a reason (audited)',
        params: registrationParams,
        body: overrideRegistrationSchema,
        response: { 200: registrationSchema, ...errors },
      },
    },
    async (req) => overrideRegistration(ctx, req.auth!, req.params.registrationId, req.body.reason, ipOf(req)),
  );

  app.post(
    '/api/registrations/:registrationId/withdraw',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '撤销报名 Withdraw before a seat is assigned (the candidate)',
        params: registrationParams,
        response: { 200: registrationSchema, ...errors },
      },
    },
    async (req) => withdrawRegistration(ctx, req.auth!, req.params.registrationId, ipOf(req)),
  );

  app.get(
    '/api/registrations/:registrationId/ticket.pdf',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '准考证 Admission ticket PDF (the candidate or the plan staff)',
        params: registrationParams,
      },
    },
    async (req, reply) => {
      const { pdf, filename } = await ticketPdf(ctx, req.auth!, req.params.registrationId, originOf(req));
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="ticket.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        )
        .send(Buffer.from(pdf));
    },
  );

  app.get(
    '/api/me/registrations',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '我的报名 My registrations: plan, status, reasons, session, room, seat, ticket, attempt, result',
        response: { 200: myRegistrationListSchema, ...errors },
      },
    },
    async (req) => ({ items: await myRegistrations(ctx, req.auth!) }),
  );

  app.get(
    '/api/tickets/verify',
    {
      config: { access: access.public() },
      schema: {
        tags,
        summary: '准考证核验 What a ticket’s QR code points to (public, minimal and masked)',
        querystring: ticketVerifyQuerySchema,
        response: { 200: ticketVerifySchema, ...errors },
      },
    },
    async (req) => verifyTicket(ctx, req.query.no, req.query.sig),
  );
}
