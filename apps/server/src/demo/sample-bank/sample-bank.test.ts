import { snapshotFromPackage } from '@crossskill/standards';
import { describe, expect, it } from 'vitest';
import {
  assemblePaper,
  blueprintFromWeightTable,
  createExposureLedger,
  indexPool,
  type PoolItem,
  recordExposure,
  rowResolver,
} from '../../modules/exams/assembly/index.js';
import { parseWorkbook } from '../../modules/questionbank/interchange/excel.js';
import { buildSampleBankWorkbook } from '../../modules/questionbank/interchange/sample-bank.js';
import { SAMPLE_ITEMS, SAMPLE_ROWS, sampleBankDrafts } from './index.js';

const VERSION = '22222222-2222-4222-8222-222222222222';
const snapshot = snapshotFromPackage();
const standard = { versionId: VERSION, snapshot };

/** The blueprint the sample bank is written for (issue 5: a full level-4 跨境电子商务师 paper). */
export const SAMPLE_BLUEPRINT_CHOICES = {
  totalPoints: 100,
  typeCounts: {
    true_false: { count: 20, points: 1 },
    single: { count: 50, points: 1 },
    multiple: { count: 15, points: 2 },
  },
  difficultyMix: { 1: 10, 2: 20, 3: 40, 4: 20, 5: 10 },
};
const blueprint = () => blueprintFromWeightTable(4, '跨境电子商务师', SAMPLE_BLUEPRINT_CHOICES);

describe('sample bank', () => {
  it('holds at least 180 distinct items, every row of the level-4 跨境电子商务师 theory weight table with true/false, single and multiple items', () => {
    expect(SAMPLE_ITEMS.length).toBeGreaterThanOrEqual(180);
    const stems = SAMPLE_ITEMS.map((i) => i.stem);
    expect(new Set(stems).size).toBe(stems.length);
    for (const s of stems) expect(s).not.toMatch(/示例题\s*\d|题目\s*\d+$/);
    expect(SAMPLE_ROWS.map((r) => r.row)).toEqual(blueprint().rows.map((r) => r.item));
    for (const { row, items } of SAMPLE_ROWS) {
      for (const type of ['true_false', 'single', 'multiple'] as const) {
        const ofType = items.filter((i) => i.type === type);
        expect(ofType.length, `${row} ${type}`).toBeGreaterThanOrEqual(3);
        expect(new Set(ofType.map((i) => i.difficulty)).size, `${row} ${type} difficulties`).toBeGreaterThanOrEqual(3);
      }
    }
    expect(SAMPLE_ITEMS.filter((i) => i.type === 'fill_blank').length).toBeGreaterThanOrEqual(3);
    expect(SAMPLE_ITEMS.filter((i) => i.type === 'short_answer').length).toBeGreaterThanOrEqual(3);
    for (const d of [1, 2, 3, 4, 5]) expect(SAMPLE_ITEMS.some((i) => i.difficulty === d)).toBe(true);
  });

  it('tags only level-4 nodes that apply to 跨境电子商务师, or the 基本要求 rows, each under its row', () => {
    const level4 = snapshot.levels.find((l) => l.level === 4)!;
    for (const { row, items } of SAMPLE_ROWS) {
      for (const item of items) {
        if (row === '职业道德' || row === '基础知识') {
          expect(item.tag).toBe(row);
          continue;
        }
        const [f, c] = item.tag.split('.');
        const fn = level4.functions.find((x) => x.code === f)!;
        expect(fn.name, item.stem).toBe(row);
        const content = fn.contents.find((x) => x.code === `${f}.${c}`)!;
        expect(content.workTypes ?? ['跨境电子商务师'], item.stem).toContain('跨境电子商务师');
        expect(
          content.knowledge.some((k) => k.code === item.tag),
          `${item.tag} is a 相关知识要求`,
        ).toBe(true);
      }
    }
  });

  it('varies the correct letters and gives every multiple-choice item at least two correct options', () => {
    const drafts = sampleBankDrafts(VERSION);
    const singles = drafts.flatMap((d) => (d.answer.type === 'single' ? [d.answer.key] : []));
    expect(new Set(singles).size).toBeGreaterThanOrEqual(4);
    for (const d of drafts) {
      if (d.answer.type === 'multiple') expect(d.answer.keys.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('is a filled import template that parses back to the same items with no problem', async () => {
    const file = await buildSampleBankWorkbook(standard);
    const parsed = await parseWorkbook(file, { standard });
    expect(parsed.problems).toEqual([]);
    expect(parsed.drafts).toEqual(sampleBankDrafts(VERSION));
  });

  it('assembles 20 per-candidate papers of the full blueprint without a shortfall', () => {
    const bp = blueprint();
    const resolve = rowResolver(bp, snapshot.levels.find((l) => l.level === 4)!.functions);
    const pool: PoolItem[] = sampleBankDrafts(VERSION).map((d, i) => ({
      id: `q${i}`,
      revisionId: `r${i}`,
      row: resolve({ functionId: d.tags!.functionId, basicItem: d.tags!.basicItem }),
      type: d.type,
      difficulty: d.difficulty,
      points: d.points,
      optionKeys: d.options.map((o) => o.key),
      shuffleOptions: d.shuffleOptions,
      exposure: 0,
    }));
    expect(pool.every((p) => p.row >= 0)).toBe(true);
    const index = indexPool(pool);
    const ledger = createExposureLedger(index);
    for (let seed = 1; seed <= 20; seed++) {
      const paper = assemblePaper(index, bp, { seed: `sitting:candidate-${seed}`, exposure: ledger });
      expect(paper.shortfalls, `seed ${seed}`).toEqual([]);
      expect(paper.items).toHaveLength(85);
      expect(paper.items.reduce((s, i) => s + i.points, 0)).toBe(100);
      recordExposure(ledger, paper);
    }
  });
});
