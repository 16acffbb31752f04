import type { Answer, CandidateResponse, MarkingTask } from '@crossskill/contracts';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs, runDueJobs } from '../../../platform/jobs/index.js';
import { type Credentials, call, startTestServer, type TestServer } from '../../../test/harness.js';
import { auditLog } from '../../audit/audit.tables.js';
import { ITEM_ANALYSIS_JOB, itemResponses } from '../../questionbank/analysis/index.js';
import { examAttempts, examPlanMarkers, markingAssignments } from '../exams.tables.js';
import { createExamFixture, type ExamFixture, paperKeys } from '../testing/fixture.js';
import { maybeQueueItemAnalysis } from './index.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ authRateLimitPerMinute: 10_000 });
});
afterAll(() => server.close());

type Keyed = Awaited<ReturnType<typeof paperKeys>>[number];

/** The correct response (in displayed letters) of an objective item; a text for subjective ones. */
function rightResponse(k: Keyed): CandidateResponse {
  const a: Answer = k.answer;
  const shown = (key: string) => String.fromCharCode(65 + k.optionOrder.indexOf(key)) as 'A';
  switch (a.type) {
    case 'single':
      return { choices: [shown(a.key)] };
    case 'multiple':
      return { choices: a.keys.map(shown) };
    case 'true_false':
      return { value: a.value };
    case 'fill_blank':
      return { blanks: a.blanks.map((b) => b.accepted[0]!) };
    default:
      return { text: '尊敬的买家，您好！非常理解您的心情，包裹目前在清关中，跟踪号如下……' };
  }
}

/** Sits the exam through the runtime routes: identity, start, one save per position, submit. */
async function sit(fx: ExamFixture, i: number, respond: (k: Keyed) => CandidateResponse | null) {
  const c = fx.candidates[i]!;
  const keys = await paperKeys(server, fx.paper);
  const url = `/api/attempts/${c.attemptId}`;
  for (const step of ['confirm-identity', 'start']) {
    const res = await call(server, c.session, { method: 'POST', url: `${url}/${step}`, body: {} });
    expect(res.statusCode, res.body).toBe(200);
  }
  const saves = keys.map((k) => ({ position: k.position, version: 1, response: respond(k), flagged: false }));
  const saved = await call(server, c.session, { method: 'POST', url: `${url}/answers`, body: { saves } });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await call(server, c.session, { method: 'POST', url: `${url}/submit`, body: {} });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return keys;
}

