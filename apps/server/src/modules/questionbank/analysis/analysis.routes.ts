import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { sendXlsx, toXlsx } from '../../../platform/excel.js';
import { type App, access, errorResponses } from '../../../platform/http/index.js';
import { assertCanEditBank, enqueueJob, registerJobHandler } from '../index.js';
import {
  type AnalysisSummary,
  assertCanAnalyseExam,
  examResults,
  newSimulationKey,
  questionHistory,
  runItemAnalysis,
  type SimulationInput,
  simulateExam,
} from './analysis.service.js';

export const ITEM_ANALYSIS_JOB = 'item-analysis';

const tags = ['item-analysis'];
/** Staff who read banks and their statistics. */
const STAFF = ['platform_admin', 'institution_admin', 'lecturer', 'examiner'] as const;
const examKeySchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\w.:-]+$/, 'letters, digits, "_", "-", "." and ":" only');

const stat = z.number().nullable();
const itemResultSchema = z.object({
  questionId: z.uuid(),
  revisionId: z.uuid(),
  type: z.string(),
  stemExcerpt: z.string(),
  n: z.number().int(),
  facility: stat.describe('难度（通过率）: mean score / max score'),
  pointBiserial: stat.describe('区分度: corrected point-biserial (item vs rest of the test)'),
  upperLower27: stat.describe('高低分组区分度 (upper 27 % − lower 27 %) / max'),
  distractors: z.record(z.string(), z.number()).nullable().describe('choice items: option → share who chose it'),
  key: z.array(z.string()).nullable(),
  flags: z.array(z.string()),
  computedAt: z.string(),
});
const jobStartedSchema = z.object({ jobId: z.uuid(), examKey: z.string() });

interface JobPayload {
  examKey: string;
  simulate?: SimulationInput;
}

export function registerItemAnalysisRoutes(app: App, ctx: AppContext) {
  registerJobHandler<JobPayload, AnalysisSummary>(ITEM_ANALYSIS_JOB, async ({ ctx: c, payload, progress }) => {
    if (payload.simulate) {
      // Simulated responses first (0..½ of the progress), then the analysis.
      let total = 1;
      await simulateExam(c, payload.examKey, payload.simulate, async (done, t) => {
        if (t !== undefined) total = t;
        await progress(Math.floor((done / total) * 50), 100);
      });
      return runItemAnalysis(c, payload.examKey, (done) => progress(50 + Math.floor((done / 3) * 50), 100));
    }
    return runItemAnalysis(c, payload.examKey, progress);
  });

  app.post(
    '/api/item-analysis/runs',
    {
      config: { access: access.anyRole(...STAFF) },
      schema: {
        tags,
        summary: '试题分析 Queue the item analysis of an exam (whose banks the caller may read)',
        body: z.strictObject({ examKey: examKeySchema }),
        response: { 202: jobStartedSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { examKey } = req.body;
      await assertCanAnalyseExam(ctx, req.auth!, examKey);
      const jobId = await enqueueJob(ctx.db, {
        kind: ITEM_ANALYSIS_JOB,
        payload: { examKey } satisfies JobPayload,
        createdBy: req.auth!.userId,
      });
      return reply.status(202).send({ jobId, examKey });
    },
  );

  app.post(
    '/api/item-analysis/simulate',
    {
      config: { access: access.anyRole('platform_admin', 'lecturer') },
      schema: {
        tags,
        summary:
          '模拟作答 Simulate an exam of a bank’s items (seeded ability × difficulty model) and queue its analysis; the exam key is sim-<uuid>',
        body: z.strictObject({
          bankId: z.uuid(),
          candidates: z.number().int().min(2).max(5000).default(300),
          seed: z
            .number()
            .int()
            .min(0)
            .max(2 ** 31 - 1)
            .default(1),
        }),
        response: { 202: jobStartedSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const bank = await assertCanEditBank(ctx, req.auth!, req.body.bankId);
      const examKey = newSimulationKey();
      const jobId = await enqueueJob(ctx.db, {
        kind: ITEM_ANALYSIS_JOB,
        payload: { examKey, simulate: req.body } satisfies JobPayload,
        orgId: bank.orgId,
        createdBy: req.auth!.userId,
      });
      return reply.status(202).send({ jobId, examKey });
    },
  );

  app.get(
    '/api/item-analysis/:examKey',
    {
      config: { access: access.anyRole(...STAFF) },
      schema: {
        tags,
        summary: '试题分析结果 Per-item statistics of an exam, flagged items first',
        params: z.strictObject({ examKey: examKeySchema }),
        response: { 200: z.object({ examKey: z.string(), items: z.array(itemResultSchema) }), ...errorResponses },
      },
    },
    async (req) => examResults(ctx, req.auth!, req.params.examKey),
  );

  app.get(
    '/api/item-analysis/:examKey/export',
    {
      config: { access: access.anyRole(...STAFF) },
      schema: {
        tags,
        summary: '导出试题分析 Export an exam’s item statistics to Excel',
        params: z.strictObject({ examKey: examKeySchema }),
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (req, reply) => {
      const { examKey, items } = await examResults(ctx, req.auth!, req.params.examKey);
      const zh = req.lang === 'zh';
      const num = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
      const xlsx = await toXlsx(
        zh ? '试题分析' : 'Item analysis',
        [
          { header: zh ? '题干摘要' : 'Stem', width: 50, value: (r) => r.stemExcerpt },
          { header: zh ? '题型' : 'Type', width: 12, value: (r) => r.type },
          { header: zh ? '作答人数' : 'Responses', width: 10, value: (r) => r.n },
          { header: zh ? '难度（通过率）' : 'Facility', width: 14, value: (r) => num(r.facility) },
          { header: zh ? '区分度（点二列）' : 'Point-biserial', width: 16, value: (r) => num(r.pointBiserial) },
          { header: zh ? '高低分组区分度' : 'Upper−lower 27 %', width: 16, value: (r) => num(r.upperLower27) },
          { header: zh ? '正确答案' : 'Key', width: 10, value: (r) => r.key?.join('') ?? null },
          {
            header: zh ? '选项选择率' : 'Option choice rates',
            width: 30,
            value: (r) =>
              r.distractors
                ? Object.entries(r.distractors)
                    .map(([k, v]) => `${k}:${Math.round(v * 100)}%`)
                    .join(' ')
                : null,
          },
          { header: zh ? '提示' : 'Flags', width: 30, value: (r) => r.flags.join(', ') },
          { header: zh ? '题目ID' : 'Question ID', width: 38, value: (r) => r.questionId },
        ],
        items,
      );
      return sendXlsx(reply, `${zh ? '试题分析' : 'item-analysis'}-${examKey}.xlsx`, xlsx);
    },
  );

  app.get(
    '/api/questions/:questionId/analysis',
    {
      config: { access: access.anyRole(...STAFF) },
      schema: {
        tags,
        summary: '试题分析历史 A question’s statistics across exams, newest first',
        params: z.strictObject({ questionId: z.uuid() }),
        response: {
          200: z.object({
            questionId: z.uuid(),
            runs: z.array(
              itemResultSchema
                .omit({ questionId: true, type: true, stemExcerpt: true, key: true })
                .extend({ examKey: z.string(), revision: z.number().int() }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => questionHistory(ctx, req.auth!, req.params.questionId),
  );
}
