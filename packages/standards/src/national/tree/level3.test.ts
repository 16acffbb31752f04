import { describe, expect, it } from 'vitest';
import type { RequirementItem, WorkContent, WorkType } from '../../types.js';
import { WORK_TYPES } from '../../types.js';
import { LEVEL_3 } from './level3.js';

/** 003 §3.3 三级/高级工, counted in the seed: content code → name, work types (absent = both), [skills, knowledge]. */
const WS: WorkType[] = ['网商'];
const KJ: WorkType[] = ['跨境电子商务师'];
const EXPECTED: ReadonlyArray<
  [code: string, name: string, workTypes: WorkType[] | undefined, skills: number, knowledge: number]
> = [
  ['1.1', '产品及服务品类信息管理', undefined, 2, 3],
  ['1.2', '产品及服务组合信息管理', undefined, 2, 3],
  ['1.3', '产品及服务的价格信息管理', undefined, 2, 2],
  ['2.1', '整体风格设计', WS, 2, 4],
  ['2.2', '装修元素设计', WS, 3, 5],
  ['2.3', '用户页面设计', WS, 3, 4],
  ['2.4', '跨境电商店铺整体风格设计', KJ, 3, 3],
  ['2.5', '跨境电商店铺布局设计与优化', KJ, 4, 4],
  ['2.6', '跨文化装修元素设计', KJ, 3, 3],
  ['3.1', '搜索引擎推广', WS, 4, 6],
  ['3.2', '信息流推广', WS, 3, 3],
  ['3.3', '国际搜索引擎推广', KJ, 4, 4],
  ['3.4', '海外社交媒体推广', KJ, 3, 3],
  ['3.5', '跨境电商直播推广', KJ, 4, 2],
  ['4.1', '采购管理', WS, 2, 2],
  ['4.2', '销售管理', WS, 3, 3],
  ['4.3', '跨境交易促成', KJ, 4, 5],
  ['4.4', '跨境电商店铺交易管理', KJ, 3, 3],
  ['4.5', '跨境物流管理', KJ, 3, 3],
  ['4.6', '跨境电商综合服务', KJ, 4, 4],
  ['5.1', '社群管理', WS, 3, 3],
  ['5.2', '客户关系管理', WS, 2, 4],
  ['5.3', '售后纠纷与投诉处理', KJ, 4, 4],
  ['5.4', '跨境客户关系管理', KJ, 3, 3],
  ['6.1', '电子商务数据加载', undefined, 3, 3],
  ['6.2', '电子商务数据报表设计制作', undefined, 4, 3],
  ['6.3', '电子商务数据统计分析', undefined, 2, 3],
];

/** standards-notes.md: levels 4 and 3 have the same six functions, all for both work types. */
const FUNCTIONS = ['产品及服务信息管理', '线上店铺设计与装修', '营销推广', '业务处理', '客户服务', '商务数据分析'];

const applies = (node: { workTypes?: WorkType[] }, wt: WorkType): boolean =>
  node.workTypes === undefined || node.workTypes.includes(wt);
const contents = (): WorkContent[] => LEVEL_3.functions.flatMap((f) => f.contents);
const items = (): RequirementItem[] => contents().flatMap((c) => [...c.skills, ...c.knowledge]);
const findContent = (code: string): WorkContent => contents().find((c) => c.code === code)!;

describe('LEVEL_3 (003 §3.3 三级/高级工)', () => {
  it('is level 3 with its source', () => {
    expect(LEVEL_3.level).toBe(3);
    expect(LEVEL_3.source).toEqual({ doc: '003', clause: '3.3' });
  });

  it('has the functions of the notes file, for each work type', () => {
    expect(LEVEL_3.functions.map((f) => [f.code, f.name])).toEqual(FUNCTIONS.map((n, i) => [String(i + 1), n]));
    for (const wt of WORK_TYPES) {
      const names = LEVEL_3.functions
        .filter((f) => applies(f, wt) && f.contents.some((c) => applies(c, wt)))
        .map((f) => f.name);
      expect(names, wt).toEqual(FUNCTIONS);
    }
    for (const f of LEVEL_3.functions) expect('workTypes' in f).toBe(false);
  });

  it('has every work content with its name, work types and item counts', () => {
    expect(contents().map((c) => [c.code, c.name, c.workTypes, c.skills.length, c.knowledge.length])).toEqual(EXPECTED);
    expect(contents()).toHaveLength(27);
    expect(contents().flatMap((c) => c.skills)).toHaveLength(82);
    expect(contents().flatMap((c) => c.knowledge)).toHaveLength(92);
  });

  it('splits the work contents between the two work types as the seed marks them', () => {
    const codes = (wt: WorkType) =>
      contents()
        .filter((c) => applies(c, wt))
        .map((c) => c.code);
    expect(codes('网商')).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '6.1',
      '6.2',
      '6.3',
    ]);
    expect(codes('跨境电子商务师')).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.4',
      '2.5',
      '2.6',
      '3.3',
      '3.4',
      '3.5',
      '4.3',
      '4.4',
      '4.5',
      '4.6',
      '5.3',
      '5.4',
      '6.1',
      '6.2',
      '6.3',
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
    const c25 = findContent('2.5');
    expect(c25.skills[1]!.text).toBe('能根据商品特性,结合海外消费者购物心理,设计商品详情页布局');
    expect(findContent('3.1').knowledge[4]!.text).toBe('关键词竞价广告的关键词、创意及人群优化技巧');
    expect(findContent('3.4').skills[0]!.text).toBe(
      '能根据海外社交媒体推广方案,开发KOL和网络红人资源,拓展海外推广渠道',
    );
    // the seed ends 3.5.3 with a comma; kept as in the seed
    expect(findContent('3.5').skills[2]!.text).toBe('能在直播中使用外语准确传达商品卖点和介绍直播间活动,');
    expect(findContent('4.3').skills[2]!.text).toBe('通过邮件或线上交流工具等形式与客户沟通交流,完成交易磋商');
    expect(findContent('5.3').skills[3]!.text).toBe('能根据店铺纠纷处理原则,处理买家因海关扣留产生的纠纷');
    expect(findContent('6.2').skills[1]!.text).toBe(
      '能根据业务需求,选择电子商务数据报表中需展示的业务指标及相应的可视化图表类型',
    );
    expect(findContent('6.3').knowledge[2]!.text).toBe('营销活动数据分析方法');
  });
});
