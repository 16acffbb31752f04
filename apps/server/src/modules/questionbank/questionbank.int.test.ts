import type { QuestionDraft } from '@crossskill/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/index.js';
import { createOrg, createUser, createWorld, loginUser } from '../../test/factories.js';
import { anonymous, type Credentials, call, startTestServer, type TestServer } from '../../test/harness.js';
import { auditEvents, errorCode } from '../../test/support.js';
import { createQuestions, loadBankForExport } from './index.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof createWorld>>;
let admin: Credentials;
let lecturer: Credentials;
let examiner: Credentials;
let otherLecturer: Credentials;
let versionId: string;
let bankId: string;

beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld(server);
  admin = world.sessions.platform_admin;
  lecturer = world.sessions.lecturer;
  examiner = world.sessions.examiner;
  const other = await createOrg(server, 'institution');
  otherLecturer = await loginUser(server, await createUser(server, { roles: [{ orgId: other.id, role: 'lecturer' }] }));
  const list = await call(server, anonymous, { method: 'GET', url: '/api/standards/versions' });
  versionId = list.json().items.find((v: { label: string }) => v.label === '2022').id;
  bankId = (await newBank(lecturer, world.institution.id, '四级跨境题库')).id;
});
afterAll(() => server.close());

const EN = { 'accept-language': 'en' };

