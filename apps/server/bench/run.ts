/**
 * Benchmarks: `npm run bench -w @crossskill/server` (all) or `… -- excel-import item-analysis` (some).
 * Needs the workspace packages built (`npx tsc -b apps/server`). Runs on in-memory PGlite, or on a fresh
 * PostgreSQL database when TEST_DATABASE_URL is set (as the integration tests do).
 *
 * Each benchmark reports its measurements and, for each, a baseline measured in the same run (so the ratio
 * says how much the real work costs over the unavoidable part, on whatever machine runs it).
 * Results are written up in docs/BENCHMARKS.md.
 *
 * To add one (e.g. the question search over 100,000 items): write `bench/<name>.bench.ts` exporting a
 * `Benchmark` and add it to BENCHMARKS below.
 */
import os from 'node:os';
import { certificatesBatchBenchmark } from './certificates-batch.bench.js';
import { examDayBenchmark } from './exam-day.bench.js';
import { excelImportBenchmark } from './excel-import.bench.js';
import { itemAnalysisBenchmark } from './item-analysis.bench.js';
import { marketDayBenchmark } from './market-day.bench.js';
import { paperAssemblyBenchmark } from './paper-assembly.bench.js';
import { questionSearchBenchmark } from './question-search.bench.js';
import type { Benchmark, Measurement } from './support.js';
import { taskCheckBenchmark } from './task-check.bench.js';

const BENCHMARKS: Benchmark[] = [
  excelImportBenchmark,
  itemAnalysisBenchmark,
  questionSearchBenchmark,
  paperAssemblyBenchmark,
  taskCheckBenchmark,
  marketDayBenchmark,
  examDayBenchmark,
  certificatesBatchBenchmark,
];

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

async function main() {
  const wanted = process.argv.slice(2);
  const selected = wanted.length ? BENCHMARKS.filter((b) => wanted.includes(b.name)) : BENCHMARKS;
  const cpus = os.cpus();
  console.log(`# CrossSkill benchmarks — ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpus.length} × ${cpus[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, database: ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)'}`,
  );
  let failed = false;
  for (const b of selected) {
    console.log(`\n## ${b.name}: ${b.description}`);
    const results: Measurement[] = await b.run((m) => console.log(`  … ${m}`));
    console.log('\n| measurement | time | baseline | ratio | target |');
    console.log('|---|---|---|---|---|');
    for (const r of results) {
      const ratio = r.baselineMs ? `${(r.ms / r.baselineMs).toFixed(1)}×` : '';
      const ok =
        r.targetMs === undefined ? '' : r.ms <= r.targetMs ? `< ${fmt(r.targetMs)} ✓` : `< ${fmt(r.targetMs)} ✗`;
      if (r.targetMs !== undefined && r.ms > r.targetMs) failed = true;
      console.log(
        `| ${r.name} | ${fmt(r.ms)} | ${r.baselineMs ? `${fmt(r.baselineMs)} (${r.baselineName})` : ''} | ${ratio} | ${ok} |`,
      );
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
