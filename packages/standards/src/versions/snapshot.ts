import { NATIONAL_LEVELS, OCCUPATION } from '../national/rules/levels.js';
import { SKILL_WEIGHTS, THEORY_WEIGHTS, WEIGHT_COLUMNS, type WeightTableData } from '../national/rules/weights.js';
import { WORK_REQUIREMENTS } from '../national/tree/index.js';
import type { Level, RequirementItem, WorkType } from '../types.js';
import {
  NODE_KIND_LABELS,
  type NodeRef,
  type SnapshotContent,
  type SnapshotFunction,
  type SnapshotItem,
  type SnapshotLevel,
  type SnapshotNode,
  type SnapshotWeightTable,
  type StandardSnapshot,
} from './types.js';

/** Key of the national standard in the platform's version store. */
export const NATIONAL_STANDARD_KEY = 'national-dianzishangwushi';
/** Label of the version seeded from the package data. */
export const NATIONAL_SEED_LABEL = '2022';
export const NATIONAL_STANDARD_TITLE = '电子商务师国家职业技能标准（2022 年版）';

const wt = (workTypes: readonly WorkType[] | undefined) => (workTypes ? { workTypes: [...workTypes] } : {});

function table(data: WeightTableData): SnapshotWeightTable {
  return {
    kind: data.kind,
    name: data.name,
    rows: data.rows.map((r) => ({ item: r.item, group: r.group, weights: { ...r.weights } })),
    source: { ...data.source },
  };
}

/**
 * The national 电子商务师 (2022) standard of this package as one snapshot: every node of every level
 * gets a deterministic id built from the codes (`L4/F2/C2.3/S2.3.1`), all nodes active.
 */
export function snapshotFromPackage(): StandardSnapshot {
  const levels: SnapshotLevel[] = NATIONAL_LEVELS.map((l) => {
    const tree = WORK_REQUIREMENTS[l.level];
    const lid = `L${l.level}`;
    return {
      level: l.level,
      name: l.name,
      grade: l.grade,
      workTypes: [...l.workTypes],
      functions: tree.functions.map((f): SnapshotFunction => {
        const fid = `${lid}/F${f.code}`;
        return {
          id: fid,
          kind: 'function',
          code: f.code,
          status: 'active',
          name: f.name,
          ...wt(f.workTypes),
          source: { ...f.source },
          contents: f.contents.map((c): SnapshotContent => {
            const cid = `${fid}/C${c.code}`;
            const item =
              (kind: 'skill' | 'knowledge') =>
              (i: RequirementItem): SnapshotItem => ({
                id: `${cid}/${kind === 'skill' ? 'S' : 'K'}${i.code}`,
                kind,
                code: i.code,
                status: 'active',
                text: i.text,
                ...wt(i.workTypes),
                source: { ...i.source },
              });
            return {
              id: cid,
              kind: 'content',
              code: c.code,
              status: 'active',
              name: c.name,
              ...wt(c.workTypes),
              source: { ...c.source },
              skills: c.skills.map(item('skill')),
              knowledge: c.knowledge.map(item('knowledge')),
            };
          }),
        };
      }),
    };
  });
  return {
    format: 1,
    meta: {
      occupation: OCCUPATION.name,
      title: NATIONAL_STANDARD_TITLE,
      code: OCCUPATION.code,
      edition: OCCUPATION.edition,
      issuer: OCCUPATION.issuer,
      source: { doc: '003', clause: '1.1–1.7' },
    },
    levels,
    weights: { theory: table(THEORY_WEIGHTS), skill: table(SKILL_WEIGHTS) },
    nextSeq: 1,
  };
}

/** A node with everything around it. */
export interface Located {
  node: SnapshotNode;
  level: SnapshotLevel;
  /** Function → content → node; the node itself last. */
  chain: SnapshotNode[];
  /** The parent (null for a function: its parent is the level). */
  parent: SnapshotFunction | SnapshotContent | null;
  /** The list the node sits in, and its index there. */
  siblings: SnapshotNode[];
  index: number;
}

/** Every node of the snapshot, depth first in document order. */
export function* walkNodes(s: StandardSnapshot): Generator<Located> {
  for (const level of s.levels) {
    for (const [fi, f] of level.functions.entries()) {
      yield { node: f, level, chain: [f], parent: null, siblings: level.functions, index: fi };
      for (const [ci, c] of f.contents.entries()) {
        yield { node: c, level, chain: [f, c], parent: f, siblings: f.contents, index: ci };
        for (const list of [c.skills, c.knowledge]) {
          for (const [ii, i] of list.entries()) {
            yield { node: i, level, chain: [f, c, i], parent: c, siblings: list, index: ii };
          }
        }
      }
    }
  }
}

export function locate(s: StandardSnapshot, id: string): Located | undefined {
  for (const loc of walkNodes(s)) if (loc.node.id === id) return loc;
  return undefined;
}

/** The name (function, content) or text (item) of a node. */
export const nodeText = (n: SnapshotNode): string => ('text' in n ? n.text : n.name);

export const nodeTitle = (n: SnapshotNode) => `${n.code} ${nodeText(n)}`;

/** Active and not under a retired function or content. */
export const isEffectivelyActive = (loc: Pick<Located, 'chain'>) => loc.chain.every((n) => n.status === 'active');

/** Applies to a work type: itself and its ancestors either name it or apply to all. */
export const appliesToWorkType = (loc: Pick<Located, 'chain'>, workType: WorkType | undefined) =>
  workType === undefined || loc.chain.every((n) => !n.workTypes || n.workTypes.includes(workType));

export function refOf(loc: Located): NodeRef {
  return {
    id: loc.node.id,
    kind: loc.node.kind,
    level: loc.level.level,
    path: loc.chain.map((n) => n.code),
    label: `${loc.level.grade} ${NODE_KIND_LABELS[loc.node.kind]} ${nodeTitle(loc.node)}`,
  };
}

const GRADE: Readonly<Record<Level, string>> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级', 5: '五级' };

/** The weight columns (level × work type) in the printed order. */
export const weightColumns = () => WEIGHT_COLUMNS;

/** The Chinese name of a weight column, e.g. "理论知识权重表 四级 跨境电子商务师". */
export function weightColumnLabel(kind: 'theory' | 'skill', level: Level, workType?: WorkType): string {
  const name = kind === 'theory' ? THEORY_WEIGHTS.name : SKILL_WEIGHTS.name;
  return `${name} ${GRADE[level] ?? String(level)}${level !== 1 && workType ? ` ${workType}` : ''}`;
}

/** The English name of a weight column, e.g. "theory weights, level 4, 跨境电子商务师". */
export function weightColumnLabelEn(kind: 'theory' | 'skill', level: Level, workType?: WorkType): string {
  return `${kind === 'theory' ? 'theory' : 'skill'} weight table, level ${level}${level !== 1 && workType ? `, ${workType}` : ''}`;
}
