import { ERROR_CODES, type ErrorCode, type Job } from '@crossskill/contracts';
import { and, asc, eq, lt, or, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/index.js';
import { fillParams } from '../http/i18n.js';
import { AppError, type AuthContext, isPlatformAdmin, type Lang } from '../http/index.js';
import { type JobError, jobs } from './jobs.tables.js';

type JobRow = typeof jobs.$inferSelect;

/** What a handler receives. */
export interface JobRun<P = unknown> {
  ctx: AppContext;
  job: { id: string; kind: string; orgId: string | null; createdBy: string | null; attempts: number };
  payload: P;
  /**
   * Reports progress: `done` units of `total` (total may be given once, here or at enqueue). Writes are
   * throttled (at most every 250 ms, and always when done reaches total); each write extends the lease.
   * It returns at once and writes in the background, so it is safe to call inside a transaction.
   */
  progress(done: number, total?: number): Promise<void>;
}

/** Runs one job; what it returns (JSON) becomes the job's result. Throw an AppError to fail with its code. */
export type JobHandler<P = unknown, R = unknown> = (run: JobRun<P>) => Promise<R>;

interface Registered {
  handler: JobHandler;
  maxAttempts: number;
}

const handlers = new Map<string, Registered>();

/**
 * Registers the handler of a kind of job (once per process; registering again replaces it).
 * `maxAttempts`: how often a job whose worker died (expired lease) is tried again (default 3). A handler
 * that throws fails the job at once — it is not retried.
 */
export function registerJobHandler<P, R>(kind: string, handler: JobHandler<P, R>, opts: { maxAttempts?: number } = {}) {
  handlers.set(kind, { handler: handler as JobHandler, maxAttempts: opts.maxAttempts ?? 3 });
}

export interface NewJob {
  kind: string;
  payload: unknown;
  orgId?: string | null;
  createdBy?: string | null;
  total?: number | null;
}

/** Queues a job; call it inside the transaction of the change that asks for it. Returns the job id. */
export async function enqueueJob(exec: Executor, job: NewJob): Promise<string> {
  const [row] = await exec
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload ?? null,
      orgId: job.orgId ?? null,
      createdBy: job.createdBy ?? null,
      total: job.total ?? null,
    })
    .returning({ id: jobs.id });
  return row!.id;
}

/** How long a claim lasts without a heartbeat. The runner renews it every third of that while a handler runs. */
const LEASE_SECONDS = 120;
const PROGRESS_WRITE_MS = 250;

const internalError = (reason: string): JobError => ({ code: 'INTERNAL', params: { reason } });

function errorOf(err: unknown): JobError {
  if (err instanceof AppError) {
    return {
      code: err.code,
      ...(err.params ? { params: err.params } : {}),
      ...(err.details ? { details: err.details } : {}),
    };
  }
  return internalError(err instanceof Error ? err.message.slice(0, 500) : String(err).slice(0, 500));
}

