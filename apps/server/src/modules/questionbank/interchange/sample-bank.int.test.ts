import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ITEMS } from '../../../demo/sample-bank/index.js';
import { createWorld } from '../../../test/factories.js';
import { type Credentials, call, startTestServer, type TestServer } from '../../../test/harness.js';
import { runDueJobs } from '../index.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof createWorld>>;
let lecturer: Credentials;

beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld(server);
  lecturer = world.sessions.lecturer;
});
afterAll(() => server.close());

async function upload(as: Credentials, bankId: string, fileName: string, content: Uint8Array) {
  const boundary = `----cs${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const payload = Buffer.concat([head, Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (as.kind === 'cookie') {
    headers.cookie = `cs_session=${as.session}; cs_csrf=${as.csrf}`;
    headers['x-csrf-token'] = as.csrf;
  }
  return server.app.inject({ method: 'POST', url: `/api/question-banks/${bankId}/imports`, headers, payload });
}

/** The blueprint of issue 5's check: a full 100-point level-4 跨境电子商务师 paper. */
const BLUEPRINT = {
  totalPoints: 100,
  typeCounts: {
    true_false: { count: 20, points: 1 },
    single: { count: 50, points: 1 },
    multiple: { count: 15, points: 2 },
  },
  difficultyMix: { '1': 10, '2': 20, '3': 40, '4': 20, '5': 10 },
};

describe('sample bank', () => {
  it('downloads as an import template that imports with zero problems, activates in bulk and fills a full level-4 blueprint for 20 seeds', async () => {
    const file = await call(server, lecturer, { method: 'GET', url: '/api/question-banks/sample-bank.xlsx' });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(file.headers['content-disposition']))).toContain(
      '四级跨境电子商务师理论示例题库.xlsx',
    );
    expect(file.rawPayload.length).toBeGreaterThan(10_000);

    const bank = await call(server, lecturer, {
      method: 'POST',
      url: `/api/orgs/${world.institution.id}/question-banks`,
      body: { name: '四级跨境理论（示例导入）' },
    });
    expect(bank.statusCode, bank.body).toBe(201);
    const bankId = bank.json().id as string;

    const started = await upload(lecturer, bankId, '四级跨境电子商务师理论示例题库.xlsx', file.rawPayload);
    expect(started.statusCode, started.body).toBe(202);
    await runDueJobs(server.ctx);
    const job = await call(server, lecturer, { method: 'GET', url: `/api/jobs/${started.json().jobId}` });
    expect(job.json().status, job.body).toBe('succeeded');
    const report = job.json().result;
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ outcome: 'imported', format: 'xlsx', problemCount: 0 });
    expect(report.imported).toBe(SAMPLE_ITEMS.length);
    expect(report.duplicates).toEqual([]);

    // Every imported item is a tagged draft: through review to active in two bulk requests.
    const drafts = await call(server, lecturer, {
      method: 'GET',
      url: `/api/question-banks/${bankId}/questions?status=draft&untagged=true`,
    });
    expect(drafts.json().total).toBe(0);
    const reviewed = await call(server, lecturer, {
      method: 'POST',
      url: `/api/question-banks/${bankId}/questions/bulk-status`,
      body: { filter: { status: 'draft', tagged: true }, to: 'in_review' },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json().updated).toBe(SAMPLE_ITEMS.length);
    const activated = await call(server, lecturer, {
      method: 'POST',
      url: `/api/question-banks/${bankId}/questions/bulk-status`,
      body: { questionIds: reviewed.json().questionIds, to: 'active' },
    });
    expect(activated.statusCode, activated.body).toBe(200);
    expect(activated.json().updated).toBe(SAMPLE_ITEMS.length);

    for (let seed = 1; seed <= 20; seed++) {
      const preview = await call(server, lecturer, {
        method: 'POST',
        url: `/api/orgs/${world.institution.id}/exam-plans/blueprint-preview`,
        body: {
          level: 4,
          workType: '跨境电子商务师',
          blueprint: BLUEPRINT,
          bankIds: [bankId],
          seed: `candidate-${seed}`,
        },
      });
      expect(preview.statusCode, preview.body).toBe(200);
      const body = preview.json();
      expect(body.shortfalls, `seed ${seed}`).toEqual([]);
      expect(body.ok).toBe(true);
      if (seed === 1) {
        expect(body.blueprint.rows.map((r: { item: string; points: number }) => [r.item, r.points])).toEqual([
          ['职业道德', 5],
          ['基础知识', 25],
          ['产品及服务信息管理', 10],
          ['线上店铺设计与装修', 10],
          ['营销推广', 15],
          ['业务处理', 15],
          ['客户服务', 10],
          ['商务数据分析', 10],
        ]);
      }
    }
  });
});
