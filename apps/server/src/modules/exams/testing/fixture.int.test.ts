import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { examAttempts } from '../exams.tables.js';
import { createExamFixture, paperKeys } from './fixture.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ authRateLimitPerMinute: 10_000 });
});
afterAll(() => server.close());

describe('exam test fixture', () => {
  it('places every candidate with a ready attempt on the same paper of active demo items', async () => {
    const fx = await createExamFixture(server, { candidates: 3, objectiveItems: 8, subjectiveItems: 1 });
    expect(fx.candidates).toHaveLength(3);
    expect(fx.paper).toHaveLength(9);
    expect(fx.paper.at(-1)!.type).toMatch(/short_answer|case_analysis/);
    const attempts = await server.ctx.db.select().from(examAttempts).where(eq(examAttempts.planId, fx.planId));
    expect(attempts.map((a) => a.status)).toEqual(['ready', 'ready', 'ready']);
    const keys = await paperKeys(server, fx.paper);
    expect(keys.every((k) => k.answer.type === k.type)).toBe(true);
    expect(new Set(fx.paper.map((p) => p.rowItem)).size).toBeGreaterThan(1);
  });
});
