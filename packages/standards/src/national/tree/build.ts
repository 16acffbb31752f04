import type { OccupationalFunction, RequirementItem, Source, WorkContent, WorkType } from '../../types.js';

/** [code, text] as numbered in the standard. */
export type Pair = readonly [code: string, text: string];

export const WS: readonly WorkType[] = ['网商'];
export const KJ: readonly WorkType[] = ['跨境电子商务师'];

const wt = (workTypes?: readonly WorkType[]) => (workTypes ? { workTypes: [...workTypes] } : {});

/**
 * Node constructors for one level's table (003 §3.x), so the level files hold only the
 * transcribed data. Every node gets its source clause; work types given on a work content are
 * carried down to its items, so each node says what it applies to.
 */
export function treeBuilder(clause: string) {
  const src = (ref: string): Source => ({ doc: '003', clause: `${clause} / ${ref}` });

  const item = (
    kind: '技能要求' | '相关知识要求',
    [code, text]: Pair,
    workTypes?: readonly WorkType[],
  ): RequirementItem => ({
    code,
    text,
    ...wt(workTypes),
    source: src(`${code} ${kind}`),
  });

  /** 工作内容 with its 技能要求 and 相关知识要求 (numbered independently). */
  const wc = (
    code: string,
    name: string,
    def: { workTypes?: readonly WorkType[]; skills: readonly Pair[]; knowledge: readonly Pair[] },
  ): WorkContent => ({
    code,
    name,
    ...wt(def.workTypes),
    skills: def.skills.map((p) => item('技能要求', p, def.workTypes)),
    knowledge: def.knowledge.map((p) => item('相关知识要求', p, def.workTypes)),
    source: src(`${code} 工作内容`),
  });

  /** 职业功能 */
  const fn = (
    code: string,
    name: string,
    def: { workTypes?: readonly WorkType[]; contents: WorkContent[] },
  ): OccupationalFunction => ({
    code,
    name,
    ...wt(def.workTypes),
    contents: def.contents,
    source: src(`${code} 职业功能`),
  });

  return { wc, fn };
}
