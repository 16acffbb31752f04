import type { QuestionType } from '@crossskill/contracts';
import {
  assemblePaper,
  blueprintFromWeightTable,
  createExposureLedger,
  DIFFICULTIES,
  indexPool,
  mulberry32,
  type PoolItem,
  recordExposure,
} from '../src/modules/exams/assembly/index.js';
import type { Benchmark } from './support.js';

const POOL = 100_000;
const PAPERS = 2_000;
const WARMUP = 200;

/** A full level-4 (网商) blueprint: 判断 20 × 0.5, 单选 60 × 1, 多选 15 × 2 = 100 points, 95 items. */
const blueprint = () =>
  blueprintFromWeightTable(4, '网商', {
    typeCounts: {
      true_false: { count: 20, points: 0.5 },
      single: { count: 60, points: 1 },
      multiple: { count: 15, points: 2 },
    },
    difficultyMix: { 1: 10, 2: 20, 3: 40, 4: 20, 5: 10 },
  });

function pick<T>(rng: () => number, values: readonly T[], weights: readonly number[]): T {
  let u = rng() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < values.length; i++) {
    u -= weights[i]!;
    if (u < 0) return values[i]!;
  }
  return values[values.length - 1]!;
}

/**
 * 100,000 items of a level-4 bank: rows by weight with noise (基础知识 heavy, each 职业功能 ± 50 %), types as
 * banks hold them (单选 45 %, 判断 25 %, 多选 18 %, 填空 6 %, 简答 4 %, 案例 2 %), difficulties centred (8/22/40/20/10 %),
 * 4 options for 单选 and 4–6 for 多选, 10 % with fixed option order, earlier exposure 0–30 (skewed to 0).
 */
function generatePool(rowWeights: readonly number[]): PoolItem[] {
  const rng = mulberry32(20261125);
  const rows = rowWeights.map((_, i) => i);
  const noisy = rowWeights.map((w) => w * (0.5 + rng()));
  const types: QuestionType[] = ['single', 'true_false', 'multiple', 'fill_blank', 'short_answer', 'case_analysis'];
  const typeWeights = [45, 25, 18, 6, 4, 2];
  const keys = ['A', 'B', 'C', 'D', 'E', 'F'];
  const pool: PoolItem[] = [];
  for (let i = 0; i < POOL; i++) {
    const type = pick(rng, types, typeWeights);
    const optionKeys =
      type === 'single' ? keys.slice(0, 4) : type === 'multiple' ? keys.slice(0, 4 + Math.floor(rng() * 3)) : [];
    pool.push({
      id: `q-${i}`,
      revisionId: `r-${i}`,
      row: pick(rng, rows, noisy),
      type,
      difficulty: pick(rng, DIFFICULTIES, [8, 22, 40, 20, 10]),
      points: type === 'multiple' ? 2 : type === 'short_answer' ? 5 : type === 'case_analysis' ? 10 : 1,
      optionKeys,
      shuffleOptions: rng() >= 0.1,
      exposure: Math.floor(rng() ** 3 * 30),
    });
  }
  return pool;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const now = () => Number(process.hrtime.bigint()) / 1e6;

export const paperAssemblyBenchmark: Benchmark = {
  name: 'paper-assembly',
  description: `theory paper assembly from a ${POOL.toLocaleString('en')}-item pool, full level-4 blueprint (95 items, 100 points), ${PAPERS.toLocaleString('en')} papers drawn per candidate`,
  async run(log) {
    const bp = blueprint();
    const pool = generatePool(bp.rows.map((r) => r.weight));
    let t = now();
    const index = indexPool(pool);
    const indexMs = now() - t;
    log(`pool generated; indexPool ${indexMs.toFixed(1)} ms (${index.skipped} skipped)`);

    const ledger = createExposureLedger(index);
    const times: number[] = [];
    let checked = 0;
    for (let k = 0; k < WARMUP + PAPERS; k++) {
      t = now();
      const paper = assemblePaper(index, bp, { seed: `sitting-1:candidate-${k}`, exposure: ledger });
      const ms = now() - t;
      if (paper.shortfalls.length > 0 || paper.items.length !== bp.itemCount) {
        throw new Error(`paper ${k} incomplete: ${JSON.stringify(paper.shortfalls.slice(0, 3))}`);
      }
      recordExposure(ledger, paper);
      if (k >= WARMUP) times.push(ms);
      checked++;
    }
    times.sort((a, b) => a - b);
    log(`${checked} papers, all complete (95 items, 100 points)`);

    // Baseline: copy the pool's index array once and Fisher–Yates shuffle it (median of 21).
    const base: number[] = [];
    const rng = mulberry32(7);
    for (let k = 0; k < 21; k++) {
      t = now();
      const a = Int32Array.from(index.positions);
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        const x = a[i]!;
        a[i] = a[j]!;
        a[j] = x;
      }
      base.push(now() - t);
      if (a.length !== index.positions.length) throw new Error('unreachable');
    }
    base.sort((a, b) => a - b);
    const baselineMs = base[10]!;
    const baselineName = 'copy + shuffle the 100,000 pool positions once';
    log(
      `per paper: p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms, max ${times[times.length - 1]!.toFixed(3)} ms; baseline ${baselineMs.toFixed(3)} ms`,
    );
    return [
      { name: 'indexPool (once per pool)', ms: indexMs, baselineName, baselineMs },
      { name: 'assemblePaper p50', ms: percentile(times, 50), baselineName, baselineMs },
      { name: 'assemblePaper p95', ms: percentile(times, 95), baselineName, baselineMs },
      { name: 'assemblePaper p99', ms: percentile(times, 99), baselineName, baselineMs, targetMs: 20 },
    ];
  },
};
