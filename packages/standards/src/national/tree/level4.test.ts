import { describe, expect, it } from 'vitest';
import type { LevelRequirements, RequirementItem, WorkContent, WorkType } from '../../types.js';
import { LEVEL_4 } from './level4.js';

const tree: LevelRequirements = LEVEL_4;

const appliesTo = (node: { workTypes?: WorkType[] }, type: WorkType) =>
  !node.workTypes || node.workTypes.includes(type);

const functionsFor = (type: WorkType) => tree.functions.filter((f) => appliesTo(f, type));
const contentsFor = (type: WorkType) => functionsFor(type).flatMap((f) => f.contents.filter((c) => appliesTo(c, type)));
const allContents = (): WorkContent[] => tree.functions.flatMap((f) => f.contents);
const _allItems = (): RequirementItem[] => allContents().flatMap((c) => [...c.skills, ...c.knowledge]);

const WS: WorkType = '网商';
const KJ: WorkType = '跨境电子商务师';

/** Work content → [work types ('both' | one type), skill count, knowledge count], counted from seed 003 §3.2. */
const COUNTS: Record<string, ['both' | WorkType, number, number]> = {
  '1.1': ['both', 2, 4],
  '1.2': ['both', 2, 4],
  '1.3': ['both', 2, 4],
  '2.1': [WS, 3, 3],
  '2.2': [WS, 3, 3],
  '2.3': [KJ, 3, 4],
  '2.4': [KJ, 4, 5],
  '2.5': [KJ, 3, 3],
  '2.6': [KJ, 3, 3],
  '3.1': [WS, 3, 3],
  '3.2': [WS, 3, 3],
  '3.3': [WS, 3, 3],
  '3.4': [KJ, 3, 3],
  '3.5': [KJ, 4, 4],
  '4.1': [WS, 2, 2],
  '4.2': [WS, 3, 4],
  '4.3': [KJ, 4, 5],
  '4.4': [KJ, 3, 3],
  '4.5': [KJ, 5, 6],
  '4.6': [KJ, 3, 3],
  '5.1': [WS, 2, 4],
  '5.2': [WS, 3, 4],
  '5.3': [KJ, 3, 3],
  '5.4': [KJ, 4, 4],
  '5.5': [KJ, 3, 3],
  '6.1': ['both', 3, 3],
  '6.2': ['both', 4, 2],
};

describe('LEVEL_4 (003 §3.2 四级/中级工)', () => {
  it('is level 4 and cites clause 3.2', () => {
    expect(tree.level).toBe(4);
    expect(tree.source).toEqual({ doc: '003', clause: '3.2' });
  });

  it('offers all six functions to both work types, in the order of the standard', () => {
    const names = [
      '1 产品及服务信息管理',
      '2 线上店铺设计与装修',
      '3 营销推广',
      '4 业务处理',
      '5 客户服务',
      '6 商务数据分析',
    ];
    expect(functionsFor(WS).map((f) => `${f.code} ${f.name}`)).toEqual(names);
    expect(functionsFor(KJ).map((f) => `${f.code} ${f.name}`)).toEqual(names);
    for (const f of tree.functions) expect(f.workTypes).toBeUndefined();
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
      '3.3',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '6.1',
      '6.2',
    ]);
    expect(contentsFor(KJ).map((c) => c.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '3.4',
      '3.5',
      '4.3',
      '4.4',
      '4.5',
      '4.6',
      '5.3',
      '5.4',
      '5.5',
      '6.1',
      '6.2',
    ]);
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
    expect(totals(WS)).toEqual({ functions: 6, contents: 14, skills: 38, knowledge: 46 });
    expect(totals(KJ)).toEqual({ functions: 6, contents: 18, skills: 58, knowledge: 66 });
    expect(allContents()).toHaveLength(27);
    expect(allContents().flatMap((c) => c.skills)).toHaveLength(83);
    expect(allContents().flatMap((c) => c.knowledge)).toHaveLength(95);
  });

  it('reproduces selected texts exactly as in the seed', () => {
    const content = (code: string) => allContents().find((c) => c.code === code)!;
    expect(content('2.3').name).toBe('跨境电商网店首页设计与制作');
    expect(content('5.5').name).toBe('网店FAQ设置');
    expect(content('1.2').skills[0]?.text).toBe(
      '能根据电子商务平台对图片的要求,进行产品及服务图片拍摄方式、拍摄器材、处理软件的选择',
    );
    expect(content('2.3').skills[1]?.text).toBe(
      '能根据网店首页banner设计规范,结合商品推荐主题,设计并制作跨境电商网店首页banner',
    );
    expect(content('4.5').skills[4]?.text).toBe('能根据信保订单退款处理规则,结合客户退款请求,进行信保订单退款处理');
    expect(content('3.3').knowledge[0]?.text).toBe('直播主题策划的策划思路、方法和技巧');
    expect(content('4.5').knowledge[5]?.text).toBe('信保订单退款处理方法');
    expect(content('6.2').knowledge.map((k) => k.text)).toEqual(['电子商务数据清洗工具', '电子商务数据清洗方法']);
  });
});
