import { QUESTION_TYPES, type QuestionDraft } from '@crossskill/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates } from '../modules/certificates/certificates.tables.js';
import { examAnswers, examAttempts, examPlans, examRegistrations } from '../modules/exams/exams.tables.js';
import { users } from '../modules/identity/index.js';
import { memberships, organizations } from '../modules/orgs/index.js';
import { checkDrafts, loadBankForExport, questionBanks } from '../modules/questionbank/index.js';
import { finalResults, resultPublications } from '../modules/results/results.tables.js';
import {
  reviewCommitteeMembers,
  reviewDefences,
  reviewMaterials,
  reviewParts,
} from '../modules/review/review.tables.js';
import { simRunActions, simRuns, skillAttempts } from '../modules/simulation/simulation.tables.js';
import { anonymous, type Credentials, call, startTestServer, type TestServer } from '../test/harness.js';
import { DEMO_BANK, DEMO_QUESTIONS } from './demo-questions.js';
import { DEMO_PASSWORD, formatDemoAccounts, seedDemo } from './seed-demo.js';
import { DEMO_EXAM } from './seed-demo-exam.js';
import { DEMO_FINISHED, DEMO_PENDING } from './seed-demo-results.js';
import { DEMO_REVIEW } from './seed-demo-review.js';

let server: TestServer;
let lecturer: Credentials;
let bankId: string;
let versionId: string;

beforeAll(async () => {
  server = await startTestServer();
  await seedDemo(server.ctx);
  const [bank] = await server.ctx.db
    .select({ id: questionBanks.id })
    .from(questionBanks)
    .innerJoin(organizations, eq(organizations.id, questionBanks.orgId))
    .where(and(eq(questionBanks.name, DEMO_BANK.name), eq(organizations.name, '徐州跨境电商职业培训学校（演示）')));
  bankId = bank!.id;
  const login = await call(server, anonymous, {
    method: 'POST',
    url: '/api/auth/login',
    body: { account: '13800000003', password: DEMO_PASSWORD, client: 'app' },
  });
  expect(login.statusCode, login.body).toBe(200);
  lecturer = { kind: 'bearer', token: login.json().token };
  const list = await call(server, anonymous, { method: 'GET', url: '/api/standards/versions' });
  versionId = list.json().items.find((v: { label: string }) => v.label === '2022').id;
  // the whole demo (three plans held, papers assembled, skill runs replayed, a certificate signed) on a busy machine
}, 240_000);
afterAll(() => server.close());

const get = (url: string) => call(server, lecturer, { method: 'GET', url });

