import type { Level, Source, WorkType } from '../../types.js';

/**
 * 003 §4 权重表. The PDF text lost the table grid; the tables below are the reading in which every column
 * sums to 100 and merged cells (one value for both work types of a level) are expanded.
 *
 * Theory table, rows 线上店铺设计与装修 and 营销推广, levels 4 and 3: the flattened text
 * ("15 20 10 15 10 — —" and "10 — 15 10 15 20 —") admits two readings that both sum to 100: (a) level 4
 * merged (10 / 15) and level 3 split (15|10 / 10|15), or (b) level 4 split and level 3 merged. Reading (a)
 * is used: it merges the same cells as the skill table, whose 线上店铺设计与装修 row allows only that reading.
 */

/** Column of a weight table: one per level and work type; level 1 has a single column without work type. */
export type WeightColumnKey =
  | '5-网商'
  | '5-跨境电子商务师'
  | '4-网商'
  | '4-跨境电子商务师'
  | '3-网商'
  | '3-跨境电子商务师'
  | '2-网商'
  | '2-跨境电子商务师'
  | '1';

/** The columns in the printed order, with their level and work type. */
export const WEIGHT_COLUMNS: readonly { key: WeightColumnKey; level: Level; workType?: WorkType }[] = [
  { key: '5-网商', level: 5, workType: '网商' },
  { key: '5-跨境电子商务师', level: 5, workType: '跨境电子商务师' },
  { key: '4-网商', level: 4, workType: '网商' },
  { key: '4-跨境电子商务师', level: 4, workType: '跨境电子商务师' },
  { key: '3-网商', level: 3, workType: '网商' },
  { key: '3-跨境电子商务师', level: 3, workType: '跨境电子商务师' },
  { key: '2-网商', level: 2, workType: '网商' },
  { key: '2-跨境电子商务师', level: 2, workType: '跨境电子商务师' },
  { key: '1', level: 1 },
];

/** One row: the weight (%) per column; null = "—" (not examined). */
export interface WeightRow {
  item: string;
  /** The row group as printed: 基本要求, 相关知识要求 (theory) or 技能要求 (skill). */
  group: '基本要求' | '相关知识要求' | '技能要求';
  weights: Readonly<Record<WeightColumnKey, number | null>>;
}

/** A whole weight table. */
export interface WeightTableData {
  kind: 'theory' | 'skill';
  name: string;
  rows: readonly WeightRow[];
  source: Source;
}

type Cells = readonly [
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
];

const _ = null;

function row(item: string, group: WeightRow['group'], cells: Cells): WeightRow {
  const weights = Object.fromEntries(WEIGHT_COLUMNS.map((c, i) => [c.key, cells[i] ?? null])) as Record<
    WeightColumnKey,
    number | null
  >;
  return { item, group, weights };
}

/** 003 §4.1 理论知识权重表 (%). Columns: 5 网商, 5 跨境, 4 网商, 4 跨境, 3 网商, 3 跨境, 2 网商, 2 跨境, 1. */
export const THEORY_WEIGHTS: WeightTableData = {
  kind: 'theory',
  name: '理论知识权重表',
  source: { doc: '003', clause: '4.1' },
  rows: [
    row('职业道德', '基本要求', [5, 5, 5, 5, 5, 5, 5, 5, 5]),
    row('基础知识', '基本要求', [30, 30, 25, 25, 20, 20, 5, 5, 5]),
    row('产品及服务信息管理', '相关知识要求', [10, 10, 10, 10, 10, 10, 10, 10, _]),
    row('线上店铺设计与装修', '相关知识要求', [15, 20, 10, 10, 15, 10, _, _, _]),
    row('营销推广', '相关知识要求', [10, _, 15, 15, 10, 15, 20, 20, _]),
    row('业务处理', '相关知识要求', [10, 20, 10, 15, 10, 15, 20, 20, _]),
    row('客户服务', '相关知识要求', [10, _, 10, 10, 15, 15, _, _, _]),
    row('商务数据分析', '相关知识要求', [10, 15, 15, 10, 15, 10, 20, 20, 20]),
    row('电子商务战略规划', '相关知识要求', [_, _, _, _, _, _, _, _, 25]),
    row('电子商务模式设计', '相关知识要求', [_, _, _, _, _, _, _, _, 25]),
    row('技术管理与培训', '相关知识要求', [_, _, _, _, _, _, 20, 20, 20]),
  ],
};

