import type { QuestionDraft } from '@crossskill/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createUser, createWorld, loginUser } from '../../../test/factories.js';
import { type Credentials, call, startTestServer, type TestServer } from '../../../test/harness.js';
import { errorCode } from '../../../test/support.js';
import { createQuestions, runDueJobs } from '../index.js';
import { bankExamItems } from './analysis.service.js';
import { simulateResponses } from './simulate.js';
import { aggregateResponses, finishItem } from './stats.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof createWorld>>;
let lecturer: Credentials;
let bankId: string;
const CANDIDATES = 240;
const SEED = 20240601;

function drafts(): QuestionDraft[] {
  const base = { shuffleOptions: true, tags: null, source: null, explanation: null };
  const out: QuestionDraft[] = [];
  for (let i = 0; i < 16; i++) {
    out.push({
      ...base,
      type: 'single',
      stem: `单选题 ${i}：关于跨境物流的第 ${i} 个说法`,
      options: ['A', 'B', 'C', 'D'].map((k) => ({ key: k as 'A', content: `选项 ${k}${i}` })),
      answer: { type: 'single', key: (['A', 'B', 'C', 'D'] as const)[i % 4]! },
      points: 1,
      difficulty: (i % 5) + 1,
    });
  }
  out.push({
    ...base,
    type: 'multiple',
    stem: '多选题：哪些是平台规则',
    options: ['A', 'B', 'C', 'D', 'E'].map((k) => ({ key: k as 'A', content: `规则 ${k}` })),
    answer: { type: 'multiple', keys: ['A', 'C', 'E'] },
    points: 2,
    difficulty: 3,
  });
  out.push({
    ...base,
    type: 'true_false',
    stem: '判断题：海外仓能缩短时效',
    options: [],
    answer: { type: 'true_false', value: true },
    points: 1,
    difficulty: 2,
  });
  out.push({
    ...base,
    type: 'fill_blank',
    stem: 'FOB 是____，CIF 是____',
    options: [],
    answer: { type: 'fill_blank', blanks: [{ accepted: ['离岸价'] }, { accepted: ['到岸价'] }], caseSensitive: false },
    points: 2,
    difficulty: 3,
  });
  out.push({
    ...base,
    type: 'case_analysis',
    stem: '案例分析：店铺断货',
    options: [],
    answer: {
      type: 'case_analysis',
      rubric: [
        { criterion: '原因', points: 4 },
        { criterion: '措施', points: 6 },
      ],
    },
    points: 10,
    difficulty: 4,
  });
  return out.map((d) => ({ ...d, shuffleOptions: d.type === 'single' || d.type === 'multiple' }));
}

async function runJobOf(res: { statusCode: number; body: string; json(): { jobId: string } }) {
  expect(res.statusCode, res.body).toBe(202);
  await runDueJobs(server.ctx);
  const job = await call(server, lecturer, { method: 'GET', url: `/api/jobs/${res.json().jobId}` });
  expect(job.json(), job.body).toMatchObject({ status: 'succeeded' });
  return job.json().result;
}

beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld(server);
  lecturer = world.sessions.lecturer;
  const bank = await call(server, lecturer, {
    method: 'POST',
    url: `/api/orgs/${world.institution.id}/question-banks`,
    body: { name: '分析题库' },
  });
  bankId = bank.json().id;
  await server.ctx.db.transaction((tx) =>
    createQuestions(server.ctx, tx, { bankId, drafts: drafts(), actorId: world.users.lecturer.id }),
  );
});
afterAll(() => server.close());

