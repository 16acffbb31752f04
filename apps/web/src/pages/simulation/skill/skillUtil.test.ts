import type { SimCheckResult } from '@crossskill/contracts';
import { describe, expect, it, vi } from 'vitest';

// the API client's i18n sets <html lang> when loaded: give it a document in this DOM-less test
vi.hoisted(() => {
  Object.assign(globalThis, { document: { documentElement: {}, cookie: '' } });
});

import { ApiError } from '../../../api/client';
import { initialRows } from './initialRows';
import { otherLines, partErrors } from './partErrors';
import { autoOf, type ReviewRun, runTotals } from './reviewTotals';

const loc = (s: string) => ({ zh: s, en: s });
const check = (id: string, points: number, passed: boolean, override?: number): SimCheckResult => ({
  checkId: id,
  title: loc(id),
  points,
  passed,
  // the server reports the examiner's points in `awarded` once overridden
  awarded: override ?? (passed ? points : 0),
  feedback: loc(''),
  detail: loc(''),
  override:
    override === undefined ? null : { awarded: override, reason: '人工复核调整', examinerName: '赵考评', at: '' },
});

function run(points: number, results: SimCheckResult[], scaled: number | null = null): ReviewRun {
  return {
    runId: '00000000-0000-4000-8000-000000000001',
    weightItem: '业务处理',
    points,
    taskCode: 'X4-ABN-01',
    taskTitle: loc('t'),
    instructions: loc('i'),
    params: {},
    report: { results, awarded: 0, total: 0, scaled },
    actionCount: 3,
  };
}

describe('runTotals', () => {
  it('keeps the automatic points apart from the examiners’ and scales both to the row’s points', () => {
    const r = run(20, [check('a', 3, false, 3), check('b', 4, true), check('c', 3, true, 1)]);
    expect(autoOf(r.report.results[0] as SimCheckResult)).toBe(0);
    expect(autoOf(r.report.results[2] as SimCheckResult)).toBe(3);
    const t = runTotals(r);
    expect(t).toMatchObject({ total: 10, auto: 7, after: 8 });
    expect(t.autoScaled).toBeCloseTo(14);
    expect(t.afterScaled).toBeCloseTo(16);
  });

  it('uses the server’s automatic points when it sends them, and its scaled score', () => {
    const partial = { ...check('a', 4, false, 4), autoAwarded: 2 };
    expect(autoOf(partial)).toBe(2);
    expect(runTotals(run(15, [check('a', 5, true)], 12.5)).afterScaled).toBe(12.5);
    expect(runTotals(run(15, [])).afterScaled).toBe(0);
  });
});

describe('partErrors', () => {
  it('puts each problem next to its blueprint row or field, the rest with the form', () => {
    const err = new ApiError(422, 'SKILL_BLUEPRINT_MISMATCH', '技能考核蓝图与标准的技能考核权重表不一致', [
      { field: 'body.blueprint.1.points', code: 'ROW_POINTS', message: '「线上店铺设计与装修」应占 15 分' },
      { field: 'body.blueprint.3.taskIds.0', code: 'TASK_MISMATCH', message: '任务 X4-CS-01 属于「客户服务」' },
      { field: 'body.blueprint', code: 'ROW_MISSING', message: '缺少「营销推广」（15%）' },
      { field: 'body.examinerIds', code: 'SKILL_EXAMINERS_ODD', message: '考评人员须为单数' },
    ]);
    const e = partErrors(err);
    expect(e.message).toBe('技能考核蓝图与标准的技能考核权重表不一致');
    expect([...e.rows.entries()]).toEqual([
      [1, ['「线上店铺设计与装修」应占 15 分']],
      [3, ['任务 X4-CS-01 属于「客户服务」']],
    ]);
    expect(e.fields.get('examinerIds')).toEqual(['考评人员须为单数']);
    expect(otherLines(e, ['examinerIds', 'durationMinutes'])).toEqual(['缺少「营销推广」（15%）']);
  });

  it('shows anything else as a message', () => {
    const e = partErrors(new Error('boom'));
    expect(e.rows.size + e.fields.size).toBe(0);
    expect(e.message).toBeTruthy();
  });
});

describe('initialRows', () => {
  it('starts from the weight table with what was saved, keeping saved rows the table lacks', () => {
    const weights = [
      { weightItem: '业务处理', percent: 20 },
      { weightItem: '客户服务', percent: 15 },
    ];
    const saved = [
      { weightItem: '客户服务', points: 15, taskIds: ['00000000-0000-4000-8000-000000000002'] },
      { weightItem: '旧职业功能', points: 5, taskIds: ['00000000-0000-4000-8000-000000000003'] },
    ];
    expect(initialRows(weights, saved)).toEqual([
      { weightItem: '业务处理', points: 20, taskIds: [] },
      saved[0],
      saved[1],
    ]);
    expect(initialRows(weights, undefined).map((r) => r.points)).toEqual([20, 15]);
  });
});
