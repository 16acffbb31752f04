import { describe, expect, it } from 'vitest';
import type { RequirementItem, WorkContent, WorkType } from '../../types.js';
import { WORK_TYPES } from '../../types.js';
import { LEVEL_2 } from './level2.js';

/** 003 §3.4 二级/技师, counted in the seed: content code → name, work types (absent = both), [skills, knowledge]. */
const WS: WorkType[] = ['网商'];
const KJ: WorkType[] = ['跨境电子商务师'];
const EXPECTED: ReadonlyArray<
  [code: string, name: string, workTypes: WorkType[] | undefined, skills: number, knowledge: number]
> = [
  ['1.1', '产品及服务品类规划', undefined, 3, 5],
  ['1.2', '产品及服务组合优化', undefined, 2, 2],
  ['2.1', '网络营销定位与目标确定', WS, 2, 3],
  ['2.2', '网络营销策略制定与实施', WS, 2, 3],
  ['2.3', '网络营销效果分析与策略优化', WS, 2, 2],
  ['2.4', '跨境电商营销策略制定', KJ, 4, 4],
  ['2.5', '跨境营销实施方案制定', KJ, 4, 3],
  ['2.6', '跨境全网营销实施管理', KJ, 3, 3],
  ['3.1', '采购管理', WS, 3, 4],
  ['3.2', '仓储管理', WS, 3, 3],
  ['3.3', '物流管理', WS, 3, 3],
  ['3.4', '跨境电商运营策略制定', KJ, 4, 4],
  ['3.5', '跨境电商运营框架设计', KJ, 4, 4],
  ['3.6', '跨境电商履约管理', KJ, 3, 3],
  ['4.1', '电子商务数据分析', undefined, 3, 3],
  ['4.2', '电子商务数据应用', undefined, 3, 3],
  ['5.1', '人员管理', undefined, 2, 2],
  ['5.2', '人员培训', undefined, 2, 2],
];

/** standards-notes.md: level 2 functions (both work types). */
const FUNCTIONS = ['产品及服务信息管理', '营销推广', '业务处理', '商务数据分析', '技术管理与培训'];

const applies = (node: { workTypes?: WorkType[] }, wt: WorkType): boolean =>
  node.workTypes === undefined || node.workTypes.includes(wt);
const contents = (): WorkContent[] => LEVEL_2.functions.flatMap((f) => f.contents);
const items = (): RequirementItem[] => contents().flatMap((c) => [...c.skills, ...c.knowledge]);
const findContent = (code: string): WorkContent => contents().find((c) => c.code === code)!;

describe('LEVEL_2 (003 §3.4 二级/技师)', () => {
  it('is level 2 with its source', () => {
    expect(LEVEL_2.level).toBe(2);
    expect(LEVEL_2.source).toEqual({ doc: '003', clause: '3.4' });
  });

  it('has the functions of the notes file, for each work type', () => {
    expect(LEVEL_2.functions.map((f) => [f.code, f.name])).toEqual(FUNCTIONS.map((n, i) => [String(i + 1), n]));
    for (const wt of WORK_TYPES) {
      const names = LEVEL_2.functions
        .filter((f) => applies(f, wt) && f.contents.some((c) => applies(c, wt)))
        .map((f) => f.name);
      expect(names, wt).toEqual(FUNCTIONS);
    }
    for (const f of LEVEL_2.functions) expect('workTypes' in f).toBe(false);
  });

  it('has every work content with its name, work types and item counts', () => {
    expect(contents().map((c) => [c.code, c.name, c.workTypes, c.skills.length, c.knowledge.length])).toEqual(EXPECTED);
    expect(contents()).toHaveLength(18);
    expect(contents().flatMap((c) => c.skills)).toHaveLength(52);
    expect(contents().flatMap((c) => c.knowledge)).toHaveLength(56);
  });

  it('splits the work contents between the two work types as the seed marks them', () => {
    const codes = (wt: WorkType) =>
      contents()
        .filter((c) => applies(c, wt))
        .map((c) => c.code);
    expect(codes('网商')).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '4.1', '4.2', '5.1', '5.2']);
    expect(codes('跨境电子商务师')).toEqual([
      '1.1',
      '1.2',
      '2.4',
      '2.5',
      '2.6',
      '3.4',
      '3.5',
      '3.6',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
    ]);
  });

  it('gives items the work types of their work content, and never an undefined workTypes key', () => {
    for (const node of [...contents(), ...items()]) {
      if ('workTypes' in node) expect(node.workTypes).toHaveLength(1);
    }
    for (const c of contents()) {
      for (const i of [...c.skills, ...c.knowledge]) expect(i.workTypes, `${c.code} ${i.code}`).toEqual(c.workTypes);
    }
  });

  it('matches the seed text exactly in spot checks', () => {
    expect(findContent('1.1').knowledge[3]!.text).toBe('产品及服务价格结构、定价模型、影响价格的因素');
    expect(findContent('2.1').skills[0]!.text).toBe('能根据市场情况、企业品牌价值、商品特征,进行网络营销定位');
    expect(findContent('2.6').skills[1]!.text).toBe(
      '能够协同组织实施跨境电商平台营销、搜索引擎营销及社会化媒体营销等全网营销活动',
    );
    expect(findContent('3.3').skills[1]!.text).toBe('能根据跨境零售进口申报要求,完成入区申报、出境申报和汇总申报');
    expect(findContent('3.6').skills[2]!.text).toBe('能根据合同装运条款,准时进行准运,完成跨境货物交付');
    expect(findContent('4.2').knowledge[0]!.text).toBe('根据数据分析进行目标市场优化的方法');
    expect(findContent('5.2').knowledge[1]!.text).toBe('培训效果评估指标');
  });
});