async function tasksOf(who: Credentials): Promise<MarkingTask[]> {
  const res = await call(server, who, { method: 'GET', url: '/api/marking/tasks' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

/** Every examiner's open tasks, with who holds them. */
async function openTasks(fx: ExamFixture) {
  const all: { task: MarkingTask; marker: ExamFixture['examiners'][number] }[] = [];
  for (const e of fx.examiners) for (const task of await tasksOf(e.session)) all.push({ task, marker: e });
  return all;
}

/** Criteria summing to `total` within the rubric (fills criteria in order). */
function criteriaFor(task: MarkingTask, total: number): number[] {
  let left = total;
  return task.rubric.map((c) => {
    const x = Math.min(c.points, left);
    left -= x;
    return x;
  });
}

async function mark(who: Credentials, taskId: string, criteria: number[]) {
  return call(server, who, { method: 'POST', url: `/api/marking/tasks/${taskId}`, body: { criteria } });
}

async function attemptRow(id: string) {
  const [row] = await server.ctx.db.select().from(examAttempts).where(eq(examAttempts.id, id));
  return row!;
}

describe('objective-only exams', () => {
  it('finalises the result at submission, with a breakdown that sums to the total', async () => {
    const fx = await createExamFixture(server, { candidates: 2, objectiveItems: 10 });
    await sit(fx, 0, (k) => rightResponse(k));
    const row = await attemptRow(fx.candidates[0]!.attemptId);
    expect(row.resultStatus).toBe('final');
    expect(row.totalScore).toBe(100);
    expect(row.passed).toBe(true);

    const res = await call(server, fx.candidates[0]!.session, {
      method: 'GET',
      url: `/api/me/results/${fx.candidates[0]!.attemptId}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ total: 100, passMark: 60, passed: true, subjectiveScore: 0 });
    const sum = result.breakdown.reduce((s: number, r: { scored: number }) => s + r.scored, 0);
    expect(Math.round(sum * 100) / 100).toBe(result.total);
    const weighted = result.breakdown.filter((r: { weight: number | null }) => r.weight !== null);
    expect(weighted.map((r: { item: string }) => r.item)).toContain('职业道德');
    expect(result.breakdown.reduce((s: number, r: { rawAvailable: number }) => s + r.rawAvailable, 0)).toBe(
      result.paperTotal,
    );

    // Someone else's attempt, and one not submitted yet.
    const other = await call(server, fx.candidates[1]!.session, {
      method: 'GET',
      url: `/api/me/results/${fx.candidates[0]!.attemptId}`,
    });
    expect(other.statusCode).toBe(404);
    const notYet = await call(server, fx.candidates[1]!.session, {
      method: 'GET',
      url: `/api/me/results/${fx.candidates[1]!.attemptId}`,
    });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.code).toBe('RESULT_NOT_READY');
    expect(notYet.json().error.details[0].code).toBe('pending');
  });

  it('scores a wrong paper below the pass mark on the 100-point scale', async () => {
    const fx = await createExamFixture(server, { candidates: 1, objectiveItems: 8 });
    const keys = await sit(fx, 0, (k) => (k.position <= 2 ? rightResponse(k) : null));
    const row = await attemptRow(fx.candidates[0]!.attemptId);
    const paperTotal = keys.reduce((s, k) => s + k.points, 0);
    const got = keys.filter((k) => k.position <= 2).reduce((s, k) => s + k.points, 0);
    expect(row.totalScore).toBe(Math.round((got * 10_000) / paperTotal) / 100);
    expect(row.passed).toBe(false);
  });
});

describe('blind double marking', () => {
  let fx: ExamFixture;
  beforeAll(async () => {
    fx = await createExamFixture(server, { candidates: 3, objectiveItems: 6, subjectiveItems: 1 });
  });

  it('queues two tasks with different markers at submission and keeps the result in marking', async () => {
    await sit(fx, 0, (k) => rightResponse(k));
    expect((await attemptRow(fx.candidates[0]!.attemptId)).resultStatus).toBe('marking');
    const rows = await server.ctx.db
      .select()
      .from(markingAssignments)
      .where(eq(markingAssignments.attemptId, fx.candidates[0]!.attemptId));
    expect(rows.map((r) => r.slot).sort()).toEqual([1, 2]);
    expect(new Set(rows.map((r) => r.markerId)).size).toBe(2);
    const early = await call(server, fx.candidates[0]!.session, {
      method: 'GET',
      url: `/api/me/results/${fx.candidates[0]!.attemptId}`,
    });
    expect(early.json().error.details[0].code).toBe('marking');
  });

  it('shows the marker the item, rubric and response but nothing about the candidate or the slot', async () => {
    const open = await openTasks(fx);
    expect(open).toHaveLength(2);
    const c = fx.candidates[0]!;
    for (const { task } of open) {
      const text = JSON.stringify(task);
      for (const secret of [c.user.name, c.user.id, c.attemptId, c.registrationId, c.user.mobile]) {
        expect(text).not.toContain(secret);
      }
      expect(task).not.toHaveProperty('slot');
      expect(task.rubric.length).toBeGreaterThan(0);
      expect(task.response).toMatchObject({ text: expect.stringContaining('尊敬的买家') });
      expect(task.stemHtml.length).toBeGreaterThan(0);
      expect(task.status).toBe('open');
    }
    const one = await call(server, open[0]!.marker.session, {
      method: 'GET',
      url: `/api/marking/tasks/${open[0]!.task.id}`,
    });
    expect(one.statusCode).toBe(200);
  });

  it('refuses another marker’s task, a bad score and an unknown task', async () => {
    const open = await openTasks(fx);
    const { task, marker } = open[0]!;
    const stranger = fx.examiners.find((e) => !open.some((o) => o.marker === e))!;
    const res = await mark(stranger.session, task.id, criteriaFor(task, 1));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('MARKING_NOT_YOURS');
    const read = await call(server, stranger.session, { method: 'GET', url: `/api/marking/tasks/${task.id}` });
    expect(read.statusCode).toBe(403);
    // The candidate (no examiner role) is refused by the route's access rule.
    const candidate = await mark(fx.candidates[0]!.session, task.id, criteriaFor(task, 1));
    expect(candidate.statusCode).toBe(403);
    const over = criteriaFor(task, 0);
    over[0] = task.rubric[0]!.points + 0.5;
    for (const criteria of [over, [0.25, ...over.slice(1).fill(0)], [0]]) {
      const res = await mark(marker.session, task.id, criteria);
      expect(res.statusCode, JSON.stringify(criteria)).toBe(422);
      expect(res.json().error.code).toBe('MARKING_SCORE_INVALID');
    }
    const unknown = await mark(marker.session, '00000000-0000-4000-8000-000000000000', [1]);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('MARKING_NOT_FOUND');
  });

  it('scores the mean of two marks within the threshold and finalises the result', async () => {
    const open = await openTasks(fx);
    const [a, b] = open;
    const first = await mark(a!.marker.session, a!.task.id, criteriaFor(a!.task, 6));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'marked', mark: { score: 6 } });
    expect((await attemptRow(fx.candidates[0]!.attemptId)).resultStatus).toBe('marking');
    // The second marker still sees only their own task, not the first mark.
    const seen = await call(server, b!.marker.session, { method: 'GET', url: `/api/marking/tasks/${b!.task.id}` });
    expect(seen.json().mark).toBeNull();
    const second = await mark(b!.marker.session, b!.task.id, criteriaFor(b!.task, 7.5));
    expect(second.statusCode, second.body).toBe(200);
    const again = await mark(b!.marker.session, b!.task.id, criteriaFor(b!.task, 1));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('MARKING_TASK_CLOSED');

    const row = await attemptRow(fx.candidates[0]!.attemptId);
    expect(row.resultStatus).toBe('final');
    expect(row.subjectiveScore).toBe(6.75);
    const res = await call(server, fx.candidates[0]!.session, {
      method: 'GET',
      url: `/api/me/results/${fx.candidates[0]!.attemptId}`,
    });
    const result = res.json();
    const paperTotal = fx.paper.reduce((s, p) => s + p.points, 0);
    expect(result.total).toBe(Math.round(((paperTotal - fx.paper.at(-1)!.points + 6.75) * 10_000) / paperTotal) / 100);
    const sum = result.breakdown.reduce((s: number, r: { scored: number }) => s + r.scored, 0);
    expect(Math.round(sum * 100) / 100).toBe(result.total);

    // Each mark is audited under the marker, naming the task and not the candidate.
    const audited = await server.ctx.db.select().from(auditLog).where(eq(auditLog.event, 'exam.marked'));
    const ours = audited.filter((r) => [a!.task.id, b!.task.id].includes((r.details as { taskId: string }).taskId));
    expect(ours.map((r) => r.actorUserId).sort()).toEqual([a!.marker.user.id, b!.marker.user.id].sort());
    expect(ours.every((r) => r.subjectUserId === null)).toBe(true);
  });

  it('sends marks beyond the threshold to a third marker whose mark decides (第三评定分)', async () => {
    await sit(fx, 1, (k) => rightResponse(k));
    const open = await openTasks(fx);
    expect(open).toHaveLength(2);
    const [a, b] = open;
    expect((await mark(a!.marker.session, a!.task.id, criteriaFor(a!.task, 3))).statusCode).toBe(200);
    expect((await mark(b!.marker.session, b!.task.id, criteriaFor(b!.task, 8))).statusCode).toBe(200);
    expect((await attemptRow(fx.candidates[1]!.attemptId)).resultStatus).toBe('marking');

    const third = await openTasks(fx);
    expect(third).toHaveLength(1);
    expect([a!.marker, b!.marker]).not.toContain(third[0]!.marker);
    const [slot3] = await server.ctx.db
      .select()
      .from(markingAssignments)
      .where(and(eq(markingAssignments.attemptId, fx.candidates[1]!.attemptId), eq(markingAssignments.slot, 3)));
    expect(slot3!.markerId).toBe(third[0]!.marker.user.id);
    expect(JSON.stringify(third[0]!.task)).not.toMatch(/"score":\s*(3|8)\b/);

    expect((await mark(third[0]!.marker.session, third[0]!.task.id, criteriaFor(third[0]!.task, 5))).statusCode).toBe(
      200,
    );
    const row = await attemptRow(fx.candidates[1]!.attemptId);
    expect(row.resultStatus).toBe('final');
    expect(row.subjectiveScore).toBe(5);
  });

  it('shows staff the workload per marker and the progress', async () => {
    const res = await call(server, fx.admin.session, { method: 'GET', url: `/api/exam-plans/${fx.planId}/marking` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.markers).toHaveLength(3);
    expect(body.markers.reduce((s: number, m: { assigned: number }) => s + m.assigned, 0)).toBe(5);
    expect(body.markers.reduce((s: number, m: { done: number }) => s + m.done, 0)).toBe(5);
    expect(body.markers.every((m: { open: number }) => m.open === 0)).toBe(true);
    expect(body.progress).toMatchObject({ attempts: 3, submitted: 2, final: 2, tasksTotal: 5, tasksDone: 5 });
    expect(body.problems).toEqual([]);
    // A lecturer of another organisation's plan is refused; a trainee cannot reach the route.
    const other = await createExamFixture(server, { candidates: 0 });
    const foreign = await call(server, other.lecturer.session, {
      method: 'GET',
      url: `/api/exam-plans/${fx.planId}/marking`,
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('writes item responses and queues the item analysis once every attempt of the session is final', async () => {
    const examKey = `session:${fx.sessionId}`;
    const queued = async () =>
      (await server.ctx.db.select().from(jobs).where(eq(jobs.kind, ITEM_ANALYSIS_JOB))).filter(
        (j) => (j.payload as { examKey: string }).examKey === examKey,
      );
    expect(await queued()).toHaveLength(0);
    const responses = await server.ctx.db.select().from(itemResponses).where(eq(itemResponses.examKey, examKey));
    expect(responses).toHaveLength(2 * fx.paper.length);
    const choice = responses.find((r) => fx.paper.find((p) => p.revisionId === r.revisionId)?.type === 'single');
    expect(choice?.choiceMask).toBeGreaterThan(0);
    expect(choice?.score).toBe(choice?.maxScore);

    // The last candidate leaves everything blank: 0 for the subjective item without marking, final at once.
    await sit(fx, 2, () => null);
    const row = await attemptRow(fx.candidates[2]!.attemptId);
    expect(row).toMatchObject({ resultStatus: 'final', totalScore: 0, passed: false });
    expect(await queued()).toHaveLength(1);
    // Once per session: asking again (e.g. a sweeper) queues nothing more.
    const again = await server.ctx.db.transaction((tx) => maybeQueueItemAnalysis(tx, fx.sessionId));
    expect(again).toBeNull();
    expect(await queued()).toHaveLength(1);

    await runDueJobs(server.ctx);
    const analysis = await call(server, fx.lecturer.session, {
      method: 'GET',
      url: `/api/item-analysis/${encodeURIComponent(examKey)}`,
    });
    expect(analysis.statusCode, analysis.body).toBe(200);
    expect(analysis.json().items).toHaveLength(fx.paper.length);
  });

  it('exports one results row per candidate to Excel and gives statistics for the charts', async () => {
    const json = await call(server, fx.admin.session, { method: 'GET', url: `/api/exam-plans/${fx.planId}/results` });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json().items).toHaveLength(3);
    const res = await call(server, fx.lecturer.session, {
      method: 'GET',
      url: `/api/exam-plans/${fx.planId}/results?format=xlsx`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 10)).toEqual([
      '准考证号',
      '姓名',
      '场次',
      '考场',
      '座位',
      '客观题得分',
      '主观题得分',
      '总分',
      '合格/不合格',
      '状态',
    ]);
    expect(header.length).toBeGreaterThan(10);
    expect(ws.rowCount).toBe(1 + fx.candidates.length);
    const names = [2, 3, 4].map((r) => ws.getRow(r).getCell(2).value);
    expect(names.sort()).toEqual(fx.candidates.map((c) => c.user.name).sort());

    const stats = await call(server, fx.admin.session, {
      method: 'GET',
      url: `/api/exam-plans/${fx.planId}/statistics`,
    });
    expect(stats.statusCode, stats.body).toBe(200);
    const s = stats.json();
    expect(s.count).toBe(3);
    expect(s.distribution).toHaveLength(10);
    expect(s.distribution.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(3);
    expect(s.min).toBe(0);
    expect(s.byFunction.length).toBeGreaterThan(0);
  });
});

describe('too few markers', () => {
  it('leaves the attempt in marking, shows the problem, and assigns once markers are added', async () => {
    const fx = await createExamFixture(server, { candidates: 1, objectiveItems: 4, subjectiveItems: 1 });
    await server.ctx.db
      .delete(examPlanMarkers)
      .where(and(eq(examPlanMarkers.planId, fx.planId), eq(examPlanMarkers.userId, fx.examiners[0]!.user.id)));
    await server.ctx.db
      .delete(examPlanMarkers)
      .where(and(eq(examPlanMarkers.planId, fx.planId), eq(examPlanMarkers.userId, fx.examiners[1]!.user.id)));
    await sit(fx, 0, (k) => rightResponse(k));
    expect((await attemptRow(fx.candidates[0]!.attemptId)).resultStatus).toBe('marking');
    const page = await call(server, fx.admin.session, { method: 'GET', url: `/api/exam-plans/${fx.planId}/marking` });
    expect(page.json().problems).toEqual([
      expect.objectContaining({
        code: 'TOO_FEW_MARKERS',
        attempts: 1,
        message: expect.stringContaining('需要至少 2 名考评员'),
      }),
    ]);

    await server.ctx.db.insert(examPlanMarkers).values({ planId: fx.planId, userId: fx.examiners[0]!.user.id });
    const dist = await call(server, fx.admin.session, {
      method: 'POST',
      url: `/api/exam-plans/${fx.planId}/marking/distribute`,
    });
    expect(dist.statusCode, dist.body).toBe(200);
    expect(dist.json()).toEqual({ created: 2, problems: [] });

    // Two markers only: marks far apart wait for a third marker, shown as a problem.
    const open = await openTasks(fx);
    expect(open).toHaveLength(2);
    await mark(open[0]!.marker.session, open[0]!.task.id, criteriaFor(open[0]!.task, 0));
    await mark(open[1]!.marker.session, open[1]!.task.id, criteriaFor(open[1]!.task, 9));
    const after = await call(server, fx.admin.session, { method: 'GET', url: `/api/exam-plans/${fx.planId}/marking` });
    expect(after.json().problems).toEqual([expect.objectContaining({ code: 'NO_THIRD_MARKER', items: 1 })]);
    await server.ctx.db.insert(examPlanMarkers).values({ planId: fx.planId, userId: fx.examiners[1]!.user.id });
    const again = await call(server, fx.admin.session, {
      method: 'POST',
      url: `/api/exam-plans/${fx.planId}/marking/distribute`,
    });
    expect(again.json()).toEqual({ created: 1, problems: [] });
    const third = await openTasks(fx);
    expect(third.map((t) => t.marker.user.id)).toEqual([fx.examiners[1]!.user.id]);
  });
  it('assigns the waiting answers when the admin sets the plan’s markers', async () => {
    const fx = await createExamFixture(server, { candidates: 1, objectiveItems: 4, subjectiveItems: 1 });
    await server.ctx.db.delete(examPlanMarkers).where(eq(examPlanMarkers.planId, fx.planId));
    await sit(fx, 0, (k) => rightResponse(k));
    expect(await openTasks(fx)).toHaveLength(0);
    const set = await call(server, fx.admin.session, {
      method: 'PUT',
      url: `/api/exam-plans/${fx.planId}/markers`,
      body: { userIds: fx.examiners.slice(0, 2).map((e) => e.user.id) },
    });
    expect(set.statusCode, set.body).toBe(200);
    const open = await openTasks(fx);
    expect(open.map((t) => t.marker.user.id).sort()).toEqual(
      fx.examiners
        .slice(0, 2)
        .map((e) => e.user.id)
        .sort(),
    );
  });
});

describe('two markers finishing at once', () => {
  it('decides the item exactly once (the item’s tasks are locked in slot order)', async () => {
    const fx = await createExamFixture(server, { candidates: 1, objectiveItems: 2, subjectiveItems: 1 });
    await sit(fx, 0, (k) => rightResponse(k));
    const [a, b] = await openTasks(fx);
    const [ra, rb] = await Promise.all([
      mark(a!.marker.session, a!.task.id, criteriaFor(a!.task, 4)),
      mark(b!.marker.session, b!.task.id, criteriaFor(b!.task, 5)),
    ]);
    expect([ra!.statusCode, rb!.statusCode]).toEqual([200, 200]);
    const row = await attemptRow(fx.candidates[0]!.attemptId);
    expect(row).toMatchObject({ resultStatus: 'final', subjectiveScore: 4.5 });
    expect(await openTasks(fx)).toEqual([]);
  });
});
