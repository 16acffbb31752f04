import type {
  DIFFICULTY_LABELS as CONTRACT_DIFFICULTY_LABELS,
  QUESTION_STATUSES as CONTRACT_STATUSES,
  QUESTION_TYPES as CONTRACT_TYPES,
  QuestionStatus,
  QuestionType,
} from '@crossskill/contracts';
import type { QuestionTags } from '../../api/questionbank';
import type { SnapshotLevel, StandardSnapshot } from '../../api/standards';
import type { Bilingual } from '../../i18n';
import {
  appliesTo,
  isLevel,
  LEVELS,
  type Level,
  levelTree,
  locateNode,
  type WorkType,
} from '../standards/standardsUtil';

// Spelled out (not imported) so these pages do not pull the contracts' zod schemas in with the labels;
// `satisfies` keeps them in step with the contracts.
export const QUESTION_TYPES = [
  'single',
  'multiple',
  'true_false',
  'fill_blank',
  'short_answer',
  'case_analysis',
] as const satisfies typeof CONTRACT_TYPES;
export const QUESTION_TYPE_LABELS: Readonly<Record<QuestionType, Bilingual>> = {
  single: { zh: '单选题', en: 'Single choice' },
  multiple: { zh: '多选题', en: 'Multiple choice' },
  true_false: { zh: '判断题', en: 'True/false' },
  fill_blank: { zh: '填空题', en: 'Fill in the blanks' },
  short_answer: { zh: '简答题', en: 'Short answer' },
  case_analysis: { zh: '案例分析题', en: 'Case analysis' },
};
export const QUESTION_STATUSES = [
  'draft',
  'in_review',
  'active',
  'retired',
] as const satisfies typeof CONTRACT_STATUSES;
export const QUESTION_STATUS_LABELS: Readonly<Record<QuestionStatus, Bilingual>> = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '待审核', en: 'In review' },
  active: { zh: '已启用', en: 'Active' },
  retired: { zh: '已停用', en: 'Retired' },
};
const DIFFICULTY_LABELS = ['易', '较易', '中等', '较难', '难'] as const satisfies typeof CONTRACT_DIFFICULTY_LABELS;
export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export const CHOICE_TYPES: readonly QuestionType[] = ['single', 'multiple'];
export const SUBJECTIVE_TYPES: readonly QuestionType[] = ['short_answer', 'case_analysis'];
export const BASIC_ITEMS = ['职业道德', '基础知识'] as const;
export type BasicItem = (typeof BASIC_ITEMS)[number];

const DIFFICULTY_EN = ['Easy', 'Fairly easy', 'Medium', 'Fairly hard', 'Hard'] as const;

/** "3 中等" / "3 Medium". */
export function difficultyLabel(d: number, lang: 'zh' | 'en'): string {
  const zh = DIFFICULTY_LABELS[d - 1];
  if (!zh) return String(d);
  return `${d} ${lang === 'zh' ? zh : DIFFICULTY_EN[d - 1]}`;
}

/** Status → the transitions a button offers (as the server allows them). */
export const STATUS_ACTIONS: Readonly<Record<QuestionStatus, readonly { to: QuestionStatus; key: StatusActionKey }[]>> =
  {
    draft: [{ to: 'in_review', key: 'submit' }],
    in_review: [
      { to: 'active', key: 'activate' },
      { to: 'draft', key: 'sendBack' },
    ],
    active: [{ to: 'retired', key: 'retire' }],
    retired: [{ to: 'active', key: 'activate' }],
  };
export type StatusActionKey = 'submit' | 'activate' | 'sendBack' | 'retire';

export const STATUS_COLORS: Readonly<Record<QuestionStatus, string>> = {
  draft: 'default',
  in_review: 'gold',
  active: 'green',
  retired: 'red',
};

// ---- the tag cascader: level → work type → function (or 基本要求) → content → knowledge / skill

export interface CascaderNode {
  value: string;
  label: string;
  children?: CascaderNode[];
}

const COMMON_WT = 'wt:';

function functionsOf(level: SnapshotLevel, wt: WorkType | null): CascaderNode[] {
  const basics: CascaderNode[] = BASIC_ITEMS.map((b) => ({ value: `basic:${b}`, label: b }));
  const fns = levelTree(level, wt).map((f) => ({
    value: `fn:${f.id}`,
    label: `${f.code} ${f.name}`,
    children: f.contents.map((c) => {
      const items = [
        ...c.knowledge.map((k) => ({ value: `kn:${k.id}`, label: `${k.code} ${k.text}` })),
        ...c.skills.map((s) => ({ value: `kn:${s.id}`, label: `[技能] ${s.code} ${s.text}` })),
      ];
      return { value: `ct:${c.id}`, label: `${c.code} ${c.name}`, ...(items.length ? { children: items } : {}) };
    }),
  }));
  return [...basics, ...fns];
}

