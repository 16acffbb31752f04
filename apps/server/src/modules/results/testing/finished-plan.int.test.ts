import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { finalResults } from '../results.tables.js';
import { createFinishedPlan } from './finished-plan.js';

describe('createFinishedPlan (test fixture)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('writes a level-2 plan with final attempts, review scores and a publication', async () => {
    const f = await createFinishedPlan(server, {
      level: 2,
      candidates: [
        { theory: 80, skill: 70, review: 65 },
        { theory: 50, skill: null, review: null },
      ],
      publish: { appealUntil: new Date(Date.now() + 86_400_000) },
    });
    expect(f.candidates).toHaveLength(2);
    expect(f.committee).toHaveLength(3);
    const rows = await server.ctx.db.select().from(finalResults).where(eq(finalResults.planId, f.planId));
    expect(rows.map((r) => r.passed).sort()).toEqual([false, true]);
  });
});
