import { describe, expect, it } from 'vitest';
import type { LevelRequirements, RequirementItem, WorkContent, WorkType } from '../../types.js';
import { LEVEL_5 } from './level5.js';

const tree: LevelRequirements = LEVEL_5;

const appliesTo = (node: { workTypes?: WorkType[] }, type: WorkType) =>
  !node.workTypes || node.workTypes.includes(type);

const functionsFor = (type: WorkType) => tree.functions.filter((f) => appliesTo(f, type));
const contentsFor = (type: WorkType) => functionsFor(type).flatMap((f) => f.contents.filter((c) => appliesTo(c, type)));
const allContents = (): WorkContent[] => tree.functions.flatMap((f) => f.contents);
const _allItems = (): RequirementItem[] => allContents().flatMap((c) => [...c.skills, ...c.knowledge]);

const WS: WorkType = '网商';
const KJ: WorkType = '跨境电子商务师';

/** Work content → [work types ('both' | one type), skill count, knowledge count], counted from seed 003 §3.1. */
const COUNTS: Record<string, ['both' | WorkType, number, number]> = {
  '1.1': ['both', 2, 3],
  '1.2': ['both', 2, 4],
  '1.3': ['both', 2, 4],
  '2.1': [WS, 3, 3],
  '2.2': [WS, 4, 4],
  '2.3': [KJ, 4, 4],
  '2.4': [KJ, 4, 5],
  '3.1': [WS, 2, 2],
  '3.2': [WS, 4, 4],
  '4.1': [WS, 2, 3],
  '4.2': [WS, 2, 3],
  '4.3': [KJ, 3, 4],
  '4.4': [KJ, 3, 3],
  '5.1': [WS, 2, 4],
  '5.2': [WS, 3, 4],
  '5.3': [WS, 2, 4],
  '6.1': ['both', 3, 4],
  '6.2': ['both', 3, 2],
};

describe('LEVEL_5 (003 §3.1 五级/初级工)', () => {
  it('is level 5 and cites clause 3.1', () => {
    expect(tree.level).toBe(5);
    expect(tree.source).toEqual({ doc: '003', clause: '3.1' });
  });

  it('offers all six functions to 网商, in the order of the standard', () => {
    expect(functionsFor(WS).map((f) => `${f.code} ${f.name}`)).toEqual([
      '1 产品及服务信息管理',
      '2 线上店铺设计与装修',
      '3 营销推广',
      '4 业务处理',
      '5 客户服务',
      '6 商务数据分析',
    ]);
  });

  it('offers 跨境电子商务师 every function except 营销推广 and 客户服务', () => {
    expect(functionsFor(KJ).map((f) => `${f.code} ${f.name}`)).toEqual([
      '1 产品及服务信息管理',
      '2 线上店铺设计与装修',
      '4 业务处理',
      '6 商务数据分析',
    ]);
    const only = (name: string) => tree.functions.find((f) => f.name === name)?.workTypes;
    expect(only('营销推广')).toEqual([WS]);
    expect(only('客户服务')).toEqual([WS]);
  });

  it('has exactly the work contents, work types and item counts counted from the seed', () => {
    const actual = Object.fromEntries(
      allContents().map((c) => [
        c.code,
        [c.workTypes?.length === 1 ? c.workTypes[0] : 'both', c.skills.length, c.knowledge.length],
      ]),
    );
    expect(actual).toEqual(COUNTS);
  });

  it('splits contents between the work types as the 工种 cells mark them', () => {
    expect(contentsFor(WS).map((c) => c.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '5.3',
      '6.1',
      '6.2',
    ]);
    expect(contentsFor(KJ).map((c) => c.code)).toEqual(['1.1', '1.2', '1.3', '2.3', '2.4', '4.3', '4.4', '6.1', '6.2']);
  });

  it('totals functions, contents, skills and knowledge items per work type', () => {
    const totals = (type: WorkType) => {
      const cs = contentsFor(type);
      return {
        functions: functionsFor(type).length,
        contents: cs.length,
        skills: cs.reduce((n, c) => n + c.skills.length, 0),
        knowledge: cs.reduce((n, c) => n + c.knowledge.length, 0),
      };
    };
    expect(totals(WS)).toEqual({ functions: 6, contents: 14, skills: 36, knowledge: 48 });
    expect(totals(KJ)).toEqual({ functions: 4, contents: 9, skills: 26, knowledge: 33 });
    expect(allContents()).toHaveLength(18);
    expect(allContents().flatMap((c) => c.skills)).toHaveLength(50);
    expect(allContents().flatMap((c) => c.knowledge)).toHaveLength(64);
  });

  it('reproduces selected texts exactly as in the seed', () => {
    const content = (code: string) => allContents().find((c) => c.code === code)!;
    expect(content('3.1').name).toBe('图文、短视频内容推广');
    expect(content('4.3').name).toBe('跨境电商订单基础操作');
    expect(content('1.1').skills[0]?.text).toBe('能根据发布要求进行产品及服务文字信息录入');
    expect(content('3.2').skills[3]?.text).toBe(
      '能在直播中与观众进行互动,提高观众活跃度,引导观众关注直播间和分享直播间',
    );
    expect(content('4.4').skills[2]?.text).toBe('能根据跨境电商订单要求,按照合同约定时间,准时完成信保订单发货');
    expect(content('2.4').knowledge[0]?.text).toBe('跨境电商地域及文化基础知识');
    expect(content('6.2').knowledge.map((k) => k.text)).toEqual(['电子表格使用方法', '电子商务基础数据整理方法']);
  });
});