/** The cascader's options for one snapshot. */
export function tagOptions(snapshot: StandardSnapshot, commonLabel: string): CascaderNode[] {
  return LEVELS.flatMap((lv) => {
    const level = snapshot.levels.find((l) => l.level === lv);
    if (!level) return [];
    const children =
      level.workTypes.length > 0
        ? [
            ...level.workTypes.map((wt) => ({
              value: `wt:${wt}`,
              label: wt,
              children: functionsOf(level, wt),
            })),
            { value: COMMON_WT, label: commonLabel, children: functionsOf(level, null) },
          ]
        : functionsOf(level, null);
    return [{ value: `lv:${lv}`, label: level.name, children }];
  });
}

/** A cascader path → tags (null when the path does not reach a function or a 基本要求 item). */
export function pathToTags(versionId: string, path: readonly string[]): QuestionTags | null {
  let level: Level | undefined;
  let workType: WorkType | null = null;
  let functionId: string | null = null;
  let contentId: string | null = null;
  let knowledgeId: string | null = null;
  let basicItem: BasicItem | null = null;
  for (const v of path) {
    const [kind, ...rest] = v.split(':');
    const id = rest.join(':');
    if (kind === 'lv' && isLevel(Number(id))) level = Number(id) as Level;
    else if (kind === 'wt') workType = id ? (id as WorkType) : null;
    else if (kind === 'basic') basicItem = id as BasicItem;
    else if (kind === 'fn') functionId = id;
    else if (kind === 'ct') contentId = id;
    else if (kind === 'kn') knowledgeId = id;
  }
  if (!level || (!functionId && !basicItem)) return null;
  return { standardVersionId: versionId, level, workType, functionId, contentId, knowledgeId, basicItem };
}

/** Tags → the cascader path (for showing the current value). */
export function tagsToPath(tags: QuestionTags | null, snapshot: StandardSnapshot | undefined): string[] {
  if (!tags) return [];
  const path = [`lv:${tags.level}`];
  const level = snapshot?.levels.find((l) => l.level === tags.level);
  if (level && level.workTypes.length > 0) path.push(`wt:${tags.workType ?? ''}`);
  if (tags.basicItem) path.push(`basic:${tags.basicItem}`);
  if (tags.functionId) path.push(`fn:${tags.functionId}`);
  if (tags.contentId) path.push(`ct:${tags.contentId}`);
  if (tags.knowledgeId) path.push(`kn:${tags.knowledgeId}`);
  return path;
}

/** "四级 · 跨境电子商务师 · 2 跨境电商网店… › 2.3 … › 2.3.1" — a readable label of the tags. */
export function tagsLabel(tags: QuestionTags, snapshot: StandardSnapshot | undefined): string {
  const level = snapshot?.levels.find((l) => l.level === tags.level);
  const parts: string[] = [level?.grade ?? `L${tags.level}`];
  if (tags.workType) parts.push(tags.workType);
  if (tags.basicItem) parts.push(tags.basicItem);
  const deepest = tags.knowledgeId ?? tags.contentId ?? tags.functionId;
  if (deepest && snapshot) {
    const loc = locateNode(snapshot, deepest);
    if (loc?.fn) parts.push(`${loc.fn.code} ${loc.fn.name}`);
    if (loc?.content) parts.push(loc.content.code);
    if (loc?.item) parts.push(`${loc.item.kind === 'skill' ? '技能 ' : ''}${loc.item.code}`);
    if (!loc) parts.push(deepest);
  } else if (deepest) {
    parts.push(deepest);
  }
  return parts.join(' · ');
}

/** The functions a filter can offer for a level (and work type). */
export function functionChoices(
  snapshot: StandardSnapshot | undefined,
  level: number | undefined,
  workType: WorkType | undefined,
): { value: string; label: string }[] {
  if (!snapshot || !level) return [];
  const lvl = snapshot.levels.find((l) => l.level === level);
  if (!lvl) return [];
  return lvl.functions
    .filter((f) => f.status === 'active' && appliesTo(f, workType ?? null))
    .map((f) => ({ value: f.id, label: `${f.code} ${f.name}` }));
}

/** A file's size in readable units. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const percent = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined || Number.isNaN(v) ? '—' : `${(v * 100).toFixed(digits)}%`;
export const fixed = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined || Number.isNaN(v) ? '—' : v.toFixed(digits);
