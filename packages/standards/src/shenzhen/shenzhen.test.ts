import { describe, expect, it } from 'vitest';
import {
  SHENZHEN_ANNEXES,
  SHENZHEN_ASSESSMENT,
  SHENZHEN_FORMS,
  SHENZHEN_LEVELS,
  SHENZHEN_PILOT_FILING_FORM,
  SHENZHEN_TRAINING,
  SHENZHEN_TRAINING_EVALUATION_FORM,
} from './index.js';

describe('Shenzhen data', () => {
  it('has the five levels from 五级/初级工 to 一级/高级技师', () => {
    expect(SHENZHEN_LEVELS.map((l) => [l.level, l.name])).toEqual([
      [5, '五级/初级工'],
      [4, '四级/中级工'],
      [3, '三级/高级工'],
      [2, '二级/技师'],
      [1, '一级/高级技师'],
    ]);
  });

  it('names the four training elements and the six assessment elements', () => {
    expect(SHENZHEN_TRAINING.elements.map((e) => e.name)).toEqual(['培训目标', '培训对象', '培训机构', '培训要求']);
    expect(SHENZHEN_ASSESSMENT.elements.map((e) => e.name)).toEqual([
      '考评范围',
      '考评主体',
      '考评指标',
      '考评步骤',
      '考评等级',
      '证书及能力评价报告获取方式',
    ]);
    for (const e of [...SHENZHEN_TRAINING.elements, ...SHENZHEN_ASSESSMENT.elements]) {
      expect(SHENZHEN_TRAINING.text + SHENZHEN_ASSESSMENT.text).toContain(e.name);
    }
  });

  it('gives every node a source from document 000', () => {
    const nodes = [
      ...SHENZHEN_LEVELS,
      ...SHENZHEN_TRAINING.elements,
      ...SHENZHEN_ASSESSMENT.elements,
      ...SHENZHEN_ANNEXES,
      ...SHENZHEN_FORMS,
      ...SHENZHEN_FORMS.flatMap((f) => f.fields),
    ];
    for (const n of nodes) expect(n.source.doc).toBe('000');
  });

  it('lists annexes A and D as informative and B and C as normative', () => {
    expect(SHENZHEN_ANNEXES.map((a) => [a.annex, a.nature])).toEqual([
      ['A', '资料性'],
      ['B', '规范性'],
      ['C', '规范性'],
      ['D', '资料性'],
    ]);
  });
});

describe('Shenzhen forms', () => {
  it('defines the training-evaluation form (annex A) and the pilot-filing form (annex D)', () => {
    expect(SHENZHEN_TRAINING_EVALUATION_FORM.title).toBe('跨境电商人才培训评价');
    expect(SHENZHEN_PILOT_FILING_FORM.title).toBe('人才培训备案试点申报表');
  });

  it('gives each form renderable fields with unique names', () => {
    for (const f of SHENZHEN_FORMS) {
      const names = f.fields.map((x) => x.name);
      expect(new Set(names).size).toBe(names.length);
      for (const field of f.fields) {
        expect(field.label.length).toBeGreaterThan(0);
        if (field.type === 'select' || field.type === 'multiselect') {
          expect(field.options).toEqual(SHENZHEN_LEVELS.map((l) => l.name));
        }
      }
    }
  });

  it('flags every field as derived because the seed does not print the forms', () => {
    for (const f of SHENZHEN_FORMS) {
      expect(f.fieldsInSeed).toBe(false);
      expect(f.fields.every((x) => x.basis === 'derived')).toBe(true);
    }
  });
});