async function newBank(as: Credentials, orgId: string, name: string, extra: Record<string, unknown> = {}) {
  const res = await call(server, as, {
    method: 'POST',
    url: `/api/orgs/${orgId}/question-banks`,
    body: { name, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; canEdit: boolean; questionCount: number; sharedWithInstitutions: boolean };
}

/** Level 4 跨境电子商务师, 业务处理 → 跨境电商选品 → its first knowledge item. */
const tags = (over: Record<string, unknown> = {}) => ({
  standardVersionId: versionId,
  level: 4,
  workType: '跨境电子商务师',
  functionId: 'L4/F4',
  contentId: 'L4/F4/C4.4',
  knowledgeId: 'L4/F4/C4.4/K4.4.1',
  basicItem: null,
  ...over,
});

const opts4 = [
  { key: 'A', content: '市场需求' },
  { key: 'B', content: '个人喜好' },
  { key: 'C', content: '供应商推荐' },
  { key: 'D', content: '随机选择' },
];

const single = (over: Record<string, unknown> = {}) => ({
  type: 'single',
  stem: '<p>跨境电商选品时首先应考虑的是（ ）。</p>',
  options: opts4,
  answer: { type: 'single', key: 'A' },
  points: 1,
  difficulty: 2,
  tags: tags(),
  ...over,
});

const post = (as: Credentials, url: string, body: unknown, headers?: Record<string, string>) =>
  call(server, as, { method: 'POST', url, body, ...(headers ? { headers } : {}) });
const patch = (as: Credentials, url: string, body: unknown) => call(server, as, { method: 'PATCH', url, body });
const get = (as: Credentials, url: string) => call(server, as, { method: 'GET', url });

async function createQ(body: unknown, bank = bankId, as = lecturer) {
  const res = await post(as, `/api/question-banks/${bank}/questions`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const setStatus = (id: string, status: string, as = lecturer) => post(as, `/api/questions/${id}/status`, { status });

async function activate(id: string) {
  expect((await setStatus(id, 'in_review')).statusCode).toBe(200);
  const res = await setStatus(id, 'active');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function details(res: LightMyRequestResponse): { field: string; code: string; message: string }[] {
  return res.json().error.details ?? [];
}

async function expectInvalid(body: unknown, field: string, code: string) {
  const res = await post(lecturer, `/api/question-banks/${bankId}/questions`, body);
  expect(res.statusCode, res.body).toBe(422);
  expect(errorCode(res)).toBe('QUESTION_INVALID');
  expect(details(res)).toContainEqual(expect.objectContaining({ field, code }));
}

describe('banks', () => {
  it('a lecturer creates a bank in their institution and lists it; names are unique per organisation', async () => {
    const list = await get(lecturer, '/api/question-banks');
    expect(list.statusCode).toBe(200);
    const mine = list.json().items.find((b: { id: string }) => b.id === bankId);
    expect(mine).toMatchObject({
      orgId: world.institution.id,
      name: '四级跨境题库',
      canEdit: true,
      sharedWithInstitutions: false,
    });
    const again = await post(lecturer, `/api/orgs/${world.institution.id}/question-banks`, { name: '四级跨境题库' });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('QUESTION_BANK_NAME_TAKEN');
    const exam = await get(examiner, `/api/question-banks/${bankId}`);
    expect(exam.statusCode).toBe(200);
    expect(exam.json().canEdit).toBe(false);
  });

  it('another institution’s lecturer gets 403 on the bank and its items', async () => {
    expect((await get(otherLecturer, `/api/question-banks/${bankId}`)).statusCode).toBe(403);
    expect((await get(otherLecturer, `/api/question-banks/${bankId}/questions`)).statusCode).toBe(403);
    expect((await post(otherLecturer, `/api/question-banks/${bankId}/questions`, single())).statusCode).toBe(403);
    const q = await createQ(single({ stem: '归属测试题' }));
    expect((await get(otherLecturer, `/api/questions/${q.id}`)).statusCode).toBe(403);
    expect((await patch(otherLecturer, `/api/questions/${q.id}`, { difficulty: 3 })).statusCode).toBe(403);
    expect((await get(otherLecturer, `/api/question-revisions/${q.revisionId}`)).statusCode).toBe(403);
    expect(
      (await get(otherLecturer, '/api/question-banks')).json().items.some((b: { id: string }) => b.id === bankId),
    ).toBe(false);
    expect((await post(examiner, `/api/questions/${q.id}/status`, { status: 'in_review' })).statusCode).toBe(403);
  });

  it('a shared platform bank is readable by institution staff but not editable', async () => {
    const shared = await newBank(admin, world.platform.id, '平台共享题库', { sharedWithInstitutions: true });
    expect(shared.sharedWithInstitutions).toBe(true);
    const q = await createQ(single({ stem: '平台共享题' }), shared.id, admin);
    for (const as of [lecturer, otherLecturer]) {
      const listed = (await get(as, '/api/question-banks'))
        .json()
        .items.find((b: { id: string }) => b.id === shared.id);
      expect(listed).toMatchObject({ canEdit: false, questionCount: 1 });
      expect((await get(as, `/api/question-banks/${shared.id}/questions`)).json().total).toBe(1);
      expect((await get(as, `/api/questions/${q.id}`)).statusCode).toBe(200);
      expect((await patch(as, `/api/question-banks/${shared.id}`, { name: '改名' })).statusCode).toBe(403);
      expect((await post(as, `/api/question-banks/${shared.id}/questions`, single())).statusCode).toBe(403);
      expect((await patch(as, `/api/questions/${q.id}`, { difficulty: 5 })).statusCode).toBe(403);
      expect((await setStatus(q.id, 'in_review', as)).statusCode).toBe(403);
    }
    // Unshared: institutions no longer see it.
    expect((await patch(admin, `/api/question-banks/${shared.id}`, { sharedWithInstitutions: false })).statusCode).toBe(
      200,
    );
    expect((await get(lecturer, `/api/question-banks/${shared.id}`)).statusCode).toBe(403);
    const events = await auditEvents(server, admin, 'question_bank.updated');
    expect(events[0]?.details).toMatchObject({ bankId: shared.id, sharedWithInstitutions: false });
  });

  it('only a platform admin shares, and only platform banks', async () => {
    const res = await post(lecturer, `/api/orgs/${world.institution.id}/question-banks`, {
      name: '想共享',
      sharedWithInstitutions: true,
    });
    expect(res.statusCode).toBe(403);
    const byAdmin = await patch(admin, `/api/question-banks/${bankId}`, { sharedWithInstitutions: true });
    expect(byAdmin.statusCode).toBe(422);
    expect(errorCode(byAdmin)).toBe('QUESTION_BANK_SHARE_NOT_ALLOWED');
    const renamed = await patch(lecturer, `/api/question-banks/${bankId}`, { description: '四级跨境电子商务师理论题' });
    expect(renamed.json()).toMatchObject({ description: '四级跨境电子商务师理论题' });
  });

  it('deletes only empty banks', async () => {
    const empty = await newBank(lecturer, world.institution.id, '临时题库');
    expect((await call(server, lecturer, { method: 'DELETE', url: `/api/question-banks/${bankId}` })).statusCode).toBe(
      409,
    );
    const del = await call(server, lecturer, { method: 'DELETE', url: `/api/question-banks/${empty.id}` });
    expect(del.statusCode).toBe(200);
    expect((await get(lecturer, `/api/question-banks/${empty.id}`)).statusCode).toBe(404);
  });
});

describe('creating items', () => {
  it('creates each type as a draft at revision 1', async () => {
    const s = await createQ(single());
    expect(s).toMatchObject({ bankId, status: 'draft', revision: 1, type: 'single', shuffleOptions: true, points: 1 });
    const m = await createQ({
      ...single({ type: 'multiple', answer: { type: 'multiple', keys: ['C', 'A'] }, points: 2 }),
      stem: '多选：选品依据有（ ）',
    });
    expect(m.answer.keys).toEqual(['A', 'C']);
    const tf = await createQ({
      type: 'true_false',
      stem: '跨境电商可以不考虑目标市场的法规。',
      answer: { type: 'true_false', value: false },
      points: 1,
      difficulty: 1,
      tags: null,
    });
    expect(tf).toMatchObject({ options: [], shuffleOptions: false, tags: null });
    const fb = await createQ({
      type: 'fill_blank',
      stem: '亚马逊的物流服务简称____，全称____。',
      answer: {
        type: 'fill_blank',
        blanks: [{ accepted: ['FBA', 'ＦＢＡ'] }, { accepted: ['Fulfillment by Amazon'] }],
      },
      points: 2,
      difficulty: 3,
      tags: null,
    });
    expect(fb.answer.caseSensitive).toBe(false);
    const sa = await createQ({
      type: 'short_answer',
      stem: '简述跨境电商选品的三个原则。',
      answer: {
        type: 'short_answer',
        reference: '<p>市场、利润、物流</p>',
        rubric: [
          { criterion: '市场需求', points: 2 },
          { criterion: '利润空间', points: 2 },
          { criterion: '物流可行', points: 1 },
        ],
      },
      points: 5,
      difficulty: 3,
      tags: null,
    });
    expect(sa.answer.rubric).toHaveLength(3);
    const ca = await createQ({
      type: 'case_analysis',
      stem: '<p>某卖家……请分析其选品失误。</p><table><tr><td>月份</td><td>销量</td></tr></table>',
      answer: { type: 'case_analysis', rubric: [{ criterion: '指出失误', points: 10 }] },
      points: 10,
      difficulty: 4,
      tags: null,
      source: '2023 年省赛',
      explanation: '参考 4.4.1',
    });
    expect(ca).toMatchObject({ source: '2023 年省赛', explanation: '参考 4.4.1' });
    expect(ca.stem).toContain('<table>');
  });

  it('refuses wrong items with field-level errors', async () => {
    await expectInvalid(single({ options: [opts4[0]] }), 'body.options', 'QUESTION_OPTIONS_COUNT');
    await expectInvalid(
      single({ answer: { type: 'single', key: 'E' } }),
      'body.answer.key',
      'QUESTION_ANSWER_NOT_IN_OPTIONS',
    );
    await expectInvalid(
      single({ options: [opts4[0], { key: 'A', content: '重复' }] }),
      'body.options',
      'QUESTION_OPTION_KEYS_DUPLICATE',
    );
    await expectInvalid(
      single({ type: 'multiple', answer: { type: 'multiple', keys: ['A', 'A'] } }),
      'body.answer.keys',
      'QUESTION_MULTIPLE_KEYS',
    );
    await expectInvalid(
      single({ type: 'multiple', answer: { type: 'multiple', keys: ['A', 'F'] } }),
      'body.answer.keys',
      'QUESTION_ANSWER_NOT_IN_OPTIONS',
    );
    await expectInvalid(
      single({ type: 'true_false', answer: { type: 'true_false', value: true } }),
      'body.options',
      'QUESTION_OPTIONS_NOT_ALLOWED',
    );
    await expectInvalid(
      single({ type: 'fill_blank', answer: { type: 'fill_blank', blanks: [{ accepted: ['x'] }] } }),
      'body.options',
      'QUESTION_OPTIONS_NOT_ALLOWED',
    );
    await expectInvalid(
      single({
        type: 'short_answer',
        options: [],
        points: 5,
        answer: { type: 'short_answer', rubric: [{ criterion: '要点', points: 3 }] },
      }),
      'body.answer.rubric',
      'QUESTION_RUBRIC_POINTS',
    );
    await expectInvalid(
      single({ answer: { type: 'true_false', value: true } }),
      'body.answer.type',
      'QUESTION_ANSWER_TYPE_MISMATCH',
    );
    await expectInvalid(single({ stem: '<script>alert(1)</script>' }), 'body.stem', 'QUESTION_STEM_EMPTY');
    // zod: unknown fields and a multiple answer with one key never reach the service.
    const strict = await post(lecturer, `/api/question-banks/${bankId}/questions`, { ...single(), extra: 1 });
    expect(strict.statusCode).toBe(400);
  });

  it('checks tags against the published standard version', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expectInvalid(
      single({ tags: tags({ standardVersionId: unknown }) }),
      'body.tags.standardVersionId',
      'TAG_VERSION_NOT_PUBLISHED',
    );
    const draft = await post(admin, '/api/standards/versions', { baseVersionId: versionId, label: '2099-qb' });
    expect(draft.statusCode).toBe(201);
    await expectInvalid(
      single({ tags: tags({ standardVersionId: draft.json().id }) }),
      'body.tags.standardVersionId',
      'TAG_VERSION_NOT_PUBLISHED',
    );
    await expectInvalid(single({ tags: tags({ level: 1 }) }), 'body.tags.workType', 'TAG_WORK_TYPE_INVALID');
    await expectInvalid(single({ tags: tags({ functionId: 'L3/F4' }) }), 'body.tags.functionId', 'TAG_NODE_INVALID');
    await expectInvalid(single({ tags: tags({ functionId: 'L4/F1' }) }), 'body.tags.contentId', 'TAG_NODE_INVALID');
    await expectInvalid(single({ tags: tags({ workType: '网商' }) }), 'body.tags.contentId', 'TAG_NODE_INVALID');
    // Common to both work types, but 跨境电商选品 is a 跨境电子商务师 content.
    await expectInvalid(single({ tags: tags({ workType: null }) }), 'body.tags.contentId', 'TAG_NODE_INVALID');
    await expectInvalid(
      single({ tags: tags({ knowledgeId: 'L4/F4/C4.5/K4.5.1' }) }),
      'body.tags.knowledgeId',
      'TAG_NODE_INVALID',
    );
    await expectInvalid(single({ tags: tags({ functionId: null }) }), 'body.tags.contentId', 'TAG_PARENT_REQUIRED');
    await expectInvalid(
      single({ tags: tags({ basicItem: '职业道德' }) }),
      'body.tags.functionId',
      'TAG_BASIC_WITH_FUNCTION',
    );
    const en = await post(
      lecturer,
      `/api/question-banks/${bankId}/questions`,
      single({ tags: tags({ functionId: 'L3/F4' }) }),
      EN,
    );
    expect(en.json().error.message).toBe('The question has 1 problem(s); check the marked fields');
    expect(details(en)[0]!.message).toMatch(/does not exist, is retired/);
    // Valid: a basic-requirement item, and a function-only tag common to both work types.
    await createQ(
      single({ tags: tags({ functionId: null, contentId: null, knowledgeId: null, basicItem: '基础知识' }) }),
    );
    await createQ(
      single({ tags: tags({ workType: null, functionId: 'L4/F6', contentId: 'L4/F6/C6.1', knowledgeId: null }) }),
    );
  });
});

describe('sanitising', () => {
  it('stores stems, options and explanations without scripts, handlers or javascript: URLs', async () => {
    const q = await createQ(
      single({
        stem: '<p onclick="alert(1)">选品<script>alert(document.cookie)</script><img src=x onerror=alert(1)><img src="https://cdn.example/a.png" onload="x()"></p><iframe src="https://evil.example"></iframe>',
        options: [
          { key: 'A', content: '<a href="javascript:alert(1)">市场</a>' },
          { key: 'B', content: '<b style="color:red">利润</b><svg onload=alert(1)></svg>' },
        ],
        explanation: '<img src="data:image/svg+xml;base64,PHN2Zz4=">解析<a href="https://example.com">链接</a>',
      }),
    );
    for (const html of [q.stem, ...q.options.map((o: { content: string }) => o.content), q.explanation]) {
      expect(html).not.toMatch(/<script|onerror|onload|onclick|javascript:|<iframe|<svg|style=/i);
    }
    expect(q.stem).toBe('<p>选品<img src="https://cdn.example/a.png" /></p>');
    expect(q.options[0].content).toBe('<a rel="noopener noreferrer">市场</a>');
    expect(q.explanation).toBe('解析<a href="https://example.com" rel="noopener noreferrer">链接</a>');
    const again = await get(examiner, `/api/questions/${q.id}`);
    expect(again.json().stem).toBe(q.stem);
    const edited = await patch(lecturer, `/api/questions/${q.id}`, { stem: '<p>新<script>x()</script></p>' });
    expect(edited.json().stem).toBe('<p>新</p>');
  });
});

describe('revisions and status', () => {
  it('edits drafts in place; editing an active item makes revision 2 and keeps revision 1 readable', async () => {
    const q = await createQ(single({ stem: '原题干：选品' }));
    const inPlace = await patch(lecturer, `/api/questions/${q.id}`, { difficulty: 4 });
    expect(inPlace.json()).toMatchObject({ revision: 1, revisionId: q.revisionId, difficulty: 4 });
    await activate(q.id);
    const edited = await patch(lecturer, `/api/questions/${q.id}`, { stem: '新题干：选品', points: 2 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'active', revision: 2, stem: '新题干：选品', points: 2 });
    expect(edited.json().revisionId).not.toBe(q.revisionId);
    const kept = await get(examiner, `/api/question-revisions/${q.revisionId}`);
    expect(kept.json()).toMatchObject({
      revision: 1,
      stem: '原题干：选品',
      points: 1,
      difficulty: 4,
      current: false,
      questionId: q.id,
    });
    const revs = await get(lecturer, `/api/questions/${q.id}/revisions`);
    expect(revs.json().items.map((r: { revision: number; current: boolean }) => [r.revision, r.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    // Who wrote each revision is named, not only identified.
    expect(revs.json().items[0].createdByName).toEqual(expect.any(String));
    expect(revs.json().items[0].createdByName.length).toBeGreaterThan(0);
    const untag = await patch(lecturer, `/api/questions/${q.id}`, { tags: null });
    expect(errorCode(untag)).toBe('QUESTION_NOT_TAGGED');
    expect((await get(lecturer, `/api/questions/${q.id}`)).json().revision).toBe(2);
  });

  it('allows draft → in_review → active → retired, in_review → draft, retired → active, and nothing else', async () => {
    const q = await createQ(single({ stem: '状态流转题' }));
    const skip = await setStatus(q.id, 'active');
    expect(skip.statusCode).toBe(409);
    expect(errorCode(skip)).toBe('QUESTION_STATUS_TRANSITION');
    expect((await setStatus(q.id, 'in_review')).json().status).toBe('in_review');
    expect((await setStatus(q.id, 'draft')).json().status).toBe('draft');
    await activate(q.id);
    expect((await setStatus(q.id, 'draft')).statusCode).toBe(409);
    expect((await setStatus(q.id, 'retired')).json().status).toBe('retired');
    expect((await setStatus(q.id, 'in_review')).statusCode).toBe(409);
    expect((await setStatus(q.id, 'active')).json().status).toBe('active');
    const events = (await auditEvents(server, admin, 'question.status_changed')).filter(
      (e) => e.details.questionId === q.id,
    );
    expect(events.map((e) => `${e.details.from}→${e.details.to}`)).toEqual([
      'retired→active',
      'active→retired',
      'in_review→active',
      'draft→in_review',
      'in_review→draft',
      'draft→in_review',
    ]);
  });

  it('activates only tagged items', async () => {
    const q = await createQ(single({ stem: '未关联题', tags: null }));
    await setStatus(q.id, 'in_review');
    const res = await setStatus(q.id, 'active');
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('QUESTION_NOT_TAGGED');
  });
});

describe('search', () => {
  let searchBank: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    searchBank = (await newBank(lecturer, world.institution.id, '检索题库')).id;
    const items: [string, Record<string, unknown>][] = [
      ['xuanpin', single({ stem: '<p>跨境电商<b>选品</b>的基本原则是什么？</p>', difficulty: 1 })],
      ['fba', single({ stem: '亚马逊 FBA 仓储费用如何计算？', difficulty: 3, tags: null })],
      ['english', single({ stem: 'Which Logistics option suits heavy goods?', difficulty: 3, tags: null })],
      ['fullwidth', single({ stem: 'ＡＭＡＺＯＮ店铺的跨境物流', difficulty: 5, tags: null })],
      [
        'option',
        single({ stem: '下列哪项属于营销推广？', options: [opts4[0], { key: 'B', content: '站内广告投放' }] }),
      ],
    ];
    for (const [name, body] of items) ids[name] = (await createQ(body, searchBank)).id;
    await activate(ids.xuanpin!);
  });

  const search = async (query: string) => {
    const res = await get(lecturer, `/api/question-banks/${searchBank}/questions?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: string }[]; total: number };
  };
  const found = async (query: string) => (await search(query)).items.map((i) => i.id).sort();

  it('finds Chinese substrings of two and more characters, across markup', async () => {
    expect(await found(`q=${encodeURIComponent('选品')}`)).toEqual([ids.xuanpin]);
    expect(await found(`q=${encodeURIComponent('跨境电商选品')}`)).toEqual([ids.xuanpin]);
    expect(await found(`q=${encodeURIComponent('跨境')}`)).toEqual([ids.xuanpin, ids.fullwidth].sort());
    expect(await found(`q=${encodeURIComponent('广告投放')}`)).toEqual([ids.option]);
    expect(await found(`q=${encodeURIComponent('仓')}`)).toEqual([ids.fba]);
    expect(await found(`q=${encodeURIComponent('选品 原则')}`)).toEqual([ids.xuanpin]);
    expect(await found(`q=${encodeURIComponent('选品 物流')}`)).toEqual([]);
  });

  it('finds English words case-insensitively, full-width letters too', async () => {
    expect(await found('q=fba')).toEqual([ids.fba]);
    expect(await found('q=LOGISTICS')).toEqual([ids.english]);
    expect(await found('q=logist')).toEqual([ids.english]);
    expect(await found('q=amazon')).toEqual([ids.fullwidth]);
    expect(await found(`q=${encodeURIComponent('ａｍａｚｏｎ店铺')}`)).toEqual([ids.fullwidth]);
  });

  it('filters by type, status, difficulty, tags; pages newest first', async () => {
    expect(await found('status=active')).toEqual([ids.xuanpin]);
    expect(await found('difficulty=3')).toEqual([ids.fba, ids.english].sort());
    expect(await found('untagged=true')).toEqual([ids.fba, ids.english, ids.fullwidth].sort());
    expect(
      await found(
        'level=4&workType=%E8%B7%A8%E5%A2%83%E7%94%B5%E5%AD%90%E5%95%86%E5%8A%A1%E5%B8%88&functionId=L4%2FF4',
      ),
    ).toEqual([ids.xuanpin, ids.option].sort());
    expect(await found('type=multiple')).toEqual([]);
    const page = await search('pageSize=2&page=1');
    expect(page.total).toBe(5);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]!.id).toBe(ids.xuanpin); // changed last (activated)
    const last = await search('pageSize=2&page=3');
    expect(last.items).toHaveLength(1);
  });

  it('counts up to 1,000 matches and pages common terms in list order', async () => {
    const bank = (await newBank(lecturer, world.institution.id, '大检索题库')).id;
    const drafts = Array.from(
      { length: 1_050 },
      (_, i): QuestionDraft => ({
        type: i % 3 === 0 ? 'true_false' : 'single',
        stem: `第 ${i + 1} 题：关于跨境物流的说法（编号 ${(i * 7919) % 100_003}）${i % 35 === 0 ? '，涉及海外仓' : ''}，正确的是（ ）。`,
        options: i % 3 === 0 ? [] : (opts4 as QuestionDraft['options']),
        answer: i % 3 === 0 ? { type: 'true_false', value: true } : { type: 'single', key: 'A' },
        shuffleOptions: false,
        points: 1,
        difficulty: 2,
        tags: null,
        source: null,
        explanation: null,
      }),
    );
    const ids = await server.ctx.db.transaction((tx) =>
      createQuestions(server.ctx, tx, { bankId: bank, actorId: world.users.lecturer.id, drafts }),
    );
    const newestFirst = [...ids].reverse();
    const page = async (query: string) => {
      const res = await get(lecturer, `/api/question-banks/${bank}/questions?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: { id: string; type: string }[]; total: number; totalCapped: boolean };
    };

    // Common: capped total, pages read along the list order.
    const first = await page(`q=${encodeURIComponent('跨境物流')}&pageSize=20`);
    expect(first).toMatchObject({ total: 1000, totalCapped: true });
    expect(first.items.map((i) => i.id)).toEqual(newestFirst.slice(0, 20));
    const third = await page(`q=${encodeURIComponent('物流')}&pageSize=20&page=3`);
    expect(third.items.map((i) => i.id)).toEqual(newestFirst.slice(40, 60));
    const tf = await page(`q=${encodeURIComponent('物流')}&type=true_false&pageSize=5`);
    expect(tf).toMatchObject({ total: 350, totalCapped: false });
    expect(tf.items.map((i) => i.id)).toEqual(newestFirst.filter((_, k) => (1_049 - k) % 3 === 0).slice(0, 5));
    // Rare: exact total through the token index.
    const rare = await page(`q=${encodeURIComponent('海外仓 物流')}&pageSize=100`);
    expect(rare).toMatchObject({ total: 30, totalCapped: false });
    expect(rare.items).toHaveLength(30);
    expect((await page('pageSize=1')).totalCapped).toBe(true);

    // Near-duplicates of a templated bank: the check stays bounded and finds a planted pair.
    const stem = (ask: string) =>
      `某卖家在亚马逊美国站销售户外折叠椅，旺季前要把三千件货物从宁波发往海外仓，头程物流方式选择${ask}的是`;
    const a = await createQ(single({ stem: stem('正确') }), bank);
    const b = await createQ(single({ stem: stem('错误') }), bank);
    const res = await get(lecturer, `/api/question-banks/${bank}/duplicates`);
    expect(res.statusCode, res.body).toBe(200);
    const { pairs } = res.json() as { pairs: { a: { id: string }; b: { id: string }; similarity: number }[] };
    const planted = pairs.find((p) => [p.a.id, p.b.id].sort().join() === [a.id, b.id].sort().join());
    expect(planted?.similarity).toBeGreaterThanOrEqual(0.8);
    for (const p of pairs) expect(p.similarity).toBeGreaterThanOrEqual(0.8);
  });
});

describe('bulk tagging', () => {
  it('tags many items at once; active ones get a new revision; all or nothing', async () => {
    const bank = (await newBank(lecturer, world.institution.id, '批量题库')).id;
    const a = await createQ(single({ stem: '批量一', tags: null }), bank);
    const b = await createQ(single({ stem: '批量二', tags: null }), bank);
    const c = await createQ(single({ stem: '批量三' }), bank);
    await activate(c.id);
    const newTags = tags({ functionId: 'L4/F5', contentId: 'L4/F5/C5.3', knowledgeId: null });
    const foreign = await createQ(single({ stem: '别的题库' }));
    const refused = await post(lecturer, `/api/question-banks/${bank}/questions/bulk-tag`, {
      questionIds: [a.id, foreign.id],
      tags: newTags,
    });
    expect(refused.statusCode).toBe(422);
    expect(errorCode(refused)).toBe('QUESTION_IDS_NOT_IN_BANK');
    expect((await get(lecturer, `/api/questions/${a.id}`)).json().tags).toBeNull();
    const badTags = await post(lecturer, `/api/question-banks/${bank}/questions/bulk-tag`, {
      questionIds: [a.id],
      tags: tags({ contentId: 'L4/F5/C5.3' }),
    });
    expect(badTags.statusCode).toBe(400);
    expect(details(badTags)[0]).toMatchObject({ field: 'body.tags.contentId', code: 'TAG_NODE_INVALID' });

    const res = await post(lecturer, `/api/question-banks/${bank}/questions/bulk-tag`, {
      questionIds: [a.id, b.id, c.id],
      tags: newTags,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ updated: 3, newRevisions: 1 });
    const after = await get(lecturer, `/api/question-banks/${bank}/questions?functionId=L4%2FF5`);
    expect(after.json().total).toBe(3);
    expect((await get(lecturer, `/api/questions/${c.id}`)).json()).toMatchObject({
      revision: 2,
      tags: { contentId: 'L4/F5/C5.3' },
    });
    expect((await get(lecturer, `/api/question-revisions/${c.revisionId}`)).json().tags.contentId).toBe('L4/F4/C4.4');
    expect((await get(lecturer, `/api/questions/${a.id}`)).json().revision).toBe(1);
    const audit = await auditEvents(server, admin, 'question.bulk_tagged');
    expect(audit[0]?.details).toMatchObject({ bankId: bank, count: 3, newRevisions: 1 });
  });
});

describe('near-duplicates', () => {
  it('pairs near-identical stems with their similarity', async () => {
    const bank = (await newBank(lecturer, world.institution.id, '查重题库')).id;
    const a = await createQ(single({ stem: '<p>跨境电商卖家在亚马逊平台选品时，首先应分析的是（ ）。</p>' }), bank);
    const b = await createQ(single({ stem: '跨境电商卖家在亚马逊平台选品时，首先应该分析的是（）' }), bank);
    await createQ(single({ stem: '下列关于国际物流方式的说法中，正确的是（ ）。' }), bank);
    const res = await get(lecturer, `/api/question-banks/${bank}/duplicates?threshold=0.8`);
    expect(res.statusCode, res.body).toBe(200);
    const { pairs } = res.json();
    expect(pairs).toHaveLength(1);
    expect([pairs[0].a.id, pairs[0].b.id].sort()).toEqual([a.id, b.id].sort());
    expect(pairs[0].similarity).toBeGreaterThanOrEqual(0.8);
    expect(pairs[0].similarity).toBeLessThan(1);
    expect(pairs[0].a.stemText).toContain('跨境电商卖家');
    expect((await get(lecturer, `/api/question-banks/${bank}/duplicates?threshold=0.99`)).json().pairs).toHaveLength(0);
  });
});

describe('coverage', () => {
  it('shows, for level 4 跨境电子商务师, what the bank can fill and where it falls short', async () => {
    const bank = (await newBank(lecturer, world.institution.id, '覆盖率题库')).id;
    const basic = { functionId: null, contentId: null, knowledgeId: null, basicItem: '职业道德' };
    const seeds = [
      single({ stem: '职业道德一', points: 5, difficulty: 1, tags: tags(basic) }),
      single({ stem: '职业道德二', points: 5, difficulty: 2, tags: tags({ ...basic, workType: null }) }),
      single({ stem: '业务处理一', points: 10, difficulty: 3 }),
      single({ stem: '业务处理二', points: 10, difficulty: 3 }),
    ];
    for (const body of seeds) await activate((await createQ(body, bank)).id);
    // Not counted: a draft, and an item of the other work type.
    await createQ(single({ stem: '业务处理草稿', points: 10 }), bank);
    await activate(
      (
        await createQ(
          single({
            stem: '网商题',
            points: 10,
            tags: tags({ workType: '网商', contentId: 'L4/F4/C4.1', knowledgeId: null }),
          }),
          bank,
        )
      ).id,
    );
    const wt = encodeURIComponent('跨境电子商务师');
    const res = await get(
      lecturer,
      `/api/question-banks/${bank}/coverage?versionId=${versionId}&level=4&workType=${wt}&papers=2&paperPoints=100`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const cov = res.json();
    expect(cov).toMatchObject({
      level: 4,
      workType: '跨境电子商务师',
      papers: 2,
      paperPoints: 100,
      short: true,
      papersPossible: 0,
    });
    expect(cov.column).toBe('理论知识权重表 四级 跨境电子商务师');
    const row = (item: string) => cov.rows.find((r: { item: string }) => r.item === item);
    expect(cov.rows.map((r: { item: string }) => r.item)).toEqual([
      '职业道德',
      '基础知识',
      '产品及服务信息管理',
      '线上店铺设计与装修',
      '营销推广',
      '业务处理',
      '客户服务',
      '商务数据分析',
    ]);
    expect(row('职业道德')).toMatchObject({
      kind: 'basic',
      weight: 5,
      pointsPerPaper: 5,
      items: 2,
      points: 10,
      papersPossible: 2,
      short: false,
      shortfallPoints: 0,
    });
    expect(row('职业道德').byDifficulty.slice(0, 2)).toEqual([
      { difficulty: 1, items: 1, points: 5 },
      { difficulty: 2, items: 1, points: 5 },
    ]);
    expect(row('业务处理')).toMatchObject({
      kind: 'function',
      functionId: 'L4/F4',
      weight: 15,
      pointsPerPaper: 15,
      items: 2,
      points: 20,
      papersPossible: 1,
      short: true,
      shortfallPoints: 10,
    });
    expect(row('基础知识')).toMatchObject({ items: 0, papersPossible: 0, short: true, shortfallPoints: 50 });

    const one = await get(
      lecturer,
      `/api/question-banks/${bank}/coverage?versionId=${versionId}&level=4&workType=${wt}&papers=1`,
    );
    expect(one.json().rows.find((r: { item: string }) => r.item === '业务处理').short).toBe(false);
    const noWorkType = await get(lecturer, `/api/question-banks/${bank}/coverage?versionId=${versionId}&level=4`);
    expect(noWorkType.statusCode).toBe(400);
    expect(errorCode(noWorkType)).toBe('COVERAGE_QUERY_INVALID');
  });
});

describe('the API for importers and exporters', () => {
  const draft = (over: Partial<QuestionDraft> = {}): QuestionDraft => ({
    type: 'single',
    stem: '<p>导入题<script>x</script></p>',
    options: opts4 as QuestionDraft['options'],
    answer: { type: 'single', key: 'B' },
    shuffleOptions: true,
    points: 1,
    difficulty: 2,
    tags: null,
    source: null,
    explanation: null,
    ...over,
  });

  it('createQuestions inserts all drafts or none, naming each problem by draft index and field', async () => {
    const bank = (await newBank(lecturer, world.institution.id, '导入题库')).id;
    let error: unknown;
    try {
      await server.ctx.db.transaction((tx) =>
        createQuestions(server.ctx, tx, {
          bankId: bank,
          actorId: world.users.lecturer.id,
          drafts: [draft(), draft({ options: [] }), draft({ answer: { type: 'single', key: 'H' } })],
        }),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('QUESTION_DRAFTS_INVALID');
    expect((error as AppError).details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'drafts.1.options', code: 'QUESTION_OPTIONS_COUNT' }),
        expect.objectContaining({ field: 'drafts.2.answer.key', code: 'QUESTION_ANSWER_NOT_IN_OPTIONS' }),
      ]),
    );
    expect((await loadBankForExport(server.ctx, bank)).questions).toHaveLength(0);

    const ids = await server.ctx.db.transaction((tx) =>
      createQuestions(server.ctx, tx, {
        bankId: bank,
        actorId: world.users.lecturer.id,
        drafts: [draft(), draft({ stem: '第二题' })],
      }),
    );
    expect(ids).toHaveLength(2);
    const exported = await loadBankForExport(server.ctx, bank);
    expect(exported.bank.name).toBe('导入题库');
    expect(exported.questions.map((q) => q.stem)).toEqual(['<p>导入题</p>', '第二题']);
    const audit = await auditEvents(server, admin, 'question.bulk_created');
    expect(audit[0]?.details).toMatchObject({ bankId: bank, count: 2 });
  });
});
