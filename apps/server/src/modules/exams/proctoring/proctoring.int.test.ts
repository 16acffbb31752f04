import type {
  CandidateResponse,
  ProctorCandidate,
  ProctorEventList,
  ProctorRoomList,
  ProctorRoomLive,
  QuestionType,
} from '@crossskill/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, call, startTestServer, type TestServer } from '../../../test/harness.js';
import { auditLog } from '../../audit/audit.tables.js';
import { users } from '../../identity/index.js';
import {
  examAttempts,
  examEvents,
  examPlans,
  examRegistrations,
  examRoomProctors,
  examRooms,
} from '../exams.tables.js';
import { closeExpiredAttempts } from '../runtime/index.js';
import { createExamFixture, type ExamFixture } from '../testing/fixture.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ authRateLimitPerMinute: 10_000 });
});
afterAll(() => server.close());

const get = async <T>(as: Credentials, url: string) => {
  const res = await call(server, as, { method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};
const post = (as: Credentials, url: string, body: unknown) => call(server, as, { method: 'POST', url, body });
const live = (fx: ExamFixture, as: Credentials = fx.proctors[0]!.session) =>
  get<ProctorRoomLive>(as, `/api/proctoring/rooms/${fx.roomId}`);
const rowOf = (view: ProctorRoomLive, attemptId: string) => view.candidates.find((c) => c.attemptId === attemptId)!;

/**
 * Puts attempts in progress the way runtime's start does (deadline = session start + duration + extra), written
 * directly so these tests do not depend on the candidate routes.
 */
async function startInDb(attemptIds: string[], deadlineInSeconds = 80 * 60) {
  const now = Date.now();
  await server.ctx.db
    .update(examAttempts)
    .set({
      status: 'in_progress',
      identityConfirmedAt: new Date(now - 60_000),
      startedAt: new Date(now - 30_000),
      deadlineAt: new Date(now + deadlineInSeconds * 1000),
      lastSeenAt: new Date(now),
    })
    .where(inArray(examAttempts.id, attemptIds));
}

/** The candidate's own page: confirm identity, start, save the first `answers` positions (runtime's routes). */
async function sitThroughHttp(fx: ExamFixture, index: number, answers: number) {
  const c = fx.candidates[index]!;
  const url = `/api/attempts/${c.attemptId}`;
  for (const step of ['confirm-identity', 'start']) {
    const res = await call(server, c.session, { method: 'POST', url: `${url}/${step}` });
    expect(res.statusCode, res.body).toBe(200);
  }
  if (answers === 0) return;
  const saves = fx.paper
    .slice(0, answers)
    .map((p) => ({ position: p.position, version: 1, response: responseFor(p.type), flagged: false }));
  const res = await post(c.session, `${url}/answers`, { saves });
  expect(res.statusCode, res.body).toBe(200);
}

function responseFor(type: QuestionType): CandidateResponse {
  switch (type) {
    case 'true_false':
      return { value: true };
    case 'single':
      return { choices: ['A'] };
    case 'multiple':
      return { choices: ['A', 'B'] };
    case 'fill_blank':
      return { blanks: ['答案'] };
    default:
      return { text: '作答内容' };
  }
}

async function attemptRow(id: string) {
  const [a] = await server.ctx.db.select().from(examAttempts).where(eq(examAttempts.id, id));
  return a!;
}

async function auditRows(event: string, subjectUserId: string) {
  return server.ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.event, event), eq(auditLog.subjectUserId, subjectUserId)));
}

