import {
  bulkQuestionStatusResultSchema,
  bulkQuestionStatusSchema,
  bulkTagResultSchema,
  bulkTagSchema,
  changeQuestionStatusSchema,
  coverageQuerySchema,
  coverageResultSchema,
  createQuestionBankSchema,
  createQuestionSchema,
  duplicatesQuerySchema,
  duplicatesResultSchema,
  questionBankSchema,
  questionPageSchema,
  questionRevisionSchema,
  questionSchema,
  questionSearchQuerySchema,
  updateQuestionBankSchema,
  updateQuestionSchema,
} from '@crossskill/contracts';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, access, errorResponses, okSchema } from '../../platform/http/index.js';
import { createBank, deleteBank, getBank, listBanks, updateBank } from './banks.service.js';
import { bulkChangeStatus } from './bulk-status.js';
import { bulkTag } from './bulk-tag.js';
import { bankCoverage } from './coverage.js';
import { createQuestion } from './create-questions.js';
import { bankDuplicates } from './duplicates.js';
import { editQuestion } from './edit-question.js';
import { changeQuestionStatus } from './question-status.js';
import { getQuestion, getRevision, listRevisions } from './read-questions.js';
import { searchQuestions } from './search-questions.js';

const tags = ['question-bank'];
const errors = { ...errorResponses, 422: errorResponses[409] };

/** Staff who may read banks: their organisations' and (institutions) the platform's shared ones. */
const readers = access.anyRole('platform_admin', 'institution_admin', 'lecturer', 'examiner');
/** Staff who may change banks of their organisations (checked per bank). */
const editors = access.anyRole('platform_admin', 'institution_admin', 'lecturer');

const bankParams = z.strictObject({ bankId: z.uuid() });
const questionParams = z.strictObject({ questionId: z.uuid() });

export function registerQuestionBankRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/question-banks',
    {
      config: { access: readers },
      schema: {
        tags,
        summary:
          '题库列表 Question banks of the caller’s organisations and the platform banks shared with institutions',
        response: { 200: z.object({ items: z.array(questionBankSchema) }), ...errors },
      },
    },
    async (req) => ({ items: await listBanks(ctx.db, req.auth!) }),
  );

  app.post(
    '/api/orgs/:orgId/question-banks',
    {
      config: { access: access.orgRole('institution_admin', 'lecturer') },
      schema: {
        tags,
        summary: '新建题库 Create a question bank in an organisation (sharing: platform admin, platform banks only)',
        params: z.strictObject({ orgId: z.uuid() }),
        body: createQuestionBankSchema,
        response: { 201: questionBankSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createBank(ctx, req.auth!, req.params.orgId, req.body, req.ip)),
  );

  app.get(
    '/api/question-banks/:bankId',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '题库详情 One question bank',
        params: bankParams,
        response: { 200: questionBankSchema, ...errors },
      },
    },
    async (req) => getBank(ctx, req.auth!, req.params.bankId),
  );

  app.patch(
    '/api/question-banks/:bankId',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: '修改题库 Rename, describe or (platform admin) share a bank',
        params: bankParams,
        body: updateQuestionBankSchema,
        response: { 200: questionBankSchema, ...errors },
      },
    },
    async (req) => updateBank(ctx, req.auth!, req.params.bankId, req.body, req.ip),
  );

  app.delete(
    '/api/question-banks/:bankId',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: '删除题库 Delete an empty bank',
        params: bankParams,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await deleteBank(ctx, req.auth!, req.params.bankId, req.ip);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/question-banks/:bankId/questions',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '检索题目 Search and filter items (Chinese substrings, English words), newest change first',
        params: bankParams,
        querystring: questionSearchQuerySchema,
        response: { 200: questionPageSchema, ...errors },
      },
    },
    async (req) => searchQuestions(ctx, req.auth!, req.params.bankId, req.query),
  );

  app.post(
    '/api/question-banks/:bankId/questions',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: '新建题目 Create a draft item (validated per type; HTML sanitised; tags checked against the standard)',
        params: bankParams,
        body: createQuestionSchema,
        response: { 201: questionSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createQuestion(ctx, req.auth!, req.params.bankId, req.body)),
  );

  app.post(
    '/api/question-banks/:bankId/questions/bulk-tag',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: '批量关联标准 Tag many items at once (all or nothing; active items get new revisions)',
        params: bankParams,
        body: bulkTagSchema,
        response: { 200: bulkTagResultSchema, ...errors },
      },
    },
    async (req) => bulkTag(ctx, req.auth!, req.params.bankId, req.body, req.ip),
  );

  app.post(
    '/api/question-banks/:bankId/questions/bulk-status',
    {
      config: { access: editors },
      schema: {
        tags,
        summary:
          '批量修改题目状态 Many items (ids, or a filter such as every tagged draft) change status at once, all or nothing, with the single route’s transitions; untagged items cannot become active',
        params: bankParams,
        body: bulkQuestionStatusSchema,
        response: { 200: bulkQuestionStatusResultSchema, ...errors },
      },
    },
    async (req) => bulkChangeStatus(ctx, req.auth!, req.params.bankId, req.body, req.ip),
  );

  app.get(
    '/api/question-banks/:bankId/duplicates',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '相似题检测 Near-duplicate stems in the bank, with their similarity',
        params: bankParams,
        querystring: duplicatesQuerySchema,
        response: { 200: duplicatesResultSchema, ...errors },
      },
    },
    async (req) =>
      bankDuplicates(ctx, req.auth!, req.params.bankId, {
        threshold: req.query.threshold,
        includeRetired: req.query.includeRetired === 'true',
      }),
  );

  app.get(
    '/api/question-banks/:bankId/coverage',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '覆盖率分析 Active items per weight-table row and difficulty against N distinct papers; shortfalls',
        params: bankParams,
        querystring: coverageQuerySchema,
        response: { 200: coverageResultSchema, ...errors },
      },
    },
    async (req) => bankCoverage(ctx, req.auth!, req.params.bankId, req.query),
  );

  app.get(
    '/api/questions/:questionId',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '题目详情 An item at its current revision',
        params: questionParams,
        response: { 200: questionSchema, ...errors },
      },
    },
    async (req) => getQuestion(ctx, req.auth!, req.params.questionId),
  );

  app.patch(
    '/api/questions/:questionId',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: '修改题目 Edit an item (draft/in review: in place; active/retired: a new revision)',
        params: questionParams,
        body: updateQuestionSchema,
        response: { 200: questionSchema, ...errors },
      },
    },
    async (req) => editQuestion(ctx, req.auth!, req.params.questionId, req.body),
  );

  app.post(
    '/api/questions/:questionId/status',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: '题目状态 draft → in_review → active → retired; in_review → draft; retired → active',
        params: questionParams,
        body: changeQuestionStatusSchema,
        response: { 200: questionSchema, ...errors },
      },
    },
    async (req) => changeQuestionStatus(ctx, req.auth!, req.params.questionId, req.body, req.ip),
  );

  app.get(
    '/api/questions/:questionId/revisions',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '题目版本 Every revision of an item, newest first',
        params: questionParams,
        response: { 200: z.object({ items: z.array(questionRevisionSchema) }), ...errors },
      },
    },
    async (req) => ({ items: await listRevisions(ctx, req.auth!, req.params.questionId) }),
  );

  app.get(
    '/api/question-revisions/:revisionId',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '题目版本详情 One revision by id (what an exam kept)',
        params: z.strictObject({ revisionId: z.uuid() }),
        response: { 200: questionRevisionSchema, ...errors },
      },
    },
    async (req) => getRevision(ctx, req.auth!, req.params.revisionId),
  );
}
