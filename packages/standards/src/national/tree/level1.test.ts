import { describe, expect, it } from 'vitest';
import type { RequirementItem, WorkContent } from '../../types.js';
import { LEVEL_1 } from './level1.js';

/** 003 §3.5 一级/高级技师, counted in the seed: content code → name, [skills, knowledge]. */
const EXPECTED: ReadonlyArray<[code: string, name: string, skills: number, knowledge: number]> = [
  ['1.1', '行业分析', 3, 4],
  ['1.2', '竞争对手分析', 4, 3],
  ['1.3', '企业电子商务战略分析', 3, 4],
  ['2.1', '电子商务模式分析', 3, 3],
  ['2.2', '电子商务模式确定', 3, 3],
  ['3.1', '经营数据分析', 4, 4],
  ['3.2', '财务数据分析', 4, 5],
  ['4.1', '人员管理规划', 4, 4],
  ['4.2', '人员培训规划', 2, 3],
];

/** standards-notes.md: level 1 functions (no work types). */
const FUNCTIONS = ['电子商务战略规划', '电子商务模式设计', '商务数据分析', '技术管理与培训'];

const contents = (): WorkContent[] => LEVEL_1.functions.flatMap((f) => f.contents);
const items = (): RequirementItem[] => contents().flatMap((c) => [...c.skills, ...c.knowledge]);
const findContent = (code: string): WorkContent => contents().find((c) => c.code === code)!;

describe('LEVEL_1 (003 §3.5 一级/高级技师)', () => {
  it('is level 1 with its source', () => {
    expect(LEVEL_1.level).toBe(1);
    expect(LEVEL_1.source).toEqual({ doc: '003', clause: '3.5' });
  });

  it('has the functions of the notes file', () => {
    expect(LEVEL_1.functions.map((f) => [f.code, f.name])).toEqual(FUNCTIONS.map((n, i) => [String(i + 1), n]));
  });

  it('has no work types anywhere', () => {
    for (const node of [...LEVEL_1.functions, ...contents(), ...items()]) expect('workTypes' in node).toBe(false);
  });

  it('has every work content with its name and item counts', () => {
    expect(contents().map((c) => [c.code, c.name, c.skills.length, c.knowledge.length])).toEqual(EXPECTED);
    expect(contents().flatMap((c) => c.skills)).toHaveLength(30);
    expect(contents().flatMap((c) => c.knowledge)).toHaveLength(33);
  });

  it('matches the seed text exactly in spot checks', () => {
    expect(findContent('1.1').skills[0]!.text).toBe(
      '能根据行业政策、企业所处环境,对所处行业的发展现状和存在问题进行分析',
    );
    expect(findContent('1.3').skills[1]!.text).toBe(
      '能根据企业在市场中的地位以及行业竞争状况,制定企业电子商务竞争策略',
    );
    expect(findContent('2.1').skills[2]!.text).toBe('能针对行业商业模式核心要素,进行行业企业电子商务模式对比分析');
    expect(findContent('3.2').skills[2]!.text).toBe('能根据现金流量表,对企业营利质量、筹资与支付能力以及风险进行分析');
    expect(findContent('3.2').knowledge[4]!.text).toBe('电子商务企业财务分析报告的内容');
    expect(findContent('4.2').knowledge[2]!.text).toBe('电子商务企业岗位培训工作注意事项');
  });
});
