/**
 * Background jobs — the platform's generic runner for long work (spreadsheet imports, item analysis …).
 *
 * Use:
 *
 * ```ts
 * import { enqueueJob, registerJobHandler } from '../../platform/jobs/index.js';
 *
 * // once, when the module registers its routes:
 * registerJobHandler<{ fileId: string }, ImportReport>('questionbank.import', async ({ ctx, job, payload, progress }) => {
 *   await progress(0, rows.length);             // total known now
 *   for (const [i, row] of rows.entries()) { …; await progress(i + 1); }   // throttled writes
 *   return report;                              // stored as the job's result (JSON)
 * });
 *
 * // in a route, inside the transaction of the request:
 * const jobId = await enqueueJob(tx, { kind: 'questionbank.import', payload, orgId, createdBy: auth.userId });
 * reply.status(202).send({ jobId });
 * ```
 *
 * The client polls `GET /api/jobs/:jobId` (the creator or a platform admin; others get 404) for
 * `{ status: queued|running|succeeded|failed, progress 0..1, done, total, result, error }`.
 *
 * Semantics: the worker (`startJobWorker`, started by `server.startWorker()`) claims one job at a time in a
 * short transaction (FOR UPDATE SKIP LOCKED, so several processes can run workers) and sets a lease of
 * 120 s, renewed while the handler runs; the handler runs outside that transaction (open your own
 * transactions inside it). A handler that throws fails the job at once — an AppError keeps its code,
 * params and details (shown localised), anything else is logged and shown as INTERNAL. A job whose worker
 * died is claimed again after its lease expires, up to `maxAttempts` (default 3) — handlers should be
 * idempotent or do their writes in one transaction. Tests call `runDueJobs(ctx)` to run what is queued.
 */
export { registerJobRoutes } from './jobs.routes.js';
export {
  enqueueJob,
  getJob,
  type JobHandler,
  type JobRun,
  type NewJob,
  registerJobHandler,
  runDueJobs,
  startJobWorker,
} from './jobs.service.js';
export { type JobError, jobs } from './jobs.tables.js';
