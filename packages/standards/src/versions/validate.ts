import { WEIGHT_COLUMNS } from '../national/rules/weights.js';
import { BASIC_WEIGHT_ITEMS } from './edit.js';
import {
  appliesToWorkType,
  isEffectivelyActive,
  type Located,
  nodeText,
  nodeTitle,
  refOf,
  walkNodes,
  weightColumnLabel,
} from './snapshot.js';
import type { StandardSnapshot } from './types.js';

export type SnapshotProblemCode =
  | 'WEIGHTS_DO_NOT_SUM'
  | 'WEIGHTED_ITEM_NOT_IN_TREE'
  | 'FUNCTION_NOT_WEIGHTED'
  | 'DUPLICATE_CODE'
  | 'EMPTY_VALUE'
  | 'INVALID_WORK_TYPES';

/** One reason a snapshot cannot be published; `message` is Chinese and names the column or node. */
export interface SnapshotProblem {
  code: SnapshotProblemCode;
  message: string;
  /** The weight column, e.g. "理论知识权重表 四级 跨境电子商务师". */
  column?: string;
  nodeId?: string;
}

/**
 * Checks a snapshot before it is published:
 * - every column of both weight tables sums to 100 (the message names the column);
 * - every weighted item of a column is an active function of that level's tree for that work type
 *   (基本要求 rows of the theory table excepted), and every such function is weighted in both tables;
 * - codes are unique among active siblings; names and texts are not empty; work types belong to the level.
 * @returns the problems, empty when the snapshot is valid
 */
export function validateSnapshot(s: StandardSnapshot): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  const nodes = [...walkNodes(s)];

  for (const kind of ['theory', 'skill'] as const) {
    const table = s.weights[kind];
    for (const col of WEIGHT_COLUMNS) {
      const column = weightColumnLabel(kind, col.level, col.workType);
      const weighted = table.rows.filter((r) => (r.weights[col.key] ?? 0) > 0);
      const total = weighted.reduce((sum, r) => sum + (r.weights[col.key] ?? 0), 0);
      if (total !== 100)
        problems.push({ code: 'WEIGHTS_DO_NOT_SUM', column, message: `${column}：合计 ${total}，应为 100` });

      const functions = nodes.filter(
        (n) =>
          n.level.level === col.level &&
          n.node.kind === 'function' &&
          isEffectivelyActive(n) &&
          appliesToWorkType(n, col.workType) &&
          hasContentFor(nodes, n, col.workType),
      );
      const names = new Set(functions.map((f) => (f.node as { name: string }).name));
      for (const r of weighted) {
        if (kind === 'theory' && BASIC_WEIGHT_ITEMS.includes(r.item)) continue;
        if (!names.has(r.item)) {
          problems.push({
            code: 'WEIGHTED_ITEM_NOT_IN_TREE',
            column,
            message: `${column}：「${r.item}」不是该等级${col.workType ? `（${col.workType}）` : ''}的有效职业功能`,
          });
        }
      }
      const weightedNames = new Set(weighted.map((r) => r.item));
      for (const f of functions) {
        const name = (f.node as { name: string }).name;
        if (!weightedNames.has(name)) {
          problems.push({
            code: 'FUNCTION_NOT_WEIGHTED',
            column,
            nodeId: f.node.id,
            message: `${column}：职业功能「${name}」没有权重`,
          });
        }
      }
    }
  }

  for (const loc of nodes) {
    const { node } = loc;
    const label = refOf(loc).label;
    if (node.status === 'active') {
      const clash = loc.siblings.find((o, i) => i < loc.index && o.status === 'active' && o.code === node.code);
      if (clash) {
        problems.push({
          code: 'DUPLICATE_CODE',
          nodeId: node.id,
          message: `${label}：编号 ${node.code} 与「${nodeTitle(clash)}」重复`,
        });
      }
    }
    const title = nodeText(node);
    if (!node.code.trim() || !title.trim()) {
      problems.push({ code: 'EMPTY_VALUE', nodeId: node.id, message: `${label}：编号和内容不能为空` });
    }
    if (
      node.workTypes &&
      (node.workTypes.length === 0 || node.workTypes.some((w) => !loc.level.workTypes.includes(w)))
    ) {
      problems.push({
        code: 'INVALID_WORK_TYPES',
        nodeId: node.id,
        message: `${label}：工种 ${node.workTypes.join('、') || '空'} 不属于${loc.level.grade}`,
      });
    }
  }
  return problems;
}

/** A function counts for a work type when it has an active work content for it (or no contents at all). */
function hasContentFor(
  nodes: readonly Located[],
  fn: Located,
  workType: Located['level']['workTypes'][number] | undefined,
) {
  const contents = nodes.filter((n) => n.node.kind === 'content' && n.chain[0] === fn.node);
  if (contents.length === 0) return true;
  return contents.some((c) => isEffectivelyActive(c) && appliesToWorkType(c, workType));
}
