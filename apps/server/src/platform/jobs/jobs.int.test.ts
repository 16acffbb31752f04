import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../test/factories.js';
import { call, startTestServer, type TestServer } from '../../test/harness.js';
import { AppError } from '../http/index.js';
import { enqueueJob, getJob, registerJobHandler, runDueJobs } from './index.js';
import { jobs } from './jobs.tables.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof createWorld>>;
const seen: { progressDuringRun?: number | undefined } = {};

beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld(server);
  registerJobHandler<{ n: number }, { counted: number }>('test.count', async ({ ctx, job, payload, progress }) => {
    // The first report is always written (later ones at most every 250 ms, and the last).
    await progress(Math.floor(payload.n / 2), payload.n);
    // Progress is written in the background: wait (bounded) until the job shows it.
    for (let i = 0; i < 100 && (await getJob(ctx.db, job.id))?.progress !== 0.5; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    seen.progressDuringRun = (await getJob(ctx.db, job.id))?.progress;
    for (let i = 1; i <= payload.n; i++) await progress(i);
    return { counted: payload.n };
  });
  registerJobHandler('test.progress-in-transaction', async ({ ctx, progress }) => {
    await ctx.db.transaction(async (tx) => {
      for (let i = 1; i <= 5; i++) {
        await tx.execute(sql`select 1`);
        await progress(i, 5);
      }
    });
    return { ok: true };
  });
  registerJobHandler('test.fail', async () => {
    throw new AppError('QUESTION_BANK_NOT_FOUND');
  });
  registerJobHandler('test.crash', async () => {
    throw new Error('boom');
  });
});
afterAll(() => server.close());

const get = (as: keyof typeof world.sessions, id: string, headers?: Record<string, string>) =>
  call(server, world.sessions[as], { method: 'GET', url: `/api/jobs/${id}`, ...(headers ? { headers } : {}) });

async function drain() {
  while ((await runDueJobs(server.ctx)) > 0) {
    // run everything queued
  }
}

describe('background jobs', () => {
  it('runs a job, reports progress and keeps the result; the creator and a platform admin can read it', async () => {
    const id = await enqueueJob(server.ctx.db, {
      kind: 'test.count',
      payload: { n: 10 },
      createdBy: world.users.lecturer.id,
      orgId: world.institution.id,
    });
    const queued = await get('lecturer', id);
    expect(queued.statusCode, queued.body).toBe(200);
    expect(queued.json()).toMatchObject({
      id,
      kind: 'test.count',
      status: 'queued',
      progress: 0,
      done: 0,
      result: null,
    });

    await drain();
    expect(seen.progressDuringRun).toBe(0.5);
    const done = await get('lecturer', id);
    expect(done.json()).toMatchObject({
      status: 'succeeded',
      progress: 1,
      total: 10,
      done: 10,
      result: { counted: 10 },
      error: null,
      orgId: world.institution.id,
      createdBy: world.users.lecturer.id,
    });
    expect(done.json().startedAt).not.toBeNull();
    expect(done.json().finishedAt).not.toBeNull();
    expect((await get('platform_admin', id)).statusCode).toBe(200);
    const other = await get('institution_admin', id);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('JOB_NOT_FOUND');
  });

  it('lets a handler report progress from inside its own transaction (no deadlock on one connection)', async () => {
    const id = await enqueueJob(server.ctx.db, { kind: 'test.progress-in-transaction', payload: {} });
    await runDueJobs(server.ctx);
    const job = await getJob(server.ctx.db, id);
    expect(job?.status).toBe('succeeded');
    expect(job?.progress).toBe(1);
  });

  it('fails a job whose handler throws: an AppError keeps its code, localised; anything else is INTERNAL', async () => {
    const failing = await enqueueJob(server.ctx.db, {
      kind: 'test.fail',
      payload: {},
      createdBy: world.users.lecturer.id,
    });
    const crashing = await enqueueJob(server.ctx.db, {
      kind: 'test.crash',
      payload: {},
      createdBy: world.users.lecturer.id,
    });
    const unknown = await enqueueJob(server.ctx.db, {
      kind: 'test.nobody',
      payload: {},
      createdBy: world.users.lecturer.id,
    });
    await drain();
    const f = (await get('lecturer', failing, { 'accept-language': 'en' })).json();
    expect(f).toMatchObject({
      status: 'failed',
      error: { code: 'QUESTION_BANK_NOT_FOUND', message: 'No such question bank' },
    });
    expect((await get('lecturer', failing)).json().error.message).toBe('题库不存在');
    expect((await get('lecturer', crashing)).json()).toMatchObject({ status: 'failed', error: { code: 'INTERNAL' } });
    expect((await get('lecturer', unknown)).json()).toMatchObject({ status: 'failed', error: { code: 'INTERNAL' } });
  });

  it('claims again a job whose worker died (expired lease), and gives up after the last attempt', async () => {
    const retried = await enqueueJob(server.ctx.db, {
      kind: 'test.count',
      payload: { n: 2 },
      createdBy: world.users.lecturer.id,
    });
    const abandoned = await enqueueJob(server.ctx.db, {
      kind: 'test.count',
      payload: { n: 2 },
      createdBy: world.users.lecturer.id,
    });
    await server.ctx.db
      .update(jobs)
      .set({ status: 'running', attempts: 1, leaseUntil: sql`now() - interval '1 minute'` })
      .where(sql`${jobs.id} = ${retried}`);
    await server.ctx.db
      .update(jobs)
      .set({ status: 'running', attempts: 3, leaseUntil: sql`now() - interval '1 minute'` })
      .where(sql`${jobs.id} = ${abandoned}`);
    await drain();
    expect((await get('lecturer', retried)).json()).toMatchObject({ status: 'succeeded', result: { counted: 2 } });
    expect((await get('lecturer', abandoned)).json()).toMatchObject({ status: 'failed', error: { code: 'INTERNAL' } });
  });

  it('leaves a running job with a live lease alone', async () => {
    const id = await enqueueJob(server.ctx.db, {
      kind: 'test.count',
      payload: { n: 1 },
      createdBy: world.users.lecturer.id,
    });
    await server.ctx.db
      .update(jobs)
      .set({ status: 'running', attempts: 1, leaseUntil: sql`now() + interval '1 minute'` })
      .where(sql`${jobs.id} = ${id}`);
    expect(await runDueJobs(server.ctx)).toBe(0);
    expect((await get('lecturer', id)).json().status).toBe('running');
  });
});
