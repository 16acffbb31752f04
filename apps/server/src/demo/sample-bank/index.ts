import type { OPTION_KEYS, QuestionDraft, QuestionTags } from '@crossskill/contracts';
import { BASICS, ETHICS } from './basic.js';
import type { SampleItem, Tag } from './items.js';
import { MARKETING, OPERATIONS } from './marketing-and-operations.js';
import { PRODUCT_INFO, STORE_DESIGN } from './product-and-store.js';
import { CUSTOMER_SERVICE, DATA_ANALYSIS } from './service-and-data.js';

/**
 * The sample bank (示例题库): level-4 (四级/中级工) 跨境电子商务师 theory items in Chinese, tagged to the national
 * standard (2022) — the 基本要求 rows 职业道德 / 基础知识 and the 相关知识要求 of the six 职业功能 that apply to
 * 跨境电子商务师 — with enough true/false, single- and multiple-choice items per weight-table row and
 * difficulty for per-candidate 100-point papers (判断 20 × 1, 单选 50 × 1, 多选 15 × 2; difficulty mix
 * 10/20/40/20/10 %) with about twice the items any paper needs, plus a few fill-in and short-answer items.
 * Downloaded as a filled import template from GET /api/question-banks/sample-bank.xlsx; imported like any
 * other file. Facts follow /work/shared/reference/cbec-domain-notes.md and the laws named in the standard
 * (platform rules change: these are teaching items).
 */

export const SAMPLE_BANK = {
  name: '四级跨境电子商务师理论知识示例题库',
  fileName: '四级跨境电子商务师理论示例题库.xlsx',
  source: '示例题库',
} as const;

const LEVEL = 4;
const WORK_TYPE = '跨境电子商务师';

/** The items per weight-table row, in the table's order. */
export const SAMPLE_ROWS: readonly { row: string; items: readonly SampleItem[] }[] = [
  { row: '职业道德', items: ETHICS },
  { row: '基础知识', items: BASICS },
  { row: '产品及服务信息管理', items: PRODUCT_INFO },
  { row: '线上店铺设计与装修', items: STORE_DESIGN },
  { row: '营销推广', items: MARKETING },
  { row: '业务处理', items: OPERATIONS },
  { row: '客户服务', items: CUSTOMER_SERVICE },
  { row: '商务数据分析', items: DATA_ANALYSIS },
];

export const SAMPLE_ITEMS: readonly SampleItem[] = SAMPLE_ROWS.flatMap((r) => r.items);

type Key = (typeof OPTION_KEYS)[number];
const KEYS: readonly Key[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
const DEFAULT_POINTS = { single: 1, multiple: 2, true_false: 1, fill_blank: 2 } as const;

function tagsOf(tag: Tag, standardVersionId: string): QuestionTags {
  const base = { standardVersionId, level: LEVEL, workType: WORK_TYPE } as const;
  if (tag === '职业道德' || tag === '基础知识') {
    return { ...base, functionId: null, contentId: null, knowledgeId: null, basicItem: tag };
  }
  const [f, c] = tag.split('.');
  const functionId = `L${LEVEL}/F${f}`;
  const contentId = `${functionId}/C${f}.${c}`;
  return { ...base, functionId, contentId, knowledgeId: `${contentId}/K${tag}`, basicItem: null };
}

/** Options in the bank's order: the list rotated by the item's position, so the correct letters vary. */
function arrange(correct: readonly string[], wrong: readonly string[], position: number) {
  const all = [...correct, ...wrong];
  const shift = position % all.length;
  const rotated = [...all.slice(shift), ...all.slice(0, shift)];
  const options = rotated.map((content, i) => ({ key: KEYS[i]!, content: html(content) }));
  const keys = rotated.flatMap((content, i) => (correct.includes(content) ? [KEYS[i]!] : []));
  return { options, keys };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** The bank stores stems, options and explanations as rich text (HTML): plain text is escaped. */
const html = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

function draftOf(item: SampleItem, position: number, standardVersionId: string): QuestionDraft {
  const common = {
    type: item.type,
    stem: html(item.stem),
    shuffleOptions: item.type === 'single' || item.type === 'multiple',
    difficulty: item.difficulty,
    tags: tagsOf(item.tag, standardVersionId),
    source: SAMPLE_BANK.source,
    explanation: html(item.explanation),
  };
  switch (item.type) {
    case 'true_false':
      return { ...common, options: [], answer: { type: 'true_false', value: item.answer }, points: 1 };
    case 'single': {
      const { options, keys } = arrange([item.correct], item.wrong, position);
      return { ...common, options, answer: { type: 'single', key: keys[0]! }, points: DEFAULT_POINTS.single };
    }
    case 'multiple': {
      const { options, keys } = arrange(item.correct, item.wrong, position);
      return { ...common, options, answer: { type: 'multiple', keys }, points: DEFAULT_POINTS.multiple };
    }
    case 'fill_blank':
      return {
        ...common,
        options: [],
        answer: { type: 'fill_blank', blanks: item.blanks.map((accepted) => ({ accepted })), caseSensitive: false },
        points: DEFAULT_POINTS.fill_blank,
      };
    default:
      return {
        ...common,
        options: [],
        answer: { type: 'short_answer', reference: html(item.reference), rubric: item.rubric },
        points: item.rubric.reduce((s, r) => s + r.points, 0),
      };
  }
}

/** The sample items as drafts tagged to the given (published national 2022) standard version. */
export function sampleBankDrafts(standardVersionId: string): QuestionDraft[] {
  return SAMPLE_ITEMS.map((item, i) => draftOf(item, i, standardVersionId));
}

export type { SampleItem } from './items.js';
