import type { SkillAttempt, SkillPart, SkillReview } from '@crossskill/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createUser, loginUser } from '../../../test/factories.js';
import { call, startTestServer, type TestServer } from '../../../test/harness.js';
import { auditLog } from '../../audit/audit.tables.js';
import { createExamFixture, type ExamFixture } from '../../exams/testing/fixture.js';
import { simTasks, skillAttempts } from '../simulation.tables.js';
import { closeExpiredSkillAttempts } from './attempts.service.js';

let server: TestServer;
let fx: ExamFixture;
/** L4 跨境 skill weight table (003 §4.2). */
const WEIGHTS: [string, number][] = [
  ['产品及服务信息管理', 20],
  ['线上店铺设计与装修', 15],
  ['营销推广', 15],
  ['业务处理', 20],
  ['客户服务', 15],
  ['商务数据分析', 15],
];

async function libraryTasks(weightItem: string) {
  const rows = await server.ctx.db
    .select({ id: simTasks.id })
    .from(simTasks)
    .where(
      and(
        eq(simTasks.level, 4),
        eq(simTasks.workType, '跨境电子商务师'),
        eq(simTasks.weightItem, weightItem),
        eq(simTasks.status, 'active'),
      ),
    );
  return rows.map((r) => r.id);
}

async function blueprint() {
  return Promise.all(
    WEIGHTS.map(async ([weightItem, points]) => ({ weightItem, points, taskIds: await libraryTasks(weightItem) })),
  );
}

const partBody = async (over: Record<string, unknown> = {}) => ({
  blueprint: await blueprint(),
  startsAt: new Date(Date.now() - 60_000).toISOString(),
  durationMinutes: 120,
  lateEntryMinutes: 30,
  examinerIds: fx.examiners.map((e) => e.user.id),
  ...over,
});

