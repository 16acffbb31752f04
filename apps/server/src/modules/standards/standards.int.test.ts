import { ERROR_CODES } from '@crossskill/contracts';
import { weightTable } from '@crossskill/standards';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../test/factories.js';
import { anonymous, type Credentials, call, startTestServer, type TestServer } from '../../test/harness.js';
import { seedStandardVersions } from './standards.service.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof createWorld>>;
let admin: Credentials;
let trainee: Credentials;
let seededId: string;

const V = '/api/standards/versions';
const EN = { 'accept-language': 'en' };
const SKILL = 'L4/F2/C2.3/S2.3.1';
const node = (id: string) => encodeURIComponent(id);

beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld(server);
  admin = world.sessions.platform_admin;
  trainee = world.sessions.trainee;
  const list = await call(server, anonymous, { method: 'GET', url: V });
  seededId = list.json().items.find((v: { label: string }) => v.label === '2022').id;
});
afterAll(() => server.close());

async function newDraft(label: string) {
  const res = await call(server, admin, { method: 'POST', url: V, body: { baseVersionId: seededId, label } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** The skill column 4 网商 with 5 points moved from 业务处理 to 营销推广 (still 100). */
const shiftedColumn = () =>
  weightTable('skill', 4, '网商').map((w) =>
    w.item === '营销推广' ? { ...w, weight: w.weight + 5 } : w.item === '业务处理' ? { ...w, weight: w.weight - 5 } : w,
  );

describe('the seeded version', () => {
  it('exists once, published, with the whole national standard', async () => {
    const res = await call(server, anonymous, { method: 'GET', url: V });
    expect(res.statusCode).toBe(200);
    const seeded = res.json().items.filter((v: { label: string }) => v.label === '2022');
    expect(seeded).toHaveLength(1);
    expect(seeded[0]).toMatchObject({
      standardKey: 'national-dianzishangwushi',
      status: 'published',
      baseVersionId: null,
      effectiveDate: null,
    });
    const one = await call(server, trainee, { method: 'GET', url: `${V}/${seededId}` });
    expect(one.statusCode).toBe(200);
    const snapshot = one.json().snapshot;
    expect(snapshot.meta.code).toBe('4-01-02-02');
    expect(snapshot.levels).toHaveLength(5);
    expect(snapshot.levels[1].functions[1].contents[2].skills[0].id).toBe(SKILL);
  });

  it('seeding again (a second process starting) changes nothing', async () => {
    await seedStandardVersions(server.ctx.db);
    await seedStandardVersions(server.ctx.db);
    const res = await call(server, anonymous, { method: 'GET', url: V });
    expect(res.json().items.filter((v: { label: string }) => v.label === '2022')).toHaveLength(1);
  });

  it('cannot be edited (409)', async () => {
    const edits = [
      { method: 'PATCH' as const, url: `${V}/${seededId}/nodes/${node(SKILL)}`, body: { text: '改' } },
      { method: 'PATCH' as const, url: `${V}/${seededId}`, body: { notes: 'x' } },
      { method: 'POST' as const, url: `${V}/${seededId}/nodes/${node(SKILL)}/retire` },
      { method: 'POST' as const, url: `${V}/${seededId}/publish` },
      { method: 'DELETE' as const, url: `${V}/${seededId}` },
      {
        method: 'PUT' as const,
        url: `${V}/${seededId}/weights`,
        body: { kind: 'skill', level: 4, workType: '网商', weights: shiftedColumn() },
      },
    ];
    for (const e of edits) {
      const res = await call(server, admin, e);
      expect(res.statusCode, `${e.method} ${e.url}`).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'STANDARD_VERSION_PUBLISHED',
        message: ERROR_CODES.STANDARD_VERSION_PUBLISHED.zh,
      });
    }
  });

  it('has no base to diff against', async () => {
    const res = await call(server, anonymous, { method: 'GET', url: `${V}/${seededId}/diff` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('STANDARD_VERSION_NO_BASE');
  });
});

describe('access', () => {
  it('anonymous and trainees read published versions but cannot draft', async () => {
    const anon = await call(server, anonymous, {
      method: 'POST',
      url: V,
      body: { baseVersionId: seededId, label: 'x' },
    });
    expect(anon.statusCode).toBe(401);
    for (const role of ['trainee', 'institution_admin', 'review_member'] as const) {
      const res = await call(server, world.sessions[role], {
        method: 'POST',
        url: V,
        body: { baseVersionId: seededId, label: 'x' },
      });
      expect(res.statusCode, role).toBe(403);
    }
  });

  it('drafts are hidden (404) from everyone but a platform admin', async () => {
    const id = await newDraft('hidden-draft');
    for (const who of [anonymous, trainee]) {
      expect((await call(server, who, { method: 'GET', url: `${V}/${id}` })).statusCode).toBe(404);
      expect((await call(server, who, { method: 'GET', url: `${V}/${id}/diff` })).statusCode).toBe(404);
      expect((await call(server, who, { method: 'GET', url: `${V}/${id}/search?q=选品` })).statusCode).toBe(404);
      const list = await call(server, who, { method: 'GET', url: V });
      expect(list.json().items.map((v: { id: string }) => v.id)).not.toContain(id);
      const edit = await call(server, who, { method: 'PATCH', url: `${V}/${id}`, body: { notes: 'x' } });
      expect(edit.statusCode).toBe(who === anonymous ? 401 : 403);
    }
    const adminList = await call(server, admin, { method: 'GET', url: V });
    expect(adminList.json().items.find((v: { id: string }) => v.id === id)).toMatchObject({
      status: 'draft',
      baseLabel: '2022',
    });
    expect((await call(server, admin, { method: 'GET', url: `${V}/${id}` })).statusCode).toBe(200);
  });
});

describe('drafting, diff and publishing', () => {
  let draftId: string;
  const newText = '能根据跨境电商网店logo设计规范,结合目标市场文化,设计并制作网店logo';

  beforeAll(async () => {
    draftId = await newDraft('2025');
  });

  it('edits a skill text and a weight pair; the diff shows exactly those', async () => {
    const edit = await call(server, admin, {
      method: 'PATCH',
      url: `${V}/${draftId}/nodes/${node(SKILL)}`,
      body: { text: newText },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().node).toMatchObject({ id: SKILL, kind: 'skill', level: 4, path: ['2', '2.3', '2.3.1'] });

    const weights = await call(server, admin, {
      method: 'PUT',
      url: `${V}/${draftId}/weights`,
      body: { kind: 'skill', level: 4, workType: '网商', weights: shiftedColumn() },
    });
    expect(weights.statusCode, weights.body).toBe(200);

    const diff = await call(server, admin, { method: 'GET', url: `${V}/${draftId}/diff` });
    expect(diff.statusCode, diff.body).toBe(200);
    const d = diff.json();
    expect(d).toMatchObject({ baseVersionId: seededId, baseLabel: '2022', added: [], removed: [] });
    expect(d.changed).toEqual([
      expect.objectContaining({
        id: SKILL,
        kind: 'skill',
        level: 4,
        path: ['2', '2.3', '2.3.1'],
        field: 'text',
        old: '能根据跨境电商网店logo设计规范,结合店铺海外市场定位,设计并制作网店logo',
        new: newText,
      }),
    ]);
    expect(d.weightChanges).toEqual([
      expect.objectContaining({ column: '技能要求权重表 四级 网商', item: '营销推广', old: 20, new: 25 }),
      expect.objectContaining({ column: '技能要求权重表 四级 网商', item: '业务处理', old: 15, new: 10 }),
    ]);

    const col = await call(server, admin, {
      method: 'GET',
      url: `${V}/${draftId}/weights?kind=skill&level=4&workType=${encodeURIComponent('网商')}`,
    });
    expect(col.json()).toMatchObject({ column: '技能要求权重表 四级 网商', total: 100 });
    expect(col.json().items).toContainEqual({ item: '营销推广', weight: 25 });
  });

  it('refuses a weight column that does not sum to 100, naming it in Chinese and English', async () => {
    const broken = weightTable('theory', 4, '跨境电子商务师').map((w) =>
      w.item === '营销推广' ? { ...w, weight: w.weight - 5 } : w,
    );
    const req = {
      method: 'PUT' as const,
      url: `${V}/${draftId}/weights`,
      body: { kind: 'theory', level: 4, workType: '跨境电子商务师', weights: broken },
    };
    const zh = await call(server, admin, req);
    expect(zh.statusCode).toBe(422);
    expect(zh.json().error).toMatchObject({
      code: 'WEIGHTS_DO_NOT_SUM',
      message: '权重合计须为 100：理论知识权重表 四级 跨境电子商务师 合计 95',
      details: [
        {
          field: 'body.weights',
          code: 'WEIGHTS_DO_NOT_SUM',
          message: '理论知识权重表 四级 跨境电子商务师：合计 95，应为 100',
        },
      ],
    });
    const en = await call(server, admin, { ...req, headers: EN });
    expect(en.statusCode).toBe(422);
    expect(en.json().error.message).toBe(
      'Weights must sum to 100: theory weight table, level 4, 跨境电子商务师 sums to 95',
    );
    // Nothing was saved.
    const diff = await call(server, admin, { method: 'GET', url: `${V}/${draftId}/diff` });
    expect(diff.json().weightChanges).toHaveLength(2);
  });

  it('refuses invalid edits with a stable code and the field', async () => {
    const dup = await call(server, admin, {
      method: 'PATCH',
      url: `${V}/${draftId}/nodes/${node(SKILL)}`,
      body: { code: '2.3.2' },
    });
    expect(dup.statusCode).toBe(422);
    expect(dup.json().error).toMatchObject({
      code: 'STANDARD_EDIT_INVALID',
      details: [{ field: 'body.code', code: 'DUPLICATE_CODE' }],
    });
    expect(dup.json().error.message).toContain('2.3.2');
    const missing = await call(server, admin, {
      method: 'PATCH',
      url: `${V}/${draftId}/nodes/${node('L4/F9')}`,
      body: { name: 'x' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('STANDARD_NODE_NOT_FOUND');
    const empty = await call(server, admin, { method: 'PATCH', url: `${V}/${draftId}/nodes/${node(SKILL)}`, body: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('cannot publish without an effective date', async () => {
    const res = await call(server, admin, { method: 'POST', url: `${V}/${draftId}/publish` });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('STANDARD_EFFECTIVE_DATE_REQUIRED');
  });

  it('validates the draft meta', async () => {
    const bad = await call(server, admin, {
      method: 'PATCH',
      url: `${V}/${draftId}`,
      body: { effectiveDate: '2025-02-30' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.effectiveDate');
    const taken = await call(server, admin, { method: 'PATCH', url: `${V}/${draftId}`, body: { label: '2022' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('STANDARD_VERSION_LABEL_TAKEN');
  });

  it('publishes with the effective date; then it is public and frozen', async () => {
    const meta = await call(server, admin, {
      method: 'PATCH',
      url: `${V}/${draftId}`,
      body: { effectiveDate: '2025-09-01', notes: '调整 2.3.1 与四级网商技能权重' },
    });
    expect(meta.statusCode, meta.body).toBe(200);
    const pub = await call(server, admin, { method: 'POST', url: `${V}/${draftId}/publish` });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({
      status: 'published',
      effectiveDate: '2025-09-01',
      publishedBy: world.users.platform_admin.id,
    });

    const list = await call(server, anonymous, { method: 'GET', url: V });
    expect(list.json().items.find((v: { id: string }) => v.id === draftId)).toMatchObject({
      status: 'published',
      effectiveDate: '2025-09-01',
    });
    const read = await call(server, trainee, { method: 'GET', url: `${V}/${draftId}` });
    expect(read.statusCode).toBe(200);
    const diff = await call(server, anonymous, { method: 'GET', url: `${V}/${draftId}/diff` });
    expect(diff.json().changed).toHaveLength(1);
    expect(diff.json().weightChanges).toHaveLength(2);

    const again = await call(server, admin, {
      method: 'PATCH',
      url: `${V}/${draftId}/nodes/${node(SKILL)}`,
      body: { text: '再改' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('STANDARD_VERSION_PUBLISHED');
    const en = await call(server, admin, { method: 'POST', url: `${V}/${draftId}/publish`, headers: EN });
    expect(en.json().error.message).toBe(ERROR_CODES.STANDARD_VERSION_PUBLISHED.en);
  });

  it('records audit entries for every change', async () => {
    const res = await call(server, admin, { method: 'GET', url: '/api/admin/audit?pageSize=200' });
    const entries = res
      .json()
      .items.filter((e: { details: { versionId?: string } }) => e.details.versionId === draftId);
    const events = entries.map((e: { event: string }) => e.event).sort();
    expect(events).toEqual([
      'standard.draft_created',
      'standard.edited',
      'standard.edited',
      'standard.edited',
      'standard.published',
    ]);
  });
});

describe('adding, moving, retiring, discarding', () => {
  it('works on a draft, keeps ids, and publishing refuses an invalid tree with the problems listed', async () => {
    const id = await newDraft('structure');
    const add = await call(server, admin, {
      method: 'POST',
      url: `${V}/${id}/nodes`,
      body: { kind: 'skill', parentId: 'L4/F2/C2.3', code: '2.3.4', text: '能设计跨境网店移动端首页' },
    });
    expect(add.statusCode, add.body).toBe(201);
    const addedId = add.json().node.id as string;
    expect(addedId).toMatch(/^L4\/N\d+$/);

    const move = await call(server, admin, {
      method: 'POST',
      url: `${V}/${id}/nodes/${node(addedId)}/move`,
      body: { parentId: 'L4/F2/C2.4', code: '2.4.5', position: 0 },
    });
    expect(move.statusCode, move.body).toBe(200);
    expect(move.json().node).toMatchObject({ id: addedId, path: ['2', '2.4', '2.4.5'] });

    const retire = await call(server, admin, { method: 'POST', url: `${V}/${id}/nodes/${node('L1/F4')}/retire` });
    expect(retire.statusCode, retire.body).toBe(200);
    const twice = await call(server, admin, { method: 'POST', url: `${V}/${id}/nodes/${node('L1/F4')}/retire` });
    expect(twice.json().error.details[0].code).toBe('NODE_RETIRED');

    const diff = (await call(server, admin, { method: 'GET', url: `${V}/${id}/diff` })).json();
    expect(diff.added.map((a: { id: string }) => a.id)).toEqual([addedId]);
    expect(diff.removed).toEqual([expect.objectContaining({ id: 'L1/F4', reason: 'retired', kind: 'function' })]);
    expect(diff.changed).toEqual([]);

    await call(server, admin, { method: 'PATCH', url: `${V}/${id}`, body: { effectiveDate: '2026-01-01' } });
    const pub = await call(server, admin, { method: 'POST', url: `${V}/${id}/publish` });
    expect(pub.statusCode).toBe(422);
    expect(pub.json().error).toMatchObject({
      code: 'STANDARD_VERSION_INVALID',
      message: '该版本有 2 个问题，不能发布',
    });
    expect(pub.json().error.details.map((d: { message: string }) => d.message)).toEqual([
      '理论知识权重表 一级：「技术管理与培训」不是该等级的有效职业功能',
      '技能要求权重表 一级：「技术管理与培训」不是该等级的有效职业功能',
    ]);

    const del = await call(server, admin, { method: 'DELETE', url: `${V}/${id}` });
    expect(del.statusCode).toBe(200);
    expect((await call(server, admin, { method: 'GET', url: `${V}/${id}` })).statusCode).toBe(404);
  });

  it('refuses a draft from a draft and from an unknown version', async () => {
    const id = await newDraft('base-draft');
    const fromDraft = await call(server, admin, { method: 'POST', url: V, body: { baseVersionId: id, label: 'x2' } });
    expect(fromDraft.statusCode).toBe(422);
    expect(fromDraft.json().error.code).toBe('STANDARD_BASE_NOT_PUBLISHED');
    const unknown = await call(server, admin, {
      method: 'POST',
      url: V,
      body: { baseVersionId: '00000000-0000-4000-8000-000000000000', label: 'x3' },
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('search', () => {
  it('finds real text of a published version', async () => {
    const res = await call(server, anonymous, {
      method: 'GET',
      url: `${V}/${seededId}/search?q=${encodeURIComponent('跨境电商选品')}`,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items[0]).toMatchObject({ kind: 'content', level: 4, path: ['4', '4.4'], text: '跨境电商选品' });
    expect(items[0].match).toEqual({ start: 0, end: 6 });
  });

  it('needs a query', async () => {
    const res = await call(server, anonymous, { method: 'GET', url: `${V}/${seededId}/search` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('query.q');
  });
});

describe('weights of a version', () => {
  it('answers a column; level 1 has no work type; levels 5–2 need one', async () => {
    const col = await call(server, anonymous, { method: 'GET', url: `${V}/${seededId}/weights?kind=theory&level=1` });
    expect(col.statusCode).toBe(200);
    expect(col.json()).toMatchObject({ column: '理论知识权重表 一级', total: 100, workType: null });
    const missing = await call(server, anonymous, {
      method: 'GET',
      url: `${V}/${seededId}/weights?kind=theory&level=3`,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].field).toBe('query.workType');
    const bad = await call(server, anonymous, { method: 'GET', url: `${V}/${seededId}/weights?kind=x&level=9` });
    expect(bad.statusCode).toBe(400);
  });
});

describe('POST /api/standards/eligibility', () => {
  it('answers with the clauses of the level', async () => {
    const res = await call(server, anonymous, {
      method: 'POST',
      url: '/api/standards/eligibility',
      body: {
        targetLevel: 5,
        asOf: '2024-06-01',
        work: [{ occupation: '电子商务师', from: '2022-01-01' }],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.eligible).toBe(true);
    expect(body.clauses.length).toBeGreaterThan(0);
    expect(body.clauses[0]).toMatchObject({ satisfied: true, missing: [] });
  });

  it('answers 400 with field details for bad input, never 500', async () => {
    const cases: [unknown, string][] = [
      [{ targetLevel: 5, asOf: '2024-02-30' }, 'body.asOf'],
      [{ targetLevel: 7 }, 'body.targetLevel'],
      [{ targetLevel: 4, work: [{ occupation: '电商', from: '2024-13-01' }] }, 'body.work.0.from'],
      [{ targetLevel: 4, work: [{ occupation: '电商', from: '2024-05-01', to: '2023-01-01' }] }, 'body.work.0'],
      [{ targetLevel: 4, nope: 1 }, 'body.nope'],
    ];
    for (const [body, field] of cases) {
      const res = await call(server, anonymous, { method: 'POST', url: '/api/standards/eligibility', body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
  });
});

describe('POST /api/standards/evaluations/score', () => {
  const ratings = { 职业素养: 'A', 职业知识: 'A', 职业技能初级: 'B', 职业发展: 'A' };

  it('scores a Suzhou form for a logged-in user', async () => {
    const res = await call(server, trainee, {
      method: 'POST',
      url: '/api/standards/evaluations/score',
      body: { category: '平台运营人员', grade: '初级', ratings },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ category: '平台运营', grade: '初级', maxTotal: 80 });
    expect(res.json().breakdown).toHaveLength(4);
  });

  it('needs a login', async () => {
    const res = await call(server, anonymous, {
      method: 'POST',
      url: '/api/standards/evaluations/score',
      body: { category: '平台运营', grade: '初级', ratings },
    });
    expect(res.statusCode).toBe(401);
  });

  it('turns the package’s RangeError and TypeError into 400 EVALUATION_INPUT_INVALID', async () => {
    for (const body of [
      { category: '会计', grade: '初级', ratings },
      { category: '平台运营', grade: '特级', ratings },
      { category: '平台运营', grade: '初级', ratings: { ...ratings, 职业素养: 'E' } },
      { category: '平台运营', grade: '中级', ratings },
    ]) {
      const res = await call(server, trainee, { method: 'POST', url: '/api/standards/evaluations/score', body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('EVALUATION_INPUT_INVALID');
      expect(res.json().error.details[0].message.length).toBeGreaterThan(0);
    }
    const shape = await call(server, trainee, {
      method: 'POST',
      url: '/api/standards/evaluations/score',
      body: { category: '平台运营', grade: '初级', ratings: { 职业素养: 5 } },
    });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/standards/local', () => {
  it('serves the Xuzhou, Suzhou and Shenzhen data to anyone', async () => {
    const res = await call(server, anonymous, { method: 'GET', url: '/api/standards/local' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.xuzhou.courses.length).toBe(3);
    expect(body.suzhou.evaluationForms.length).toBe(5);
    expect(body.shenzhen.forms.length).toBeGreaterThan(0);
  });
});

describe('OpenAPI', () => {
  it('documents the standards routes', async () => {
    const doc = (await call(server, anonymous, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/standards/versions/{versionId}/weights'].put.summary).toContain('设置权重');
    expect(doc.paths['/api/standards/eligibility'].post).toBeDefined();
  });
});
