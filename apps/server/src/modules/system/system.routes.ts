import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { appliedSchemaVersion, latestSchemaVersion } from '../../platform/db/index.js';
import { type App, access } from '../../platform/http/index.js';

export function registerSystemRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/health',
    {
      config: { access: access.public() },
      schema: {
        tags: ['system'],
        summary: '健康检查 Status, database kind and schema version',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            schemaVersion: z.number().int(),
            latestSchemaVersion: z.number().int(),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: ctx.database.kind,
      schemaVersion: await appliedSchemaVersion(ctx.database),
      latestSchemaVersion: latestSchemaVersion(),
    }),
  );
}