beforeAll(async () => {
  server = await startTestServer({ authRateLimitPerMinute: 10_000 });
  fx = await createExamFixture(server, { candidates: 2 });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('setting up the skill part of a plan', () => {
  it('offers at least one active library task for every row of the level-4 cross-border skill weight table', async () => {
    for (const [item] of WEIGHTS) expect((await libraryTasks(item)).length, item).toBeGreaterThanOrEqual(1);
  });

  it('refuses two examiners (odd number ≥ 3) and a 60-minute exam (≥ 90) with one detail per rule', async () => {
    const res = await call(server, fx.admin.session, {
      method: 'PUT',
      url: `/api/exam-plans/${fx.planId}/skill`,
      body: await partBody({ examinerIds: fx.examiners.slice(0, 2).map((e) => e.user.id), durationMinutes: 60 }),
    });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error.code).toBe('EXAM_RULES_VIOLATED');
    const codes = body.error.details.map((d: { code: string }) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['MIN_DURATION', 'SKILL_EXAMINERS_MIN', 'SKILL_EXAMINERS_ODD']));
  });

  it('refuses a blueprint whose points differ from the weight table, naming the row', async () => {
    const bp = await blueprint();
    bp[0] = { ...bp[0]!, points: 25 };
    const res = await call(server, fx.admin.session, {
      method: 'PUT',
      url: `/api/exam-plans/${fx.planId}/skill`,
      body: await partBody({ blueprint: bp.slice(0, 5) }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('SKILL_BLUEPRINT_MISMATCH');
    const details = res.json().error.details as { field: string; code: string; message: string }[];
    expect(details.find((d) => d.code === 'ROW_POINTS')?.message).toContain('产品及服务信息管理');
    expect(details.find((d) => d.code === 'ROW_MISSING')?.message).toContain('商务数据分析');
  });

  it('does not let a lecturer change it (institution admin only)', async () => {
    const res = await call(server, fx.lecturer.session, {
      method: 'PUT',
      url: `/api/exam-plans/${fx.planId}/skill`,
      body: await partBody(),
    });
    expect(res.statusCode).toBe(403);
  });

  it('saves and publishes a valid part; the plan now has the skill mode; audited', async () => {
    const saved = await call(server, fx.admin.session, {
      method: 'PUT',
      url: `/api/exam-plans/${fx.planId}/skill`,
      body: await partBody(),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const part = saved.json() as SkillPart;
    expect(part.examiners).toHaveLength(3);
    expect(part.weightTable).toHaveLength(6);
    expect(part.staffing).toEqual([]);
    const pub = await call(server, fx.admin.session, {
      method: 'POST',
      url: `/api/exam-plans/${fx.planId}/skill/publish`,
      body: {},
    });
    expect(pub.statusCode, pub.body).toBe(200);
    expect((pub.json() as SkillPart).status).toBe('published');
    const audit = await server.ctx.db.select().from(auditLog).where(eq(auditLog.event, 'skill_part.published'));
    expect(audit.some((a) => (a.details as { planId?: string }).planId === fx.planId)).toBe(true);
  });
});

describe('a candidate sits the skill exam and examiners score it', () => {
  let attempt: SkillAttempt;

  it('refuses someone who is not an approved candidate', async () => {
    const org = await createOrg(server, 'institution');
    const stranger = await createUser(server, { roles: [{ orgId: org.id, role: 'trainee' }] });
    const res = await call(server, await loginUser(server, stranger), {
      method: 'POST',
      url: `/api/exam-plans/${fx.planId}/skill/start`,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('SKILL_NOT_REGISTERED');
  });

  it('starts with one task per blueprint row at the row points; starting again returns the same attempt', async () => {
    const cand = fx.candidates[0]!;
    const res = await call(server, cand.session, { method: 'POST', url: `/api/exam-plans/${fx.planId}/skill/start` });
    expect(res.statusCode, res.body).toBe(200);
    attempt = res.json();
    expect(attempt.runs.map((r) => [r.weightItem, r.points])).toEqual(WEIGHTS);
    expect(attempt.score).toBeNull();
    const again = await call(server, cand.session, { method: 'POST', url: `/api/exam-plans/${fx.planId}/skill/start` });
    expect(again.json().id).toBe(attempt.id);
    const mine = await call(server, cand.session, { method: 'GET', url: '/api/my/skill-exams' });
    expect(mine.json().items[0]).toMatchObject({ planId: fx.planId, attemptId: attempt.id, window: 'open' });
  });

  it('gives no scoring feedback during the exam', async () => {
    const run = attempt.runs[0]!;
    const res = await call(server, fx.candidates[0]!.session, {
      method: 'POST',
      url: `/api/sim/runs/${run.runId}/check`,
      body: {},
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('SIM_FEEDBACK_HIDDEN');
  });

  it('another candidate cannot see my attempt', async () => {
    const res = await call(server, fx.candidates[1]!.session, {
      method: 'GET',
      url: `/api/skill-attempts/${attempt.id}`,
    });
    expect(res.statusCode).toBe(404);
  });

  it('scores every check automatically at submission; the candidate sees the score only once final', async () => {
    const res = await call(server, fx.candidates[0]!.session, {
      method: 'POST',
      url: `/api/skill-attempts/${attempt.id}/submit`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', score: null });
    const review = await call(server, fx.examiners[0]!.session, {
      method: 'GET',
      url: `/api/skill-attempts/${attempt.id}/review`,
    });
    expect(review.statusCode, review.body).toBe(200);
    const r = review.json() as SkillReview;
    expect(r.runs).toHaveLength(6);
    for (const run of r.runs) {
      expect(run.report.results.length).toBeGreaterThan(0);
      expect(run.report.total).toBeGreaterThan(0);
      expect(run.report.scaled).toBeGreaterThanOrEqual(0);
      expect(run.report.scaled).toBeLessThanOrEqual(run.points);
    }
    expect(r.attempt.score).toBe(r.runs.reduce((s, run) => s + (run.report.scaled ?? 0), 0));
  });

  it('lets an examiner override one check with a written reason: the score moves and the audit log keeps the reason', async () => {
    const review = (
      await call(server, fx.examiners[0]!.session, { method: 'GET', url: `/api/skill-attempts/${attempt.id}/review` })
    ).json() as SkillReview;
    const run = review.runs[0]!;
    const check = run.report.results.find((c) => c.awarded < c.points) ?? run.report.results[0]!;
    const url = `/api/skill-attempts/${attempt.id}/runs/${run.runId}/checks/${check.checkId}/override`;
    const tooMany = await call(server, fx.examiners[0]!.session, {
      method: 'POST',
      url,
      body: { awarded: check.points + 1, reason: '多给一分试试看' },
    });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().error.code).toBe('SKILL_OVERRIDE_OUT_OF_RANGE');
    const noReason = await call(server, fx.examiners[0]!.session, {
      method: 'POST',
      url,
      body: { awarded: check.points, reason: '  ' },
    });
    expect(noReason.statusCode).toBe(400);
    const lecturer = await call(server, fx.lecturer.session, {
      method: 'POST',
      url,
      body: { awarded: check.points, reason: '讲师不能改分数' },
    });
    expect(lecturer.statusCode).toBe(403);

    const newPoints = check.awarded === check.points ? 0 : check.points;
    const ok = await call(server, fx.examiners[1]!.session, {
      method: 'POST',
      url,
      body: { awarded: newPoints, reason: '考生在备注中已说明，实际操作符合要求' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = ok.json() as SkillReview;
    const changed = after.runs[0]!.report.results.find((c) => c.checkId === check.checkId)!;
    expect(changed.awarded).toBe(newPoints);
    expect(changed.override?.reason).toBe('考生在备注中已说明，实际操作符合要求');
    expect(after.attempt.score).not.toBe(review.attempt.score);
    const [row] = await server.ctx.db.select().from(skillAttempts).where(eq(skillAttempts.id, attempt.id));
    expect(row!.autoScore).toBe(review.attempt.score);
    const audit = await server.ctx.db.select().from(auditLog).where(eq(auditLog.event, 'skill.check_overridden'));
    const entry = audit.find((a) => (a.details as { attemptId?: string }).attemptId === attempt.id);
    expect(entry?.details).toMatchObject({
      checkId: check.checkId,
      after: newPoints,
      reason: '考生在备注中已说明，实际操作符合要求',
    });
  });

  it('exports the candidates’ scores to Excel', async () => {
    const res = await call(server, fx.examiners[2]!.session, {
      method: 'GET',
      url: `/api/exam-plans/${fx.planId}/skill/attempts?format=xlsx`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const json = await call(server, fx.admin.session, {
      method: 'GET',
      url: `/api/exam-plans/${fx.planId}/skill/attempts`,
    });
    expect(json.json().items[0]).toMatchObject({ attemptId: attempt.id, overrides: 1, status: 'submitted' });
  });

  it('replays an exam run for an examiner and reproduces the stored state', async () => {
    const res = await call(server, fx.examiners[0]!.session, {
      method: 'GET',
      url: `/api/sim/runs/${attempt.runs[0]!.runId}/replay`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().matchesStored).toBe(true);
  });

  it('finalises: the candidate then sees the score, and no override is accepted any more', async () => {
    const fin = await call(server, fx.examiners[0]!.session, {
      method: 'POST',
      url: `/api/skill-attempts/${attempt.id}/finalize`,
    });
    expect(fin.statusCode, fin.body).toBe(200);
    const mine = (
      await call(server, fx.candidates[0]!.session, { method: 'GET', url: `/api/skill-attempts/${attempt.id}` })
    ).json() as SkillAttempt;
    expect(mine.status).toBe('final');
    expect(mine.score).toBe((fin.json() as SkillReview).attempt.score);
    const run = (fin.json() as SkillReview).runs[0]!;
    const late = await call(server, fx.examiners[0]!.session, {
      method: 'POST',
      url: `/api/skill-attempts/${attempt.id}/runs/${run.runId}/checks/${run.report.results[0]!.checkId}/override`,
      body: { awarded: 0, reason: '确认之后再改分数' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('SKILL_ATTEMPT_FINAL');
  });

  it('closes and scores an attempt whose time ran out; its runs then refuse actions', async () => {
    const cand = fx.candidates[1]!;
    const started = (
      await call(server, cand.session, { method: 'POST', url: `/api/exam-plans/${fx.planId}/skill/start` })
    ).json() as SkillAttempt;
    await server.ctx.db
      .update(skillAttempts)
      .set({ deadlineAt: new Date(Date.now() - 120_000) })
      .where(eq(skillAttempts.id, started.id));
    expect(await closeExpiredSkillAttempts(server.ctx)).toBe(1);
    const [row] = await server.ctx.db.select().from(skillAttempts).where(eq(skillAttempts.id, started.id));
    expect(row).toMatchObject({ status: 'submitted', submitReason: 'deadline' });
    expect(row!.autoScore).not.toBeNull();
    const res = await call(server, cand.session, {
      method: 'POST',
      url: `/api/sim/runs/${started.runs[0]!.runId}/actions`,
      body: { action: { type: 'answer.submit', key: 'late', value: 'x' }, expectedSeq: 0 },
    });
    expect(res.statusCode).toBe(409);
  });
});
