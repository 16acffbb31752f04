import { WEIGHT_COLUMNS, type WeightColumnKey, weightColumnKey } from '../national/rules/weights.js';
import type { Level, WorkType } from '../types.js';
import { StandardEditError } from './errors.js';
import {
  isEffectivelyActive,
  type Located,
  locate,
  nodeTitle,
  walkNodes,
  weightColumnLabel,
  weightColumnLabelEn,
} from './snapshot.js';
import type {
  NodeKind,
  SnapshotContent,
  SnapshotFunction,
  SnapshotItem,
  SnapshotLevel,
  SnapshotNode,
  StandardSnapshot,
} from './types.js';

/** Items of the theory table that are 基本要求 (not occupational functions). */
export const BASIC_WEIGHT_ITEMS: readonly string[] = ['职业道德', '基础知识'];

const clone = (s: StandardSnapshot): StandardSnapshot => structuredClone(s);

function mustLocate(s: StandardSnapshot, id: string): Located {
  const loc = locate(s, id);
  if (!loc) throw new StandardEditError('NODE_NOT_FOUND', `节点不存在：${id}`, { nodeId: id });
  return loc;
}

function levelOf(s: StandardSnapshot, level: Level): SnapshotLevel {
  const found = s.levels.find((l) => l.level === level);
  if (!found) throw new StandardEditError('INVALID_PARENT', `等级不存在：${String(level)}`, { level: String(level) });
  return found;
}

/** The id the level itself has as a parent of functions, e.g. "L4". */
export const levelNodeId = (level: Level) => `L${level}`;

function parseLevelId(id: string): Level | undefined {
  const m = /^L([1-5])$/.exec(id);
  return m ? (Number(m[1]) as Level) : undefined;
}

const childKind = (parent: SnapshotFunction | SnapshotContent | null, kind: NodeKind) =>
  parent === null
    ? kind === 'function'
    : parent.kind === 'function'
      ? kind === 'content'
      : kind === 'skill' || kind === 'knowledge';

function childList(
  level: SnapshotLevel,
  parent: SnapshotFunction | SnapshotContent | null,
  kind: NodeKind,
): SnapshotNode[] {
  if (parent === null) return level.functions;
  if (parent.kind === 'function') return parent.contents;
  return kind === 'skill' ? parent.skills : parent.knowledge;
}

function requireText(value: string, field: string): string {
  const v = value.trim();
  if (!v) throw new StandardEditError('EMPTY_VALUE', `${field}不能为空`, { field });
  return v;
}

function checkCodeFree(siblings: readonly SnapshotNode[], code: string, selfId: string | null) {
  const clash = siblings.find((n) => n.id !== selfId && n.status === 'active' && n.code === code);
  if (clash) {
    throw new StandardEditError('DUPLICATE_CODE', `编号 ${code} 已被同级节点「${nodeTitle(clash)}」使用`, {
      code,
      nodeId: clash.id,
    });
  }
}

/** Work types allowed under a parent chain: the level's, narrowed by every ancestor that names some. */
function allowedWorkTypes(level: SnapshotLevel, ancestors: readonly SnapshotNode[]): WorkType[] {
  let allowed = [...level.workTypes];
  for (const a of ancestors) if (a.workTypes) allowed = allowed.filter((w) => a.workTypes!.includes(w));
  return allowed;
}

function checkWorkTypes(
  level: SnapshotLevel,
  ancestors: readonly SnapshotNode[],
  workTypes: readonly WorkType[] | undefined,
) {
  if (workTypes === undefined) return;
  const allowed = allowedWorkTypes(level, ancestors);
  const bad = workTypes.filter((w) => !allowed.includes(w));
  if (workTypes.length === 0 || bad.length > 0 || new Set(workTypes).size !== workTypes.length) {
    throw new StandardEditError(
      'INVALID_WORK_TYPES',
      `工种须为 ${allowed.length ? allowed.join('、') : '（该等级不分工种）'} 中的一个或多个，收到 ${workTypes.join('、') || '空'}`,
      { workTypes: workTypes.join(',') },
    );
  }
}