describe('item analysis of a simulated exam', () => {
  let examKey: string;

  it('simulates responses and analyses them in one job', async () => {
    const res = await call(server, lecturer, {
      method: 'POST',
      url: '/api/item-analysis/simulate',
      body: { bankId, candidates: CANDIDATES, seed: SEED },
    });
    examKey = res.json().examKey;
    expect(examKey).toMatch(/^sim-[0-9a-f-]{36}$/);
    const summary = await runJobOf(res);
    expect(summary).toMatchObject({ examKey, candidates: CANDIDATES, responses: CANDIDATES * 20, items: 20 });
  });

  it('gives the same statistics as the in-memory engine on the same responses', async () => {
    const res = await call(server, lecturer, { method: 'GET', url: `/api/item-analysis/${examKey}` });
    expect(res.statusCode, res.body).toBe(200);
    const byRevision = new Map(res.json().items.map((i: { revisionId: string }) => [i.revisionId, i]));
    expect(byRevision.size).toBe(20);

    const items = await bankExamItems(server.ctx.db, bankId);
    const sim = simulateResponses(
      items.map((i) => i.sim),
      CANDIDATES,
      SEED,
    );
    const aggs = aggregateResponses(
      sim,
      CANDIDATES,
      items.map((i) => i.sim.points),
    );
    for (const [i, item] of items.entries()) {
      const key =
        item.sim.type === 'single' || item.sim.type === 'multiple' ? item.sim : { optionCount: 0, keyMask: 0 };
      const expected = finishItem(aggs[i]!, key);
      const got = byRevision.get(item.revisionId) as Record<string, unknown>;
      expect(got.n).toBe(CANDIDATES);
      expect(got.facility as number).toBeCloseTo(expected.facility!, 4);
      if (expected.pointBiserial === null) expect(got.pointBiserial).toBeNull();
      else expect(got.pointBiserial as number).toBeCloseTo(expected.pointBiserial, 4);
      expect(got.upperLower27 as number).toBeCloseTo(expected.upperLower27!, 4);
      expect(got.distractors).toEqual(expected.distractors);
      expect(got.flags).toEqual(expected.flags);
    }
    const single = res.json().items.find((i: { type: string }) => i.type === 'single');
    expect(single.stemExcerpt).toMatch(/^单选题 \d+/);
    expect(Object.keys(single.distractors)).toEqual(['A', 'B', 'C', 'D']);
    expect(single.key).toHaveLength(1);
    // Realistic data: most items discriminate, a few are flagged.
    const rs = res.json().items.map((i: { pointBiserial: number | null }) => i.pointBiserial ?? 0);
    expect(rs.filter((r: number) => r > 0.15).length).toBeGreaterThan(10);
  });

  it('re-runs on request and keeps a history per question', async () => {
    const run = await call(server, lecturer, { method: 'POST', url: '/api/item-analysis/runs', body: { examKey } });
    expect((await runJobOf(run)).items).toBe(20);
    const list = await call(server, lecturer, { method: 'GET', url: `/api/item-analysis/${examKey}` });
    expect(list.json().items).toHaveLength(20);
    const questionId = list.json().items[0].questionId;
    const history = await call(server, lecturer, { method: 'GET', url: `/api/questions/${questionId}/analysis` });
    expect(history.statusCode).toBe(200);
    expect(history.json().runs).toEqual([expect.objectContaining({ examKey, n: CANDIDATES, revision: 1 })]);
  });

  it('exports the results to Excel with Chinese headers, one row per item, and keeps outsiders out', async () => {
    const res = await call(server, lecturer, { method: 'GET', url: `/api/item-analysis/${examKey}/export` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('试题分析');
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['题干摘要', '难度（通过率）', '区分度（点二列）']));
    expect(sheet.rowCount).toBe(1 + 20);
    const other = await createOrg(server, 'institution');
    const outsider = await loginUser(
      server,
      await createUser(server, { roles: [{ orgId: other.id, role: 'lecturer' }] }),
    );
    const denied = await call(server, outsider, { method: 'GET', url: `/api/item-analysis/${examKey}/export` });
    expect(denied.statusCode).toBe(403);
  });

  it('answers 404 for an exam without responses or results', async () => {
    const run = await call(server, lecturer, {
      method: 'POST',
      url: '/api/item-analysis/runs',
      body: { examKey: 'exam-none' },
    });
    expect(run.statusCode).toBe(404);
    expect(errorCode(run)).toBe('ITEM_ANALYSIS_NO_RESPONSES');
    const get = await call(server, lecturer, { method: 'GET', url: '/api/item-analysis/exam-none' });
    expect(errorCode(get)).toBe('ITEM_ANALYSIS_NOT_FOUND');
  });

  it('is only for staff who may read the exam’s banks', async () => {
    const other = await createOrg(server, 'institution');
    const outsider = await loginUser(
      server,
      await createUser(server, { roles: [{ orgId: other.id, role: 'lecturer' }] }),
    );
    const get = await call(server, outsider, { method: 'GET', url: `/api/item-analysis/${examKey}` });
    expect(get.statusCode).toBe(403);
    const run = await call(server, outsider, { method: 'POST', url: '/api/item-analysis/runs', body: { examKey } });
    expect(run.statusCode).toBe(403);
    const sim = await call(server, outsider, {
      method: 'POST',
      url: '/api/item-analysis/simulate',
      body: { bankId, candidates: 10, seed: 1 },
    });
    expect(sim.statusCode).toBe(403);
    const trainee = await call(server, world.sessions.trainee, { method: 'GET', url: `/api/item-analysis/${examKey}` });
    expect(trainee.statusCode).toBe(403);
    const examiner = await call(server, world.sessions.examiner, {
      method: 'GET',
      url: `/api/item-analysis/${examKey}`,
    });
    expect(examiner.statusCode).toBe(200);
  });
});
