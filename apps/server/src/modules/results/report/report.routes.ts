import { abilityReportSchema } from '@crossskill/contracts';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import { type App, access, errorResponses } from '../../../platform/http/index.js';
import { abilityReport } from './report.service.js';
import { reportFilename, reportPdf } from './report-pdf.js';

const tags = ['final-results'];
const params = z.strictObject({ registrationId: z.uuid() });

export function registerReportRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/final-results/:registrationId/report',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary:
          '能力评价报告 Ability report per occupational function (the candidate after publication, plan staff once a result is final)',
        params,
        response: { 200: abilityReportSchema, ...errorResponses },
      },
    },
    async (req) => abilityReport(ctx, req.auth!, req.params.registrationId),
  );

  app.get(
    '/api/final-results/:registrationId/report.pdf',
    {
      config: { access: access.authenticated() },
      schema: {
        tags,
        summary: '能力评价报告 PDF The ability report as an A4 PDF with the radar chart',
        params,
      },
    },
    async (req, reply) => {
      const report = await abilityReport(ctx, req.auth!, req.params.registrationId);
      const pdf = await reportPdf(report, ctx.config.publicUrl);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="ability-report.pdf"; filename*=UTF-8''${encodeURIComponent(reportFilename(report))}`,
        )
        .send(Buffer.from(pdf));
    },
  );
}
