import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { errorCode } from '../../../test/support.js';
import { simRunActions } from '../simulation.tables.js';
import { apiFor, createPracticeWorld, orderTaskFromLibrary, type PracticeWorld } from './testing/world.js';

/** An order task of the library (Amazon-like) whose store always holds this Unshipped order. */
const { code: TASK_CODE, orderId: ORDER } = orderTaskFromLibrary();
const EN = { 'accept-language': 'en' };

let server: TestServer;
let w: PracticeWorld;
let api: ReturnType<typeof apiFor>;
let taskId: string;
let runId: string;

interface Order {
  id: string;
  status: string;
}
const orderIn = (state: { orders: Order[] }, id: string) => state.orders.find((o) => o.id === id);

beforeAll(async () => {
  server = await startTestServer();
  w = await createPracticeWorld(server);
  api = apiFor(server);
  const list = (await api(w.trainee.as, 'GET', `/api/sim/tasks?q=${TASK_CODE}`)).json();
  taskId = list.items[0].id;
});
afterAll(() => server.close());

describe('practice runs', () => {
  it('starts a run of an active task with this run’s parameters filled into the instructions', async () => {
    const res = await api(w.trainee.as, 'POST', '/api/sim/runs', { taskId });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json();
    expect(run).toMatchObject({ kind: 'practice', status: 'open', marketplace: 'amazon', seq: 0, report: null });
    expect(run.task).toMatchObject({ id: taskId, code: TASK_CODE, revision: 1 });
    expect(run.task.instructions.zh).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(run.task.checks.length).toBeGreaterThan(0);
    expect(orderIn(run.state, ORDER)?.status).toBe('Unshipped');
    runId = run.id;
    // A second run draws its own seed: both are stored, each with its own parameters.
    const again = await api(w.trainee.as, 'POST', '/api/sim/runs', { taskId });
    expect(again.json().id).not.toBe(runId);
  });

  it('applies a legal action, advancing the seq and the state', async () => {
    const res = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/actions`, {
      action: { type: 'order.cancel', orderId: ORDER, reason: 'BuyerCanceled' },
      expectedSeq: 0,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().seq).toBe(1);
    expect(res.json().events[0].kind).toBe('order.cancelled');
    expect(orderIn(res.json().state, ORDER)?.status).toBe('Canceled');
  });

  it('refuses shipping a cancelled order with the marketplace’s reason, logs it, and leaves the state as it was', async () => {
    const before = (await api(w.trainee.as, 'GET', `/api/sim/runs/${runId}`)).json();
    const res = await api(
      w.trainee.as,
      'POST',
      `/api/sim/runs/${runId}/actions`,
      {
        action: {
          type: 'order.ship',
          orderId: ORDER,
          mode: 'online',
          channelId: 'dhl-express',
          parcel: { l: 20, w: 15, h: 5, weightKg: 0.3 },
        },
        expectedSeq: 1,
      },
      EN,
    );
    expect(res.statusCode, res.body).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe('SIM_ACTION_REFUSED');
    expect(err.message).toBe('The marketplace refused this: This order is Canceled and cannot be shipped');
    expect(err.details[0]).toMatchObject({ code: 'ORDER_NOT_SHIPPABLE' });
    const after = (await api(w.trainee.as, 'GET', `/api/sim/runs/${runId}`)).json();
    expect(after.state).toEqual(before.state);
    expect(after.seq).toBe(2);
    const log = await server.ctx.db
      .select()
      .from(simRunActions)
      .where(eq(simRunActions.runId, runId))
      .orderBy(asc(simRunActions.seq));
    expect(log.map((l) => [l.seq, l.ok, l.refusal?.code ?? null])).toEqual([
      [1, true, null],
      [2, false, 'ORDER_NOT_SHIPPABLE'],
    ]);
  });

  it('answers a stale expectedSeq with 409 and applies nothing', async () => {
    const res = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/actions`, {
      action: { type: 'answer.submit', key: 'unshippedCount', value: 1 },
      expectedSeq: 1,
    });
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('SIM_RUN_STALE');
    expect((await api(w.trainee.as, 'GET', `/api/sim/runs/${runId}`)).json().seq).toBe(2);
  });

  it('refuses a malformed action with field details (400)', async () => {
    const res = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/actions`, {
      action: { type: 'order.cancel', orderId: 42 },
      expectedSeq: 2,
    });
    expect(res.statusCode).toBe(400);
    expect(errorCode(res)).toBe('VALIDATION_FAILED');
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain('body.action.orderId');
  });

  it('replays the log to the same final state', async () => {
    const answer = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/actions`, {
      action: { type: 'order.filter', filter: { status: ['Unshipped'] } },
      expectedSeq: 2,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const stored = (await api(w.trainee.as, 'GET', `/api/sim/runs/${runId}`)).json();
    const res = await api(w.trainee.as, 'GET', `/api/sim/runs/${runId}/replay`);
    expect(res.statusCode, res.body).toBe(200);
    const replay = res.json();
    expect(replay.matchesStored).toBe(true);
    expect(replay.finalState).toEqual(stored.state);
    expect(replay.steps.map((s: { seq: number; ok: boolean }) => [s.seq, s.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(replay.steps[1].refusal.code).toBe('ORDER_NOT_SHIPPABLE');
  });

  it('scores the run on request and keeps the report', async () => {
    const stored = (await api(w.trainee.as, 'GET', `/api/sim/runs/${runId}`)).json();
    const res = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/check`, {});
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.results.length).toBeGreaterThan(0);
    expect(report.total).toBe(report.results.reduce((s: number, r: { points: number }) => s + r.points, 0));
    expect(report.results.map((r: { checkId: string }) => r.checkId)).toEqual(
      stored.task.checks.map((c: { id: string }) => c.id),
    );
    expect(report.awarded).toBeLessThanOrEqual(report.total);
    for (const r of report.results) expect(r.feedback.zh.length).toBeGreaterThan(0);
    const mine = (await api(w.trainee.as, 'GET', '/api/sim/runs')).json();
    expect(mine.items.find((r: { id: string }) => r.id === runId)).toMatchObject({
      taskCode: TASK_CODE,
      awarded: report.awarded,
      total: report.total,
      actionCount: 3,
    });
  });

  it('resets the store to its initial state with an empty log', async () => {
    const res = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/reset`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ seq: 0, report: null });
    expect(orderIn(res.json().state, ORDER)?.status).toBe('Unshipped');
    const log = await server.ctx.db.select().from(simRunActions).where(eq(simRunActions.runId, runId));
    expect(log).toEqual([]);
    const replay = (await api(w.trainee.as, 'GET', `/api/sim/runs/${runId}/replay`)).json();
    expect(replay).toMatchObject({ steps: [], matchesStored: true });
  });

  it('starts a sandbox store of the chosen marketplace; without task or marketplace it asks for one', async () => {
    const res = await api(w.trainee.as, 'POST', '/api/sim/runs', { marketplace: 'aliexpress' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'sandbox', marketplace: 'aliexpress', task: null });
    expect(res.json().state.marketplace).toBe('aliexpress');
    const none = await api(w.trainee.as, 'POST', '/api/sim/runs', {});
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0].field).toBe('body.marketplace');
  });

  it('runs the market for days in a sandbox; the replay of that session still matches the stored store', async () => {
    const run = (await api(w.trainee.as, 'POST', '/api/sim/runs', { marketplace: 'amazon' })).json();
    let seq = 0;
    for (const action of [
      { type: 'market.advanceDays', days: 3 },
      { type: 'listing.setPrice', listingId: run.state.listings[0].id, price: 12.34 },
      { type: 'market.advanceDays', days: 2 },
    ]) {
      const res = await api(w.trainee.as, 'POST', `/api/sim/runs/${run.id}/actions`, { action, expectedSeq: seq });
      expect(res.statusCode, res.body).toBeLessThan(500);
      seq += 1;
    }
    const stored = (await api(w.trainee.as, 'GET', `/api/sim/runs/${run.id}`)).json();
    expect(stored.state.now).toBeGreaterThan(run.state.now);
    const replay = (await api(w.trainee.as, 'GET', `/api/sim/runs/${run.id}/replay`)).json();
    expect(replay.matchesStored).toBe(true);
    expect(replay.finalState).toEqual(stored.state);
  });

  it('lets one of two actions sent at once with the same expectedSeq through; the other is stale', async () => {
    const run = (await api(w.trainee.as, 'POST', '/api/sim/runs', { marketplace: 'amazon' })).json();
    const send = (value: number) =>
      api(w.trainee.as, 'POST', `/api/sim/runs/${run.id}/actions`, {
        action: { type: 'answer.submit', key: 'pick', value },
        expectedSeq: 0,
      });
    const results = await Promise.all([send(1), send(2)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const log = await server.ctx.db.select().from(simRunActions).where(eq(simRunActions.runId, run.id));
    expect(log).toHaveLength(1);
  });

  it('keeps a run to its owner: another trainee gets 404; the lecturer of the organisation may read it', async () => {
    for (const [method, url] of [
      ['GET', `/api/sim/runs/${runId}`],
      ['GET', `/api/sim/runs/${runId}/replay`],
      ['POST', `/api/sim/runs/${runId}/check`],
      ['POST', `/api/sim/runs/${runId}/reset`],
    ] as const) {
      const res = await api(w.otherTrainee.as, method, url, method === 'POST' ? {} : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(errorCode(res)).toBe('SIM_RUN_NOT_FOUND');
    }
    const act = await api(w.otherTrainee.as, 'POST', `/api/sim/runs/${runId}/actions`, {
      action: { type: 'answer.submit', key: 'x', value: 1 },
      expectedSeq: 0,
    });
    expect(act.statusCode).toBe(404);
    expect((await api(w.lecturer.as, 'GET', `/api/sim/runs/${runId}`)).statusCode).toBe(200);
    expect((await api(w.otherLecturer.as, 'GET', `/api/sim/runs/${runId}`)).statusCode).toBe(404);
    // Staff may look, not operate.
    expect((await api(w.lecturer.as, 'POST', `/api/sim/runs/${runId}/reset`, {})).statusCode).toBe(404);
  });

  it('does not start a run of a task that is not active', async () => {
    const list = (await api(w.lecturer.as, 'GET', `/api/sim/tasks?q=${TASK_CODE}`)).json();
    const copy = await api(w.lecturer.as, 'POST', `/api/sim/tasks/${list.items[0].id}/copy`, { code: 'ORG-ORD-01' });
    expect(copy.statusCode, copy.body).toBe(201);
    const draftId = copy.json().task.id;
    const res = await api(w.lecturer.as, 'POST', '/api/sim/runs', { taskId: draftId });
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('SIM_TASK_NOT_ACTIVE');
    expect((await api(w.trainee.as, 'POST', '/api/sim/runs', { taskId: draftId })).statusCode).toBe(404);
  });
});
