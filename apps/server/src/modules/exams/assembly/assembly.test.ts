import type { QuestionType } from '@crossskill/contracts';
import { snapshotFromPackage } from '@crossskill/standards';
import { describe, expect, it } from 'vitest';
import {
  assemblePaper,
  type Blueprint,
  BlueprintError,
  bankKey,
  blueprintFromWeightTable,
  createExposureLedger,
  DIFFICULTIES,
  type Difficulty,
  displayedKey,
  indexPool,
  largestRemainder,
  type PoolItem,
  recordExposure,
  reorderPaper,
  rowResolver,
  SECTION_ORDER,
} from './index.js';

const CHOICES = {
  typeCounts: {
    true_false: { count: 20, points: 0.5 },
    single: { count: 60, points: 1 },
    multiple: { count: 15, points: 2 },
  },
  difficultyMix: { 1: 10, 2: 20, 3: 40, 4: 20, 5: 10 },
};
const level4 = () => blueprintFromWeightTable(4, '网商', CHOICES);

const OPTIONS: Record<QuestionType, string[]> = {
  true_false: [],
  single: ['A', 'B', 'C', 'D'],
  multiple: ['A', 'B', 'C', 'D', 'E'],
  fill_blank: [],
  short_answer: [],
  case_analysis: [],
};

/** `factor` × the expected use of every row × type × difficulty cell (at least `min` items per cell). */
function poolFor(
  bp: Blueprint,
  factor: number,
  opts: { min?: number; skip?: (row: string, type: QuestionType, d: Difficulty) => boolean } = {},
): PoolItem[] {
  const pool: PoolItem[] = [];
  bp.rows.forEach((row, r) => {
    for (const t of SECTION_ORDER) {
      const spec = bp.typeCounts[t];
      if (!spec) continue;
      for (const d of DIFFICULTIES) {
        if (opts.skip?.(row.item, t, d)) continue;
        const expected = ((spec.count * row.points) / bp.totalPoints) * (bp.difficultyMix[d] / 100);
        const count = Math.max(opts.min ?? 0, Math.round(expected * factor));
        for (let k = 0; k < count; k++) {
          const n = pool.length;
          pool.push({
            id: `q${n}`,
            revisionId: `r${n}`,
            row: r,
            type: t,
            difficulty: d,
            points: spec.points,
            optionKeys: OPTIONS[t],
            shuffleOptions: n % 4 !== 0,
            exposure: 0,
          });
        }
      }
    }
  });
  return pool;
}

function checkPaper(bp: Blueprint, paper: ReturnType<typeof assemblePaper>) {
  expect(paper.shortfalls).toEqual([]);
  const byRow = bp.rows.map(() => 0);
  const byType: Record<string, number> = {};
  const byDifficulty: Record<number, number> = {};
  for (const it of paper.items) {
    byRow[it.row]! += it.points;
    byType[it.type] = (byType[it.type] ?? 0) + 1;
    byDifficulty[it.difficulty] = (byDifficulty[it.difficulty] ?? 0) + 1;
  }
  expect(byRow.map((p) => Math.round(p * 1e6) / 1e6)).toEqual(bp.rows.map((r) => r.points));
  for (const [t, spec] of Object.entries(bp.typeCounts)) expect(byType[t]).toBe(spec.count);
  for (const d of DIFFICULTIES) {
    expect(Math.abs((byDifficulty[d] ?? 0) - bp.difficultyTargets[d])).toBeLessThanOrEqual(1);
    expect(paper.difficultyCounts[d]).toBe(byDifficulty[d] ?? 0);
  }
  expect(new Set(paper.items.map((i) => i.id)).size).toBe(paper.items.length);
  expect(paper.items.map((i) => i.order)).toEqual(paper.items.map((_, k) => k + 1));
  // Type sections in the order 判断 / 单选 / 多选 / 填空 / 简答 / 案例.
  const sectionIdx = paper.items.map((i) => SECTION_ORDER.indexOf(i.type));
  expect(sectionIdx).toEqual([...sectionIdx].sort((a, b) => a - b));
}

