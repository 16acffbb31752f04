import type { AbilityReport } from '@crossskill/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../platform/pdf/index.js';
import { createOrg, createUser, loginUser } from '../../../test/factories.js';
import { anonymous, type Credentials, call, startTestServer, type TestServer } from '../../../test/harness.js';
import { createPlatformAdmin, errorCode } from '../../../test/support.js';
import { simCheckOverrides, simRuns, simTasks, skillAttempts } from '../../simulation/simulation.tables.js';
import { createFinishedPlan, type FinishedPlan } from '../testing/finished-plan.js';
import { setFunctionRates } from './testing/scores.js';

const THEORY = {
  职业道德: 0.8,
  基础知识: 0.8,
  产品及服务信息管理: 0.8,
  线上店铺设计与装修: 0.8,
  营销推广: 0.4,
  业务处理: 0.8,
  客户服务: 0.9,
  商务数据分析: 0.8,
};
const SKILL = {
  产品及服务信息管理: 0.7,
  线上店铺设计与装修: 0.7,
  营销推广: 0.3,
  业务处理: 0.7,
  客户服务: 0.95,
  商务数据分析: 0.9,
};

describe('ability evaluation report (能力评价报告)', () => {
  let server: TestServer;
  let published: FinishedPlan;
  let unpublished: FinishedPlan;
  let platformAdmin: Credentials;
  let outsiderStaff: Credentials;
  const reportOf = (as: Credentials, registrationId: string, pdf = false) =>
    call(server, as, { method: 'GET', url: `/api/final-results/${registrationId}/report${pdf ? '.pdf' : ''}` });

  beforeAll(async () => {
    server = await startTestServer();
    published = await createFinishedPlan(server, {
      candidates: [
        { theory: 74, skill: 66 },
        { theory: null, skill: null },
      ],
      publish: { appealUntil: new Date(Date.now() + 7 * 86_400_000) },
    });
    unpublished = await createFinishedPlan(server, { candidates: [{ theory: 75, skill: 65 }] });
    await setFunctionRates(server, published.candidates[0]!.registrationId, { theory: THEORY, skill: SKILL });
    platformAdmin = (await createPlatformAdmin(server)).as;
    const other = await createOrg(server, 'institution');
    outsiderStaff = await loginUser(
      server,
      await createUser(server, { roles: [{ orgId: other.id, role: 'lecturer' }] }),
    );
  }, 120_000);
  afterAll(() => server.close());

  it('combines theory and skill rows per occupational function for the candidate after publication', async () => {
    const c = published.candidates[0]!;
    const res = await reportOf(c.creds, c.registrationId);
    expect(res.statusCode).toBe(200);
    const r = res.json() as AbilityReport;
    expect(r).toMatchObject({
      candidateName: c.user.name,
      occupation: { code: '4-01-02-02', name: '电子商务师' },
      level: 4,
      levelName: '四级/中级工',
      workType: '跨境电子商务师',
      passMark: 60,
      theory: { status: 'final', score: 74, passed: true },
      skill: { status: 'final', score: 66, passed: true },
      review: { required: false, score: null },
      passed: true,
    });
    expect(r.standardVersion.label).toBeTruthy();
    const marketingTheory = r.theoryRows.find((x) => x.item === '营销推广')!;
    expect(marketingTheory).toMatchObject({
      group: '相关知识要求',
      weight: 15,
      paperPoints: 15,
      paperScore: 6,
      rate: 40,
    });
    expect(r.theoryRows.find((x) => x.item === '职业道德')).toMatchObject({ group: '基本要求', weight: 5, rate: 80 });
    expect(r.skillRows.find((x) => x.item === '营销推广')).toMatchObject({
      weight: 15,
      points: 15,
      score: 4.5,
      rate: 30,
    });

    const fn = (name: string) => r.functions.find((f) => f.name === name);
    expect(r.functions.slice(0, 2).map((f) => [f.name, f.kind])).toEqual([
      ['职业道德', 'basic'],
      ['基础知识', 'basic'],
    ]);
    expect(fn('营销推广')).toMatchObject({ rate: 35, band: 'weak', theoryScore: 6, skillScore: 4.5 });
    expect(fn('客户服务')).toMatchObject({ rate: 93, band: 'strength' });
    expect(fn('商务数据分析')).toMatchObject({ rate: 86, band: 'strength' });
    expect(fn('产品及服务信息管理')).toMatchObject({ rate: 73.3, band: 'adequate' });

    expect(r.strengths.map((s) => s.name)).toEqual(['客户服务', '商务数据分析', '职业道德', '基础知识']);
    expect(r.toTrain.map((t) => t.name)).toEqual(['营销推广']);
    const train = r.toTrain[0]!;
    expect(train.courses).toEqual([]);
    const expected = await server.ctx.db
      .select({ code: simTasks.code })
      .from(simTasks)
      .where(
        and(
          eq(simTasks.level, 4),
          eq(simTasks.workType, '跨境电子商务师'),
          eq(simTasks.weightItem, '营销推广'),
          eq(simTasks.status, 'active'),
        ),
      );
    expect(expected.length).toBeGreaterThan(0);
    expect(train.practice.length).toBe(Math.min(5, expected.length));
    for (const p of train.practice) {
      expect(expected.map((e) => e.code)).toContain(p.code);
      expect(p).toMatchObject({ kind: 'practice', url: '/sim/practice' });
    }
  });

  it('applies the examiners’ overrides to the skill rows', async () => {
    const c = published.candidates[0]!;
    const [sa] = await server.ctx.db
      .select({ id: skillAttempts.id })
      .from(skillAttempts)
      .where(eq(skillAttempts.registrationId, c.registrationId));
    const [run] = await server.ctx.db
      .select({ id: simRuns.id })
      .from(simRuns)
      .where(and(eq(simRuns.skillAttemptId, sa!.id), eq(simRuns.weightItem, '营销推广')));
    await server.ctx.db.insert(simCheckOverrides).values({
      runId: run!.id,
      checkId: 'all',
      awarded: 60,
      reason: '复核加分',
      examinerId: published.examiners[0]!.id,
    });
    try {
      const r = (await reportOf(published.lecturer.creds, c.registrationId)).json() as AbilityReport;
      expect(r.skillRows.find((x) => x.item === '营销推广')).toMatchObject({ score: 9, rate: 60 });
      expect(r.functions.find((f) => f.name === '营销推广')).toMatchObject({ rate: 50, band: 'weak' });
    } finally {
      await server.ctx.db.delete(simCheckOverrides).where(eq(simCheckOverrides.runId, run!.id));
    }
  });

  it('answers the plan staff and platform admins; anyone else gets 404 as for an unknown registration', async () => {
    const id = published.candidates[0]!.registrationId;
    expect((await reportOf(published.admin.creds, id)).statusCode).toBe(200);
    expect((await reportOf(published.lecturer.creds, id)).statusCode).toBe(200);
    expect((await reportOf(platformAdmin, id)).statusCode).toBe(200);
    for (const who of [published.candidates[1]!.creds, outsiderStaff, unpublished.candidates[0]!.creds]) {
      const res = await reportOf(who, id);
      expect(res.statusCode).toBe(404);
      expect(errorCode(res)).toBe('REGISTRATION_NOT_FOUND');
    }
    expect((await reportOf(published.admin.creds, crypto.randomUUID())).statusCode).toBe(404);
    expect((await reportOf(anonymous, id)).statusCode).toBe(401);
    expect((await reportOf(anonymous, id, true)).statusCode).toBe(401);
  });

  it('refuses the candidate before publication with 409, while the staff see it once marked', async () => {
    const c = unpublished.candidates[0]!;
    const res = await reportOf(c.creds, c.registrationId);
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('ABILITY_REPORT_NOT_PUBLISHED');
    expect(res.json().error.message).toContain('成绩发布后');
    expect((await reportOf(c.creds, c.registrationId, true)).statusCode).toBe(409);
    const staff = await reportOf(unpublished.lecturer.creds, c.registrationId);
    expect(staff.statusCode).toBe(200);
    expect(staff.json()).toMatchObject({ publishedAt: null, passed: null, theory: { score: 75 } });
  });

  it('refuses with 409 while neither the theory nor the skill result is final', async () => {
    const c = published.candidates[1]!;
    for (const who of [c.creds, published.admin.creds]) {
      const res = await reportOf(who, c.registrationId);
      expect(res.statusCode).toBe(409);
      expect(errorCode(res)).toBe('ABILITY_REPORT_NOT_READY');
    }
  });

  it('shows the combined review score for levels 2 and 1 before publication (staff)', async () => {
    const plan = await createFinishedPlan(server, { level: 2, candidates: [{ theory: 70, skill: 62, review: 68 }] });
    const res = await reportOf(plan.lecturer.creds, plan.candidates[0]!.registrationId);
    expect(res.statusCode).toBe(200);
    const r = res.json() as AbilityReport;
    expect(r).toMatchObject({ level: 2, review: { required: true, score: 68, passed: true }, publishedAt: null });
    expect(r.functions.some((f) => f.name === '技术管理与培训')).toBe(true);
  });

  it('renders an A4 PDF with the Chinese text, the functions and the training advice', async () => {
    const c = published.candidates[0]!;
    const res = await reportOf(c.creds, c.registrationId, true);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('能力评价报告'));
    const bytes = new Uint8Array(res.rawPayload);
    expect(bytes.length).toBeLessThan(300 * 1024);
    const text = (await extractPdfText(bytes)).join('\n');
    for (const s of [
      '能力评价报告',
      c.user.name,
      '职业功能能力雷达图',
      '职业道德',
      '营销推广',
      '客户服务',
      '待提升能力与训练建议',
      '暂无覆盖该职业功能的课程',
      '合格线 60%',
    ]) {
      expect(text).toContain(s);
    }
  });
});
