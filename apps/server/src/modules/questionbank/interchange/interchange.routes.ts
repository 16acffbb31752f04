import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { sendXlsx } from '../../../platform/excel.js';
import { type App, AppError, access, errorResponses } from '../../../platform/http/index.js';
import { assertCanEditBank, assertCanReadBank, loadBankForExport } from '../index.js';
import { buildTemplate, exportWorkbook } from './excel.js';
import { currentStandard, MAX_IMPORT_BYTES, registerImportJob, snapshotsFor, startImport } from './import.service.js';
import { exportQti3 } from './qti.js';
import { buildSampleBankWorkbook } from './sample-bank.js';

const tags = ['question-banks'];
/** Who writes items: the template and imports. */
const AUTHORS = ['platform_admin', 'institution_admin', 'lecturer'] as const;
/** Who reads banks: exports. */
const READERS = ['platform_admin', 'institution_admin', 'lecturer', 'examiner'] as const;
const bankParams = z.strictObject({ bankId: z.uuid() });
const importStartedSchema = z.object({
  jobId: z.uuid().describe('poll GET /api/jobs/:jobId; its result is the import report'),
  importId: z.uuid(),
  format: z.enum(['xlsx', 'qti']),
});

function sendZip(reply: FastifyReply, filename: string, body: Uint8Array) {
  return reply
    .type('application/zip')
    .header(
      'content-disposition',
      `attachment; filename="qti3-export.zip"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    .send(Buffer.from(body));
}

const safeName = (name: string) => name.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 100) || 'question-bank';

export function registerInterchangeRoutes(app: App, ctx: AppContext) {
  registerImportJob();

  app.get(
    '/api/question-banks/import-template.xlsx',
    {
      config: { access: access.anyRole(...AUTHORS) },
      schema: {
        tags,
        summary: '试题导入模板 The Excel import template (instructions, drop-downs, the standard’s catalogue)',
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: errorResponses,
      },
    },
    async (_req, reply) =>
      sendXlsx(reply, '试题导入模板.xlsx', await buildTemplate({ standard: await currentStandard(ctx.db) })),
  );

  app.get(
    '/api/question-banks/sample-bank.xlsx',
    {
      config: { access: access.anyRole(...AUTHORS) },
      schema: {
        tags,
        summary:
          '示例题库 A filled import template: ≥ 180 level-4 跨境电子商务师 theory items tagged to the standard, enough for per-candidate 100-point papers; imports with POST /api/question-banks/:bankId/imports',
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: errorResponses,
      },
    },
    async (_req, reply) =>
      sendXlsx(
        reply,
        '四级跨境电子商务师理论示例题库.xlsx',
        await buildSampleBankWorkbook(await currentStandard(ctx.db)),
      ),
  );

  app.get(
    '/api/question-banks/:bankId/export',
    {
      config: { access: access.anyRole(...READERS) },
      schema: {
        tags,
        summary: '导出题库 Every item of a bank as Excel (the import layout) or a QTI 3.0 package',
        params: bankParams,
        querystring: z.strictObject({ format: z.enum(['xlsx', 'qti']).default('xlsx') }),
        response: errorResponses,
      },
    },
    async (req, reply) => {
      await assertCanReadBank(ctx, req.auth!, req.params.bankId);
      const { bank, questions } = await loadBankForExport(ctx, req.params.bankId);
      if (req.query.format === 'qti') {
        return sendZip(reply, `${safeName(bank.name)}-QTI3.zip`, exportQti3(questions));
      }
      const body = await exportWorkbook(questions, { snapshots: await snapshotsFor(ctx.db, questions) });
      return sendXlsx(reply, `${safeName(bank.name)}.xlsx`, body);
    },
  );

  // Multipart is accepted by the import route only.
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    await scope.register(fastifyMultipart, {
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5, parts: 6 },
      // Busboy reads file names as UTF-8 (Chinese names), not Latin-1.
      ...({ defParamCharset: 'utf8' } as object),
    });
    scope.post(
      '/api/question-banks/:bankId/imports',
      {
        config: { access: access.anyRole(...AUTHORS) },
        schema: {
          tags,
          summary:
            '导入试题 Upload an .xlsx (the template’s layout) or a QTI 2.1/2.2/3.0 package (.zip) or item (.xml) as multipart field "file" (≤ 20 MB); checked and imported all-or-nothing by a background job',
          consumes: ['multipart/form-data'],
          params: bankParams,
          response: { 202: importStartedSchema, ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] },
        },
      },
      async (req, reply) => {
        await assertCanEditBank(ctx, req.auth!, req.params.bankId);
        if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        let file: Awaited<ReturnType<typeof req.file>>;
        let bytes: Buffer;
        try {
          file = await req.file();
          if (!file) throw new AppError('IMPORT_FILE_MISSING');
          bytes = await file.toBuffer();
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') {
            throw new AppError('PAYLOAD_TOO_LARGE');
          }
          throw err;
        }
        if (bytes.length === 0) throw new AppError('IMPORT_FILE_MISSING');
        const started = await startImport(ctx, req.auth!, req.params.bankId, { fileName: file.filename, bytes });
        return reply.status(202).send(started);
      },
    );
  });
}
