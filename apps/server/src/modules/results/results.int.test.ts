import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginUser } from '../../test/factories.js';
import { type Credentials, call, startTestServer, type TestServer } from '../../test/harness.js';
import { auditLog } from '../audit/audit.tables.js';
import { examAttempts, markingAssignments } from '../exams/exams.tables.js';
import { notifications } from '../notifications/notifications.tables.js';
import { simCheckOverrides, simRuns, skillAttempts } from '../simulation/simulation.tables.js';
import { finalResults, resultPublications } from './results.tables.js';
import { createFinishedPlan } from './testing/finished-plan.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const get = (as: Credentials, url: string) => call(server, as, { method: 'GET', url });
const post = (as: Credentials, url: string, body: unknown = {}) => call(server, as, { method: 'POST', url, body });
const auditOf = (event: string) => server.ctx.db.select().from(auditLog).where(eq(auditLog.event, event));

describe('final results: preview and publication', () => {
  it('previews live states, refuses to publish while marking (naming how many and what), then publishes once', async () => {
    const f = await createFinishedPlan(server, {
      candidates: [
        { theory: 85, skill: 72 },
        { theory: 55, skill: 90 },
        { theory: null, skill: 61 },
      ],
    });
    const admin = f.admin.creds;
    // The second candidate's theory is still being marked.
    await server.ctx.db
      .update(examAttempts)
      .set({ resultStatus: 'marking', totalScore: null })
      .where(eq(examAttempts.registrationId, f.candidates[1]!.registrationId));

    const preview = await get(f.lecturer.creds, `/api/exam-plans/${f.planId}/final-results`);
    expect(preview.statusCode).toBe(200);
    const p = preview.json();
    expect(p.publication).toBeNull();
    expect(p.plan.components).toEqual(['theory', 'skill']);
    expect(p.summary).toMatchObject({ candidates: 3, passed: 1, notReady: 1 });
    const states = p.items.map((r: { components: { state: string }[] }) => r.components.map((c) => c.state));
    expect(states).toEqual([
      ['scored', 'scored'],
      ['marking', 'scored'],
      ['absent', 'scored'],
    ]);
    expect(p.canAdminister).toBe(false);

    const refused = await post(admin, `/api/exam-plans/${f.planId}/final-results/publish`, { appealDays: 5 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('RESULTS_STILL_MARKING');
    expect(refused.json().error.message).toContain('1 名考生');
    expect(refused.json().error.message).toContain('理论知识考试');
    expect(
      await server.ctx.db.select().from(resultPublications).where(eq(resultPublications.planId, f.planId)),
    ).toEqual([]);

    // A lecturer cannot publish.
    const lecturer = await post(f.lecturer.creds, `/api/exam-plans/${f.planId}/final-results/publish`, {});
    expect(lecturer.statusCode).toBe(403);

    await server.ctx.db
      .update(examAttempts)
      .set({ resultStatus: 'final', totalScore: 64.5 })
      .where(eq(examAttempts.registrationId, f.candidates[1]!.registrationId));
    const ok = await post(admin, `/api/exam-plans/${f.planId}/final-results/publish`, { appealDays: 5 });
    expect(ok.statusCode).toBe(200);
    const r = ok.json();
    expect(r.publication.appealDays).toBe(5);
    expect(r.publication.windowOpen).toBe(true);
    expect(new Date(r.publication.appealUntil).getTime() - new Date(r.publication.publishedAt).getTime()).toBe(
      5 * 86_400_000,
    );
    expect(r.summary).toMatchObject({ candidates: 3, passed: 2, passRate: 0.6667, notReady: 0 });
    const rows = await server.ctx.db.select().from(finalResults).where(eq(finalResults.planId, f.planId));
    expect(rows).toHaveLength(3);
    expect(rows.find((x) => x.registrationId === f.candidates[2]!.registrationId)).toMatchObject({
      theoryScore: null,
      skillScore: 61,
      passed: false,
    });
    const audit = (await auditOf('results.published')).filter((a) => a.details.planId === f.planId);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ candidates: 3, passed: 2, appealDays: 5 });

    const sms = await server.ctx.db
      .select()
      .from(notifications)
      .where(eq(notifications.recipient, f.candidates[0]!.user.mobile));
    expect(sms.map((n) => n.template)).toContain('results_published');

    // Frozen: a later change to an attempt does not change the published rows.
    await server.ctx.db
      .update(examAttempts)
      .set({ totalScore: 10 })
      .where(eq(examAttempts.registrationId, f.candidates[0]!.registrationId));
    const after = (await get(admin, `/api/exam-plans/${f.planId}/final-results`)).json();
    expect(after.items[0].components[0].score).toBe(85);

    const again = await post(admin, `/api/exam-plans/${f.planId}/final-results/publish`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('RESULTS_ALREADY_PUBLISHED');

    const xlsx = await get(admin, `/api/exam-plans/${f.planId}/final-results.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const list = (await get(admin, '/api/final-results/plans')).json();
    expect(list.items.find((x: { planId: string }) => x.planId === f.planId)).toMatchObject({
      candidates: 3,
      passed: 2,
    });
  });

  it('requires the review for levels 2/1 and hides plans from other organisations', async () => {
    const f = await createFinishedPlan(server, {
      level: 2,
      candidates: [
        { theory: 80, skill: 80, review: 75 },
        { theory: 80, skill: 80, review: 59 },
      ],
    });
    const p = (await get(f.admin.creds, `/api/exam-plans/${f.planId}/final-results`)).json();
    expect(p.plan.components).toEqual(['theory', 'skill', 'review']);
    expect(p.items.map((r: { passed: boolean }) => r.passed)).toEqual([true, false]);
    const other = await createFinishedPlan(server, { candidates: [] });
    const res = await get(other.admin.creds, `/api/exam-plans/${f.planId}/final-results`);
    expect(res.statusCode).toBe(404);
    const cand = await get(f.candidates[0]!.creds, `/api/exam-plans/${f.planId}/final-results`);
    expect(cand.statusCode).toBe(403);
  });
});

describe('appeals (复核)', () => {
  it('accepts an appeal inside the window only, with the dates in the refusal', async () => {
    const f = await createFinishedPlan(server, {
      candidates: [{ theory: 58, skill: 70 }],
      publish: { appealUntil: new Date(Date.now() + 86_400_000) },
    });
    const c = f.candidates[0]!;
    const mine = (await get(c.creds, '/api/my/final-results')).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ passed: false, windowOpen: true, passMark: 60 });
    expect(mine.items[0].components[0]).toMatchObject({ component: 'theory', score: 58, passed: false });

    const short = await post(c.creds, `/api/final-results/${c.registrationId}/appeals`, {
      component: 'theory',
      reason: '太短',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].code).toBe('APPEAL_REASON_LENGTH');
    const review = await post(c.creds, `/api/final-results/${c.registrationId}/appeals`, {
      component: 'review',
      reason: '我认为评分有误，请重新评定',
    });
    expect(review.statusCode).toBe(422);

    const other = await createUser(server);
    const foreign = await post(await loginUser(server, other), `/api/final-results/${c.registrationId}/appeals`, {
      component: 'theory',
      reason: '我认为评分有误，请重新评定',
    });
    expect(foreign.statusCode).toBe(404);

    const ok = await post(c.creds, `/api/final-results/${c.registrationId}/appeals`, {
      component: 'theory',
      reason: '我认为简答题评分有误，请重新评定',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'submitted', component: 'theory' });
    const dup = await post(c.creds, `/api/final-results/${c.registrationId}/appeals`, {
      component: 'theory',
      reason: '再次申请复核理论知识考试',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('APPEAL_ALREADY_OPEN');
    expect((await auditOf('appeal.submitted')).some((a) => a.details.registrationId === c.registrationId)).toBe(true);

    // The window closes.
    const from = new Date('2026-03-01T02:00:00Z');
    const until = new Date('2026-03-08T02:00:00Z');
    await server.ctx.db
      .update(resultPublications)
      .set({ publishedAt: from, appealUntil: until })
      .where(eq(resultPublications.planId, f.planId));
    const late = await post(c.creds, `/api/final-results/${c.registrationId}/appeals`, {
      component: 'skill',
      reason: '我认为操作评分有误，请重新评定',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('APPEAL_WINDOW_CLOSED');
    expect(late.json().error.message).toContain('2026-03-01 10:00');
    expect(late.json().error.message).toContain('2026-03-08 10:00');
    const en = await call(server, c.creds, {
      method: 'POST',
      url: `/api/final-results/${c.registrationId}/appeals`,
      body: { component: 'skill', reason: '我认为操作评分有误，请重新评定' },
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().error.message).toContain('2026-03-08 10:00');
    expect((await get(c.creds, '/api/my/final-results')).json().items[0].windowOpen).toBe(false);
  });

  it('excludes the candidate and the original scorers of each component from re-marking', async () => {
    const f = await createFinishedPlan(server, {
      level: 2,
      candidates: [{ theory: 59, skill: 59, review: 59 }],
      publish: { appealUntil: new Date(Date.now() + 86_400_000) },
    });
    const c = f.candidates[0]!;
    const [theoryMarker, skillOverrider, clean] = f.examiners;
    const [attempt] = await server.ctx.db
      .select({ id: examAttempts.id })
      .from(examAttempts)
      .where(eq(examAttempts.registrationId, c.registrationId));
    await server.ctx.db
      .insert(markingAssignments)
      .values({ attemptId: attempt!.id, position: 1, slot: 1, markerId: theoryMarker!.id, score: 3 });
    const [sa] = await server.ctx.db
      .select({ id: skillAttempts.id })
      .from(skillAttempts)
      .where(eq(skillAttempts.registrationId, c.registrationId));
    const [run] = await server.ctx.db
      .select({ id: simRuns.id })
      .from(simRuns)
      .where(eq(simRuns.skillAttemptId, sa!.id))
      .limit(1);
    await server.ctx.db
      .update(skillAttempts)
      .set({ finalizedBy: theoryMarker!.id })
      .where(eq(skillAttempts.id, sa!.id));
    await server.ctx.db
      .insert(simCheckOverrides)
      .values({ runId: run!.id, checkId: 'c1', awarded: 1, reason: '人工复核', examinerId: skillOverrider!.id });

    const appeal = async (component: string) => {
      const res = await post(c.creds, `/api/final-results/${c.registrationId}/appeals`, {
        component,
        reason: '请求重新评定该部分成绩',
      });
      expect(res.statusCode).toBe(200);
      return res.json().id as string;
    };
    const theory = await appeal('theory');
    const skill = await appeal('skill');
    const review = await appeal('review');
    const admin = f.admin.creds;

    const eligible = async (id: string) => {
      const res = await get(admin, `/api/appeals/${id}/assignable`);
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { userId: string; eligible: boolean }[];
      return new Map(items.map((i) => [i.userId, i.eligible]));
    };
    const t = await eligible(theory);
    expect(t.get(theoryMarker!.id)).toBe(false);
    expect(t.get(skillOverrider!.id)).toBe(true);
    expect(t.get(f.committee[0]!.id)).toBe(true);
    expect(t.get(f.lecturer.user.id)).toBe(true);
    const s = await eligible(skill);
    expect(s.get(theoryMarker!.id)).toBe(false); // finalized the skill attempt
    expect(s.get(skillOverrider!.id)).toBe(false);
    expect(s.get(clean!.id)).toBe(true);
    const r = await eligible(review);
    for (const m of f.committee) expect(r.get(m.id)).toBe(false);
    expect(r.get(theoryMarker!.id)).toBe(true);

    const assign = (id: string, assigneeId: string) => post(admin, `/api/appeals/${id}/assign`, { assigneeId });
    const bad = await assign(skill, skillOverrider!.id);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('APPEAL_ASSIGNEE_INELIGIBLE');
    expect(bad.json().error.message).toContain('原操作技能考核评分');
    const self = await assign(review, c.user.id);
    expect(self.statusCode).toBe(422);
    const notLecturerRole = await post(f.lecturer.creds, `/api/appeals/${theory}/assign`, { assigneeId: clean!.id });
    expect(notLecturerRole.statusCode).toBe(403);
    const good = await assign(review, theoryMarker!.id);
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ status: 'assigned', assignee: { id: theoryMarker!.id } });
    expect((await auditOf('appeal.assigned')).some((a) => a.details.appealId === review)).toBe(true);
  });

  it('lets only the assignee decide; a changed score rewrites the result and its pass', async () => {
    const f = await createFinishedPlan(server, {
      candidates: [{ theory: 58, skill: 75 }],
      publish: { appealUntil: new Date(Date.now() + 86_400_000) },
    });
    const c = f.candidates[0]!;
    const appealId = (
      await post(c.creds, `/api/final-results/${c.registrationId}/appeals`, {
        component: 'theory',
        reason: '简答题第三题评分明显偏低',
      })
    ).json().id;
    const marker = await loginUser(server, f.examiners[1]!);
    const outsider = await loginUser(server, f.examiners[2]!);
    expect((await get(marker, `/api/appeals/${appealId}`)).statusCode).toBe(404);
    await post(f.admin.creds, `/api/appeals/${appealId}/assign`, { assigneeId: f.examiners[1]!.id });

    const tasks = (await get(marker, '/api/appeals/assigned')).json();
    expect(tasks.items).toEqual([expect.objectContaining({ id: appealId, component: 'theory', status: 'assigned' })]);
    const detail = (await get(marker, `/api/appeals/${appealId}`)).json();
    expect(detail).toMatchObject({ currentScore: 58, canDecide: true, reason: '简答题第三题评分明显偏低' });
    expect(detail.ticketNo).toBeTruthy();
    expect(JSON.stringify(detail)).not.toContain(c.user.name);
    expect(detail.breakdown.length).toBeGreaterThan(0);
    expect(detail.breakdown.reduce((s: number, b: { score: number }) => s + b.score, 0)).toBeCloseTo(58, 2);

    expect((await get(outsider, `/api/appeals/${appealId}`)).statusCode).toBe(404);
    const notMine = await post(outsider, `/api/appeals/${appealId}/decide`, {
      outcome: 'upheld',
      reason: '维持原评分，评分无误',
    });
    expect(notMine.statusCode).toBe(404);
    const staff = await post(f.admin.creds, `/api/appeals/${appealId}/decide`, {
      outcome: 'upheld',
      reason: '维持原评分，评分无误',
    });
    expect(staff.statusCode).toBe(403);
    const noScore = await post(marker, `/api/appeals/${appealId}/decide`, {
      outcome: 'changed',
      reason: '第三题应得满分，更改成绩',
    });
    expect(noScore.statusCode).toBe(400);
    expect(noScore.json().error.details[0].code).toBe('APPEAL_NEW_SCORE_REQUIRED');

    const decided = await post(marker, `/api/appeals/${appealId}/decide`, {
      outcome: 'changed',
      newScore: 62.5,
      reason: '第三题应得满分，更改成绩',
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'decided', previousScore: 58, newScore: 62.5, canDecide: false });
    const [row] = await server.ctx.db
      .select()
      .from(finalResults)
      .where(eq(finalResults.registrationId, c.registrationId));
    expect(row).toMatchObject({ theoryScore: 62.5, passed: true });
    const audit = (await auditOf('appeal.decided')).filter((a) => a.details.appealId === appealId);
    expect(audit[0]!.details).toMatchObject({
      previousScore: 58,
      newScore: 62.5,
      passedBefore: false,
      passedAfter: true,
    });

    const twice = await post(marker, `/api/appeals/${appealId}/decide`, {
      outcome: 'upheld',
      reason: '维持原评分，评分无误',
    });
    expect(twice.statusCode).toBe(409);
    const mine = (await get(c.creds, '/api/my/final-results')).json().items[0];
    expect(mine.passed).toBe(true);
    expect(mine.appeals[0]).toMatchObject({ status: 'decided', outcome: 'changed', newScore: 62.5, assignee: null });
    const staffList = (await get(f.lecturer.creds, `/api/exam-plans/${f.planId}/appeals`)).json();
    expect(staffList.items[0]).toMatchObject({ id: appealId, candidateName: c.user.name, status: 'decided' });
  });
});
