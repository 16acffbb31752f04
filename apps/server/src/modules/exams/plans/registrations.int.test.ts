import type { ExamPaperEntry } from '@crossskill/contracts';
import { eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../../platform/jobs/index.js';
import { extractPdfText } from '../../../platform/pdf/index.js';
import { type Credentials, call, startTestServer, type TestServer } from '../../../test/harness.js';
import { auditLog } from '../../audit/audit.tables.js';
import { users } from '../../identity/identity.tables.js';
import { examAttempts, examPlans, examRegistrations } from '../exams.tables.js';
import { createPlansWorld, DEMO_BLUEPRINT, ELIGIBLE_LEVEL4, type PlansWorld, sessionBody } from './testing/world.js';
import { ticketSignature } from './tickets.js';

let server: TestServer;
let w: PlansWorld;
let planId: string;
let sessionId: string;
const regIds: string[] = [];

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const api = (as: Credentials, method: Method, url: string, body?: unknown) => call(server, as, { method, url, body });

async function runAssignSeats(as: Credentials, id: string) {
  const res = await api(as, 'POST', `/api/exam-sessions/${id}/assign-seats`);
  expect(res.statusCode, res.body).toBe(202);
  await runDueJobs(server.ctx);
  const job = await api(as, 'GET', `/api/jobs/${res.json().jobId}`);
  return job.json();
}

beforeAll(async () => {
  server = await startTestServer();
  w = await createPlansWorld(server, { trainees: 4 });
  const created = await api(w.lecturer.session, 'POST', `/api/orgs/${w.org.id}/exam-plans`, {
    name: '2026年第四季度 四级跨境电子商务师 理论知识考试',
    level: 4,
    workType: '跨境电子商务师',
    bankIds: [w.bankId],
    blueprint: DEMO_BLUEPRINT,
  });
  planId = created.json().id;
  await server.ctx.db
    .update(users)
    .set({ idNumberMasked: '1101**********002X' })
    .where(eq(users.id, w.trainees[0]!.user.id));
});
afterAll(() => server.close());

describe('registration', () => {
  it('is refused before the plan is published', async () => {
    const res = await api(w.trainees[0]!.session, 'POST', `/api/exam-plans/${planId}/registrations`, {
      eligibility: ELIGIBLE_LEVEL4,
    });
    expect(res.statusCode).toBe(404);
    const pub = await api(w.admin.session, 'POST', `/api/exam-plans/${planId}/publish`);
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json().status).toBe('published');
    const open = await api(w.trainees[0]!.session, 'GET', '/api/exam-plans/open');
    expect(open.json().items.map((p: { id: string }) => p.id)).toContain(planId);
  });

  it('checks eligibility with the standard and shows the reasons', async () => {
    const ok = await api(w.trainees[0]!.session, 'POST', `/api/exam-plans/${planId}/registrations`, {
      eligibility: ELIGIBLE_LEVEL4,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'approved', eligibility: { eligible: true } });
    regIds.push(ok.json().id);

    const no = await api(w.trainees[1]!.session, 'POST', `/api/exam-plans/${planId}/registrations`, {
      eligibility: { work: [{ occupation: '电子商务师', from: '2024-01-01', to: '2025-01-01' }] },
    });
    expect(no.statusCode, no.body).toBe(201);
    const reg = no.json();
    expect(reg.status).toBe('ineligible');
    expect(reg.eligibility.eligible).toBe(false);
    const workClause = reg.eligibility.clauses.find((c: { text: string }) => c.text.includes('工作6年'));
    expect(workClause.missing.join('')).toContain('工作累计满 6 年');
    regIds.push(reg.id);

    const again = await api(w.trainees[0]!.session, 'POST', `/api/exam-plans/${planId}/registrations`, {
      eligibility: ELIGIBLE_LEVEL4,
    });
    expect(again.json().error.code).toBe('REGISTRATION_EXISTS');

    for (const t of w.trainees.slice(2)) {
      const r = await api(t.session, 'POST', `/api/exam-plans/${planId}/registrations`, {
        eligibility: ELIGIBLE_LEVEL4,
      });
      regIds.push(r.json().id);
    }
  });

  it('lets the institution admin approve an ineligible candidate with a reason, audited', async () => {
    const byLecturer = await api(w.lecturer.session, 'POST', `/api/registrations/${regIds[1]}/override`, {
      reason: '单位推荐，材料齐全',
    });
    expect(byLecturer.statusCode).toBe(403);
    const short = await api(w.admin.session, 'POST', `/api/registrations/${regIds[1]}/override`, { reason: '同意' });
    expect(short.statusCode).toBe(400);
    const ok = await api(w.admin.session, 'POST', `/api/registrations/${regIds[1]}/override`, {
      reason: '单位推荐，材料齐全',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', override: { reason: '单位推荐，材料齐全' } });
    expect(ok.json().eligibility.eligible).toBe(false);
    const rows = await server.ctx.db.select().from(auditLog).where(eq(auditLog.event, 'exam_registration.overridden'));
    expect(rows).toEqual([
      expect.objectContaining({
        actorUserId: w.admin.user.id,
        subjectUserId: w.trainees[1]!.user.id,
        details: expect.objectContaining({ reason: '单位推荐，材料齐全' }),
      }),
    ]);
  });

  it('lists registrations for staff with masked ID numbers, and exports Excel', async () => {
    const res = await api(w.lecturer.session, 'GET', `/api/exam-plans/${planId}/registrations`);
    expect(res.statusCode, res.body).toBe(200);
    const first = res.json().items.find((r: { id: string }) => r.id === regIds[0]);
    expect(first).toMatchObject({ candidateName: w.trainees[0]!.user.name, idNumberMasked: '1101**********002X' });
    expect(first.mobileMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
    const xlsx = await api(w.lecturer.session, 'GET', `/api/exam-plans/${planId}/registrations?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const trainee = await api(w.trainees[0]!.session, 'GET', `/api/exam-plans/${planId}/registrations`);
    expect(trainee.statusCode).toBe(403);
  });

  it('has no admission ticket before seats are assigned', async () => {
    const res = await api(w.trainees[0]!.session, 'GET', `/api/registrations/${regIds[0]}/ticket.pdf`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('REGISTRATION_NOT_PLACED');
  });
});

describe('seats and papers', () => {
  it('fails with the short cells and writes nothing when the banks cannot fill the papers', async () => {
    const s = await api(w.admin.session, 'POST', `/api/exam-plans/${planId}/sessions`, sessionBody(w, { seats: 3 }));
    expect(s.statusCode, s.body).toBe(201);
    sessionId = s.json().id;
    // Point the plan at the empty bank (allowed: no papers yet), then try.
    const patch = await api(w.lecturer.session, 'PATCH', `/api/exam-plans/${planId}`, { bankIds: [w.emptyBankId] });
    expect(patch.statusCode, patch.body).toBe(200);
    const job = await runAssignSeats(w.admin.session, sessionId);
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('EXAM_BLUEPRINT_SHORT');
    expect(job.error.details.length).toBeGreaterThan(0);
    expect(job.error.details[0].message).toMatch(/需 \d+ 题，题库仅有 0 题/);
    const placed = await server.ctx.db.select().from(examRegistrations).where(eq(examRegistrations.planId, planId));
    expect(placed.every((r) => r.seatNo === null && r.ticketNo === null)).toBe(true);
    expect(await server.ctx.db.select().from(examAttempts).where(eq(examAttempts.planId, planId))).toEqual([]);
    await api(w.lecturer.session, 'PATCH', `/api/exam-plans/${planId}`, { bankIds: [w.bankId] });
  });

  it('places candidates in seat order, gives unique ticket numbers and papers that meet the blueprint exactly', async () => {
    const job = await runAssignSeats(w.admin.session, sessionId);
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    // 4 approved (one by override), 3 seats.
    expect(job.result).toEqual({ placed: 3, unplaced: 1, attempts: 3 });
    const plan = (await api(w.lecturer.session, 'GET', `/api/exam-plans/${planId}`)).json();
    const regs = await server.ctx.db.select().from(examRegistrations).where(eq(examRegistrations.sessionId, sessionId));
    expect(regs.map((r) => r.seatNo).sort()).toEqual([1, 2, 3]);
    expect(new Set(regs.map((r) => r.ticketNo)).size).toBe(3);
    for (const r of regs) expect(r.ticketNo).toMatch(/^\d{17}$/);

    const attempts = await server.ctx.db.select().from(examAttempts).where(eq(examAttempts.sessionId, sessionId));
    expect(attempts).toHaveLength(3);
    const rowPoints = plan.blueprint.rows.map((r: { points: number }) => r.points);
    for (const a of attempts) {
      expect(a.status).toBe('ready');
      expect(a.paperSeed).toMatch(new RegExp(`^${sessionId}:${a.registrationId}(#\\d+)?$`));
      const paper = a.paper as ExamPaperEntry[];
      expect(paper.map((p) => p.position)).toEqual(paper.map((_, i) => i + 1));
      expect(new Set(paper.map((p) => p.questionId)).size).toBe(paper.length);
      const byRow = rowPoints.map((_: number, row: number) =>
        paper.filter((p) => p.row === row).reduce((s, p) => s + p.points, 0),
      );
      expect(byRow).toEqual(rowPoints);
      expect(paper.filter((p) => p.type === 'single')).toHaveLength(12);
      expect(paper.filter((p) => p.type === 'multiple').every((p) => p.optionOrder.length >= 4)).toBe(true);
    }
    // Drawn per candidate: not every paper is the same.
    const sets = attempts.map((a) =>
      (a.paper as ExamPaperEntry[])
        .map((p) => p.questionId)
        .sort()
        .join(),
    );
    expect(new Set(sets).size).toBeGreaterThan(1);
  });

  it('freezes the blueprint and rules once papers exist (the name may still change)', async () => {
    const bp = await api(w.lecturer.session, 'PATCH', `/api/exam-plans/${planId}`, {
      blueprint: { ...DEMO_BLUEPRINT, difficultyMix: { '2': 100 } },
    });
    expect(bp.statusCode).toBe(409);
    expect(bp.json().error).toMatchObject({ code: 'EXAM_PLAN_NOT_EDITABLE', details: [{ field: 'body.blueprint' }] });
    const shuffle = await api(w.lecturer.session, 'PATCH', `/api/exam-plans/${planId}`, { shuffleItems: false });
    expect(shuffle.statusCode).toBe(409);
    const name = await api(w.lecturer.session, 'PATCH', `/api/exam-plans/${planId}`, { name: '改名后的计划' });
    expect(name.statusCode, name.body).toBe(200);
    expect(name.json().frozen).toBe(true);
  });

  it('gives one fixed paper re-ordered per candidate in fixed mode', async () => {
    const created = await api(w.lecturer.session, 'POST', `/api/orgs/${w.org.id}/exam-plans`, {
      name: '统一试卷',
      level: 4,
      workType: '跨境电子商务师',
      bankIds: [w.bankId],
      blueprint: DEMO_BLUEPRINT,
      paperMode: 'fixed',
    });
    const fixedPlan = created.json().id;
    await api(w.admin.session, 'POST', `/api/exam-plans/${fixedPlan}/publish`);
    for (const t of w.trainees.slice(0, 2)) {
      await api(t.session, 'POST', `/api/exam-plans/${fixedPlan}/registrations`, { eligibility: ELIGIBLE_LEVEL4 });
    }
    const s = await api(w.admin.session, 'POST', `/api/exam-plans/${fixedPlan}/sessions`, sessionBody(w));
    const job = await runAssignSeats(w.admin.session, s.json().id);
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    const [plan] = await server.ctx.db.select().from(examPlans).where(eq(examPlans.id, fixedPlan));
    const fixed = (plan!.fixedPaper ?? []).map((p) => p.questionId).sort();
    expect(fixed).toHaveLength(20);
    const attempts = await server.ctx.db.select().from(examAttempts).where(eq(examAttempts.planId, fixedPlan));
    expect(attempts).toHaveLength(2);
    for (const a of attempts) expect((a.paper as ExamPaperEntry[]).map((p) => p.questionId).sort()).toEqual(fixed);
  });
});

describe('admission tickets', () => {
  it('gives the candidate a PDF whose text holds their name, seat and ticket number', async () => {
    const me = await api(w.trainees[0]!.session, 'GET', '/api/me/registrations');
    const mine = me.json().items.find((r: { planId: string }) => r.planId === planId);
    expect(mine).toMatchObject({ status: 'approved', attemptStatus: 'ready', planName: '改名后的计划' });
    expect(mine.result).toMatchObject({ status: 'pending', totalScore: null, passed: null, passMark: 60 });
    const res = await api(w.trainees[0]!.session, 'GET', `/api/registrations/${regIds[0]}/ticket.pdf`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const [text] = await extractPdfText(res.rawPayload);
    expect(text).toContain('理论知识考试准考证');
    expect(text).toContain(w.trainees[0]!.user.name);
    expect(text).toContain('1101**********002X');
    expect(text).toContain(mine.ticketNo);
    expect(text).toContain(`${mine.seatNo} 号`);
    expect(text).toContain('四级/中级工 跨境电子商务师');
    expect(text).toContain('第1考场（教学楼 301）');
    expect(text).not.toContain('\uFFFD');
  });

  it('does not show another candidate’s ticket to a trainee; staff may read any of the plan', async () => {
    const res = await api(w.trainees[1]!.session, 'GET', `/api/registrations/${regIds[0]}/ticket.pdf`);
    expect(res.statusCode).toBe(404);
    const staff = await api(w.lecturer.session, 'GET', `/api/registrations/${regIds[0]}/ticket.pdf`);
    expect(staff.statusCode).toBe(200);
  });

  it('zips one PDF per placed candidate of the session', async () => {
    const res = await api(w.lecturer.session, 'GET', `/api/exam-sessions/${sessionId}/tickets.zip`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const regs = await server.ctx.db.select().from(examRegistrations).where(eq(examRegistrations.sessionId, sessionId));
    expect(Object.keys(files).sort()).toEqual(regs.map((r) => `${r.ticketNo}.pdf`).sort());
    for (const [name, bytes] of Object.entries(files)) {
      const [text] = await extractPdfText(bytes);
      expect(text).toContain(name.replace('.pdf', ''));
    }
  });

  it('verifies a ticket’s QR signature publicly with masked information', async () => {
    const [reg] = await server.ctx.db.select().from(examRegistrations).where(eq(examRegistrations.id, regIds[0]!));
    const no = reg!.ticketNo!;
    const anon = { kind: 'anonymous' } as const;
    const ok = await api(anon, 'GET', `/api/tickets/verify?no=${no}&sig=${ticketSignature(server.ctx, no)}`);
    expect(ok.json()).toMatchObject({ valid: true, ticketNo: no, seatNo: reg!.seatNo });
    expect(ok.json().candidateName).toContain('*');
    const forged = await api(anon, 'GET', `/api/tickets/verify?no=${no}&sig=forged`);
    expect(forged.json()).toMatchObject({ valid: false, candidateName: null });
  });

  it('does not let a placed candidate withdraw', async () => {
    const res = await api(w.trainees[0]!.session, 'POST', `/api/registrations/${regIds[0]}/withdraw`);
    expect(res.json().error.code).toBe('REGISTRATION_PLACED');
  });
});
