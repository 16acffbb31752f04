import {
  myReviewsSchema,
  REVIEW_MATERIAL_MAX_BYTES,
  type ReviewCandidateRow,
  reviewCandidatesSchema,
  reviewCommitteeSaveSchema,
  reviewDefenceAutoSchema,
  reviewDefenceSaveSchema,
  reviewMaterialSchema,
  reviewMaterialUploadQuerySchema,
  reviewMemberOptionsSchema,
  reviewPartSchema,
  reviewPlanListSchema,
  reviewPublishSchema,
  reviewRegistrationSchema,
  reviewScoreSaveSchema,
  reviewSettingsSaveSchema,
  reviewTasksSchema,
} from '@crossskill/contracts';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { sendXlsx, toXlsx, type XlsxColumn } from '../../platform/excel.js';
import { type App, AppError, access, errorResponses, okSchema } from '../../platform/http/index.js';
import { beijing } from './common.js';
import { autoSchedule, listCandidates, setDefence } from './defences.service.js';
import { deleteMaterial, materialFile, materialTooLarge, myReviews, uploadMaterial } from './materials.service.js';
import { getRegistration, myTasks, saveScore } from './scoring.service.js';
import {
  getReview,
  memberOptions,
  publishReview,
  reviewPlans,
  saveCommittee,
  saveSettings,
} from './settings.service.js';

const tags = ['review'];
const errors = { ...errorResponses, 422: errorResponses[409] };
const ipOf = (req: FastifyRequest) => req.ip ?? null;
const LIMIT_CODES = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT']);

/** Plan staff (checked per plan): institution admin or lecturer of the plan's organisation, platform admin. */
const planStaff = access.anyRole('institution_admin', 'lecturer', 'platform_admin');
/** Committee members (checked per plan) and plan staff. */
const readers = access.anyRole('review_member', 'institution_admin', 'lecturer', 'platform_admin');
const members = access.anyRole('review_member');
const signedIn = access.authenticated();

const planParams = z.strictObject({ planId: z.uuid() });
const defenceParams = z.strictObject({ planId: z.uuid(), registrationId: z.uuid() });
const registrationParams = z.strictObject({ registrationId: z.uuid() });
const materialParams = z.strictObject({ registrationId: z.uuid(), materialId: z.uuid() });

