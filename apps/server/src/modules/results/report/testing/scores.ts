import { and, eq } from 'drizzle-orm';
import type { TestServer } from '../../../../test/harness.js';
import { examAnswers, examAttempts } from '../../../exams/exams.tables.js';
import { simRuns, skillAttempts } from '../../../simulation/simulation.tables.js';

/**
 * Gives a finished-plan candidate (results/testing/finished-plan.ts) a rate per occupational function:
 * theory answers of the paper items of each row scored at `rate` × points, and skill runs reporting one check
 * awarded `rate` × 100 of 100 (so scoring with overrides gives rate × row points). Rows not named keep their score.
 */
export async function setFunctionRates(
  server: TestServer,
  registrationId: string,
  rates: { theory?: Record<string, number>; skill?: Record<string, number> },
) {
  const db = server.ctx.db;
  const [attempt] = await db.select().from(examAttempts).where(eq(examAttempts.registrationId, registrationId));
  if (attempt) {
    for (const e of attempt.paper) {
      const rate = rates.theory?.[e.rowItem];
      if (rate === undefined) continue;
      await db
        .update(examAnswers)
        .set({ score: Math.round(e.points * rate * 100) / 100 })
        .where(and(eq(examAnswers.attemptId, attempt.id), eq(examAnswers.position, e.position)));
    }
  }
  const [sa] = await db.select().from(skillAttempts).where(eq(skillAttempts.registrationId, registrationId));
  if (sa) {
    const runs = await db.select().from(simRuns).where(eq(simRuns.skillAttemptId, sa.id));
    for (const run of runs) {
      const rate = rates.skill?.[run.weightItem ?? ''];
      if (rate === undefined) continue;
      const awarded = Math.round(rate * 10_000) / 100;
      const text = { zh: '检查', en: 'Check' };
      await db
        .update(simRuns)
        .set({
          report: {
            results: [
              { checkId: 'all', title: text, points: 100, passed: rate >= 0.6, awarded, feedback: text, detail: text },
            ],
            awarded,
            total: 100,
            scaled: Math.round((run.rowPoints ?? 0) * rate * 100) / 100,
          },
        })
        .where(eq(simRuns.id, run.id));
    }
  }
}