describe('blueprintFromWeightTable', () => {
  it('derives row points from the 003 theory weights, summing exactly to the total', () => {
    const bp = level4();
    expect(bp.rows.map((r) => [r.item, r.points])).toEqual([
      ['职业道德', 5],
      ['基础知识', 25],
      ['产品及服务信息管理', 10],
      ['线上店铺设计与装修', 10],
      ['营销推广', 15],
      ['业务处理', 10],
      ['客户服务', 10],
      ['商务数据分析', 15],
    ]);
    expect(bp.rows[0]!.kind).toBe('basic');
    expect(bp.rows[2]!.kind).toBe('function');
    expect(bp.itemCount).toBe(95);
    expect(bp.difficultyTargets).toEqual({ 1: 10, 2: 19, 3: 38, 4: 19, 5: 9 });
    const odd = blueprintFromWeightTable(4, '网商', {
      ...CHOICES,
      totalPoints: 33,
      typeCounts: { single: 33 },
      pointsPerType: { single: 1 },
    });
    expect(odd.rows.reduce((s, r) => s + r.points, 0)).toBe(33);
    expect(largestRemainder([5, 25, 10, 10, 15, 10, 10, 15], 33)).toEqual([2, 8, 4, 3, 5, 3, 3, 5]);
  });

  it('refuses type counts that do not add up to the total, naming the sum', () => {
    const err = (() => {
      try {
        blueprintFromWeightTable(4, '网商', {
          ...CHOICES,
          typeCounts: { ...CHOICES.typeCounts, single: { count: 50, points: 1 } },
        });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(BlueprintError);
    expect((err as BlueprintError).code).toBe('TYPE_POINTS_MISMATCH');
    expect((err as BlueprintError).message).toContain('90');
    expect((err as BlueprintError).message).toContain('100');
    expect((err as BlueprintError).details).toEqual({ sum: 90, totalPoints: 100 });
  });

  it('refuses other invalid choices with a typed error', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as BlueprintError).code;
      }
      return 'ok';
    };
    expect(code(() => blueprintFromWeightTable(4, null, CHOICES))).toBe('COLUMN_INVALID');
    expect(code(() => blueprintFromWeightTable(4, '网商', { ...CHOICES, difficultyMix: { 1: 50, 3: 40 } }))).toBe(
      'DIFFICULTY_MIX_INVALID',
    );
    expect(code(() => blueprintFromWeightTable(4, '网商', { ...CHOICES, typeCounts: { single: 100 } }))).toBe(
      'TYPE_COUNTS_INVALID',
    );
    expect(
      code(() =>
        blueprintFromWeightTable(4, '网商', { ...CHOICES, typeCounts: { single: { count: 1.5, points: 1 } } }),
      ),
    ).toBe('TYPE_COUNTS_INVALID');
    // 50 × 2 = 100, but 职业道德 (5) and 营销推广 (15) are odd.
    expect(
      code(() =>
        blueprintFromWeightTable(4, '网商', { ...CHOICES, typeCounts: { multiple: { count: 50, points: 2 } } }),
      ),
    ).toBe('ROWS_NOT_FILLABLE');
  });

  it('works at level 1 (no work type)', () => {
    const bp = blueprintFromWeightTable(1, undefined, {
      typeCounts: {
        true_false: { count: 20, points: 1 },
        single: { count: 50, points: 1 },
        short_answer: { count: 3, points: 10 },
      },
      difficultyMix: { 2: 20, 3: 50, 4: 30 },
    });
    expect(bp.workType).toBeNull();
    expect(bp.rows.map((r) => r.points)).toEqual([5, 5, 20, 25, 25, 20]);
    const index = indexPool(poolFor(bp, 5, { min: 1 }));
    for (let seed = 0; seed < 20; seed++) checkPaper(bp, assemblePaper(index, bp, { seed }));
  });
});

