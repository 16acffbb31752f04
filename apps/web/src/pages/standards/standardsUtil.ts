import type { STANDARD_WORK_TYPES } from '@crossskill/contracts';
import type {
  SnapshotContent,
  SnapshotFunction,
  SnapshotItem,
  SnapshotLevel,
  StandardSnapshot,
  StandardVersionSummary,
  WeightTable,
} from '../../api/standards';

export type Level = 1 | 2 | 3 | 4 | 5;
export type WorkType = (typeof STANDARD_WORK_TYPES)[number];
// Spelled out (not imported) so this module does not pull the contracts' zod schemas into the public browser page.
export const WORK_TYPES: readonly WorkType[] = ['网商', '跨境电子商务师'] satisfies typeof STANDARD_WORK_TYPES;
/** The order of the standard: 五级 (entry) first. */
export const LEVELS: readonly Level[] = [5, 4, 3, 2, 1];

export function isLevel(n: number): n is Level {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

export function isWorkType(s: string | null | undefined): s is WorkType {
  return (WORK_TYPES as readonly string[]).includes(s ?? '');
}

/** The level's name as the standard prints it ("四级/中级工"), with a fallback while the data loads. */
export function levelName(snapshot: StandardSnapshot | undefined, level: number): string {
  return snapshot?.levels.find((l) => l.level === level)?.name ?? `${level}`;
}

export function levelGrade(snapshot: StandardSnapshot | undefined, level: number): string {
  return snapshot?.levels.find((l) => l.level === level)?.grade ?? `${level}`;
}

type AnyNode = SnapshotFunction | SnapshotContent | SnapshotItem;

/** Whether a node belongs to the work type (no workTypes = every work type; level 1 has none). */
export function appliesTo(node: AnyNode, workType: WorkType | null): boolean {
  return !workType || !node.workTypes || node.workTypes.length === 0 || node.workTypes.includes(workType);
}

/** The level's tree as one work type sees it, without retired nodes (unless asked). */
export function levelTree(
  level: SnapshotLevel | undefined,
  workType: WorkType | null,
  includeRetired = false,
): SnapshotFunction[] {
  if (!level) return [];
  const wt = level.workTypes.length > 0 ? workType : null;
  const keep = (n: AnyNode) => appliesTo(n, wt) && (includeRetired || n.status === 'active');
  return level.functions.filter(keep).map((f) => ({
    ...f,
    contents: f.contents.filter(keep).map((c) => ({
      ...c,
      skills: c.skills.filter(keep),
      knowledge: c.knowledge.filter(keep),
    })),
  }));
}

/** Column key of the weight tables: "4-跨境电子商务师", or "1" for level 1. */
export function columnKey(level: Level, workType: WorkType | null): string {
  return level === 1 || !workType ? String(level) : `${level}-${workType}`;
}

/** "理论知识权重表 四级 跨境电子商务师" — as the server names a column. */
export function columnLabel(
  table: WeightTable,
  snapshot: StandardSnapshot | undefined,
  level: Level,
  workType: WorkType | null,
): string {
  return [table.name, levelGrade(snapshot, level), level === 1 ? null : workType].filter(Boolean).join(' ');
}

export interface WeightCell {
  item: string;
  group: string;
  weight: number | null;
}

export function weightColumn(table: WeightTable, level: Level, workType: WorkType | null): WeightCell[] {
  const key = columnKey(level, workType);
  return table.rows.map((r) => ({ item: r.item, group: r.group, weight: r.weights[key] ?? null }));
}

/** Every column of a table in the standard's order: 五级 网商, 五级 跨境电子商务师, 四级 网商 … 一级. */
export function allColumns(snapshot: StandardSnapshot): { key: string; level: Level; workType: WorkType | null }[] {
  const out: { key: string; level: Level; workType: WorkType | null }[] = [];
  for (const level of LEVELS) {
    const meta = snapshot.levels.find((l) => l.level === level);
    const wts = meta && meta.workTypes.length > 0 ? meta.workTypes : [null];
    for (const wt of wts) out.push({ key: columnKey(level, wt), level, workType: wt });
  }
  return out;
}

/** The published version in force (latest effective date, else latest published), for the default selection. */
export function defaultVersion(items: readonly StandardVersionSummary[]): StandardVersionSummary | undefined {
  const published = items.filter((v) => v.status === 'published');
  const today = new Date().toISOString().slice(0, 10);
  const inForce = published
    .filter((v) => !v.effectiveDate || v.effectiveDate <= today)
    .sort(
      (a, b) => (a.effectiveDate ?? '').localeCompare(b.effectiveDate ?? '') || a.createdAt.localeCompare(b.createdAt),
    );
  return inForce.at(-1) ?? published.at(-1) ?? items[0];
}

/** Finds a node anywhere in a snapshot: the level, function, content and item it sits in. */
export function locateNode(snapshot: StandardSnapshot, nodeId: string) {
  for (const level of snapshot.levels) {
    for (const f of level.functions) {
      if (f.id === nodeId) return { level, fn: f };
      for (const c of f.contents) {
        if (c.id === nodeId) return { level, fn: f, content: c };
        for (const item of [...c.skills, ...c.knowledge]) {
          if (item.id === nodeId) return { level, fn: f, content: c, item };
        }
      }
    }
  }
  return undefined;
}

/** The work types a node is limited to, from the node or its parents. */
export function nodeWorkTypes(...nodes: (AnyNode | undefined)[]): readonly WorkType[] | undefined {
  for (const n of [...nodes].reverse()) {
    if (n?.workTypes && n.workTypes.length > 0) return n.workTypes;
  }
  return undefined;
}

/** DOM id of a node's block, for scrolling to a search hit. */
export const nodeDomId = (nodeId: string) => `std-node-${nodeId.replace(/[^A-Za-z0-9.-]/g, '_')}`;