describe('demo seed: question bank', () => {
  it('is idempotent: seeding again adds no bank and no question', async () => {
    const before = await loadBankForExport(server.ctx, bankId);
    const accounts = await seedDemo(server.ctx);
    expect(accounts).toHaveLength(14);
    const banks = await server.ctx.db.select().from(questionBanks).where(eq(questionBanks.name, DEMO_BANK.name));
    expect(banks).toHaveLength(1);
    const after = await loadBankForExport(server.ctx, bankId);
    expect(after.questions.map((q) => q.id)).toEqual(before.questions.map((q) => q.id));
  });

  it('holds the demo items, all active, of every type and difficulty', async () => {
    const { bank, questions } = await loadBankForExport(server.ctx, bankId);
    expect(bank.orgName).toBe('徐州跨境电商职业培训学校（演示）');
    expect(questions).toHaveLength(DEMO_QUESTIONS.length);
    expect(questions.filter((q) => q.status === 'active').length).toBeGreaterThanOrEqual(35);
    expect(questions.every((q) => q.status === 'active')).toBe(true);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(new Set(questions.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(questions.every((q) => q.source === '演示题目' && !!q.explanation)).toBe(true);
  });

  it('tags every item to a level 4 跨境电子商务师 node or to a 基本要求 row of the published version', async () => {
    const { questions } = await loadBankForExport(server.ctx, bankId);
    for (const q of questions) {
      expect(q.tags).toMatchObject({ standardVersionId: versionId, level: 4, workType: '跨境电子商务师' });
      expect(!!q.tags?.knowledgeId || !!q.tags?.basicItem, q.stem).toBe(true);
    }
    // The module's own validation, again, on what was stored.
    const drafts: QuestionDraft[] = questions.map((q) => ({
      type: q.type,
      stem: q.stem,
      options: q.options,
      answer: q.answer,
      shuffleOptions: q.shuffleOptions,
      points: q.points,
      difficulty: q.difficulty,
      tags: q.tags,
      source: q.source,
      explanation: q.explanation,
    }));
    const { problems } = await checkDrafts(server.ctx.db, drafts);
    expect(problems).toEqual([]);

    const res = await get(
      `/api/question-banks/${bankId}/coverage?versionId=${versionId}&level=4&workType=${encodeURIComponent('跨境电子商务师')}&papers=1`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const coverage = res.json() as { rows: { item: string; items: number }[] };
    // Every row of the level 4 跨境电子商务师 theory weight table has items.
    expect(coverage.rows.length).toBeGreaterThan(0);
    for (const row of coverage.rows) expect(row.items, row.item).toBeGreaterThan(0);
    expect(coverage.rows.reduce((s, r) => s + r.items, 0)).toBe(DEMO_QUESTIONS.length);
  });

  it('lets the demo lecturer see the bank and list its active items', async () => {
    const banks = await get('/api/question-banks');
    expect(banks.statusCode, banks.body).toBe(200);
    const listed = banks.json().items.find((b: { id: string }) => b.id === bankId);
    expect(listed).toMatchObject({ name: DEMO_BANK.name, questionCount: DEMO_QUESTIONS.length, canEdit: true });

    const page = await get(`/api/question-banks/${bankId}/questions?status=active&pageSize=100`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().total).toBe(DEMO_QUESTIONS.length);
    expect(page.json().items.length).toBeGreaterThanOrEqual(35);

    const search = await get(`/api/question-banks/${bankId}/questions?q=${encodeURIComponent('计费重量')}`);
    expect(search.statusCode, search.body).toBe(200);
    expect(search.json().total).toBeGreaterThan(0);
  });

  it('mentions the bank in the banner', () => {
    expect(formatDemoAccounts([], 'http://localhost:3000')).toContain(DEMO_BANK.name);
  });
});

describe('demo seed: theory exam', () => {
  const login = async (mobile: string): Promise<Credentials> => {
    const res = await call(server, anonymous, {
      method: 'POST',
      url: '/api/auth/login',
      body: { account: mobile, password: DEMO_PASSWORD, client: 'app' },
    });
    expect(res.statusCode, res.body).toBe(200);
    return { kind: 'bearer', token: res.json().token };
  };

  it('publishes the level-4 plan with a blueprint the demo bank fills, the three demo examiners as markers and a staffed room', async () => {
    const plans = await server.ctx.db.select().from(examPlans).where(eq(examPlans.name, DEMO_EXAM.planName));
    expect(plans).toHaveLength(1);
    const plan = plans[0]!;
    const detail = await get(`/api/exam-plans/${plan.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      status: 'published',
      level: 4,
      workType: '跨境电子商务师',
      passMark: 60,
      lateEntryMinutes: DEMO_EXAM.lateEntryMinutes,
    });
    expect(
      detail
        .json()
        .markers.map((m: { name: string }) => m.name)
        .sort(),
    ).toEqual(['赵考评', '郑考评', '钱考评'].sort());
    const preview = await call(server, lecturer, {
      method: 'POST',
      url: `/api/exam-plans/${plan.id}/blueprint-preview`,
      body: { seed: 'demo' },
    });
    expect(preview.json().ok).toBe(true);
    const sessions = await get(`/api/exam-plans/${plan.id}/sessions`);
    const [session] = sessions.json().items;
    expect(session).toMatchObject({
      durationMinutes: DEMO_EXAM.durationMinutes,
      started: true,
      placed: 1,
      attempts: 1,
    });
    expect(session.rooms[0].proctors.map((p: { name: string }) => p.name).sort()).toEqual(['刘监考', '吴监考'].sort());
    expect(Math.abs(Date.parse(session.startsAt) - Date.now())).toBeLessThan(10 * 60_000);
  });

  it('has the demo trainee approved by override, seated, with a ready attempt whose paper meets the blueprint', async () => {
    const trainee = await login('13800000004');
    const res = await call(server, trainee, { method: 'GET', url: '/api/me/registrations' });
    expect(res.statusCode, res.body).toBe(200);
    const reg = res.json().items.find((r: { planName: string }) => r.planName === DEMO_EXAM.planName);
    expect(reg).toMatchObject({
      planName: DEMO_EXAM.planName,
      status: 'approved',
      override: { reason: DEMO_EXAM.overrideReason, byName: '李校长' },
      roomName: DEMO_EXAM.roomName,
      seatNo: 1,
      attemptStatus: 'ready',
    });
    expect(reg.ticketNo).toMatch(/^\d{17}$/);
    const [attempt] = await server.ctx.db.select().from(examAttempts).where(eq(examAttempts.id, reg.attemptId));
    const paper = attempt!.paper;
    expect(paper).toHaveLength(20);
    expect(paper.reduce((s, p) => s + p.points, 0)).toBe(100);
    expect(new Set(paper.map((p) => p.questionId)).size).toBe(20);
    const ticket = await call(server, trainee, { method: 'GET', url: `/api/registrations/${reg.id}/ticket.pdf` });
    expect(ticket.statusCode).toBe(200);
    expect(ticket.headers['content-type']).toBe('application/pdf');
  });

  it('has the demo skill exam published on the demo plan: open now, three examiners, the trainee can start it', async () => {
    const trainee = await login('13800000004');
    const mine = await call(server, trainee, { method: 'GET', url: '/api/my/skill-exams' });
    expect(mine.statusCode, mine.body).toBe(200);
    const item = mine.json().items.find((i: { planName: string }) => i.planName === DEMO_EXAM.planName);
    expect(item).toMatchObject({ planName: DEMO_EXAM.planName, window: 'open', attemptId: null });
    const examiner = await login('13800000011');
    const parts = await call(server, examiner, { method: 'GET', url: '/api/skill-parts' });
    expect(parts.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ planId: item.planId, isExaminer: true, status: 'published' })]),
    );
    const admin = await login('13800000002');
    const part = await call(server, admin, { method: 'GET', url: `/api/exam-plans/${item.planId}/skill` });
    expect(part.json()).toMatchObject({ status: 'published', staffing: [] });
    expect(part.json().examiners).toHaveLength(3);
  });
});

describe('demo seed: finished plans, published results, the review and the certificate', () => {
  const planNamed = async (name: string) => {
    const [plan] = await server.ctx.db.select().from(examPlans).where(eq(examPlans.name, name));
    return plan!;
  };
  const userId = async (mobile: string) =>
    (await server.ctx.db.select({ id: users.id }).from(users).where(eq(users.mobile, mobile)))[0]!.id;

  it('holds the finished level-4 plan: six candidates with final theory and skill results, published, review period over', async () => {
    const plan = await planNamed(DEMO_FINISHED.planName);
    expect(plan).toMatchObject({ status: 'finished', level: 4, workType: '跨境电子商务师', passMark: 60 });
    const attempts = await server.ctx.db.select().from(examAttempts).where(eq(examAttempts.planId, plan.id));
    expect(attempts).toHaveLength(6);
    for (const a of attempts) {
      expect(a).toMatchObject({ status: 'submitted', resultStatus: 'final' });
      expect(a.submittedAt!.getTime()).toBeLessThan(Date.now() - 30 * 86_400_000);
      // the answers add up to the total and every item of the assembled paper is answered
      const answers = await server.ctx.db.select().from(examAnswers).where(eq(examAnswers.attemptId, a.id));
      expect(answers).toHaveLength(a.paper.length);
      expect(answers.reduce((s, x) => s + (x.score ?? 0), 0)).toBeCloseTo(a.totalScore!, 2);
    }
    const skills = await server.ctx.db.select().from(skillAttempts).where(eq(skillAttempts.planId, plan.id));
    expect(skills).toHaveLength(6);
    for (const sk of skills) {
      expect(sk.status).toBe('final');
      const runs = await server.ctx.db.select().from(simRuns).where(eq(simRuns.skillAttemptId, sk.id));
      expect(runs).toHaveLength(6);
      expect(runs.every((r) => r.status === 'submitted' && r.report !== null)).toBe(true);
      const scaled = runs.reduce((s, r) => s + (r.report!.awarded / r.report!.total) * r.rowPoints!, 0);
      expect(scaled).toBeCloseTo(sk.score!, 0);
    }
    const [publication] = await server.ctx.db
      .select()
      .from(resultPublications)
      .where(eq(resultPublications.planId, plan.id));
    expect(publication!.appealUntil.getTime()).toBeLessThan(Date.now());
    const results = await server.ctx.db.select().from(finalResults).where(eq(finalResults.planId, plan.id));
    expect(results).toHaveLength(6);
    expect(results.filter((r) => !r.passed)).toHaveLength(1);
    const trainee = await userId('13800000004');
    expect(results.find((r) => r.userId === trainee)).toBeDefined();
  });

  it('lets the demo trainee pass with 商务数据分析 and 营销推广 as the weak functions', async () => {
    const plan = await planNamed(DEMO_FINISHED.planName);
    const trainee = await userId('13800000004');
    const [result] = await server.ctx.db
      .select()
      .from(finalResults)
      .where(and(eq(finalResults.planId, plan.id), eq(finalResults.userId, trainee)));
    expect(result!.passed).toBe(true);
    const [sk] = await server.ctx.db
      .select()
      .from(skillAttempts)
      .where(and(eq(skillAttempts.planId, plan.id), eq(skillAttempts.userId, trainee)));
    const runs = await server.ctx.db.select().from(simRuns).where(eq(simRuns.skillAttemptId, sk!.id));
    const share = (item: string) => {
      const r = runs.find((x) => x.weightItem === item)!;
      return r.report!.awarded / r.report!.total;
    };
    expect(share('商务数据分析')).toBeLessThan(0.6);
    expect(share('营销推广')).toBeLessThan(1);
    expect(share('业务处理')).toBe(1);
    // the runs were really operated: the solution's actions are logged
    const actions = await server.ctx.db
      .select()
      .from(simRunActions)
      .where(eq(simRunActions.runId, runs.find((x) => x.weightItem === '业务处理')!.id));
    expect(actions.length).toBeGreaterThan(0);
  });

  it('holds a second finished plan whose results are not published yet, with the second demo trainee', async () => {
    const plan = await planNamed(DEMO_PENDING.planName);
    expect(plan.status).toBe('finished');
    const pub = await server.ctx.db.select().from(resultPublications).where(eq(resultPublications.planId, plan.id));
    expect(pub).toHaveLength(0);
    const regs = await server.ctx.db.select().from(examRegistrations).where(eq(examRegistrations.planId, plan.id));
    expect(regs.map((r) => r.userId)).toContain(await userId('13800000014'));
    const attempts = await server.ctx.db.select().from(examAttempts).where(eq(examAttempts.planId, plan.id));
    expect(attempts.every((a) => a.resultStatus === 'final')).toBe(true);
  });

  it('sets up the level-2 review: published, three platform review members, the candidate with materials and a defence that has begun', async () => {
    const plan = await planNamed(DEMO_REVIEW.planName);
    expect(plan).toMatchObject({ level: 2, status: 'published' });
    const [part] = await server.ctx.db.select().from(reviewParts).where(eq(reviewParts.planId, plan.id));
    expect(part!.status).toBe('published');
    const members = await server.ctx.db
      .select({ userId: reviewCommitteeMembers.userId, orgKind: organizations.kind, role: memberships.role })
      .from(reviewCommitteeMembers)
      .innerJoin(memberships, eq(memberships.userId, reviewCommitteeMembers.userId))
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(reviewCommitteeMembers.planId, plan.id));
    expect(members).toHaveLength(3);
    expect(members.every((m) => m.orgKind === 'platform' && m.role === 'review_member')).toBe(true);
    expect(new Set(members.map((m) => m.userId))).toEqual(
      new Set([await userId('13800000007'), await userId('13800000012'), await userId('13800000013')]),
    );
    const [reg] = await server.ctx.db.select().from(examRegistrations).where(eq(examRegistrations.planId, plan.id));
    expect(reg).toMatchObject({ userId: await userId('13800000014'), status: 'approved' });
    const materials = await server.ctx.db
      .select()
      .from(reviewMaterials)
      .where(eq(reviewMaterials.registrationId, reg!.id));
    expect(materials.map((m) => m.kind).sort()).toEqual(['achievement', 'work_report']);
    const report = materials.find((m) => m.kind === 'work_report')!;
    expect(Buffer.from(report.content).subarray(0, 4).toString()).toBe('%PDF');
    const [defence] = await server.ctx.db
      .select()
      .from(reviewDefences)
      .where(eq(reviewDefences.registrationId, reg!.id));
    expect(defence!.startsAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(defence!.durationMinutes).toBeGreaterThanOrEqual(15);
  });

  it('issues the demo trainee a public certificate that verifies, printed in the banner', async () => {
    const trainee = await userId('13800000004');
    const rows = await server.ctx.db.select().from(certificates).where(eq(certificates.userId, trainee));
    expect(rows).toHaveLength(1);
    const cert = rows[0]!;
    expect(cert).toMatchObject({ status: 'issued', credentialPublic: true, level: 4, holderName: '陈学员' });
    expect(cert.photo).not.toBeNull();
    const accounts = await seedDemo(server.ctx);
    expect(accounts.certificate?.number).toBe(cert.number);
    expect(formatDemoAccounts(accounts, 'http://localhost:3000')).toContain(`/verify/${cert.number}`);
    const pub = await call(server, anonymous, { method: 'GET', url: `/api/public/certificates/${cert.number}` });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({ status: 'valid', number: cert.number, credentialPublic: true });
    expect(pub.json().holderName).not.toBe('陈学员');
    const credential = await call(server, anonymous, {
      method: 'GET',
      url: `/api/public/certificates/${cert.number}/credential`,
    });
    expect(credential.statusCode, credential.body).toBe(200);
    const verify = await call(server, anonymous, {
      method: 'POST',
      url: '/api/public/verify',
      body: credential.json(),
    });
    expect(verify.json().verdict).toBe('valid');
    // seeding again issued nothing more
    expect(await server.ctx.db.select().from(certificates).where(eq(certificates.userId, trainee))).toHaveLength(1);
  });
});