describe('proctor console: access', () => {
  let a: ExamFixture;
  let b: ExamFixture;
  beforeAll(async () => {
    a = await createExamFixture(server, { candidates: 2 });
    b = await createExamFixture(server, { candidates: 1 });
  });

  it('lists the rooms a proctor is assigned to, and every room of the org for its institution admin', async () => {
    const mine = await get<ProctorRoomList>(a.proctors[0]!.session, '/api/proctoring/rooms');
    expect(mine.items.map((r) => r.roomId)).toEqual([a.roomId]);
    expect(mine.items[0]).toMatchObject({
      roomName: '第1考场',
      sessionName: '第一场',
      assignedToMe: true,
      counts: { candidates: 2, inProgress: 0, submitted: 0 },
    });
    expect(mine.items[0]!.proctors.map((p) => p.id).sort()).toEqual(a.proctors.map((p) => p.user.id).sort());
    const admin = await get<ProctorRoomList>(b.admin.session, '/api/proctoring/rooms');
    expect(admin.items.map((r) => r.roomId)).toEqual([b.roomId]);
    expect(admin.items[0]!.assignedToMe).toBe(false);
  });

  it('refuses a proctor of another room and an admin of another organisation with PROCTOR_NOT_ASSIGNED', async () => {
    for (const as of [b.proctors[0]!.session, b.admin.session]) {
      const view = await call(server, as, { method: 'GET', url: `/api/proctoring/rooms/${a.roomId}` });
      expect(view.statusCode).toBe(403);
      expect(view.json().error.code).toBe('PROCTOR_NOT_ASSIGNED');
      const events = await call(server, as, { method: 'GET', url: `/api/proctoring/rooms/${a.roomId}/events` });
      expect(events.statusCode).toBe(403);
      const act = await post(as, `/api/proctoring/attempts/${a.candidates[0]!.attemptId}/irregularity`, {
        kind: 'left_seat',
      });
      expect(act.statusCode).toBe(403);
      expect(act.json().error.code).toBe('PROCTOR_NOT_ASSIGNED');
      const roomWide = await post(as, `/api/proctoring/rooms/${a.roomId}/pause`, { reason: '停电' });
      expect(roomWide.statusCode).toBe(403);
    }
    // The lecturer of the plan's own organisation is not a proctor role at all.
    const lecturer = await call(server, a.lecturer.session, {
      method: 'GET',
      url: `/api/proctoring/rooms/${a.roomId}`,
    });
    expect(lecturer.statusCode).toBe(403);
    // Nothing was recorded by the refused calls.
    const events = await server.ctx.db.select().from(examEvents).where(eq(examEvents.sessionId, a.sessionId));
    expect(events).toHaveLength(0);
  });

  it('lets the plan organisation’s institution admin watch and act; unknown ids are 404', async () => {
    const view = await live(a, a.admin.session);
    expect(view.candidates).toHaveLength(2);
    const missing = await call(server, a.proctors[0]!.session, {
      method: 'GET',
      url: '/api/proctoring/rooms/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('EXAM_ROOM_NOT_FOUND');
    const noAttempt = await post(
      a.proctors[0]!.session,
      '/api/proctoring/attempts/00000000-0000-4000-8000-000000000000/pause',
      { reason: '测试' },
    );
    expect(noAttempt.statusCode).toBe(404);
    expect(noAttempt.json().error.code).toBe('ATTEMPT_NOT_FOUND');
  });
});

describe('proctor console: the live view', () => {
  let fx: ExamFixture;
  beforeAll(async () => {
    fx = await createExamFixture(server, { candidates: 5 });
  });

  it('shows status, progress after saves, last contact, connection state and the server-clock remaining time', async () => {
    const [c0, c1, c2, c3, c4] = fx.candidates.map((c) => c.attemptId) as [string, string, string, string, string];
    // Candidate 1 sits through the real page routes and saves three answers; 2 and 3 were last heard of a
    // while ago (written directly); 4 only confirmed identity; 5 has not come.
    await sitThroughHttp(fx, 0, 3);
    await startInDb([c1, c2], 45 * 60);
    const now = Date.now();
    await server.ctx.db
      .update(examAttempts)
      .set({ lastSeenAt: new Date(now - 60_000), answeredCount: 2 })
      .where(eq(examAttempts.id, c1));
    await server.ctx.db
      .update(examAttempts)
      .set({ lastSeenAt: new Date(now - 200_000) })
      .where(eq(examAttempts.id, c2));
    const confirm = await call(server, fx.candidates[3]!.session, {
      method: 'POST',
      url: `/api/attempts/${c3}/confirm-identity`,
    });
    expect(confirm.statusCode, confirm.body).toBe(200);

    const view = await live(fx);
    expect(view.candidates.map((c) => c.seatNo)).toEqual([1, 2, 3, 4, 5]);
    expect(rowOf(view, c0)).toMatchObject({
      status: 'in_progress',
      answered: 3,
      total: fx.paper.length,
      connection: 'online',
      extraMinutes: 0,
      warnings: [],
      irregularities: [],
    });
    expect(rowOf(view, c0).name).toBe(fx.candidates[0]!.user.name);
    expect(rowOf(view, c0).ticketNo).toMatch(/^T/);
    // The session started a minute ago and lasts 90 minutes.
    expect(rowOf(view, c0).remainingSeconds).toBeGreaterThan(89 * 60 - 15);
    expect(rowOf(view, c0).remainingSeconds).toBeLessThanOrEqual(89 * 60);
    expect(rowOf(view, c1)).toMatchObject({ answered: 2, connection: 'unstable' });
    expect(rowOf(view, c1).remainingSeconds).toBeGreaterThan(45 * 60 - 10);
    expect(rowOf(view, c2).connection).toBe('offline');
    expect(rowOf(view, c3)).toMatchObject({
      status: 'identity_confirmed',
      connection: 'online',
      remainingSeconds: null,
    });
    expect(rowOf(view, c4)).toMatchObject({ status: 'not_started', connection: null, lastSeenAt: null });
    expect(view.summary).toEqual({
      candidates: 5,
      present: 4,
      notStarted: 2,
      inProgress: 3,
      paused: 0,
      submitted: 0,
      offline: 1,
      unstable: 1,
      withWarnings: 0,
    });
    expect(Math.abs(new Date(view.serverTime).getTime() - Date.now())).toBeLessThan(5_000);

    // More saves show up on the next poll.
    const more = await post(fx.candidates[0]!.session, `/api/attempts/${c0}/answers`, {
      saves: [{ position: 4, version: 1, response: responseFor(fx.paper[3]!.type), flagged: true }],
    });
    expect(more.statusCode, more.body).toBe(200);
    expect(rowOf(await live(fx), c0).answered).toBe(4);
  });

  it('counts integrity signals and warns at the plan’s thresholds (0 = never), without touching the attempt', async () => {
    const attemptId = fx.candidates[0]!.attemptId;
    await server.ctx.db
      .update(examPlans)
      .set({ warningRules: { blur: 3, paste: 1, fullscreen_exit: 0 } })
      .where(eq(examPlans.id, fx.planId));
    const signal = (kind: string) => ({ kind, at: new Date().toISOString() });
    const send = async (kinds: string[]) => {
      const res = await post(fx.candidates[0]!.session, `/api/attempts/${attemptId}/events`, {
        events: kinds.map(signal),
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    await send(['blur', 'blur', 'fullscreen_exit']);
    let row = rowOf(await live(fx), attemptId);
    expect(row.signals).toEqual({ blur: 2, paste: 0, fullscreen_exit: 1 });
    expect(row.warnings).toEqual([]);

    await send(['blur', 'paste', ...Array.from({ length: 5 }, () => 'fullscreen_exit')]);
    const view = await live(fx);
    row = rowOf(view, attemptId);
    expect(row.signals).toEqual({ blur: 3, paste: 1, fullscreen_exit: 6 });
    expect(row.warnings).toEqual(['blur', 'paste']);
    expect(view.summary.withWarnings).toBe(1);
    // Signals never fail, pause or close anyone.
    expect(row.status).toBe('in_progress');
    expect((await attemptRow(attemptId)).status).toBe('in_progress');
  });

  it('answers the room with two database queries however many candidates it has', async () => {
    // A second room of the same session with 200 candidates, written in bulk.
    const [room] = await server.ctx.db
      .insert(examRooms)
      .values({ sessionId: fx.sessionId, name: '第2考场', seats: 200 })
      .returning({ id: examRooms.id });
    await server.ctx.db.insert(examRoomProctors).values({ roomId: room!.id, userId: fx.proctors[0]!.user.id });
    const people = await server.ctx.db
      .insert(users)
      .values(Array.from({ length: 200 }, (_, i) => ({ name: `考生${i + 1}` })))
      .returning({ id: users.id });
    const regs = await server.ctx.db
      .insert(examRegistrations)
      .values(
        people.map((p, i) => ({
          planId: fx.planId,
          userId: p.id,
          status: 'approved' as const,
          eligibility: { input: {}, result: { eligible: true, clauses: [] } },
          sessionId: fx.sessionId,
          roomId: room!.id,
          seatNo: i + 1,
          ticketNo: `B${room!.id.slice(0, 8)}${String(i + 1).padStart(4, '0')}`,
        })),
      )
      .returning({ id: examRegistrations.id, userId: examRegistrations.userId });
    const attempts = await server.ctx.db
      .insert(examAttempts)
      .values(
        regs.map((r) => ({
          registrationId: r.id,
          planId: fx.planId,
          sessionId: fx.sessionId,
          roomId: room!.id,
          userId: r.userId,
          paper: fx.paper,
          paperSeed: r.id,
          status: 'in_progress' as const,
          startedAt: new Date(),
          deadlineAt: new Date(Date.now() + 3_600_000),
          lastSeenAt: new Date(),
          answeredCount: 3,
        })),
      )
      .returning({ id: examAttempts.id });
    await server.ctx.db.insert(examEvents).values(
      attempts.flatMap((a) => [
        { attemptId: a.id, sessionId: fx.sessionId, kind: 'blur' },
        { attemptId: a.id, sessionId: fx.sessionId, kind: 'irregularity', detail: { kind: 'left_seat', note: '' } },
      ]),
    );

    const client = (server.ctx.db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } })
      .$client;
    const original = client.query;
    let queries = 0;
    client.query = function (this: unknown, ...args: unknown[]) {
      queries++;
      return original.apply(this, args);
    };
    const counted = async (url: string) => {
      queries = 0;
      const res = await call(server, fx.proctors[0]!.session, { method: 'GET', url });
      expect(res.statusCode, res.body).toBe(200);
      return { n: queries, body: res.json() };
    };
    try {
      const list = await counted('/api/proctoring/rooms'); // the caller's session lookup + 1 query
      const big = await counted(`/api/proctoring/rooms/${room!.id}`);
      const small = await counted(`/api/proctoring/rooms/${fx.roomId}`);
      expect((big.body as ProctorRoomLive).candidates).toHaveLength(200);
      expect((big.body as ProctorRoomLive).candidates[199]).toMatchObject({
        seatNo: 200,
        answered: 3,
        signals: { blur: 1 },
        irregularities: [{ kind: 'left_seat' }],
      });
      expect(big.n).toBe(small.n);
      expect(big.n - list.n).toBe(1);
    } finally {
      client.query = original;
    }
  });
});

describe('proctor console: actions', () => {
  let fx: ExamFixture;
  let proctor: Credentials;
  beforeAll(async () => {
    fx = await createExamFixture(server, { candidates: 4 });
    proctor = fx.proctors[1]!.session;
    await startInDb(fx.candidates.slice(0, 3).map((c) => c.attemptId));
  });

  it('extra time moves the deadline, is recorded as an event with the reason and audited', async () => {
    const c = fx.candidates[0]!;
    const before = await attemptRow(c.attemptId);
    const res = await post(proctor, `/api/proctoring/attempts/${c.attemptId}/extra-time`, {
      minutes: 10,
      reason: '电脑死机重启',
    });
    expect(res.statusCode, res.body).toBe(200);
    const row = res.json() as ProctorCandidate;
    expect(row.extraMinutes).toBe(10);
    const after = await attemptRow(c.attemptId);
    expect(after.deadlineAt!.getTime() - before.deadlineAt!.getTime()).toBe(600_000);
    expect(after.extraSeconds).toBe(600);
    expect(row.deadlineAt).toBe(after.deadlineAt!.toISOString());

    const [event] = await server.ctx.db
      .select()
      .from(examEvents)
      .where(and(eq(examEvents.attemptId, c.attemptId), eq(examEvents.kind, 'extra_time')));
    expect(event).toMatchObject({ actorId: fx.proctors[1]!.user.id, detail: { minutes: 10, reason: '电脑死机重启' } });
    const audits = await auditRows('exam.extra_time', c.user.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorUserId: fx.proctors[1]!.user.id,
      orgId: fx.orgId,
      details: { attemptId: c.attemptId, roomId: fx.roomId, minutes: 10, reason: '电脑死机重启' },
    });
  });

  it('extra time on a candidate who has not started only adds to extra_seconds', async () => {
    const c = fx.candidates[3]!;
    const res = await post(proctor, `/api/proctoring/attempts/${c.attemptId}/extra-time`, {
      minutes: 5,
      reason: '特殊照顾考生',
    });
    expect(res.statusCode, res.body).toBe(200);
    const a = await attemptRow(c.attemptId);
    expect(a).toMatchObject({ status: 'ready', extraSeconds: 300, deadlineAt: null });
  });

  it('refuses out-of-range minutes, a missing reason and an "other" irregularity without a note', async () => {
    const url = `/api/proctoring/attempts/${fx.candidates[0]!.attemptId}`;
    for (const body of [{ minutes: 0, reason: '原因说明' }, { minutes: 61, reason: '原因说明' }, { minutes: 5 }]) {
      const res = await post(proctor, `${url}/extra-time`, body);
      expect(res.statusCode).toBe(400);
    }
    const other = await post(proctor, `${url}/irregularity`, { kind: 'other', note: '  ' });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.details[0].code).toBe('IRREGULARITY_NOTE_REQUIRED');
    const unknown = await post(proctor, `${url}/irregularity`, { kind: 'sleeping' });
    expect(unknown.statusCode).toBe(400);
  });

  it('pause stops the clock; resume moves the deadline by the paused time', async () => {
    const c = fx.candidates[1]!;
    const url = `/api/proctoring/attempts/${c.attemptId}`;
    const paused = await post(proctor, `${url}/pause`, { reason: '考生身体不适' });
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json()).toMatchObject({ status: 'paused', attemptStatus: 'paused' });
    const atPause = (paused.json() as ProctorCandidate).remainingSeconds!;

    // Two minutes pass while paused (the pause is moved back): the remaining time shown is what it was two
    // minutes ago, the clock did not run meanwhile.
    const before = await attemptRow(c.attemptId);
    const pausedAt = new Date(before.pausedAt!.getTime() - 120_000);
    await server.ctx.db.update(examAttempts).set({ pausedAt }).where(eq(examAttempts.id, c.attemptId));
    const frozen = rowOf(await live(fx), c.attemptId).remainingSeconds!;
    expect(Math.abs(frozen - (atPause + 120))).toBeLessThanOrEqual(1);
    const again = await post(proctor, `${url}/pause`, { reason: '重复操作' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PROCTOR_ALREADY_PAUSED');

    const resumed = await post(proctor, `${url}/resume`, { reason: '考生恢复' });
    expect(resumed.statusCode, resumed.body).toBe(200);
    const after = await attemptRow(c.attemptId);
    expect(after).toMatchObject({ status: 'in_progress', pausedAt: null });
    const moved = after.deadlineAt!.getTime() - before.deadlineAt!.getTime();
    expect(moved).toBeGreaterThanOrEqual(120_000);
    expect(moved).toBeLessThan(130_000);
    // Remaining after resume ≈ remaining at the pause (the two minutes were not counted).
    expect(Math.abs((resumed.json() as ProctorCandidate).remainingSeconds! - frozen)).toBeLessThanOrEqual(10);

    const notPaused = await post(proctor, `${url}/resume`, { reason: '重复操作' });
    expect(notPaused.json().error.code).toBe('PROCTOR_NOT_PAUSED');
    const [resumeEvent] = await server.ctx.db
      .select()
      .from(examEvents)
      .where(and(eq(examEvents.attemptId, c.attemptId), eq(examEvents.kind, 'resume')));
    expect(resumeEvent!.detail).toMatchObject({ reason: '考生恢复' });
    expect((resumeEvent!.detail as { pausedSeconds: number }).pausedSeconds).toBeGreaterThanOrEqual(120);
    expect(await auditRows('exam.paused', c.user.id)).toHaveLength(1);
    expect(await auditRows('exam.resumed', c.user.id)).toHaveLength(1);
  });

  it('a paused attempt is not closed by the deadline sweeper, and after resume it runs to its moved deadline', async () => {
    const c = fx.candidates[0]!;
    const url = `/api/proctoring/attempts/${c.attemptId}`;
    expect((await post(proctor, `${url}/pause`, { reason: '设备检修' })).statusCode).toBe(200);
    // While paused the original deadline (and its grace) passes.
    const pausedAt = new Date(Date.now() - 10 * 60_000);
    await server.ctx.db
      .update(examAttempts)
      .set({ pausedAt, deadlineAt: new Date(Date.now() - 5 * 60_000) })
      .where(eq(examAttempts.id, c.attemptId));
    await closeExpiredAttempts(server.ctx);
    expect((await attemptRow(c.attemptId)).status).toBe('paused');

    // Paused 10 minutes with 5 minutes left: after resume about 5 minutes remain.
    const resumed = await post(proctor, `${url}/resume`, { reason: '检修完毕' });
    expect(resumed.statusCode, resumed.body).toBe(200);
    const left = (resumed.json() as ProctorCandidate).remainingSeconds!;
    expect(left).toBeGreaterThan(5 * 60 - 10);
    expect(left).toBeLessThanOrEqual(5 * 60 + 1);
    await closeExpiredAttempts(server.ctx);
    expect((await attemptRow(c.attemptId)).status).toBe('in_progress');
  });

  it('cannot pause a candidate who has not started, nor one whose time is up', async () => {
    const ready = await post(proctor, `/api/proctoring/attempts/${fx.candidates[3]!.attemptId}/pause`, {
      reason: '测试暂停',
    });
    expect(ready.statusCode).toBe(409);
    expect(ready.json().error.code).toBe('ATTEMPT_NOT_STARTED');
    const c = fx.candidates[2]!;
    const old = await attemptRow(c.attemptId);
    await server.ctx.db
      .update(examAttempts)
      .set({ deadlineAt: new Date(Date.now() - 10 * 60_000) })
      .where(eq(examAttempts.id, c.attemptId));
    const late = await post(proctor, `/api/proctoring/attempts/${c.attemptId}/pause`, { reason: '测试暂停' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('PROCTOR_TIME_UP');
    await server.ctx.db
      .update(examAttempts)
      .set({ deadlineAt: old.deadlineAt })
      .where(eq(examAttempts.id, c.attemptId));
  });

  it('records an irregularity, shows it on the candidate and in the event log (polled with ?after)', async () => {
    const c = fx.candidates[2]!;
    const log0 = await get<ProctorEventList>(proctor, `/api/proctoring/rooms/${fx.roomId}/events`);
    const res = await post(proctor, `/api/proctoring/attempts/${c.attemptId}/irregularity`, {
      kind: 'cheating_suspected',
      note: '发现夹带纸条',
    });
    expect(res.statusCode, res.body).toBe(200);
    const row = res.json() as ProctorCandidate;
    expect(row.irregularities).toEqual([
      expect.objectContaining({
        kind: 'cheating_suspected',
        note: '发现夹带纸条',
        actorId: fx.proctors[1]!.user.id,
        actorName: fx.proctors[1]!.user.name,
      }),
    ]);
    // An irregularity is a record, not a verdict: the candidate keeps answering.
    expect(row.status).toBe('in_progress');

    const newer = await get<ProctorEventList>(
      proctor,
      `/api/proctoring/rooms/${fx.roomId}/events?after=${log0.lastId}`,
    );
    expect(newer.items.map((e) => e.kind)).toEqual(['irregularity']);
    expect(newer.items[0]).toMatchObject({
      attemptId: c.attemptId,
      candidateName: c.user.name,
      seatNo: 3,
      detail: { kind: 'cheating_suspected', note: '发现夹带纸条' },
      actorName: fx.proctors[1]!.user.name,
    });
    expect(newer.lastId).toBe(newer.items[0]!.id);
    const nothing = await get<ProctorEventList>(
      proctor,
      `/api/proctoring/rooms/${fx.roomId}/events?after=${newer.lastId}`,
    );
    expect(nothing).toEqual({ items: [], lastId: newer.lastId });
    const one = await get<ProctorEventList>(
      proctor,
      `/api/proctoring/rooms/${fx.roomId}/events?attemptId=${fx.candidates[0]!.attemptId}`,
    );
    expect(new Set(one.items.map((e) => e.attemptId))).toEqual(new Set([fx.candidates[0]!.attemptId]));
    expect(await auditRows('exam.irregularity', c.user.id)).toHaveLength(1);
  });

  it('pauses and resumes the whole room: every running attempt, one event and one audit row each', async () => {
    const started = fx.candidates.slice(0, 3);
    const paused = await post(proctor, `/api/proctoring/rooms/${fx.roomId}/pause`, { reason: '考场停电' });
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json()).toMatchObject({ changed: 3, skipped: 1 });
    let view = await live(fx);
    expect(view.summary).toMatchObject({ paused: 3, inProgress: 0 });
    for (const c of started) expect(await auditRows('exam.paused', c.user.id)).not.toHaveLength(0);

    const resumed = await post(proctor, `/api/proctoring/rooms/${fx.roomId}/resume`, { reason: '恢复供电' });
    expect(resumed.json()).toMatchObject({ changed: 3, skipped: 1 });
    view = await live(fx);
    expect(view.summary).toMatchObject({ paused: 0, inProgress: 3 });
    const events = await server.ctx.db
      .select()
      .from(examEvents)
      .where(and(eq(examEvents.sessionId, fx.sessionId), eq(examEvents.kind, 'resume')));
    expect(events.filter((e) => (e.detail as { roomWide?: boolean }).roomWide)).toHaveLength(3);
  });

  it('force submit closes the attempt with reason proctor, keeps the saved answers, and is audited', async () => {
    const c = fx.candidates[2]!;
    await server.ctx.db.update(examAttempts).set({ answeredCount: 0 }).where(eq(examAttempts.id, c.attemptId));
    const res = await post(proctor, `/api/proctoring/attempts/${c.attemptId}/force-submit`, {
      reason: '考生严重违纪，经主考同意收卷',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', submitReason: 'proctor', remainingSeconds: null });
    const a = await attemptRow(c.attemptId);
    expect(a).toMatchObject({ status: 'submitted', submitReason: 'proctor' });
    expect(a.submittedAt).not.toBeNull();
    const kinds = (await server.ctx.db.select().from(examEvents).where(eq(examEvents.attemptId, c.attemptId))).map(
      (e) => [e.kind, e.actorId],
    );
    expect(kinds).toContainEqual(['force_submit', fx.proctors[1]!.user.id]);
    expect(kinds).toContainEqual(['submitted', fx.proctors[1]!.user.id]);
    const audits = await auditRows('exam.force_submitted', c.user.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ reason: '考生严重违纪，经主考同意收卷' });

    // A submitted attempt takes no more actions (an irregularity may still be noted).
    for (const action of ['force-submit', 'pause', 'resume']) {
      const again = await post(proctor, `/api/proctoring/attempts/${c.attemptId}/${action}`, { reason: '再次操作' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('ATTEMPT_CLOSED');
    }
    const extra = await post(proctor, `/api/proctoring/attempts/${c.attemptId}/extra-time`, {
      minutes: 5,
      reason: '再次操作',
    });
    expect(extra.json().error.code).toBe('ATTEMPT_CLOSED');
    const note = await post(proctor, `/api/proctoring/attempts/${c.attemptId}/irregularity`, {
      kind: 'other',
      note: '交卷后补记',
    });
    expect(note.statusCode).toBe(200);
  });
});
