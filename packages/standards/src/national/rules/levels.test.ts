import { describe, expect, it } from 'vitest';
import { NATIONAL_LEVELS, nationalLevel, OCCUPATION, workTypesOf } from './levels.js';

describe('levels (003 §1.4, §1.8)', () => {
  it('has five levels with names and reference hours', () => {
    expect(NATIONAL_LEVELS.map((l) => [l.level, l.name, l.referenceHours])).toEqual([
      [5, '五级/初级工', 96],
      [4, '四级/中级工', 80],
      [3, '三级/高级工', 80],
      [2, '二级/技师', 64],
      [1, '一级/高级技师', 48],
    ]);
  });

  it('splits levels 5–2 into 网商 and 跨境电子商务师; level 1 has no work type', () => {
    for (const level of [5, 4, 3, 2] as const) expect(workTypesOf(level)).toEqual(['网商', '跨境电子商务师']);
    expect(workTypesOf(1)).toEqual([]);
    expect(nationalLevel(2).title).toBe('技师');
    expect(() => nationalLevel(6 as 1)).toThrow(RangeError);
  });

  it('describes the occupation', () => {
    expect(OCCUPATION.name).toBe('电子商务师');
    expect(OCCUPATION.code).toBe('4-01-02-02');
    expect(OCCUPATION.definition).toBe('在互联网及现代信息技术平台上，从事商务活动的人员。');
    expect(OCCUPATION.workTypes.map((w) => w.name)).toEqual(['网商', '跨境电子商务师']);
    expect(OCCUPATION.source.doc).toBe('003');
  });
});
