import { weightTable } from '@crossskill/standards';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createUser, loginUser } from '../../../test/factories.js';
import { call, startTestServer, type TestServer } from '../../../test/harness.js';
import { createPlansWorld, DEMO_BLUEPRINT, type PlansWorld, sessionBody } from './testing/world.js';

let server: TestServer;
let w: PlansWorld;
let planId: string;

const api = (
  as: Parameters<typeof call>[1],
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
) => call(server, as, { method, url, body });

beforeAll(async () => {
  server = await startTestServer();
  w = await createPlansWorld(server);
  const res = await api(w.lecturer.session, 'POST', `/api/orgs/${w.org.id}/exam-plans`, {
    name: '2026年第四季度 四级跨境电子商务师 理论知识考试',
    level: 4,
    workType: '跨境电子商务师',
    bankIds: [w.bankId],
    blueprint: DEMO_BLUEPRINT,
  });
  expect(res.statusCode, res.body).toBe(201);
  planId = res.json().id;
});
afterAll(() => server.close());

describe('exam plans', () => {
  it('builds the blueprint from the version’s theory weight table, with the version in force and its pass mark', async () => {
    const res = await api(w.lecturer.session, 'GET', `/api/exam-plans/${planId}`);
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json();
    expect(plan).toMatchObject({
      status: 'draft',
      level: 4,
      levelName: '四级/中级工',
      workType: '跨境电子商务师',
      standardVersionLabel: '2022',
      passMark: 60,
      frozen: false,
      paperMode: 'per_candidate',
    });
    const table = weightTable('theory', 4, '跨境电子商务师');
    expect(plan.blueprint.rows.map((r: { item: string; weight: number }) => [r.item, r.weight])).toEqual(
      table.map((r) => [r.item, r.weight]),
    );
    // 100 points: each row's points are its weight.
    expect(plan.blueprint.rows.map((r: { points: number }) => r.points)).toEqual(table.map((r) => r.weight));
    expect(plan.blueprint.types).toEqual([
      { type: 'true_false', label: '判断题', count: 4, points: 5, totalPoints: 20 },
      { type: 'single', label: '单选题', count: 12, points: 5, totalPoints: 60 },
      { type: 'multiple', label: '多选题', count: 4, points: 5, totalPoints: 20 },
    ]);
    expect(plan.blueprint.itemCount).toBe(20);
    expect(plan.blueprint.difficultyTargets.map((d: { count: number }) => d.count)).toEqual([4, 8, 6, 2, 0]);
    expect(plan.banks.map((b: { id: string }) => b.id)).toEqual([w.bankId]);
  });

  it('refuses a blueprint whose item points do not add up, naming the part', async () => {
    const res = await api(w.lecturer.session, 'POST', `/api/orgs/${w.org.id}/exam-plans`, {
      name: '错误蓝图',
      level: 4,
      workType: '跨境电子商务师',
      bankIds: [w.bankId],
      blueprint: { ...DEMO_BLUEPRINT, typeCounts: { single: { count: 10, points: 5 } } },
    });
    expect(res.statusCode).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe('EXAM_BLUEPRINT_INVALID');
    expect(err.details[0]).toMatchObject({ field: 'body.blueprint.typeCounts', code: 'TYPE_POINTS_MISMATCH' });
    expect(err.message).toContain('与试卷总分 100 分不符');
  });

  it('refuses rows that whole items cannot make (only 10-point items for 5-point rows)', async () => {
    const res = await api(w.lecturer.session, 'PATCH', `/api/exam-plans/${planId}`, {
      blueprint: { totalPoints: 100, typeCounts: { single: { count: 10, points: 10 } }, difficultyMix: { '3': 100 } },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0]).toMatchObject({
      field: 'body.blueprint.typeCounts',
      code: 'ROWS_NOT_FILLABLE',
    });
  });

  it('needs a work type at levels 5–2 and banks the organisation may read', async () => {
    const noType = await api(w.lecturer.session, 'POST', `/api/orgs/${w.org.id}/exam-plans`, {
      name: '无工种',
      level: 4,
      bankIds: [],
    });
    expect(noType.statusCode).toBe(400);
    expect(noType.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body.workType' }] });

    const other = await createOrg(server, 'institution');
    const otherPlan = await api(w.lecturer.session, 'POST', `/api/orgs/${other.id}/exam-plans`, {
      name: '别家',
      level: 1,
    });
    expect(otherPlan.statusCode).toBe(403);
    const foreignBank = await api(w.lecturer.session, 'POST', `/api/orgs/${w.org.id}/exam-plans`, {
      name: '外部题库',
      level: 1,
      bankIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(foreignBank.statusCode).toBe(422);
    expect(foreignBank.json().error).toMatchObject({
      code: 'EXAM_BANK_NOT_READABLE',
      details: [{ field: 'body.bankIds.0' }],
    });
  });

  it('answers 404 to staff of another institution and lists only the organisation’s plans', async () => {
    const other = await createOrg(server, 'institution');
    const admin = await createUser(server, { roles: [{ orgId: other.id, role: 'institution_admin' }] });
    const s = await loginUser(server, admin);
    expect((await api(s, 'GET', `/api/exam-plans/${planId}`)).statusCode).toBe(404);
    expect((await api(s, 'PATCH', `/api/exam-plans/${planId}`, { name: 'x' })).statusCode).toBe(404);
    expect((await api(s, 'POST', `/api/exam-plans/${planId}/sessions`, sessionBody(w))).statusCode).toBe(404);
    const list = await api(s, 'GET', `/api/orgs/${other.id}/exam-plans`);
    expect(list.json().items).toEqual([]);
    const own = await api(w.lecturer.session, 'GET', `/api/orgs/${w.org.id}/exam-plans`);
    expect(own.json().items.map((p: { id: string }) => p.id)).toContain(planId);
  });

  it('lets a lecturer edit the blueprint but not publish or schedule', async () => {
    expect((await api(w.lecturer.session, 'POST', `/api/exam-plans/${planId}/publish`)).statusCode).toBe(403);
    expect(
      (await api(w.lecturer.session, 'POST', `/api/exam-plans/${planId}/sessions`, sessionBody(w))).statusCode,
    ).toBe(403);
  });
});

describe('blueprint preview', () => {
  it('assembles a sample that meets every row’s points and shows the pool per row × type', async () => {
    const res = await api(w.lecturer.session, 'POST', `/api/exam-plans/${planId}/blueprint-preview`, { seed: 's1' });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.ok).toBe(true);
    expect(p.shortfalls).toEqual([]);
    expect(p.pool.items).toBe(47);
    expect(p.sample.pointsByRow.map((r: { points: number }) => r.points)).toEqual(
      p.blueprint.rows.map((r: { points: number }) => r.points),
    );
    expect(p.sample.items).toBe(20);
    const ethicsSingles = p.available.find(
      (a: { item: string; type: string }) => a.item === '职业道德' && a.type === 'single',
    );
    expect(ethicsSingles).toMatchObject({ typeLabel: '单选题', total: 1 });
  });

  it('names the short cells (row item, type, difficulty, needed, available) when the bank cannot fill it', async () => {
    const res = await api(w.lecturer.session, 'POST', `/api/exam-plans/${planId}/blueprint-preview`, {
      blueprint: { totalPoints: 100, typeCounts: { single: { count: 100, points: 1 } }, difficultyMix: { '5': 100 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.ok).toBe(false);
    expect(p.sample).toBeNull();
    expect(p.shortfalls.length).toBeGreaterThan(0);
    const cell = p.shortfalls.find((s: { item: string }) => s.item === '营销推广');
    expect(cell).toMatchObject({ type: 'single', typeLabel: '单选题', difficulty: 5, difficultyLabel: '难' });
    expect(cell.needed).toBeGreaterThan(cell.available);
  });

  it('previews before a plan exists (organisation route)', async () => {
    const res = await api(w.lecturer.session, 'POST', `/api/orgs/${w.org.id}/exam-plans/blueprint-preview`, {
      level: 4,
      workType: '跨境电子商务师',
      bankIds: [w.emptyBankId],
      blueprint: DEMO_BLUEPRINT,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, pool: { items: 0 } });
  });

  it('gives a sample paper with stems for review', async () => {
    const res = await api(w.lecturer.session, 'GET', `/api/exam-plans/${planId}/sample-paper?seed=abc`);
    expect(res.statusCode, res.body).toBe(200);
    const paper = res.json();
    expect(paper.items).toHaveLength(20);
    expect(new Set(paper.items.map((i: { questionId: string }) => i.questionId)).size).toBe(20);
    expect(paper.items[0].stemHtml.length).toBeGreaterThan(0);
    expect(paper.items.reduce((s: number, i: { points: number }) => s + i.points, 0)).toBe(100);
  });
});

describe('sessions: 003 §1.9 staffing and duration', () => {
  const violated = (res: Awaited<ReturnType<typeof api>>) => {
    expect(res.statusCode, res.body).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe('EXAM_RULES_VIOLATED');
    return err as { message: string; details: { field: string; code: string; message: string }[] };
  };

  it('refuses a room with one proctor, naming the rule', async () => {
    const body = sessionBody(w);
    body.rooms[0]!.proctorIds = [w.proctors[0]!.user.id];
    const err = violated(await api(w.admin.session, 'POST', `/api/exam-plans/${planId}/sessions`, body));
    expect(err.details).toEqual([
      expect.objectContaining({ field: 'body.rooms.0.proctorIds', code: 'THEORY_PROCTORS_PER_ROOM' }),
    ]);
    expect(err.message).toContain('每个考场不少于 2 名监考人员');
    expect(err.details[0]!.message).toContain('第1考场');
  });

  it('refuses 31 seats with 2 proctors (1 : 15)', async () => {
    const err = violated(
      await api(w.admin.session, 'POST', `/api/exam-plans/${planId}/sessions`, sessionBody(w, { seats: 31 })),
    );
    expect(err.details).toEqual([
      expect.objectContaining({ field: 'body.rooms.0.proctorIds', code: 'THEORY_PROCTOR_RATIO' }),
    ]);
    expect(err.message).toContain('1∶15');
    expect(err.message).toContain('31 名考生至少需 3 名');
  });

  it('refuses 60 minutes (theory ≥ 90), in English when asked', async () => {
    const res = await call(server, w.admin.session, {
      method: 'POST',
      url: `/api/exam-plans/${planId}/sessions`,
      body: sessionBody(w, { durationMinutes: 60 }),
      headers: { 'accept-language': 'en' },
    });
    const err = violated(res);
    expect(err.details).toEqual([expect.objectContaining({ field: 'body.durationMinutes', code: 'MIN_DURATION' })]);
    expect(err.details[0]!.message).toContain('at least 90 minutes');
  });

  it('refuses a proctor without the proctor role and the same proctor in two rooms', async () => {
    const body = sessionBody(w);
    body.rooms[0]!.proctorIds = [w.proctors[0]!.user.id, w.examiners[0]!.user.id];
    const res = await api(w.admin.session, 'POST', `/api/exam-plans/${planId}/sessions`, body);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'EXAM_STAFF_ROLE_MISSING',
      details: [{ field: 'body.rooms.0.proctorIds.1' }],
    });
    const twice = sessionBody(w, { rooms: 2 });
    twice.rooms[1]!.proctorIds = [w.proctors[0]!.user.id, w.proctors[4]!.user.id];
    const dup = await api(w.admin.session, 'POST', `/api/exam-plans/${planId}/sessions`, twice);
    expect(dup.json().error.code).toBe('EXAM_PROCTOR_DUPLICATE');
  });

  it('creates a session with two rooms, edits it, and refuses changes once it has started', async () => {
    const created = await api(
      w.admin.session,
      'POST',
      `/api/exam-plans/${planId}/sessions`,
      sessionBody(w, { rooms: 2 }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const s = created.json();
    expect(s.rooms.map((r: { name: string; proctors: unknown[] }) => [r.name, r.proctors.length])).toEqual([
      ['第1考场', 2],
      ['第2考场', 2],
    ]);
    expect(s.totalSeats).toBe(4);
    const edited = await api(w.admin.session, 'PATCH', `/api/exam-sessions/${s.id}`, {
      durationMinutes: 120,
      rooms: [
        {
          ...s.rooms[0],
          id: s.rooms[0].id,
          proctorIds: s.rooms[0].proctors.map((p: { userId: string }) => p.userId),
          proctors: undefined,
          placed: undefined,
        },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ durationMinutes: 120, totalSeats: 2 });
    expect(edited.json().rooms[0].id).toBe(s.rooms[0].id);
    const shortened = await api(w.admin.session, 'PATCH', `/api/exam-sessions/${s.id}`, { durationMinutes: 45 });
    expect(shortened.json().error.details[0].code).toBe('MIN_DURATION');

    const past = await api(
      w.admin.session,
      'POST',
      `/api/exam-plans/${planId}/sessions`,
      sessionBody(w, { startsAt: new Date(Date.now() - 60_000) }),
    );
    expect(past.statusCode).toBe(201);
    const late = await api(w.admin.session, 'PATCH', `/api/exam-sessions/${past.json().id}`, { name: '改名' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('EXAM_SESSION_STARTED');
    const del = await api(w.admin.session, 'DELETE', `/api/exam-sessions/${past.json().id}`);
    expect(del.json().error.code).toBe('EXAM_SESSION_STARTED');
    const list = await api(w.lecturer.session, 'GET', `/api/exam-plans/${planId}/sessions`);
    expect(list.json().items).toHaveLength(2);
  });
});

describe('markers', () => {
  it('accepts examiners of the organisation and refuses anyone else', async () => {
    const bad = await api(w.admin.session, 'PUT', `/api/exam-plans/${planId}/markers`, {
      userIds: [w.examiners[0]!.user.id, w.proctors[0]!.user.id],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ code: 'EXAM_STAFF_ROLE_MISSING', details: [{ field: 'body.userIds.1' }] });
    const ok = await api(w.admin.session, 'PUT', `/api/exam-plans/${planId}/markers`, {
      userIds: w.examiners.map((e) => e.user.id),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().items).toHaveLength(2);
    const detail = await api(w.lecturer.session, 'GET', `/api/exam-plans/${planId}`);
    expect(detail.json().markers).toHaveLength(2);
    const staff = await api(w.lecturer.session, 'GET', `/api/orgs/${w.org.id}/exam-staff`);
    const roles = Object.fromEntries(
      staff.json().items.map((s: { userId: string; roles: string[] }) => [s.userId, s.roles]),
    );
    expect(roles[w.examiners[0]!.user.id]).toEqual(['examiner']);
    expect(roles[w.proctors[0]!.user.id]).toEqual(['proctor']);
  });
});
