import type { QuestionDraft } from '@crossskill/contracts';
import { sql } from 'drizzle-orm';
import {
  bankExamItems,
  insertResponses,
  runItemAnalysis,
} from '../src/modules/questionbank/analysis/analysis.service.js';
import { simulateResponses } from '../src/modules/questionbank/analysis/simulate.js';
import { aggregateResponses } from '../src/modules/questionbank/analysis/stats.js';
import { createQuestions } from '../src/modules/questionbank/index.js';
import { questionBanks } from '../src/modules/questionbank/questionbank.tables.js';
import { createOrg } from '../src/test/factories.js';
import { startTestServer } from '../src/test/harness.js';
import { type Benchmark, time } from './support.js';

const ITEMS = 200;
const CANDIDATES = 5_000;

function drafts(): QuestionDraft[] {
  const base = { shuffleOptions: false, tags: null, source: null, explanation: null, options: [] };
  return Array.from({ length: ITEMS }, (_, i): QuestionDraft => {
    const stem = `第 ${i + 1} 题：跨境电商情境 ${(i * 104_729) % 99_991}`;
    const difficulty = (i % 5) + 1;
    if (i % 10 < 6) {
      return {
        ...base,
        type: 'single',
        stem,
        shuffleOptions: true,
        options: ['A', 'B', 'C', 'D'].map((k) => ({ key: k as 'A', content: `选项 ${k}` })),
        answer: { type: 'single', key: (['A', 'B', 'C', 'D'] as const)[i % 4]! },
        points: 1,
        difficulty,
      };
    }
    if (i % 10 < 8) {
      return {
        ...base,
        type: 'multiple',
        stem,
        shuffleOptions: true,
        options: ['A', 'B', 'C', 'D', 'E'].map((k) => ({ key: k as 'A', content: `选项 ${k}` })),
        answer: { type: 'multiple', keys: ['B', 'D'] },
        points: 2,
        difficulty,
      };
    }
    if (i % 10 === 8)
      return { ...base, type: 'true_false', stem, answer: { type: 'true_false', value: true }, points: 1, difficulty };
    return {
      ...base,
      type: 'short_answer',
      stem,
      answer: { type: 'short_answer', rubric: [{ criterion: '要点', points: 5 }] },
      points: 5,
      difficulty,
    };
  });
}

export const itemAnalysisBenchmark: Benchmark = {
  name: 'item-analysis',
  description: `item analysis over ${(ITEMS * CANDIDATES).toLocaleString('en')} responses (${ITEMS} items × ${CANDIDATES.toLocaleString('en')} candidates)`,
  async run(log) {
    const server = await startTestServer();
    try {
      const org = await createOrg(server, 'institution');
      const [bank] = await server.ctx.db.insert(questionBanks).values({ orgId: org.id, name: '分析基准' }).returning();
      await server.ctx.db.transaction((tx) =>
        createQuestions(server.ctx, tx, { bankId: bank!.id, drafts: drafts(), actorId: null }),
      );
      const items = await bankExamItems(server.ctx.db, bank!.id);
      const sim = simulateResponses(
        items.map((i) => i.sim),
        CANDIDATES,
        1,
      );
      const examKey = 'bench-exam';
      const setup = await time(() => insertResponses(server.ctx.db, examKey, items, sim, { chunk: 50_000 }));
      log(
        `setup: generated and stored ${sim.length.toLocaleString('en')} responses in ${(setup.ms / 1000).toFixed(1)} s`,
      );
      await server.ctx.db.execute(sql`analyze item_responses`);

      const scan = await time(() =>
        server.ctx.db.execute(sql`select count(*), sum(score) from item_responses where exam_key = ${examKey}`),
      );
      const analysis = await time(() => runItemAnalysis(server.ctx, examKey));
      log(`analysed ${analysis.value.items} items, ${analysis.value.flagged} flagged`);
      const memory = await time(() =>
        aggregateResponses(
          sim,
          CANDIDATES,
          items.map((i) => i.sim.points),
        ),
      );
      return [
        {
          name: 'item analysis (SQL aggregation + statistics + store results)',
          ms: analysis.ms,
          baselineName: 'full scan: count and sum of the exam’s responses',
          baselineMs: scan.ms,
          targetMs: 10_000,
        },
        {
          name: 'same sums in memory (typed arrays, data already loaded)',
          ms: memory.ms,
          baselineName: 'full scan: count and sum of the exam’s responses',
          baselineMs: scan.ms,
        },
      ];
    } finally {
      await server.close();
    }
  },
};