describe('rowResolver', () => {
  it('maps tags to rows like the bank coverage (basicItem, function by name in the snapshot level)', () => {
    const bp = level4();
    const level = snapshotFromPackage().levels.find((l) => l.level === 4)!;
    const row = rowResolver(bp, level.functions);
    expect(row({ functionId: null, basicItem: '职业道德' })).toBe(0);
    expect(row({ functionId: null, basicItem: '基础知识' })).toBe(1);
    expect(bp.rows[row({ functionId: 'L4/F5', basicItem: null })]!.item).toBe('客户服务');
    expect(row({ functionId: 'L3/F5', basicItem: null })).toBe(-1);
    expect(row({ functionId: null, basicItem: null })).toBe(-1);
  });
});

describe('assemblePaper', () => {
  const bp = level4();
  const pool = poolFor(bp, 5, { min: 1 });
  const index = indexPool(pool);

  it('meets the blueprint exactly: points per row, counts per type, difficulty ±1, no duplicates', () => {
    for (let seed = 0; seed < 200; seed++) checkPaper(bp, assemblePaper(index, bp, { seed }));
    // A paper as big as the pool's cells allow: a pool of exactly one paper's worth also works.
    const exact = assemblePaper(index, bp, { seed: 1 });
    const tight = indexPool(exact.items.map((it) => pool[it.poolIndex]!));
    checkPaper(bp, assemblePaper(tight, bp, { seed: 99 }));
  });

  it('is reproducible with the same seed and differs with another', () => {
    const a = assemblePaper(index, bp, { seed: 'sitting-1:candidate-7' });
    const b = assemblePaper(index, bp, { seed: 'sitting-1:candidate-7' });
    const c = assemblePaper(index, bp, { seed: 'sitting-1:candidate-8' });
    expect(b).toEqual(a);
    expect(c.items.map((i) => i.revisionId)).not.toEqual(a.items.map((i) => i.revisionId));
    expect(new Set(c.items.map((i) => i.revisionId))).not.toEqual(new Set(a.items.map((i) => i.revisionId)));
    // Also from the raw pool (indexed on the call).
    expect(assemblePaper(pool, bp, { seed: 'sitting-1:candidate-7' })).toEqual(a);
  });

  it('shuffles items within type sections and reorders a fixed paper per candidate', () => {
    const a = assemblePaper(index, bp, { seed: 5 });
    const unshuffled = assemblePaper(index, bp, { seed: 5, shuffleItems: false, shuffleOptions: false });
    expect(new Set(unshuffled.items.map((i) => i.id))).toEqual(new Set(a.items.map((i) => i.id)));
    expect(unshuffled.items.map((i) => i.id)).not.toEqual(a.items.map((i) => i.id));
    const other = reorderPaper(index, a, 'candidate-2');
    checkPaper(bp, other);
    expect(new Set(other.items.map((i) => i.id))).toEqual(new Set(a.items.map((i) => i.id)));
    expect(other.items.map((i) => i.id)).not.toEqual(a.items.map((i) => i.id));
    const sameItems = assemblePaper(index, bp, { seed: 5, shuffleSeed: 'candidate-2' });
    expect(new Set(sameItems.items.map((i) => i.id))).toEqual(new Set(a.items.map((i) => i.id)));
  });

  it('shuffles options only where the item allows it; the caller remaps keys via optionOrder', () => {
    let shuffled = 0;
    for (let seed = 0; seed < 20; seed++) {
      for (const it of assemblePaper(index, bp, { seed }).items) {
        const src = pool[it.poolIndex]!;
        expect([...it.optionOrder].sort()).toEqual([...src.optionKeys]);
        if (!src.shuffleOptions) expect(it.optionOrder).toEqual(src.optionKeys);
        else if (it.optionOrder.join() !== src.optionKeys.join()) shuffled++;
        for (const k of src.optionKeys) expect(bankKey(it.optionOrder, displayedKey(it.optionOrder, k)!)).toBe(k);
      }
    }
    expect(shuffled).toBeGreaterThan(500);
    const off = assemblePaper(index, bp, { seed: 3, shuffleOptions: false });
    for (const it of off.items) expect(it.optionOrder).toEqual(pool[it.poolIndex]!.optionKeys);
    expect(displayedKey(['C', 'A', 'B', 'D'], 'A')).toBe('B');
    expect(bankKey(['C', 'A', 'B', 'D'], 'A')).toBe('C');
  });

  it('spreads exposure: over 1,000 papers from a pool 5× the paper size, max/min exposure ≤ 2', () => {
    expect(pool.length).toBeGreaterThanOrEqual(5 * bp.itemCount);
    expect(pool.length).toBeLessThan(6 * bp.itemCount);
    const ledger = createExposureLedger(index);
    for (let seed = 0; seed < 1000; seed++) {
      const paper = assemblePaper(index, bp, { seed: `s${seed}`, exposure: ledger });
      expect(paper.shortfalls).toEqual([]);
      recordExposure(ledger, paper);
    }
    const max = Math.max(...ledger);
    const min = Math.min(...ledger);
    expect(ledger.reduce((s, x) => s + x, 0)).toBe(1000 * bp.itemCount);
    expect(min).toBeGreaterThan(0);
    expect(max / min).toBeLessThanOrEqual(2);
  });

  it('prefers less-exposed items from earlier sittings', () => {
    const used = pool.map((it, i) => ({ ...it, exposure: i % 2 === 0 ? 30 : 0 }));
    const idx = indexPool(used);
    let fresh = 0;
    let total = 0;
    for (let seed = 0; seed < 50; seed++) {
      for (const it of assemblePaper(idx, bp, { seed }).items) {
        total++;
        if (it.poolIndex % 2 === 1) fresh++;
      }
    }
    expect(fresh / total).toBeGreaterThan(0.75);
  });

  it('names the cells that are short when the pool cannot fill the blueprint', () => {
    const noService = indexPool(poolFor(bp, 5, { min: 1, skip: (row) => row === '客户服务' }));
    const a = assemblePaper(noService, bp, { seed: 1 });
    expect(a.items).toEqual([]);
    expect(a.shortfalls.length).toBeGreaterThan(0);
    for (const s of a.shortfalls) {
      expect(s).toMatchObject({ kind: 'cell', item: '客户服务', available: 0 });
      if (s.kind === 'cell') expect(s.needed).toBeGreaterThan(0);
    }
    const needed = a.shortfalls.reduce(
      (n, s) => n + (s.kind === 'cell' ? s.needed * bp.typeCounts[s.type]!.points : 0),
      0,
    );
    expect(needed).toBe(10);

    // 多选 only in 职业道德 and 基础知识: the other rows cannot take the rest of the 15 多选 items.
    const fewMultiple = indexPool(
      poolFor(bp, 5, { min: 1, skip: (row, t) => t === 'multiple' && row !== '职业道德' && row !== '基础知识' }),
    );
    const b = assemblePaper(fewMultiple, bp, { seed: 1 });
    expect(b.items).toEqual([]);
    expect(b.shortfalls.length).toBeGreaterThan(0);
    for (const s of b.shortfalls) expect(s).toMatchObject({ kind: 'cell', type: 'multiple' });

    // No 多选 for 客户服务 alone is not short: its 10 points are made of 判断 and 单选 items.
    const noServiceMultiple = indexPool(
      poolFor(bp, 5, { min: 1, skip: (row, t) => row === '客户服务' && t === 'multiple' }),
    );
    for (let seed = 0; seed < 20; seed++) {
      const p = assemblePaper(noServiceMultiple, bp, { seed });
      checkPaper(bp, p);
      expect(p.items.some((i) => i.item === '客户服务' && i.type === 'multiple')).toBe(false);
    }

    // Only hard items: the difficulty mix is out of reach.
    const hard = indexPool(poolFor(bp, 20, { min: 1 }).map((it) => ({ ...it, difficulty: 5 })));
    const c = assemblePaper(hard, bp, { seed: 1 });
    expect(c.items).toEqual([]);
    expect(c.shortfalls.length).toBeGreaterThan(0);
    expect(c.shortfalls.every((s) => s.kind === 'cell' && s.difficulty !== 5)).toBe(true);
  });
});