function checkNotRetired(chain: readonly SnapshotNode[]) {
  const retired = chain.find((n) => n.status === 'retired');
  if (retired) {
    throw new StandardEditError('NODE_RETIRED', `节点「${nodeTitle(retired)}」已停用，不能修改`, {
      nodeId: retired.id,
    });
  }
}

const sameWorkTypes = (a: readonly WorkType[] | undefined, b: readonly WorkType[] | undefined) =>
  (a === undefined && b === undefined) || (!!a && !!b && a.length === b.length && a.every((w) => b.includes(w)));

function descendants(n: SnapshotNode): SnapshotNode[] {
  if (n.kind === 'function') return n.contents.flatMap((c) => [c, ...descendants(c)]);
  if (n.kind === 'content') return [...n.skills, ...n.knowledge];
  return [];
}

const emptyWeights = () =>
  Object.fromEntries(WEIGHT_COLUMNS.map((c) => [c.key, null])) as Record<WeightColumnKey, number | null>;

/** Moves one level's cells of a weight row to a row of another name (renaming a function). */
function renameWeightItem(s: StandardSnapshot, level: Level, from: string, to: string) {
  for (const table of [s.weights.theory, s.weights.skill]) {
    const source = table.rows.find((r) => r.item === from);
    if (!source) continue;
    const keys = (Object.keys(source.weights) as WeightColumnKey[]).filter(
      (k) => k === String(level) || k.startsWith(`${level}-`),
    );
    if (keys.every((k) => source.weights[k] === null)) continue;
    let target = table.rows.find((r) => r.item === to);
    if (!target) {
      target = { item: to, group: source.group, weights: emptyWeights() };
      table.rows.splice(table.rows.indexOf(source) + 1, 0, target);
    }
    for (const k of keys) {
      target.weights[k] = source.weights[k];
      source.weights[k] = null;
    }
    if (Object.values(source.weights).every((v) => v === null)) table.rows.splice(table.rows.indexOf(source), 1);
  }
}

export interface NodeChanges {
  /** Items (技能要求 / 相关知识要求) only. */
  text?: string | undefined;
  /** Functions and work contents only. */
  name?: string | undefined;
  code?: string | undefined;
  /** null = every work type of the level. Descendants that had the node's old work types follow. */
  workTypes?: WorkType[] | null | undefined;
}

/**
 * Edits the text, name, code or work types of a node. Renaming a function also renames its weight rows for
 * that level, so the weight tables keep pointing at it.
 * @throws StandardEditError NODE_NOT_FOUND, NODE_RETIRED, INVALID_FIELD, EMPTY_VALUE, DUPLICATE_CODE, INVALID_WORK_TYPES
 */
export function editNode(snapshot: StandardSnapshot, nodeId: string, changes: NodeChanges): StandardSnapshot {
  const s = clone(snapshot);
  const loc = mustLocate(s, nodeId);
  const { node } = loc;
  checkNotRetired(loc.chain);
  const isItem = node.kind === 'skill' || node.kind === 'knowledge';
  const given = Object.entries(changes).filter(([, v]) => v !== undefined);
  if (given.length === 0) throw new StandardEditError('INVALID_FIELD', '没有要修改的内容', { field: '' });
  if (changes.text !== undefined && !isItem) {
    throw new StandardEditError('INVALID_FIELD', '职业功能和工作内容没有 text，请修改 name', { field: 'text' });
  }
  if (changes.name !== undefined && isItem) {
    throw new StandardEditError('INVALID_FIELD', '技能要求和相关知识要求没有 name，请修改 text', { field: 'name' });
  }
  if (changes.code !== undefined) {
    const code = requireText(changes.code, '编号');
    checkCodeFree(loc.siblings, code, node.id);
    node.code = code;
  }
  if (changes.text !== undefined && isItem) (node as SnapshotItem).text = requireText(changes.text, '内容');
  if (changes.name !== undefined && !isItem) {
    const named = node as SnapshotFunction | SnapshotContent;
    const name = requireText(changes.name, '名称');
    if (named.kind === 'function' && name !== named.name) renameWeightItem(s, loc.level.level, named.name, name);
    named.name = name;
  }
  if (changes.workTypes !== undefined) {
    const next = changes.workTypes === null ? undefined : [...changes.workTypes];
    checkWorkTypes(loc.level, loc.chain.slice(0, -1), next);
    const old = node.workTypes;
    for (const d of descendants(node)) {
      if (sameWorkTypes(d.workTypes, old)) {
        if (next) d.workTypes = [...next];
        else delete d.workTypes;
      }
    }
    if (next) node.workTypes = next;
    else delete node.workTypes;
    // A descendant that now names a work type its new parent chain excludes is refused.
    for (const d of descendants(node)) {
      const dl = locate(s, d.id)!;
      checkWorkTypes(loc.level, dl.chain.slice(0, -1), d.workTypes);
    }
  }
  return s;
}

