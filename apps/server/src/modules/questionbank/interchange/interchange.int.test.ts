import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../../test/factories.js';
import { type Credentials, call, startTestServer, type TestServer } from '../../../test/harness.js';
import { errorCode } from '../../../test/support.js';
import { runDueJobs } from '../index.js';
import { QUESTIONS_SHEET } from './excel.js';
import { qti2Package } from './fixtures/packages.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof createWorld>>;
let lecturer: Credentials;
let bankId: string;

const HEADERS = [
  '题型',
  '题干',
  '选项A',
  '选项B',
  '选项C',
  '正确答案',
  '分值',
  '难度',
  '等级',
  '职业功能',
  '知识点',
  '解析',
  '评分要点',
];

async function workbook(rows: Record<string, string | number>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(QUESTIONS_SHEET);
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(HEADERS.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(fileName: string, content: Uint8Array, contentType = 'application/octet-stream') {
  const boundary = `----cs${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, Buffer.from(content), tail]), type: `multipart/form-data; boundary=${boundary}` };
}

async function upload(
  as: Credentials,
  bank: string,
  fileName: string,
  content: Uint8Array,
): Promise<LightMyRequestResponse> {
  const { body, type } = multipart(fileName, content);
  const headers: Record<string, string> = { 'content-type': type };
  if (as.kind === 'cookie') {
    headers.cookie = `cs_session=${as.session}; cs_csrf=${as.csrf}`;
    headers['x-csrf-token'] = as.csrf;
  }
  return server.app.inject({ method: 'POST', url: `/api/question-banks/${bank}/imports`, headers, payload: body });
}

interface Report {
  outcome: 'imported' | 'rejected';
  read: number;
  imported: number;
  problemCount: number;
  problems: { row: number | null; column: string | null; item: string | null; message: string }[];
  skipped: { identifier: string; reason: string }[];
  duplicates: { row: number | null; existingId: string | null; otherRow: number | null; similarity: number }[];
}

/** Uploads, runs the queued job and returns its report (as the client polling GET /api/jobs/:id sees it). */
async function importFile(fileName: string, content: Uint8Array, bank = bankId): Promise<Report> {
  const res = await upload(lecturer, bank, fileName, content);
  expect(res.statusCode, res.body).toBe(202);
  await runDueJobs(server.ctx);
  const job = await call(server, lecturer, { method: 'GET', url: `/api/jobs/${res.json().jobId}` });
  expect(job.json(), job.body).toMatchObject({ status: 'succeeded', progress: 1 });
  return job.json().result as Report;
}

async function questionCount(bank = bankId): Promise<number> {
  const res = await call(server, lecturer, { method: 'GET', url: `/api/question-banks/${bank}` });
  return res.json().questionCount;
}

async function newBank(name: string): Promise<string> {
  const res = await call(server, lecturer, {
    method: 'POST',
    url: `/api/orgs/${world.institution.id}/question-banks`,
    body: { name },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld(server);
  lecturer = world.sessions.lecturer;
  bankId = await newBank('跨境电商理论题库');
});
afterAll(() => server.close());

describe('import template', () => {
  it('is an xlsx with the questions sheet, instructions and the standard’s catalogue', async () => {
    const res = await call(server, lecturer, { method: 'GET', url: '/api/question-banks/import-template.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['试题', '填写说明', '标准目录']);
    expect(wb.getWorksheet('标准目录')!.rowCount).toBeGreaterThan(100);
  });
});

describe('Excel import', () => {
  const good: Record<string, string | number>[] = [
    {
      题型: '单选题',
      题干: '跨境电商中 FBA 指的是？',
      选项A: '亚马逊物流',
      选项B: '海外仓',
      正确答案: 'A',
      分值: 2,
      难度: '易',
      等级: '四级',
      职业功能: '4 业务处理',
      知识点: '4.2.1',
    },
    {
      题型: '多选',
      题干: '以下哪些属于跨境电商平台？',
      选项A: '亚马逊',
      选项B: '微信',
      选项C: '速卖通',
      正确答案: 'A、C',
      分值: 2,
    },
    { 题型: '判断题', 题干: '跨境电商出口商品一律免征增值税。', 正确答案: '×', 分值: 1, 解析: '并非一律免征' },
    {
      题型: '简答题',
      题干: '简述跨境电商选品的基本原则。',
      正确答案: '市场需求、利润空间',
      分值: 5,
      评分要点: '市场需求（3分）\n利润空间（2分）',
    },
  ];

  it('imports every row of a valid file, as drafts, with tags resolved', async () => {
    const report = await importFile('题目.xlsx', await workbook(good));
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ outcome: 'imported', read: 4, imported: 4, problemCount: 0 });
    expect(await questionCount()).toBe(4);
    const list = await call(server, lecturer, {
      method: 'GET',
      url: `/api/question-banks/${bankId}/questions?pageSize=50`,
    });
    const first = list.json().items.find((q: { stem: string }) => q.stem.includes('FBA'));
    expect(first).toMatchObject({
      status: 'draft',
      tags: { level: 4, functionId: 'L4/F4', knowledgeId: 'L4/F4/C4.2/K4.2.1' },
    });
  });

  it('reports near-duplicates without blocking', async () => {
    const report = await importFile('again.xlsx', await workbook([{ ...good[0]!, 题干: '跨境电商中，FBA 指的是？' }]));
    expect(report.outcome).toBe('imported');
    expect(report.duplicates).toEqual([expect.objectContaining({ row: 2, existingId: expect.any(String) })]);
    expect(await questionCount()).toBe(5);
  });

  it('imports nothing from a half-wrong file and lists each problem with row and column', async () => {
    const before = await questionCount();
    const report = await importFile(
      '有错误.xlsx',
      await workbook([
        good[1]!,
        { 题型: '单选题', 题干: '答案不在选项中', 选项A: '甲', 选项B: '乙', 正确答案: 'E', 分值: 1 },
        { 题型: '判断题', 题干: '等级写错', 正确答案: '对', 分值: 1, 等级: '六级' },
        { 题型: '简答题', 题干: '要点合计不对', 分值: 5, 评分要点: '只有一条（2分）' },
      ]),
    );
    expect(report.outcome).toBe('rejected');
    expect(report.imported).toBe(0);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, '正确答案'],
      [4, '等级'],
      [5, '评分要点'],
    ]);
    expect(report.problems[0]!.message).toContain('第 3 行');
    expect(await questionCount()).toBe(before);
  });

  it('refuses a file that is not an xlsx with a clear error, and answers 413 for a file too large', async () => {
    const fake = await upload(lecturer, bankId, '题目.xlsx', Buffer.from('题型,题干\n单选题,x\n'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error).toMatchObject({
      code: 'IMPORT_FILE_INVALID',
      message: expect.stringContaining('改了扩展名'),
    });
    const pdf = await upload(lecturer, bankId, 'a.pdf', Buffer.from('%PDF-1.4'));
    expect(pdf.statusCode).toBe(415);
    expect(errorCode(pdf)).toBe('IMPORT_FILE_UNSUPPORTED');
    const big = await upload(lecturer, bankId, 'big.xlsx', Buffer.alloc(20 * 1024 * 1024 + 10, 0x50));
    expect(big.statusCode).toBe(413);
    expect(errorCode(big)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reports a corrupt xlsx (a zip that is not a workbook) in the job, never a 500', async () => {
    const corrupt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]);
    const report = await importFile('坏文件.xlsx', corrupt);
    expect(report).toMatchObject({ outcome: 'rejected', imported: 0 });
    expect(report.problems[0]!.message).toContain('已损坏');
  });

  it('needs the right to edit the bank', async () => {
    const res = await upload(world.sessions.examiner, bankId, 'x.xlsx', await workbook(good));
    expect(res.statusCode).toBe(403);
    const other = await call(server, world.sessions.platform_admin, {
      method: 'POST',
      url: `/api/orgs/${world.platform.id}/question-banks`,
      body: { name: '平台题库' },
    });
    const res2 = await upload(lecturer, other.json().id, 'x.xlsx', await workbook(good));
    expect(res2.statusCode).toBe(403);
  });
});

describe('export', () => {
  it('exports Excel that re-imports to the same items', async () => {
    const res = await call(server, lecturer, {
      method: 'GET',
      url: `/api/question-banks/${bankId}/export?format=xlsx`,
    });
    expect(res.statusCode).toBe(200);
    const copy = await newBank('复制题库');
    const report = await importFile('export.xlsx', res.rawPayload, copy);
    expect(report).toMatchObject({ outcome: 'imported', imported: await questionCount() });
    const items = async (bank: string) => {
      const list = await call(server, lecturer, {
        method: 'GET',
        url: `/api/question-banks/${bank}/questions?pageSize=50`,
      });
      return list
        .json()
        .items.map((q: Record<string, unknown>) => ({
          type: q.type,
          stem: q.stem,
          options: q.options,
          answer: q.answer,
          points: q.points,
          difficulty: q.difficulty,
          tags: q.tags,
          explanation: q.explanation,
        }))
        .sort((a: { stem: string }, b: { stem: string }) => a.stem.localeCompare(b.stem));
    };
    expect(await items(copy)).toEqual(await items(bankId));
  });

  it('exports a QTI 3.0 package that re-imports to the same items', async () => {
    const res = await call(server, lecturer, { method: 'GET', url: `/api/question-banks/${bankId}/export?format=qti` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(res.rawPayload);
    expect(Object.keys(files)).toContain('imsmanifest.xml');
    const copy = await newBank('QTI 副本');
    const report = await importFile('export.zip', res.rawPayload, copy);
    expect(report).toMatchObject({ outcome: 'imported', skipped: [] });
    expect(await questionCount(copy)).toBe(await questionCount());
  });
});

describe('QTI import', () => {
  it('imports the supported items of a QTI 2.x package and lists the skipped ones', async () => {
    const bank = await newBank('QTI 2 导入');
    const report = await importFile('items.zip', qti2Package(), bank);
    expect(report).toMatchObject({ outcome: 'imported', imported: 5 });
    expect(report.skipped).toEqual([{ identifier: 'hotspot', reason: expect.stringContaining('热点题') }]);
    expect(await questionCount(bank)).toBe(5);
  });

  it('imports nothing when an item is broken', async () => {
    const bank = await newBank('QTI 坏包');
    const broken = '<qti-assessment-item identifier="x"><qti-item-body></qti-assessment-item>';
    const report = await importFile('one.xml', Buffer.from(broken), bank);
    expect(report.outcome).toBe('rejected');
    expect(report.problems[0]).toMatchObject({ item: 'item.xml', message: expect.stringContaining('XML 格式错误') });
    expect(await questionCount(bank)).toBe(0);
  });
});
