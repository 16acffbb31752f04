import { WEIGHT_COLUMNS, type WeightColumnKey } from '../national/rules/weights.js';
import type { Level, WorkType } from '../types.js';
import { type Located, nodeText, nodeTitle, refOf, walkNodes, weightColumnLabel } from './snapshot.js';
import type { NodeRef, SnapshotNode, StandardSnapshot } from './types.js';

/** A node in a diff, with its name or text. */
export interface DiffNode extends NodeRef {
  text: string;
}

export interface DiffRemoved extends DiffNode {
  /** retired = still in the snapshot, marked retired; deleted = absent. */
  reason: 'retired' | 'deleted';
}

export type DiffField = 'text' | 'name' | 'code' | 'workTypes' | 'parent' | 'position';
export type DiffValue = string | number | string[] | null;

/** One changed field of one node. For `parent` the values are the parents' titles ("2.3 跨境电商网店首页设计与制作"). */
export interface DiffChange extends DiffNode {
  field: DiffField;
  old: DiffValue;
  new: DiffValue;
}

/** One changed cell of a weight table. */
export interface WeightChange {
  kind: 'theory' | 'skill';
  level: Level;
  workType?: WorkType;
  /** e.g. "技能要求权重表 四级 网商" */
  column: string;
  item: string;
  old: number | null;
  new: number | null;
}

export interface SnapshotDiff {
  added: DiffNode[];
  removed: DiffRemoved[];
  changed: DiffChange[];
  weightChanges: WeightChange[];
}

const titleOf = nodeText;
const diffNode = (loc: Located): DiffNode => ({ ...refOf(loc), text: titleOf(loc.node) });
const parentKey = (loc: Located) => (loc.parent ? loc.parent.id : `L${loc.level.level}`);
const parentTitle = (loc: Located) => (loc.parent ? nodeTitle(loc.parent) : loc.level.name);
const workTypesValue = (n: SnapshotNode): string[] | null => (n.workTypes ? [...n.workTypes].sort() : null);

/** Ids of the longest common subsequence of two id lists. */
function lcs(a: readonly string[], b: readonly string[]): Set<string> {
  const m = a.length;
  const n = b.length;
  const t: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
    }
  }
  const keep = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (a[i] === b[j]) {
      keep.add(a[i]!);
      i++;
      j++;
    } else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
    else j++;
  }
  return keep;
}

/**
 * What changed from `base` to `next`: nodes added, removed (retired or deleted; under a deleted node only the
 * topmost is listed), changed fields (text, name, code, work types, parent, position — a position change is
 * reported only when the order among the siblings both versions share changed) and changed weight cells.
 */
export function diffSnapshots(base: StandardSnapshot, next: StandardSnapshot): SnapshotDiff {
  const baseNodes = new Map<string, Located>();
  for (const loc of walkNodes(base)) baseNodes.set(loc.node.id, loc);
  const nextNodes = new Map<string, Located>();
  for (const loc of walkNodes(next)) nextNodes.set(loc.node.id, loc);

  const added: DiffNode[] = [];
  const changed: DiffChange[] = [];
  const removed: DiffRemoved[] = [];

  for (const [id, n] of nextNodes) {
    const b = baseNodes.get(id);
    if (n.node.status !== 'active') continue;
    if (b?.node.status !== 'active') {
      added.push(diffNode(n));
      continue;
    }
    const entry = diffNode(n);
    const push = (field: DiffField, old: DiffValue, now: DiffValue) => changed.push({ ...entry, field, old, new: now });
    if (b.node.code !== n.node.code) push('code', b.node.code, n.node.code);
    if (titleOf(b.node) !== titleOf(n.node)) {
      push(n.node.kind === 'skill' || n.node.kind === 'knowledge' ? 'text' : 'name', titleOf(b.node), titleOf(n.node));
    }
    const bw = workTypesValue(b.node);
    const nw = workTypesValue(n.node);
    if (JSON.stringify(bw) !== JSON.stringify(nw)) push('workTypes', bw, nw);
    if (parentKey(b) !== parentKey(n) || b.level.level !== n.level.level)
      push('parent', parentTitle(b), parentTitle(n));
  }

  // Positions: among siblings under the same parent in both versions, nodes off the longest common order moved.
  const groups = new Map<string, { base: Located; next: Located }[]>();
  for (const [id, n] of nextNodes) {
    const b = baseNodes.get(id);
    if (b?.node.status !== 'active' || n.node.status !== 'active' || parentKey(b) !== parentKey(n)) continue;
    const key = `${parentKey(n)}|${n.node.kind}`;
    const list = groups.get(key) ?? [];
    list.push({ base: b, next: n });
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    const baseOrder = [...list].sort((x, y) => x.base.index - y.base.index).map((x) => x.base.node.id);
    const nextOrder = [...list].sort((x, y) => x.next.index - y.next.index).map((x) => x.next.node.id);
    const kept = lcs(baseOrder, nextOrder);
    for (const { base: b, next: n } of list) {
      if (!kept.has(n.node.id)) changed.push({ ...diffNode(n), field: 'position', old: b.index, new: n.index });
    }
  }

  for (const [id, b] of baseNodes) {
    if (b.node.status !== 'active') continue;
    const n = nextNodes.get(id);
    if (n?.node.status === 'retired') removed.push({ ...diffNode(b), reason: 'retired' });
    else if (!n && (!b.parent || nextNodes.has(b.parent.id))) removed.push({ ...diffNode(b), reason: 'deleted' });
  }

  const order = new Map([...nextNodes.keys()].map((id, i) => [id, i]));
  changed.sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));

  const weightChanges: WeightChange[] = [];
  for (const kind of ['theory', 'skill'] as const) {
    const before = new Map(base.weights[kind].rows.map((r) => [r.item, r.weights]));
    const after = new Map(next.weights[kind].rows.map((r) => [r.item, r.weights]));
    const items = [...new Set([...before.keys(), ...after.keys()])];
    for (const col of WEIGHT_COLUMNS) {
      for (const item of items) {
        const old = before.get(item)?.[col.key as WeightColumnKey] ?? null;
        const now = after.get(item)?.[col.key as WeightColumnKey] ?? null;
        if (old === now) continue;
        weightChanges.push({
          kind,
          level: col.level,
          ...(col.workType ? { workType: col.workType } : {}),
          column: weightColumnLabel(kind, col.level, col.workType),
          item,
          old,
          new: now,
        });
      }
    }
  }
  return { added, removed, changed, weightChanges };
}