/** 003 §4.2 技能要求权重表 (%). Same columns as {@link THEORY_WEIGHTS}. */
export const SKILL_WEIGHTS: WeightTableData = {
  kind: 'skill',
  name: '技能要求权重表',
  source: { doc: '003', clause: '4.2' },
  rows: [
    row('产品及服务信息管理', '技能要求', [20, 20, 20, 20, 15, 15, 15, 15, _]),
    row('线上店铺设计与装修', '技能要求', [15, 35, 15, 15, 15, 10, _, _, _]),
    row('营销推广', '技能要求', [20, _, 20, 15, 20, 25, 25, 20, _]),
    row('业务处理', '技能要求', [15, 30, 15, 20, 15, 20, 20, 20, _]),
    row('客户服务', '技能要求', [15, _, 15, 15, 15, 15, _, _, _]),
    row('商务数据分析', '技能要求', [15, 15, 15, 15, 20, 15, 20, 25, 25]),
    row('电子商务战略规划', '技能要求', [_, _, _, _, _, _, _, _, 25]),
    row('电子商务模式设计', '技能要求', [_, _, _, _, _, _, _, _, 25]),
    row('技术管理与培训', '技能要求', [_, _, _, _, _, _, 20, 20, 25]),
  ],
};

const WORK_TYPE_SET: ReadonlySet<string> = new Set<WorkType>(['网商', '跨境电子商务师']);

/**
 * The column key for a level and work type.
 *
 * Work type rule: levels 5–2 are split into 网商 and 跨境电子商务师, so a work type is required; level 1 is
 * not split (一级/高级技师不分工种), so its single column applies to everyone and a work type passed for
 * level 1 is ignored (callers may pass a candidate's work type uniformly).
 * @throws RangeError on an invalid level, a missing work type for levels 5–2, or an unknown work type
 */
export function weightColumnKey(level: Level, workType?: WorkType): WeightColumnKey {
  if (level === 1) return '1';
  if (level !== 2 && level !== 3 && level !== 4 && level !== 5) {
    throw new RangeError(`等级须为 1–5，收到 ${String(level)}`);
  }
  if (workType === undefined) {
    throw new RangeError(`${level} 级分网商、跨境电子商务师两个工种，须指定工种（workType）`);
  }
  if (!WORK_TYPE_SET.has(workType)) {
    throw new RangeError(`未知工种「${String(workType)}」，应为 网商 或 跨境电子商务师`);
  }
  return `${level}-${workType}`;
}

/**
 * The weights of one exam for one level and work type: only the items examined (weight > 0; "—" cells are
 * left out), in the printed order. The weights sum to 100.
 *
 * Work type rule: required for levels 5–2 (RangeError without it); ignored for level 1, which has no work
 * types (一级/高级技师不分工种).
 * @param kind 'theory' (§4.1 理论知识权重表) or 'skill' (§4.2 技能要求权重表)
 * @param level 1–5
 * @param workType 网商 or 跨境电子商务师 (levels 5–2)
 * @throws RangeError on an invalid kind or level, or a missing or unknown work type for levels 5–2
 */
export function weightTable(
  kind: 'theory' | 'skill',
  level: Level,
  workType?: WorkType,
): { item: string; weight: number }[] {
  if (kind !== 'theory' && kind !== 'skill')
    throw new RangeError(`kind 须为 'theory' 或 'skill'，收到 ${String(kind)}`);
  const key = weightColumnKey(level, workType);
  const table = kind === 'theory' ? THEORY_WEIGHTS : SKILL_WEIGHTS;
  const items: { item: string; weight: number }[] = [];
  for (const r of table.rows) {
    const weight = r.weights[key];
    if (weight !== null && weight > 0) items.push({ item: r.item, weight });
  }
  return items;
}