export interface NewNode {
  kind: NodeKind;
  /** The function (for a content) or content (for an item) to add under; a function needs `level` instead. */
  parentId?: string | undefined;
  /** The level of a new function. */
  level?: Level | undefined;
  code: string;
  /** Functions and work contents. */
  name?: string | undefined;
  /** Skill and knowledge items. */
  text?: string | undefined;
  workTypes?: WorkType[] | undefined;
  /** 0-based index among the siblings; default at the end. */
  position?: number | undefined;
}

/** The id {@link addNode} gives the next node it adds in this level. */
export const nextNodeId = (s: StandardSnapshot, level: Level) => `L${level}/N${s.nextSeq}`;

function resolveParent(
  s: StandardSnapshot,
  kind: NodeKind,
  parentId: string | undefined,
  level: Level | undefined,
): { level: SnapshotLevel; parent: SnapshotFunction | SnapshotContent | null; chain: SnapshotNode[] } {
  if (kind === 'function') {
    const lv = level ?? (parentId ? parseLevelId(parentId) : undefined);
    if (lv === undefined || (parentId !== undefined && parseLevelId(parentId) !== lv)) {
      throw new StandardEditError('INVALID_PARENT', '职业功能须放在一个等级下（level 或 parentId 为 L1–L5）', {
        parentId: parentId ?? '',
      });
    }
    return { level: levelOf(s, lv), parent: null, chain: [] };
  }
  if (!parentId) throw new StandardEditError('INVALID_PARENT', '须指定上级节点 parentId', { parentId: '' });
  const loc = locate(s, parentId);
  if (!loc || (loc.node.kind !== 'function' && loc.node.kind !== 'content') || !childKind(loc.node, kind)) {
    throw new StandardEditError(
      'INVALID_PARENT',
      kind === 'content' ? '工作内容的上级须为职业功能' : '技能要求和相关知识要求的上级须为工作内容',
      { parentId },
    );
  }
  if (level !== undefined && level !== loc.level.level) {
    throw new StandardEditError('INVALID_PARENT', '上级节点不在所给等级中', { parentId });
  }
  return { level: loc.level, parent: loc.node, chain: loc.chain };
}

function checkPosition(position: number | undefined, length: number): number {
  if (position === undefined) return length;
  if (!Number.isInteger(position) || position < 0 || position > length) {
    throw new StandardEditError('INVALID_POSITION', `位置须为 0–${length} 的整数，收到 ${String(position)}`, {
      position: String(position),
    });
  }
  return position;
}

/**
 * Adds a node; it gets the id {@link nextNodeId} gave before the call (`L{level}/N{seq}`).
 * @throws StandardEditError INVALID_PARENT, NODE_RETIRED, INVALID_FIELD, EMPTY_VALUE, DUPLICATE_CODE, INVALID_WORK_TYPES, INVALID_POSITION
 */
