import path from 'node:path';
import { registerAuditRoutes } from './modules/audit/index.js';
import { ensureSigningKey, registerCertificateRoutes } from './modules/certificates/index.js';
import {
  registerAttemptRoutes,
  registerExamPlanRoutes,
  registerMarkingRoutes,
  registerProctorRoutes,
  startAttemptWorker,
} from './modules/exams/index.js';
import { registerIdentityRoutes, sessionAuthResolver } from './modules/identity/index.js';
import { devProvider, registerNotificationRoutes, startNotificationWorker } from './modules/notifications/index.js';
import { registerOrgRoutes } from './modules/orgs/index.js';
import { registerItemAnalysisRoutes } from './modules/questionbank/analysis/index.js';
import { registerQuestionBankRoutes } from './modules/questionbank/index.js';
import { registerInterchangeRoutes } from './modules/questionbank/interchange/index.js';
import { registerResultsRoutes } from './modules/results/index.js';
import { registerReviewRoutes } from './modules/review/index.js';
import {
  registerPracticeRoutes,
  registerSkillExamRoutes,
  seedSimulationLibrary,
  startSkillExamWorker,
} from './modules/simulation/index.js';
import { registerStandardRoutes, seedStandardVersions } from './modules/standards/index.js';
import { registerSystemRoutes } from './modules/system/index.js';
import type { Config } from './platform/config.js';
import type { AppContext } from './platform/context.js';
import { createFieldCipher, loadOrCreateMasterKey } from './platform/crypto.js';
import { type Database, openDatabase, runMigrations } from './platform/db/index.js';
import { type App, createHttpApp, type RegisteredRoute } from './platform/http/index.js';
import { registerJobRoutes, startJobWorker } from './platform/jobs/index.js';

export interface Server {
  app: App;
  ctx: AppContext;
  routes: RegisteredRoute[];
  /** Starts background work (the notification outbox, background jobs). */
  startWorker(): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** An already open database (tests); otherwise one is opened from the config. */
  database?: Database;
  /** Apply pending migrations before serving (default true). */
  migrate?: boolean;
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite') });
}

/** Builds the whole platform: database, every module's routes, the worker. Does not listen. */
export async function buildServer(config: Config, opts: ServerOptions = {}): Promise<Server> {
  const database = opts.database ?? (await openConfiguredDatabase(config));
  if (opts.migrate !== false) await runMigrations(database);
  // PGlite never auto-analyzes; without statistics its planner misjudges the question search.
  if (database.kind === 'pglite' && !opts.database) await database.exec('analyze');
  await seedStandardVersions(database.db);
  await seedSimulationLibrary(database.db);
  const cipher = createFieldCipher(loadOrCreateMasterKey(config.encryptionKey, config.dataDir));

  // The context needs the logger, which the HTTP app creates; the resolver reads ctx lazily.
  const ctx = { config, database, db: database.db, cipher } as AppContext;
  const { app, routes } = await createHttpApp({ config, auth: sessionAuthResolver(ctx) });
  ctx.log = app.log;

  registerSystemRoutes(app, ctx);
  registerIdentityRoutes(app, ctx);
  registerOrgRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerStandardRoutes(app, ctx);
  registerJobRoutes(app, ctx);
  registerQuestionBankRoutes(app, ctx);
  registerInterchangeRoutes(app, ctx);
  registerItemAnalysisRoutes(app, ctx);
  registerExamPlanRoutes(app, ctx);
  registerAttemptRoutes(app, ctx);
  registerProctorRoutes(app, ctx);
  registerMarkingRoutes(app, ctx);
  registerPracticeRoutes(app, ctx);
  registerSkillExamRoutes(app, ctx);
  registerReviewRoutes(app, ctx);
  registerResultsRoutes(app, ctx);
  registerCertificateRoutes(app, ctx);
  await app.ready();
  await ensureSigningKey(ctx);

  let stopWorker: (() => Promise<void>) | undefined;
  let stopJobs: (() => Promise<void>) | undefined;
  let stopAttempts: (() => Promise<void>) | undefined;
  let stopSkill: (() => Promise<void>) | undefined;
  return {
    app,
    ctx,
    routes,
    startWorker() {
      stopWorker ??= startNotificationWorker(ctx, devProvider(app.log));
      stopJobs ??= startJobWorker(ctx);
      stopAttempts ??= startAttemptWorker(ctx);
      stopSkill ??= startSkillExamWorker(ctx);
    },
    async close() {
      await stopWorker?.();
      await stopJobs?.();
      await stopAttempts?.();
      await stopSkill?.();
      await app.close();
      if (!opts.database) await database.close();
    },
  };
}