/** Claims the oldest due job (queued, or running with an expired lease) in a short transaction. */
async function claimOne(ctx: AppContext): Promise<JobRow | null> {
  return ctx.db.transaction(async (tx) => {
    const [due] = await tx
      .select()
      .from(jobs)
      .where(or(eq(jobs.status, 'queued'), and(eq(jobs.status, 'running'), lt(jobs.leaseUntil, sql`now()`))))
      .orderBy(asc(jobs.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!due) return null;
    const max = handlers.get(due.kind)?.maxAttempts ?? 1;
    if (due.status === 'running' && due.attempts >= max) {
      // Its worker died `max` times: give up rather than crash the next one.
      await tx
        .update(jobs)
        .set({
          status: 'failed',
          error: internalError('the worker stopped while running this job'),
          finishedAt: sql`now()`,
          updatedAt: sql`now()`,
          leaseUntil: null,
        })
        .where(eq(jobs.id, due.id));
      return { ...due, status: 'failed' as const };
    }
    const [claimed] = await tx
      .update(jobs)
      .set({
        status: 'running',
        attempts: due.attempts + 1,
        startedAt: due.startedAt ?? sql`now()`,
        updatedAt: sql`now()`,
        leaseUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
      })
      .where(eq(jobs.id, due.id))
      .returning();
    return claimed!;
  });
}

async function runClaimed(ctx: AppContext, row: JobRow): Promise<void> {
  const registered = handlers.get(row.kind);
  const finish = (values: Partial<typeof jobs.$inferInsert>) =>
    ctx.db
      .update(jobs)
      .set({ ...values, finishedAt: sql`now()`, updatedAt: sql`now()`, leaseUntil: null })
      .where(eq(jobs.id, row.id));
  if (!registered) {
    await finish({ status: 'failed', error: internalError(`no handler for job kind "${row.kind}"`) });
    return;
  }
  let total = row.total;
  let lastWrite = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const renew = () =>
    ctx.db
      .update(jobs)
      .set({ leaseUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})`, updatedAt: sql`now()` })
      .where(and(eq(jobs.id, row.id), eq(jobs.status, 'running')));
  const heartbeat = setInterval(
    () => {
      pending = pending.then(renew).catch((err) => ctx.log.warn({ err, jobId: row.id }, 'job lease renewal failed'));
    },
    (LEASE_SECONDS * 1000) / 3,
  );
  heartbeat.unref();

  const run: JobRun = {
    ctx,
    job: { id: row.id, kind: row.kind, orgId: row.orgId, createdBy: row.createdBy, attempts: row.attempts },
    payload: row.payload,
    async progress(done, newTotal) {
      if (newTotal !== undefined) total = newTotal;
      const now = Date.now();
      const complete = total !== null && done >= total;
      if (!complete && now - lastWrite < PROGRESS_WRITE_MS) return;
      lastWrite = now;
      const progress = total && total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
      const write = { done, total, progress };
      // Queued, not awaited: a handler reports progress from inside its own transaction, and on PGlite
      // (one connection) awaiting a write outside that transaction would wait for it forever.
      pending = pending
        .then(() =>
          ctx.db
            .update(jobs)
            .set({
              ...write,
              updatedAt: sql`now()`,
              leaseUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
            })
            .where(and(eq(jobs.id, row.id), eq(jobs.status, 'running'))),
        )
        .then(() => undefined)
        .catch((err) => ctx.log.warn({ err, jobId: row.id }, 'job progress write failed'));
    },
  };

  try {
    const result = await registered.handler(run);
    clearInterval(heartbeat);
    await pending;
    await finish({
      status: 'succeeded',
      progress: 1,
      ...(total !== null ? { done: total, total } : {}),
      result: result === undefined ? null : result,
      error: null,
    });
  } catch (err) {
    clearInterval(heartbeat);
    await pending;
    if (!(err instanceof AppError)) ctx.log.error({ err, jobId: row.id, kind: row.kind }, 'job failed');
    await finish({ status: 'failed', error: errorOf(err) });
  }
}

/**
 * Claims and runs due jobs one after another, up to `limit`; returns how many were taken. Tests call it
 * to run what they enqueued; the worker calls it in a loop.
 */
export async function runDueJobs(ctx: AppContext, limit = 10): Promise<number> {
  let taken = 0;
  while (taken < limit) {
    const row = await claimOne(ctx);
    if (!row) break;
    taken += 1;
    if (row.status === 'running') await runClaimed(ctx, row);
  }
  return taken;
}

/** Polls for due jobs until stopped. Returns the stop function (waits for the running job to end). */
export function startJobWorker(ctx: AppContext): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      while (!stopped && (await runDueJobs(ctx, 1)) > 0) {
        // keep going while there is work
      }
    } catch (err) {
      ctx.log.error({ err }, 'job worker failed');
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), ctx.config.workerPollMs);
  };
  running = tick();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}

function localiseError(e: JobError, lang: Lang): NonNullable<Job['error']> {
  const def = ERROR_CODES[e.code as ErrorCode] as { zh: string; en: string } | undefined;
  const message = def ? fillParams(def[lang], e.params) : e.code;
  return { code: e.code, message, ...(e.details ? { details: e.details } : {}) };
}

export function toJob(row: JobRow, lang: Lang): Job {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    total: row.total,
    done: row.done,
    result: row.result ?? null,
    error: row.error ? localiseError(row.error, lang) : null,
    orgId: row.orgId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** A job as its creator or a platform admin sees it; anyone else gets 404 (its existence is not revealed). */
export async function getJobFor(exec: Executor, auth: AuthContext, jobId: string, lang: Lang): Promise<Job> {
  const [row] = await exec.select().from(jobs).where(eq(jobs.id, jobId)).limit(1);
  if (!row || (row.createdBy !== auth.userId && !isPlatformAdmin(auth))) throw new AppError('JOB_NOT_FOUND');
  return toJob(row, lang);
}

/** A job by id, without access checks (for services that already checked). */
export async function getJob(exec: Executor, jobId: string, lang: Lang = 'zh'): Promise<Job | null> {
  const [row] = await exec.select().from(jobs).where(eq(jobs.id, jobId)).limit(1);
  return row ? toJob(row, lang) : null;
}