export function addNode(snapshot: StandardSnapshot, input: NewNode): StandardSnapshot {
  const s = clone(snapshot);
  const { level, parent, chain } = resolveParent(s, input.kind, input.parentId, input.level);
  checkNotRetired(chain);
  const isItem = input.kind === 'skill' || input.kind === 'knowledge';
  if (isItem ? input.name !== undefined : input.text !== undefined) {
    throw new StandardEditError(
      'INVALID_FIELD',
      isItem ? '技能要求和相关知识要求用 text' : '职业功能和工作内容用 name',
      {
        field: isItem ? 'name' : 'text',
      },
    );
  }
  const code = requireText(input.code, '编号');
  const title = requireText((isItem ? input.text : input.name) ?? '', isItem ? '内容' : '名称');
  const siblings = childList(level, parent, input.kind);
  checkCodeFree(siblings, code, null);
  checkWorkTypes(level, chain, input.workTypes);
  const position = checkPosition(input.position, siblings.length);
  const base = {
    id: nextNodeId(s, level.level),
    code,
    status: 'active' as const,
    ...(input.workTypes ? { workTypes: [...input.workTypes] } : {}),
  };
  let node: SnapshotNode;
  if (input.kind === 'function') node = { ...base, kind: 'function', name: title, contents: [] };
  else if (input.kind === 'content') node = { ...base, kind: 'content', name: title, skills: [], knowledge: [] };
  else node = { ...base, kind: input.kind, text: title };
  siblings.splice(position, 0, node);
  s.nextSeq += 1;
  return s;
}

export interface MoveTarget {
  /** New parent: a function (for a content), a content (for an item), or the level id "L4" (for a function). Default: the current parent. */
  parentId?: string | undefined;
  /** 0-based index among the new siblings (counted without the node); default at the end. */
  position?: number | undefined;
  /** A new code, e.g. to renumber the node in its new place. */
  code?: string | undefined;
}

/**
 * Moves a node to another parent of the right kind in the same level and/or another position. The id stays.
 * @throws StandardEditError NODE_NOT_FOUND, NODE_RETIRED, INVALID_PARENT, DUPLICATE_CODE, INVALID_WORK_TYPES, INVALID_POSITION
 */
export function moveNode(snapshot: StandardSnapshot, nodeId: string, target: MoveTarget): StandardSnapshot {
  const s = clone(snapshot);
  const loc = mustLocate(s, nodeId);
  const { node } = loc;
  checkNotRetired(loc.chain);
  let dest: { level: SnapshotLevel; parent: SnapshotFunction | SnapshotContent | null; chain: SnapshotNode[] };
  if (target.parentId === undefined) {
    dest = { level: loc.level, parent: loc.parent, chain: loc.chain.slice(0, -1) };
  } else {
    dest = resolveParent(s, node.kind, target.parentId, undefined);
    if (dest.level.level !== loc.level.level) {
      throw new StandardEditError('INVALID_PARENT', '节点只能在同一等级内移动', { parentId: target.parentId });
    }
    checkNotRetired(dest.chain);
  }
  const code = target.code === undefined ? node.code : requireText(target.code, '编号');
  const siblings = childList(dest.level, dest.parent, node.kind);
  checkCodeFree(siblings, code, node.id);
  checkWorkTypes(dest.level, dest.chain, node.workTypes);
  for (const d of descendants(node)) {
    const chainBelow = locate(s, d.id)!.chain;
    const inside = chainBelow.slice(chainBelow.indexOf(node), -1);
    checkWorkTypes(dest.level, [...dest.chain, ...inside], d.workTypes);
  }
  loc.siblings.splice(loc.index, 1);
  const position = checkPosition(target.position, siblings.length);
  node.code = code;
  siblings.splice(position, 0, node);
  return s;
}

/**
 * Retires a node (it stays in the snapshot, marked `retired`; everything under it counts as retired too).
 * @throws StandardEditError NODE_NOT_FOUND, NODE_RETIRED (already retired, or under a retired node)
 */
