import { auditEntrySchema, auditQuerySchema } from '@crossskill/contracts';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { sendXlsx, toXlsx } from '../../platform/excel.js';
import { type App, access, errorResponses } from '../../platform/http/index.js';
import { listAudit } from './audit.service.js';

const EXPORT_LIMIT = 50_000;

export function registerAuditRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/admin/audit',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags: ['admin'],
        summary: '审计日志 Audit log of security events',
        querystring: auditQuerySchema,
        response: { 200: z.object({ items: z.array(auditEntrySchema), total: z.number() }), ...errorResponses },
      },
    },
    async (req) => listAudit(ctx.db, req.query),
  );

  app.get(
    '/api/admin/audit/export',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags: ['admin'],
        summary: '导出审计日志 Export the audit log to Excel',
        querystring: auditQuerySchema.omit({ page: true, pageSize: true }),
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (req, reply) => {
      const { items } = await listAudit(ctx.db, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
      const zh = req.lang === 'zh';
      const xlsx = await toXlsx(
        zh ? '审计日志' : 'Audit log',
        [
          { header: zh ? '时间' : 'Time', width: 24, value: (r) => r.at },
          { header: zh ? '事件' : 'Event', width: 28, value: (r) => r.event },
          { header: zh ? '操作人' : 'Actor', value: (r) => r.actorName },
          { header: zh ? '操作人ID' : 'Actor ID', width: 38, value: (r) => r.actorUserId },
          { header: zh ? '对象用户ID' : 'Subject user ID', width: 38, value: (r) => r.subjectUserId },
          { header: zh ? '组织ID' : 'Organisation ID', width: 38, value: (r) => r.orgId },
          { header: 'IP', value: (r) => r.ip },
          { header: zh ? '详情' : 'Details', width: 60, value: (r) => JSON.stringify(r.details) },
        ],
        items,
      );
      return sendXlsx(reply, zh ? '审计日志.xlsx' : 'audit-log.xlsx', xlsx);
    },
  );
}
