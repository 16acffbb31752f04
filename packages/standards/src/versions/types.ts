import type { WeightColumnKey, WeightRow } from '../national/rules/weights.js';
import type { Level, Source, WorkType } from '../types.js';

/** Kinds of node in the work-requirement tree: 职业功能 → 工作内容 → 技能要求 / 相关知识要求. */
export type NodeKind = 'function' | 'content' | 'skill' | 'knowledge';
export const NODE_KINDS: readonly NodeKind[] = ['function', 'content', 'skill', 'knowledge'];

/** Chinese names of the node kinds, as the standard calls them. */
export const NODE_KIND_LABELS: Readonly<Record<NodeKind, string>> = {
  function: '职业功能',
  content: '工作内容',
  skill: '技能要求',
  knowledge: '相关知识要求',
};

export type NodeStatus = 'active' | 'retired';

interface SnapshotNodeBase {
  /**
   * Stable id. Seeded nodes: `L{level}/F{fn}`, `L{level}/F{fn}/C{content}`, `…/S{code}` (skill) and
   * `…/K{code}` (knowledge), from the codes of the 2022 package data. Nodes added later: `L{level}/N{seq}`.
   * An id never changes when a node is edited, renumbered or moved.
   */
  id: string;
  /** The standard's numbering, e.g. "2.3.1". Unique among active siblings. */
  code: string;
  status: NodeStatus;
  /** Work types this node applies to; absent = every work type of the level. */
  workTypes?: WorkType[];
  /** Where the seeded text comes from; absent for nodes added in the platform. */
  source?: Source;
}

/** A 技能要求 or 相关知识要求 line. */
export interface SnapshotItem extends SnapshotNodeBase {
  kind: 'skill' | 'knowledge';
  text: string;
}

/** 工作内容 */
export interface SnapshotContent extends SnapshotNodeBase {
  kind: 'content';
  name: string;
  skills: SnapshotItem[];
  knowledge: SnapshotItem[];
}

/** 职业功能 */
export interface SnapshotFunction extends SnapshotNodeBase {
  kind: 'function';
  name: string;
  contents: SnapshotContent[];
}

export type SnapshotNode = SnapshotFunction | SnapshotContent | SnapshotItem;

/** One level with its work-requirement tree. */
export interface SnapshotLevel {
  level: Level;
  /** e.g. "四级/中级工" */
  name: string;
  /** e.g. "四级" */
  grade: string;
  /** Work types of the level; level 1 has none. */
  workTypes: WorkType[];
  functions: SnapshotFunction[];
}

/** A weight table: rows of items with a weight (%) per column; null = "—" (not examined). */
export interface SnapshotWeightTable {
  kind: 'theory' | 'skill';
  name: string;
  rows: { item: string; group: WeightRow['group']; weights: Record<WeightColumnKey, number | null> }[];
  source?: Source;
}

/** The whole national standard as one JSON document, as stored per version. */
export interface StandardSnapshot {
  /** Format of this document. */
  format: 1;
  meta: {
    /** Occupation name, e.g. 电子商务师. */
    occupation: string;
    title: string;
    /** 职业编码 4-01-02-02 */
    code: string;
    edition: string;
    issuer: string;
    source: Source;
  };
  /** Levels from 五级 to 一级. */
  levels: SnapshotLevel[];
  weights: { theory: SnapshotWeightTable; skill: SnapshotWeightTable };
  /** Next sequence number for ids of added nodes. */
  nextSeq: number;
}

/** Where a node sits, for messages, diffs and search results. */
export interface NodeRef {
  id: string;
  kind: NodeKind;
  level: Level;
  /** Codes from the function down to the node, e.g. ["2", "2.3", "2.3.1"]. */
  path: string[];
  /** A readable Chinese label, e.g. "四级 技能要求 2.3.1 能根据…". */
  label: string;
}
