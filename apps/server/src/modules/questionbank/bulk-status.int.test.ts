import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createUser, createWorld, loginUser } from '../../test/factories.js';
import { type Credentials, call, startTestServer, type TestServer } from '../../test/harness.js';
import { auditEvents, errorCode } from '../../test/support.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof createWorld>>;
let admin: Credentials;
let lecturer: Credentials;
let otherLecturer: Credentials;
let versionId: string;

beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld(server);
  admin = world.sessions.platform_admin;
  lecturer = world.sessions.lecturer;
  const other = await createOrg(server, 'institution');
  otherLecturer = await loginUser(server, await createUser(server, { roles: [{ orgId: other.id, role: 'lecturer' }] }));
  const list = await call(server, admin, { method: 'GET', url: '/api/standards/versions' });
  versionId = list.json().items.find((v: { label: string }) => v.label === '2022').id;
});
afterAll(() => server.close());

const post = (as: Credentials, url: string, body: unknown) => call(server, as, { method: 'POST', url, body });
const get = (as: Credentials, url: string) => call(server, as, { method: 'GET', url });

let seq = 0;
async function newBank(as = lecturer, orgId = world.institution.id): Promise<string> {
  const res = await post(as, `/api/orgs/${orgId}/question-banks`, { name: `批量状态题库${++seq}` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const TAGS = {
  level: 4,
  workType: '跨境电子商务师',
  functionId: 'L4/F4',
  contentId: 'L4/F4/C4.6',
  knowledgeId: 'L4/F4/C4.6/K4.6.2',
  basicItem: null,
};

async function createQ(bankId: string, stem: string, tagged = true): Promise<string> {
  const res = await post(lecturer, `/api/question-banks/${bankId}/questions`, {
    type: 'true_false',
    stem,
    answer: { type: 'true_false', value: true },
    points: 1,
    difficulty: 3,
    tags: tagged ? { standardVersionId: versionId, ...TAGS } : null,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const statusOf = async (id: string) => (await get(lecturer, `/api/questions/${id}`)).json().status as string;
const bulk = (bankId: string, body: unknown, as = lecturer) =>
  post(as, `/api/question-banks/${bankId}/questions/bulk-status`, body);

describe('bulk status', () => {
  it('submits drafts for review, activates and retires them in one request each, audited once per request', async () => {
    const bankId = await newBank();
    const ids = [
      await createQ(bankId, '计费重量取实际重量与体积重量中较大者。'),
      await createQ(bankId, '9610 是跨境电商 B2C 零售出口的监管方式代码。'),
      await createQ(bankId, 'CTR 等于点击量除以展示量。'),
    ];
    const review = await bulk(bankId, { questionIds: ids, to: 'in_review' });
    expect(review.statusCode, review.body).toBe(200);
    expect(review.json()).toMatchObject({ updated: 3, unchanged: 0 });
    expect([...review.json().questionIds].sort()).toEqual([...ids].sort());

    const active = await bulk(bankId, { questionIds: ids, to: 'active', comment: '教研组审核通过' });
    expect(active.statusCode, active.body).toBe(200);
    for (const id of ids) expect(await statusOf(id)).toBe('active');
    const listed = await get(lecturer, `/api/question-banks/${bankId}/questions?status=active`);
    expect(listed.json().total).toBe(3);

    // Already active items are left as they are; the others move.
    const again = await bulk(bankId, { questionIds: ids, to: 'active' });
    expect(again.json()).toEqual({ updated: 0, unchanged: 3, questionIds: [] });
    const retired = await bulk(bankId, { questionIds: [ids[0]], to: 'retired' });
    expect(retired.json()).toMatchObject({ updated: 1, unchanged: 0 });
    expect(await statusOf(ids[0]!)).toBe('retired');

    const audit = (await auditEvents(server, admin, 'question.bulk_status_changed')).filter(
      (e) => e.details.bankId === bankId,
    );
    // in_review, active, retired — the no-op request records nothing.
    expect(audit).toHaveLength(3);
    const activation = audit.find((e) => e.details.to === 'active');
    if (!activation) throw new Error('no activation audit entry');
    expect(activation.details).toMatchObject({
      count: 3,
      from: { in_review: 3 },
      comment: '教研组审核通过',
    });
    expect([...(activation.details.questionIds as string[])].sort()).toEqual([...ids].sort());
    expect(activation.orgId).toBe(world.institution.id);
  });

  it('follows the single route’s transitions: a draft cannot go straight to active, and nothing changes', async () => {
    const bankId = await newBank();
    const draft = await createQ(bankId, '海外仓备货属于 9810 监管方式。');
    const inReview = await createQ(bankId, 'ACoS 等于广告花费除以广告带来的销售额。');
    expect((await bulk(bankId, { questionIds: [inReview], to: 'in_review' })).statusCode).toBe(200);

    const res = await bulk(bankId, { questionIds: [draft, inReview], to: 'active' });
    expect(res.statusCode, res.body).toBe(409);
    expect(errorCode(res)).toBe('QUESTIONS_STATUS_TRANSITION');
    expect(res.json().error.details).toEqual([
      { field: `questions.${draft}`, code: 'STATUS_DRAFT', message: '海外仓备货属于 9810 监管方式。' },
    ]);
    expect(res.json().error.message).toContain('草稿');
    expect(await statusOf(draft)).toBe('draft');
    expect(await statusOf(inReview)).toBe('in_review');
  });

  it('refuses to activate untagged items, naming each, and changes nothing', async () => {
    const bankId = await newBank();
    const tagged = await createQ(bankId, '国际快递的燃油附加费按运费的一定比例收取。');
    const untaggedA = await createQ(bankId, '未标注的题目一。', false);
    const untaggedB = await createQ(bankId, '未标注的题目二。', false);
    const all = [tagged, untaggedA, untaggedB];
    expect((await bulk(bankId, { questionIds: all, to: 'in_review' })).statusCode).toBe(200);

    const res = await bulk(bankId, { questionIds: all, to: 'active' });
    expect(res.statusCode, res.body).toBe(422);
    expect(errorCode(res)).toBe('QUESTIONS_NOT_TAGGED');
    const details = res.json().error.details as { field: string; code: string; message: string }[];
    expect(details.map((d) => d.field).sort()).toEqual([`questions.${untaggedA}`, `questions.${untaggedB}`].sort());
    expect(details.every((d) => d.code === 'QUESTION_NOT_TAGGED')).toBe(true);
    expect(details.map((d) => d.message).sort()).toEqual(['未标注的题目一。', '未标注的题目二。']);
    for (const id of all) expect(await statusOf(id)).toBe('in_review');

    const en = await call(server, lecturer, {
      method: 'POST',
      url: `/api/question-banks/${bankId}/questions/bulk-status`,
      body: { questionIds: all, to: 'active' },
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().error.message).toMatch(/^2 question\(s\) are not tagged/);
  });

  it('with a filter, activates every tagged draft through review and leaves untagged drafts alone', async () => {
    const bankId = await newBank();
    const a = await createQ(bankId, '体积重量按长×宽×高÷5000 计算（DHL，厘米、千克）。');
    const b = await createQ(bankId, '子账号可以按岗位分配权限。');
    const untagged = await createQ(bankId, '还没有标注的草稿。', false);
    const step1 = await bulk(bankId, { filter: { status: 'draft', tagged: true }, to: 'in_review' });
    expect(step1.statusCode, step1.body).toBe(200);
    expect(step1.json().updated).toBe(2);
    const step2 = await bulk(bankId, { questionIds: step1.json().questionIds, to: 'active' });
    expect(step2.json().updated).toBe(2);
    expect(await statusOf(a)).toBe('active');
    expect(await statusOf(b)).toBe('active');
    expect(await statusOf(untagged)).toBe('draft');
    // A filter that matches nothing is not an error.
    const none = await bulk(bankId, { filter: { status: 'in_review' }, to: 'active' });
    expect(none.json()).toEqual({ updated: 0, unchanged: 0, questionIds: [] });
  });

  it('refuses ids of another bank (all or nothing) and malformed requests', async () => {
    const bankId = await newBank();
    const otherBank = await newBank();
    const mine = await createQ(bankId, '本题库的题目。');
    const foreign = await createQ(otherBank, '别的题库的题目。');
    const res = await bulk(bankId, { questionIds: [mine, foreign], to: 'in_review' });
    expect(res.statusCode, res.body).toBe(422);
    expect(errorCode(res)).toBe('QUESTION_IDS_NOT_IN_BANK');
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ field: 'body.questionIds', code: 'QUESTION_NOT_IN_BANK', message: foreign }),
    ]);
    expect(await statusOf(mine)).toBe('draft');

    const both = await bulk(bankId, { questionIds: [mine], filter: { status: 'draft' }, to: 'in_review' });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.details[0].code).toBe('BULK_STATUS_TARGET');
    expect((await bulk(bankId, { to: 'in_review' })).statusCode).toBe(400);
    expect((await bulk(bankId, { questionIds: [], to: 'in_review' })).statusCode).toBe(400);
    expect((await bulk(bankId, { questionIds: [mine], to: 'published' })).statusCode).toBe(400);
  });

  it('another institution’s lecturer gets 403; an unknown bank 404; an examiner 403', async () => {
    const bankId = await newBank();
    const id = await createQ(bankId, '他人不能修改本题库。');
    const res = await bulk(bankId, { questionIds: [id], to: 'in_review' }, otherLecturer);
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('FORBIDDEN');
    const unknown = await bulk('00000000-0000-4000-8000-000000000000', { questionIds: [id], to: 'in_review' });
    expect(unknown.statusCode).toBe(404);
    expect(errorCode(unknown)).toBe('QUESTION_BANK_NOT_FOUND');
    const examiner = await bulk(bankId, { questionIds: [id], to: 'in_review' }, world.sessions.examiner);
    expect(examiner.statusCode).toBe(403);
    expect(await statusOf(id)).toBe('draft');
  });
});
