import { describe, expect, it } from 'vitest';
import type { Level, WorkType } from '../../types.js';
import { SKILL_WEIGHTS, THEORY_WEIGHTS, WEIGHT_COLUMNS, weightColumnKey, weightTable } from './weights.js';

const sum = (xs: { weight: number }[]) => xs.reduce((s, x) => s + x.weight, 0);

describe('raw weight tables (003 §4)', () => {
  it('every column of both tables sums to 100', () => {
    for (const table of [THEORY_WEIGHTS, SKILL_WEIGHTS]) {
      for (const col of WEIGHT_COLUMNS) {
        const total = table.rows.reduce((s, r) => s + (r.weights[col.key] ?? 0), 0);
        expect(total, `${table.name} ${col.key}`).toBe(100);
      }
    }
  });

  it('has the sources and items of the standard', () => {
    expect(THEORY_WEIGHTS.source).toEqual({ doc: '003', clause: '4.1' });
    expect(SKILL_WEIGHTS.source).toEqual({ doc: '003', clause: '4.2' });
    expect(THEORY_WEIGHTS.rows.map((r) => r.item)).toEqual([
      '职业道德',
      '基础知识',
      '产品及服务信息管理',
      '线上店铺设计与装修',
      '营销推广',
      '业务处理',
      '客户服务',
      '商务数据分析',
      '电子商务战略规划',
      '电子商务模式设计',
      '技术管理与培训',
    ]);
    expect(SKILL_WEIGHTS.rows.map((r) => r.item)).toEqual(THEORY_WEIGHTS.rows.slice(2).map((r) => r.item));
  });

  it('matches the flattened seed rows (values left to right, merged cells once)', () => {
    // The seed prints a value once when both work types of a level share it.
    const flatten = (table: typeof THEORY_WEIGHTS, item: string) => {
      const row = table.rows.find((r) => r.item === item);
      if (!row) throw new Error(item);
      const out: string[] = [];
      for (const level of [5, 4, 3, 2] as const) {
        const a = row.weights[`${level}-网商`];
        const b = row.weights[`${level}-跨境电子商务师`];
        if (a === b) out.push(a === null ? '—' : String(a));
        else out.push(a === null ? '—' : String(a), b === null ? '—' : String(b));
      }
      out.push(row.weights['1'] === null ? '—' : String(row.weights['1']));
      return out.join(' ');
    };
    const theory: Record<string, string> = {
      职业道德: '5 5 5 5 5',
      基础知识: '30 25 20 5 5',
      产品及服务信息管理: '10 10 10 10 —',
      线上店铺设计与装修: '15 20 10 15 10 — —',
      营销推广: '10 — 15 10 15 20 —',
      业务处理: '10 20 10 15 10 15 20 —',
      客户服务: '10 — 10 15 — —',
      商务数据分析: '10 15 15 10 15 10 20 20',
      电子商务战略规划: '— — — — 25',
      电子商务模式设计: '— — — — 25',
      技术管理与培训: '— — — 20 20',
    };
    const skill: Record<string, string> = {
      产品及服务信息管理: '20 20 15 15 —',
      线上店铺设计与装修: '15 35 15 15 10 — —',
      营销推广: '20 — 20 15 20 25 25 20 —',
      业务处理: '15 30 15 20 15 20 20 —',
      客户服务: '15 — 15 15 — —',
      商务数据分析: '15 15 20 15 20 25 25',
      电子商务战略规划: '— — — — 25',
      电子商务模式设计: '— — — — 25',
      技术管理与培训: '— — — 20 25',
    };
    for (const [item, text] of Object.entries(theory)) expect(flatten(THEORY_WEIGHTS, item), item).toBe(text);
    for (const [item, text] of Object.entries(skill)) expect(flatten(SKILL_WEIGHTS, item), item).toBe(text);
  });
});

describe('weightTable', () => {
  const combos: [Level, WorkType | undefined][] = WEIGHT_COLUMNS.map((c) => [c.level, c.workType]);

  it('returns only examined items and sums to 100', () => {
    for (const kind of ['theory', 'skill'] as const) {
      for (const [level, workType] of combos) {
        const items = weightTable(kind, level, workType);
        expect(sum(items)).toBe(100);
        for (const i of items) expect(i.weight).toBeGreaterThan(0);
      }
    }
  });

  it('leaves out "—" items: level 5 跨境电子商务师 has no 营销推广 or 客户服务', () => {
    expect(weightTable('skill', 5, '跨境电子商务师')).toEqual([
      { item: '产品及服务信息管理', weight: 20 },
      { item: '线上店铺设计与装修', weight: 35 },
      { item: '业务处理', weight: 30 },
      { item: '商务数据分析', weight: 15 },
    ]);
    expect(weightTable('theory', 5, '网商').map((i) => i.item)).toContain('客户服务');
  });

  it('gives the level-1 tables', () => {
    expect(weightTable('theory', 1)).toEqual([
      { item: '职业道德', weight: 5 },
      { item: '基础知识', weight: 5 },
      { item: '商务数据分析', weight: 20 },
      { item: '电子商务战略规划', weight: 25 },
      { item: '电子商务模式设计', weight: 25 },
      { item: '技术管理与培训', weight: 20 },
    ]);
    expect(weightTable('skill', 1).map((i) => i.weight)).toEqual([25, 25, 25, 25]);
  });

  it('gives level 2 by work type', () => {
    expect(weightTable('skill', 2, '网商')).toEqual([
      { item: '产品及服务信息管理', weight: 15 },
      { item: '营销推广', weight: 25 },
      { item: '业务处理', weight: 20 },
      { item: '商务数据分析', weight: 20 },
      { item: '技术管理与培训', weight: 20 },
    ]);
    expect(weightTable('theory', 3, '跨境电子商务师').find((i) => i.item === '营销推广')?.weight).toBe(15);
    expect(weightTable('theory', 4, '网商').find((i) => i.item === '线上店铺设计与装修')?.weight).toBe(10);
  });

  it('requires a work type for levels 5–2 and ignores it for level 1', () => {
    for (const level of [5, 4, 3, 2] as const) expect(() => weightTable('theory', level)).toThrow(RangeError);
    expect(weightTable('skill', 1, '网商')).toEqual(weightTable('skill', 1));
    expect(weightColumnKey(1, '跨境电子商务师')).toBe('1');
  });

  it('rejects unknown levels, kinds and work types', () => {
    expect(() => weightTable('theory', 0 as Level, '网商')).toThrow(RangeError);
    expect(() => weightTable('theory', 3, '店长' as WorkType)).toThrow(RangeError);
    expect(() => weightTable('oral' as 'theory', 3, '网商')).toThrow(RangeError);
  });
});
