import { notificationSchema } from '@crossskill/contracts';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, access, errorResponses } from '../../platform/http/index.js';
import { listNotifications } from './notifications.service.js';

export function registerNotificationRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/admin/notifications',
    {
      config: { access: access.platformAdmin() },
      schema: {
        tags: ['admin'],
        summary: '通知发件箱 The notification outbox (SMS and email), newest first',
        response: { 200: z.object({ items: z.array(notificationSchema) }), ...errorResponses },
      },
    },
    async () => ({ items: await listNotifications(ctx.db) }),
  );
}