export function registerReviewRoutesImpl(app: App, ctx: AppContext): void {
  app.get(
    '/api/review/plans',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '综合评审计划 Level-2/1 plans I am staff of, with the review’s state and progress',
        response: { 200: reviewPlanListSchema, ...errors },
      },
    },
    async (req) => reviewPlans(ctx, req.auth!),
  );

  app.get(
    '/api/exam-plans/:planId/review',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '综合评审设置 The plan’s review (levels 2 and 1) with the rules it breaks today',
        params: planParams,
        response: { 200: reviewPartSchema, ...errors },
      },
    },
    async (req) => getReview(ctx, req.auth!, req.params.planId, req.lang),
  );

  app.put(
    '/api/exam-plans/:planId/review',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary:
          '保存综合评审设置 Combining rule (mean / trimmed mean ≥ 5 members), materials deadline, defence length ≥ 15 min',
        params: planParams,
        body: reviewSettingsSaveSchema,
        response: { 200: reviewPartSchema, ...errors },
      },
    },
    async (req) => saveSettings(ctx, req.auth!, req.params.planId, req.body, req.lang, ipOf(req)),
  );

  app.post(
    '/api/exam-plans/:planId/review/publish',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '发布综合评审 Publish (plan admin; every rule is checked again); the plan gets the review mode',
        params: planParams,
        body: reviewPublishSchema.optional(),
        response: { 200: reviewPartSchema, ...errors },
      },
    },
    async (req) => publishReview(ctx, req.auth!, req.params.planId, req.lang, ipOf(req)),
  );

  app.put(
    '/api/exam-plans/:planId/review/committee',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary:
          '评审委员会 Members (review_member role, odd ≥ 3, one chair, none from a candidate’s organisation); plan admin',
        params: planParams,
        body: reviewCommitteeSaveSchema,
        response: { 200: reviewPartSchema, ...errors },
      },
    },
    async (req) => saveCommittee(ctx, req.auth!, req.params.planId, req.body, req.lang, ipOf(req)),
  );

  app.get(
    '/api/exam-plans/:planId/review/member-options',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '可选评审委员 Review members who may sit, with the candidates they share an organisation with',
        params: planParams,
        response: { 200: reviewMemberOptionsSchema, ...errors },
      },
    },
    async (req) => memberOptions(ctx, req.auth!, req.params.planId, req.lang),
  );

  app.get(
    '/api/exam-plans/:planId/review/candidates',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '评审考生 Approved candidates: materials, defence, scored/members, combined score',
        params: planParams,
        response: { 200: reviewCandidatesSchema, ...errors },
      },
    },
    async (req) => listCandidates(ctx, req.auth!, req.params.planId, req.lang),
  );

  app.get(
    '/api/exam-plans/:planId/review/candidates.xlsx',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '导出评审进度 The candidates list as Excel',
        params: planParams,
      },
    },
    async (req, reply) => {
      const rows = await listCandidates(ctx, req.auth!, req.params.planId, req.lang);
      const zh = req.lang !== 'en';
      const columns: XlsxColumn<ReviewCandidateRow>[] = [
        { header: zh ? '准考证号' : 'Ticket no.', width: 20, value: (r) => r.ticketNo },
        { header: zh ? '姓名' : 'Name', width: 14, value: (r) => r.name },
        { header: zh ? '材料数' : 'Materials', width: 10, value: (r) => r.materials },
        {
          header: zh ? '答辩时间（北京时间）' : 'Defence (Beijing time)',
          width: 22,
          value: (r) => (r.defence ? beijing(new Date(r.defence.startsAt)) : null),
        },
        { header: zh ? '答辩时长（分钟）' : 'Minutes', width: 12, value: (r) => r.defence?.durationMinutes ?? null },
        { header: zh ? '答辩地点' : 'Location', width: 20, value: (r) => r.defence?.location ?? null },
        { header: zh ? '已评分/委员数' : 'Scored/members', width: 14, value: (r) => `${r.scored}/${r.members}` },
        { header: zh ? '综合评审成绩' : 'Review score', width: 14, value: (r) => r.score },
      ];
      const xlsx = await toXlsx(zh ? '综合评审' : 'Review', columns, rows.items);
      return sendXlsx(reply, `${zh ? '综合评审进度' : 'review-progress'}.xlsx`, xlsx);
    },
  );

  app.put(
    '/api/exam-plans/:planId/review/defences/:registrationId',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '安排答辩 A candidate’s defence (≥ 15 min; the committee sits one defence at a time)',
        params: defenceParams,
        body: reviewDefenceSaveSchema,
        response: { 200: reviewCandidatesSchema, ...errors },
      },
    },
    async (req) =>
      setDefence(ctx, req.auth!, req.params.planId, req.params.registrationId, req.body, req.lang, ipOf(req)),
  );

  app.post(
    '/api/exam-plans/:planId/review/defences/auto',
    {
      config: { access: planStaff },
      schema: {
        tags,
        summary: '自动安排答辩 Every unscheduled candidate one after another, skipping times already taken',
        params: planParams,
        body: reviewDefenceAutoSchema,
        response: { 200: reviewCandidatesSchema, ...errors },
      },
    },
    async (req) => autoSchedule(ctx, req.auth!, req.params.planId, req.body, req.lang, ipOf(req)),
  );

  app.get(
    '/api/my/reviews',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '我的综合评审 My published reviews as a candidate: deadline, materials, defence',
        response: { 200: myReviewsSchema, ...errors },
      },
    },
    async (req) => myReviews(ctx, req.auth!),
  );

  app.delete(
    '/api/review/registrations/:registrationId/materials/:materialId',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '删除材料 Delete one of my materials (before the deadline)',
        params: materialParams,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await deleteMaterial(ctx, req.auth!, req.params.registrationId, req.params.materialId, ipOf(req));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/review/registrations/:registrationId/materials/:materialId',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '下载材料 A material (its candidate, the plan’s committee members and staff; others 404)',
        params: materialParams,
      },
    },
    async (req, reply) => {
      const file = await materialFile(ctx, req.auth!, req.params.registrationId, req.params.materialId);
      return reply
        .type(file.mime)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          `attachment; filename="material"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.content);
    },
  );

  app.get(
    '/api/review/my-tasks',
    {
      config: { access: members },
      schema: {
        tags,
        summary: '我的评审任务 Candidates I score as a committee member, with the defence time and my score',
        response: { 200: reviewTasksSchema, ...errors },
      },
    },
    async (req) => myTasks(ctx, req.auth!),
  );

  app.get(
    '/api/review/registrations/:registrationId',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '评审详情 Materials, defence, my score (staff: every member’s score)',
        params: registrationParams,
        response: { 200: reviewRegistrationSchema, ...errors },
      },
    },
    async (req) => getRegistration(ctx, req.auth!, req.params.registrationId, req.lang),
  );

  app.put(
    '/api/review/registrations/:registrationId/score',
    {
      config: { access: members },
      schema: {
        tags,
        summary: '评分 My score (0–100, 2 decimals) and comment (≥ 10 characters), from the defence’s start (audited)',
        params: registrationParams,
        body: reviewScoreSaveSchema,
        response: { 200: reviewRegistrationSchema, ...errors },
      },
    },
    async (req) => saveScore(ctx, req.auth!, req.params.registrationId, req.body, req.lang, ipOf(req)),
  );

  // Multipart is accepted by the upload route only.
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    await scope.register(fastifyMultipart, {
      limits: { fileSize: REVIEW_MATERIAL_MAX_BYTES, files: 1, fields: 2, parts: 3 },
    });
    scope.post(
      '/api/review/registrations/:registrationId/materials',
      {
        config: { access: signedIn },
        schema: {
          tags,
          summary:
            '上传材料 Upload a material (multipart field "file", ≤ 20 MB; PDF, DOCX, JPEG or PNG by content); ?kind=&title=',
          consumes: ['multipart/form-data'],
          params: registrationParams,
          querystring: reviewMaterialUploadQuerySchema,
          response: { 201: reviewMaterialSchema, ...errors, 413: errorResponses[400], 415: errorResponses[400] },
        },
      },
      async (req, reply) => {
        if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        let bytes: Buffer;
        let fileName: string;
        try {
          const file = await req.file();
          if (!file) throw new AppError('REVIEW_MATERIAL_UNSUPPORTED');
          fileName = file.filename;
          bytes = await file.toBuffer();
        } catch (err) {
          if (LIMIT_CODES.has((err as { code?: string }).code ?? '')) throw materialTooLarge();
          throw err;
        }
        const material = await uploadMaterial(
          ctx,
          req.auth!,
          req.params.registrationId,
          { kind: req.query.kind, title: req.query.title, fileName, bytes },
          ipOf(req),
        );
        return reply.status(201).send(material);
      },
    );
  });
}