export function retireNode(snapshot: StandardSnapshot, nodeId: string): StandardSnapshot {
  const s = clone(snapshot);
  const loc = mustLocate(s, nodeId);
  checkNotRetired(loc.chain);
  loc.node.status = 'retired';
  return s;
}

export interface WeightColumnInput {
  kind: 'theory' | 'skill';
  level: Level;
  /** Required for levels 5–2; ignored for level 1. */
  workType?: WorkType | undefined;
  /** The whole column: items not listed become "—" (not examined). */
  weights: readonly { item: string; weight: number }[];
}

/** The items a column of this level may weight: the level's active functions and, in theory, 基本要求. */
function weightableItems(s: StandardSnapshot, kind: 'theory' | 'skill', level: Level): Set<string> {
  const names = new Set<string>(kind === 'theory' ? BASIC_WEIGHT_ITEMS : []);
  for (const loc of walkNodes(s)) {
    if (loc.level.level === level && loc.node.kind === 'function' && isEffectivelyActive(loc)) names.add(loc.node.name);
  }
  return names;
}

/**
 * Replaces one column of a weight table (one level and work type). The column must sum to 100.
 * @throws StandardEditError INVALID_WEIGHT_COLUMN, INVALID_WEIGHT, WEIGHTS_DO_NOT_SUM (params: column, columnEn, total)
 */
export function setWeights(snapshot: StandardSnapshot, input: WeightColumnInput): StandardSnapshot {
  const s = clone(snapshot);
  if (input.kind !== 'theory' && input.kind !== 'skill') {
    throw new StandardEditError('INVALID_WEIGHT_COLUMN', `kind 须为 theory 或 skill，收到 ${String(input.kind)}`, {});
  }
  let key: WeightColumnKey;
  try {
    key = weightColumnKey(input.level, input.level === 1 ? undefined : input.workType);
  } catch (e) {
    throw new StandardEditError('INVALID_WEIGHT_COLUMN', e instanceof Error ? e.message : String(e), {});
  }
  const column = weightColumnLabel(input.kind, input.level, input.workType);
  const columnEn = weightColumnLabelEn(input.kind, input.level, input.workType);
  const table = s.weights[input.kind];
  const allowed = weightableItems(s, input.kind, input.level);
  const seen = new Set<string>();
  for (const { item, weight } of input.weights) {
    if (seen.has(item)) throw new StandardEditError('INVALID_WEIGHT', `${column}：「${item}」重复`, { column, item });
    seen.add(item);
    if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
      throw new StandardEditError(
        'INVALID_WEIGHT',
        `${column}：「${item}」的权重须为 0–100 的整数，收到 ${String(weight)}`,
        {
          column,
          item,
        },
      );
    }
    if (!allowed.has(item) && weight > 0) {
      throw new StandardEditError('INVALID_WEIGHT', `${column}：「${item}」不是该等级的职业功能`, { column, item });
    }
  }
  const total = input.weights.reduce((sum, w) => sum + w.weight, 0);
  if (total !== 100) {
    throw new StandardEditError('WEIGHTS_DO_NOT_SUM', `${column}：合计 ${total}，应为 100`, {
      column,
      columnEn,
      total,
    });
  }
  const given = new Map(input.weights.map((w) => [w.item, w.weight]));
  for (const row of table.rows) row.weights[key] = null;
  for (const [item, weight] of given) {
    if (weight === 0) continue;
    let row = table.rows.find((r) => r.item === item);
    if (!row) {
      row = {
        item,
        group: BASIC_WEIGHT_ITEMS.includes(item) ? '基本要求' : input.kind === 'theory' ? '相关知识要求' : '技能要求',
        weights: emptyWeights(),
      };
      table.rows.push(row);
    }
    row.weights[key] = weight;
  }
  table.rows = table.rows.filter((r) => Object.values(r.weights).some((v) => v !== null));
  return s;
}
