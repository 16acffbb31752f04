import type { WarningRules } from '@crossskill/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginUser } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { errorCode } from '../../../test/support.js';
import { examPlans, examRegistrations } from '../../exams/exams.tables.js';
import { standardVersions } from '../../standards/index.js';
import { simRuns, skillAttempts, skillExamExaminers, skillExamParts } from '../simulation.tables.js';
import { apiFor, createPracticeWorld, type Member, orderTaskFromLibrary, type PracticeWorld } from './testing/world.js';

/**
 * The practice routes on a run of a skill exam (the skill module creates those; here the rows are written directly):
 * the attempt's clock closes the run, no feedback reaches the candidate, and the review belongs to the examiners.
 */
let server: TestServer;
let w: PracticeWorld;
let api: ReturnType<typeof apiFor>;
let examiner: Member;
let otherExaminer: Member;
let attemptId: string;
let runId: string;

const answer = (seq: number, value: number) => ({
  action: { type: 'answer.submit', key: 'unshippedCount', value },
  expectedSeq: seq,
});

beforeAll(async () => {
  server = await startTestServer();
  w = await createPracticeWorld(server);
  api = apiFor(server);
  const db = server.ctx.db;
  const examinerUser = await createUser(server, { roles: [{ orgId: w.org.id, role: 'examiner' }] });
  examiner = { user: examinerUser, as: await loginUser(server, examinerUser) };
  const otherUser = await createUser(server, { roles: [{ orgId: w.org.id, role: 'examiner' }] });
  otherExaminer = { user: otherUser, as: await loginUser(server, otherUser) };

  const [version] = await db.select({ id: standardVersions.id }).from(standardVersions).limit(1);
  const [plan] = await db
    .insert(examPlans)
    .values({
      orgId: w.org.id,
      name: '技能考核测试计划',
      level: 5,
      workType: '跨境电子商务师',
      standardVersionId: version!.id,
      modes: ['skill'],
      bankIds: [],
      warningRules: {} as WarningRules,
      passMark: 60,
    })
    .returning();
  await db
    .insert(skillExamParts)
    .values({ planId: plan!.id, blueprint: [], startsAt: new Date(), durationMinutes: 90 });
  await db.insert(skillExamExaminers).values({ planId: plan!.id, userId: examiner.user.id });
  const [reg] = await db
    .insert(examRegistrations)
    .values({ planId: plan!.id, userId: w.trainee.user.id, status: 'approved', eligibility: { input: {}, result: {} } })
    .returning();
  const [attempt] = await db
    .insert(skillAttempts)
    .values({
      planId: plan!.id,
      registrationId: reg!.id,
      userId: w.trainee.user.id,
      seed: 'exam-seed',
      deadlineAt: new Date(Date.now() + 90 * 60_000),
    })
    .returning();
  attemptId = attempt!.id;

  // The exam run is a copy of a practice run of the same task, turned into one task of the attempt.
  const taskId = (await api(w.trainee.as, 'GET', `/api/sim/tasks?q=${orderTaskFromLibrary().code}`)).json().items[0].id;
  const practice = (await api(w.trainee.as, 'POST', '/api/sim/runs', { taskId })).json();
  const [source] = await db.select().from(simRuns).where(eq(simRuns.id, practice.id));
  const { id: _id, ...copy } = source!;
  const [run] = await db
    .insert(simRuns)
    .values({
      ...copy,
      kind: 'exam',
      skillAttemptId: attemptId,
      weightItem: '业务处理',
      rowPoints: 20,
      report: { results: [], awarded: 7, total: 10 },
    })
    .returning();
  runId = run!.id;
});
afterAll(() => server.close());

const setAttempt = (values: Partial<typeof skillAttempts.$inferInsert>) =>
  server.ctx.db.update(skillAttempts).set(values).where(eq(skillAttempts.id, attemptId));

describe('exam runs through the practice routes', () => {
  it('accepts the candidate’s actions while the attempt is in progress, and shows the deadline but no report', async () => {
    const res = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/actions`, answer(0, 2));
    expect(res.statusCode, res.body).toBe(200);
    const run = (await api(w.trainee.as, 'GET', `/api/sim/runs/${runId}`)).json();
    expect(run).toMatchObject({ kind: 'exam', seq: 1, skillAttemptId: attemptId, report: null });
    expect(run.deadlineAt).not.toBeNull();
    // Staff see the stored report.
    expect((await api(examiner.as, 'GET', `/api/sim/runs/${runId}`)).json().report).toMatchObject({ awarded: 7 });
  });

  it('gives no feedback and no reset during an exam', async () => {
    const check = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/check`, {});
    expect(check.statusCode).toBe(403);
    expect(errorCode(check)).toBe('SIM_FEEDBACK_HIDDEN');
    const reset = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/reset`, {});
    expect(reset.statusCode).toBe(409);
    expect(errorCode(reset)).toBe('SIM_RUN_EXAM_NO_RESET');
  });

  it('lets the part’s examiners and the plan’s staff replay the run, not the candidate or other examiners', async () => {
    const res = await api(examiner.as, 'GET', `/api/sim/runs/${runId}/replay`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ matchesStored: true, steps: [{ seq: 1, ok: true }] });
    expect((await api(w.lecturer.as, 'GET', `/api/sim/runs/${runId}/replay`)).statusCode).toBe(200);
    expect((await api(w.admin.as, 'GET', `/api/sim/runs/${runId}/replay`)).statusCode).toBe(200);
    expect((await api(w.trainee.as, 'GET', `/api/sim/runs/${runId}/replay`)).statusCode).toBe(404);
    expect((await api(otherExaminer.as, 'GET', `/api/sim/runs/${runId}/replay`)).statusCode).toBe(404);
    expect((await api(w.otherLecturer.as, 'GET', `/api/sim/runs/${runId}/replay`)).statusCode).toBe(404);
  });

  it('accepts an action within 30 s after the deadline, then closes the run (409 ATTEMPT_CLOSED)', async () => {
    await setAttempt({ deadlineAt: new Date(Date.now() - 20_000) });
    expect((await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/actions`, answer(1, 3))).statusCode).toBe(200);
    await setAttempt({ deadlineAt: new Date(Date.now() - 40_000) });
    const late = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/actions`, answer(2, 4));
    expect(late.statusCode).toBe(409);
    expect(errorCode(late)).toBe('ATTEMPT_CLOSED');
  });

  it('closes the run once the attempt is submitted, even before the deadline', async () => {
    await setAttempt({ deadlineAt: new Date(Date.now() + 60_000), status: 'submitted' });
    const res = await api(w.trainee.as, 'POST', `/api/sim/runs/${runId}/actions`, answer(2, 4));
    expect(errorCode(res)).toBe('ATTEMPT_CLOSED');
    expect((await api(w.trainee.as, 'GET', `/api/sim/runs/${runId}`)).json().seq).toBe(2);
  });
});
