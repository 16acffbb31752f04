import {
  type Answer,
  DIFFICULTY_LABELS,
  OPTION_KEYS,
  QUESTION_TYPE_LABELS,
  type QuestionDraft,
  type QuestionType,
  questionDraftSchema,
} from '@crossskill/contracts';
import { type StandardSnapshot, walkNodes } from '@crossskill/standards';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { LEVEL_NAMES, resolveTags, type StandardRef, type TagCells, tagCells } from './tags.js';
import { cellFromRich, key, norm, richFromCell } from './text.js';

/**
 * The question bank's Excel layout: one row per item on the sheet 试题, Chinese headers, tolerant of the ways
 * people type answers. parseWorkbook(exportWorkbook(items)) gives the same items back.
 */

export const QUESTIONS_SHEET = '试题';
export const HELP_SHEET = '填写说明';
export const CATALOGUE_SHEET = '标准目录';
/** A row whose 题干 starts with this is an example and is not imported. */
export const EXAMPLE_MARK = '【示例】';
export const MAX_ROWS = 20_000;

type OptionColumn = `opt${(typeof OPTION_KEYS)[number]}`;
type ColumnKey =
  | 'type'
  | 'stem'
  | OptionColumn
  | 'answer'
  | 'points'
  | 'difficulty'
  | 'level'
  | 'workType'
  | 'function'
  | 'content'
  | 'knowledge'
  | 'source'
  | 'explanation'
  | 'rubric'
  | 'shuffle'
  | 'caseSensitive';

interface Column {
  key: ColumnKey;
  header: string;
  width: number;
  required?: boolean;
  /** Other headers people use for the same column. */
  aliases?: string[];
  /** Stored as text so Excel does not turn "4.10" into 4.1 or "4.4" into a date. */
  text?: boolean;
}

export const COLUMNS: readonly Column[] = [
  { key: 'type', header: '题型', width: 10, required: true, aliases: ['试题类型', '类型'] },
  { key: 'stem', header: '题干', width: 48, required: true, aliases: ['题目', '试题内容'] },
  ...OPTION_KEYS.map((k) => ({ key: `opt${k}` as OptionColumn, header: `选项${k}`, width: 18 })),
  {
    key: 'answer',
    header: '正确答案',
    width: 16,
    required: true,
    aliases: ['答案', '标准答案', '参考答案'],
    text: true,
  },
  { key: 'points', header: '分值', width: 6, required: true, aliases: ['分数'] },
  { key: 'difficulty', header: '难度', width: 8 },
  { key: 'level', header: '等级', width: 8, aliases: ['级别'] },
  { key: 'workType', header: '工种', width: 14 },
  { key: 'function', header: '职业功能', width: 18 },
  { key: 'content', header: '工作内容', width: 18, text: true },
  { key: 'knowledge', header: '知识点', width: 22, aliases: ['相关知识要求', '知识技能点'], text: true },
  { key: 'source', header: '出处', width: 16, aliases: ['来源'] },
  { key: 'explanation', header: '解析', width: 30, aliases: ['答案解析'] },
  { key: 'rubric', header: '评分要点', width: 30, aliases: ['评分标准'] },
  { key: 'shuffle', header: '选项乱序', width: 8 },
  { key: 'caseSensitive', header: '区分大小写', width: 10 },
];
const HEADER_OF = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

export interface RowProblem {
  /** Excel row number (the header is row 1); 0 for the file as a whole. */
  row: number;
  /** The column header, or '' for the row or file as a whole. */
  column: string;
  message: string;
}

export interface ParsedWorkbook {
  drafts: QuestionDraft[];
  /** The Excel row of each draft (drafts[i] came from row rows[i]). */
  rows: number[];
  problems: RowProblem[];
}

// ---------------------------------------------------------------------------------------------------------
// Tolerant readers of what people type

const TYPE_WORDS: Record<string, QuestionType> = {
  单选题: 'single',
  单选: 'single',
  单项选择题: 'single',
  单项选择: 'single',
  single: 'single',
  多选题: 'multiple',
  多选: 'multiple',
  多项选择题: 'multiple',
  多项选择: 'multiple',
  不定项选择题: 'multiple',
  multiple: 'multiple',
  判断题: 'true_false',
  判断: 'true_false',
  是非题: 'true_false',
  true_false: 'true_false',
  填空题: 'fill_blank',
  填空: 'fill_blank',
  fill_blank: 'fill_blank',
  简答题: 'short_answer',
  简答: 'short_answer',
  问答题: 'short_answer',
  short_answer: 'short_answer',
  案例分析题: 'case_analysis',
  案例分析: 'case_analysis',
  案例题: 'case_analysis',
  case_analysis: 'case_analysis',
};
export const parseType = (raw: string): QuestionType | undefined => TYPE_WORDS[key(raw)];

const TRUE_WORDS = new Set(['对', '正确', '√', '✓', '✔', 't', 'true', 'y', 'yes', '是', 'a']);
const FALSE_WORDS = new Set(['错', '错误', '×', '✗', '✘', 'x', 'f', 'false', 'n', 'no', '否', 'b']);
/** 对/错/正确/错误/√/×/T/F/是/否 (also A = 正确, B = 错误 as some banks print them). */
export function parseTrueFalse(raw: string): boolean | undefined {
  const t = key(raw);
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return undefined;
}

/** 'A,C', 'AC', 'A、C', 'a c', 'Ａ，Ｃ' → ['A', 'C'] (sorted, unique); undefined when anything else is there. */
export function parseKeys(raw: string): string[] | undefined {
  const t = norm(raw)
    .toUpperCase()
    .replace(/[\s,;、/|，；]+/g, '');
  if (!t || !/^[A-H]+$/.test(t)) return undefined;
  return [...new Set(t)].sort();
}

/** 易/较易/中等/较难/难, 1–5, '中' → 1–5. */
export function parseDifficulty(raw: string): number | undefined {
  const t = key(raw);
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1 && n <= 5) return n;
  const i = (DIFFICULTY_LABELS as readonly string[]).indexOf(t);
  if (i >= 0) return i + 1;
  const extra: Record<string, number> = { 容易: 1, 简单: 1, 一般: 3, 中: 3, 适中: 3, 困难: 5, 较容易: 2, 较困难: 4 };
  return extra[t];
}

/** '10', '10分', '２.５' → number. */
export function parseNumber(raw: string): number | undefined {
  const t = norm(raw).replace(/\s*分$/, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

export function parseYesNo(raw: string): boolean | undefined {
  const t = key(raw);
  if (['是', 'y', 'yes', 'true', '1', '√', '对'].includes(t)) return true;
  if (['否', 'n', 'no', 'false', '0', '×', '错'].includes(t)) return false;
  return undefined;
}

/** Fill-blank answers: blanks separated by '；' (or ';' or a line break), accepted variants by '|'. */
export function parseBlanks(raw: string): { accepted: string[] }[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/[;；\n]/)
    .map((b) =>
      b
        .split(/[|｜]/)
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .filter((accepted) => accepted.length > 0)
    .map((accepted) => ({ accepted }));
}
export const formatBlanks = (blanks: { accepted: string[] }[]) => blanks.map((b) => b.accepted.join('|')).join('；');

/** 评分要点: one per line (or separated by '；'), each "要点（2分）", "要点 2分" or "要点|2". */
export function parseRubric(raw: string): { criteria: { criterion: string; points: number }[]; bad: string[] } {
  const criteria: { criterion: string; points: number }[] = [];
  const bad: string[] = [];
  for (const line of raw.replace(/\r\n?/g, '\n').split(/[\n;；]/)) {
    const t = line.trim();
    if (!t) continue;
    const m = /^(.*?)\s*(?:[|｜:：]\s*|[（(]\s*)?([\d０-９]+(?:[.．][\d０-９]+)?)\s*分?\s*[）)]?$/.exec(t);
    const criterion = m?.[1]?.replace(/^\d+[.、．]\s*/, '').trim();
    if (!m || !criterion) {
      bad.push(t);
      continue;
    }
    criteria.push({ criterion, points: Number(m[2]!.normalize('NFKC')) });
  }
  return { criteria, bad };
}
export const formatRubric = (rubric: { criterion: string; points: number }[]) =>
  rubric.map((r) => `${r.criterion}（${r.points}分）`).join('\n');

/** The default rubric of a subjective item imported without 评分要点. */
export const DEFAULT_CRITERION = '参照参考答案评分';

// ---------------------------------------------------------------------------------------------------------
// Reading cells

/** A cell's text whatever Excel stored: rich text, formulas, hyperlinks, numbers, booleans. */
function cellText(value: ExcelJS.CellValue): string | { date: Date } {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return { date: value };
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || (typeof result === 'object' && !(result instanceof Date))
        ? ''
        : cellText(result as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? '');
    if ('error' in value) return '';
  }
  return String(value);
}

const headerKey = (raw: string) => key(raw).replace(/[*＊]|（必填）|\(必填\)/g, '');
const HEADER_LOOKUP = new Map<string, ColumnKey>();
for (const c of COLUMNS) for (const h of [c.header, ...(c.aliases ?? [])]) HEADER_LOOKUP.set(headerKey(h), c.key);

const zhLocale = zhCN().localeError;

/** Which column a zod issue path of a draft points to. */
function columnOfIssue(path: PropertyKey[], type: QuestionType): string {
  const [head, second, third] = path;
  switch (head) {
    case 'options':
      return typeof second === 'number' ? `选项${OPTION_KEYS[second] ?? ''}` : '选项A';
    case 'answer':
      if (third !== undefined && path.includes('rubric')) return HEADER_OF.rubric;
      return second === 'rubric' ? HEADER_OF.rubric : HEADER_OF.answer;
    case 'tags':
      return HEADER_OF.level;
    case 'stem':
    case 'points':
    case 'difficulty':
    case 'source':
    case 'explanation':
      return HEADER_OF[head];
    case 'shuffleOptions':
      return HEADER_OF.shuffle;
    default:
      return type ? '' : HEADER_OF.type;
  }
}

interface RowInput {
  row: number;
  get(k: ColumnKey): string;
  dateIn(k: ColumnKey): boolean;
}

/** One row → a draft, or the problems that stop it. Pure: exported for tests and the benchmark's baseline. */
export function draftFromRow(
  input: RowInput,
  standard: StandardRef | null,
): { draft?: QuestionDraft; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const { row } = input;
  const add = (k: ColumnKey | '', message: string) =>
    problems.push({
      row,
      column: k ? HEADER_OF[k] : '',
      message: `第 ${row} 行${k ? `「${HEADER_OF[k]}」` : ''}：${message}`,
    });

  for (const k of ['answer', 'content', 'knowledge', 'points'] as const) {
    if (input.dateIn(k)) add(k, '单元格被 Excel 识别成了日期，请把该列设置为“文本”格式后重新填写');
  }
  const typeRaw = input.get('type');
  const type = parseType(typeRaw);
  if (!typeRaw.trim()) add('type', '请填写题型');
  else if (!type) add('type', `题型「${norm(typeRaw)}」无效，应为单选题、多选题、判断题、填空题、简答题或案例分析题`);
  const stemRaw = input.get('stem');
  if (!stemRaw.trim()) add('stem', '请填写题干');

  const pointsRaw = input.get('points');
  const points = parseNumber(pointsRaw);
  if (!pointsRaw.trim()) add('points', '请填写分值');
  else if (points === undefined || points <= 0 || points > 100)
    add('points', `分值「${norm(pointsRaw)}」无效，应为 0 到 100 之间的数`);

  const diffRaw = input.get('difficulty');
  const difficulty = diffRaw.trim() ? parseDifficulty(diffRaw) : 3;
  if (difficulty === undefined) add('difficulty', `难度「${norm(diffRaw)}」无效，应为易、较易、中等、较难、难或 1–5`);

  const shuffleRaw = input.get('shuffle');
  const shuffle = shuffleRaw.trim() ? parseYesNo(shuffleRaw) : true;
  if (shuffle === undefined) add('shuffle', `「${norm(shuffleRaw)}」无效，应为是或否`);
  const caseRaw = input.get('caseSensitive');
  const caseSensitive = caseRaw.trim() ? parseYesNo(caseRaw) : false;
  if (caseSensitive === undefined) add('caseSensitive', `「${norm(caseRaw)}」无效，应为是或否`);

  const cells: TagCells = {
    level: input.get('level'),
    workType: input.get('workType'),
    function: input.get('function'),
    content: input.get('content'),
    knowledge: input.get('knowledge'),
  };
  const tagResult = resolveTags(cells, standard);
  for (const p of tagResult.problems) add(p.field, p.message);

  // Options: contiguous from 选项A; only choice items have them.
  const options: { key: (typeof OPTION_KEYS)[number]; content: string }[] = [];
  if (type === 'single' || type === 'multiple') {
    let gap: string | undefined;
    for (const k of OPTION_KEYS) {
      const text = input.get(`opt${k}`);
      if (!text.trim()) {
        gap ??= k;
        continue;
      }
      if (gap) {
        add(`opt${k}`, `选项应从 A 起连续填写，但选项${gap}是空的`);
        gap = undefined;
      }
      options.push({ key: k, content: richFromCell(text) });
    }
    if (options.length < 2) add('optA', `${QUESTION_TYPE_LABELS[type].zh}至少需要两个选项`);
  }

  const answerRaw = input.get('answer');
  let answer: Answer | undefined;
  const answerText = norm(answerRaw);
  const optionKeys = new Set<string>(options.map((o) => o.key));
  switch (type) {
    case 'single': {
      const keys = parseKeys(answerRaw);
      if (!answerText) add('answer', '请填写正确答案（选项字母）');
      else if (keys?.length !== 1) add('answer', `单选题的答案应为一个选项字母（A–H），实际为「${answerText}」`);
      else if (!optionKeys.has(keys[0]!)) add('answer', `答案 ${keys[0]} 不在已填写的选项中`);
      else answer = { type, key: keys[0] as (typeof OPTION_KEYS)[number] };
      break;
    }
    case 'multiple': {
      const keys = parseKeys(answerRaw);
      if (!answerText) add('answer', '请填写正确答案（选项字母，如 A,C 或 AC）');
      else if (!keys) add('answer', `多选题的答案应为选项字母，如 A,C 或 AC，实际为「${answerText}」`);
      else if (keys.length < 2) add('answer', '多选题至少有两个正确选项（只有一个时请用单选题）');
      else if (keys.some((k) => !optionKeys.has(k))) {
        add('answer', `答案 ${keys.filter((k) => !optionKeys.has(k)).join('、')} 不在已填写的选项中`);
      } else answer = { type, keys: keys as (typeof OPTION_KEYS)[number][] };
      break;
    }
    case 'true_false': {
      const value = parseTrueFalse(answerRaw);
      if (!answerText) add('answer', '请填写正确答案（对或错）');
      else if (value === undefined) add('answer', `判断题的答案应为对/错（正确/错误、√/×），实际为「${answerText}」`);
      else answer = { type, value };
      break;
    }
    case 'fill_blank': {
      const blanks = parseBlanks(answerRaw);
      if (blanks.length === 0)
        add('answer', '请填写每个空的答案：空与空之间用“；”分隔，同一空的多个可接受答案用“|”分隔');
      else answer = { type, blanks, caseSensitive: caseSensitive ?? false };
      break;
    }
    case 'short_answer':
    case 'case_analysis': {
      const rubricRaw = input.get('rubric');
      const { criteria, bad } = parseRubric(rubricRaw);
      for (const b of bad) add('rubric', `无法识别评分要点「${b}」，每条应写成“要点内容（2分）”`);
      const rubric = criteria.length > 0 ? criteria : [{ criterion: DEFAULT_CRITERION, points: points ?? 1 }];
      const sum = rubric.reduce((s, r) => s + r.points, 0);
      if (points !== undefined && bad.length === 0 && Math.abs(sum - points) > 1e-9) {
        add('rubric', `评分要点合计 ${sum} 分，与分值 ${points} 分不一致`);
      }
      const reference = answerRaw.trim() ? richFromCell(answerRaw) : '';
      answer = reference ? { type, reference, rubric } : { type, rubric };
      break;
    }
    default:
      break;
  }
  if (problems.length > 0 || !type || !answer) return { problems };

  const candidate = {
    type,
    stem: richFromCell(stemRaw),
    options,
    answer,
    // Only choices have an order to shuffle.
    shuffleOptions: type === 'single' || type === 'multiple' ? (shuffle ?? true) : false,
    points: points!,
    difficulty: difficulty!,
    tags: tagResult.tags,
    source: norm(input.get('source')) || null,
    explanation: input.get('explanation').trim() ? richFromCell(input.get('explanation')) : null,
  };
  const parsed = questionDraftSchema.safeParse(candidate, { error: zhLocale });
  if (!parsed.success) {
    for (const issue of parsed.error.issues as z.core.$ZodIssue[]) {
      const column = columnOfIssue(issue.path, type);
      problems.push({ row, column, message: `第 ${row} 行${column ? `「${column}」` : ''}：${issue.message}` });
    }
    return { problems };
  }
  return { draft: parsed.data, problems };
}

/** Why a buffer is not an .xlsx, in words a user understands; undefined when it looks like one. */
export function notXlsxReason(buf: Uint8Array): string | undefined {
  if (buf.length < 4) return '文件是空的或不完整';
  if (buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0) {
    return '这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 格式后再导入';
  }
  if (!(buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04)) {
    return '文件不是有效的 Excel（.xlsx）文件，可能只是改了扩展名';
  }
  return undefined;
}

async function loadWorkbook(buffer: Uint8Array): Promise<ExcelJS.Workbook | string> {
  const reason = notXlsxReason(buffer);
  if (reason) return reason;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return '文件不是有效的 Excel（.xlsx）文件，或已损坏';
  }
  return wb;
}

function questionsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return (
    wb.getWorksheet(QUESTIONS_SHEET) ??
    wb.worksheets.find((ws) => ws.name !== HELP_SHEET && ws.name !== CATALOGUE_SHEET && ws.state !== 'hidden')
  );
}

/** Reads the header row: which column number holds which field. Problems for missing required headers. */
function readHeader(ws: ExcelJS.Worksheet): { at: Map<ColumnKey, number>; problems: RowProblem[] } {
  const at = new Map<ColumnKey, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value);
    if (typeof text !== 'string') return;
    const k = HEADER_LOOKUP.get(headerKey(text));
    if (k && !at.has(k)) at.set(k, col);
  });
  const problems: RowProblem[] = [];
  for (const c of COLUMNS) {
    if (c.required && !at.has(c.key)) {
      problems.push({
        row: 1,
        column: c.header,
        message: `第 1 行：缺少表头「${c.header}」，请使用平台提供的导入模板`,
      });
    }
  }
  return { at, problems };
}

export interface ParseOptions {
  /** The published standard version tags are resolved against; null when there is none. */
  standard: StandardRef | null;
  maxRows?: number;
  /** Called every few hundred rows with (rows done, rows in all). */
  onProgress?: (done: number, total: number) => void;
}

/** Reads a filled-in template into drafts; every problem names its row and column. */
export async function parseWorkbook(buffer: Uint8Array, opts: ParseOptions): Promise<ParsedWorkbook> {
  const wb = await loadWorkbook(buffer);
  if (typeof wb === 'string') return { drafts: [], rows: [], problems: [{ row: 0, column: '', message: wb }] };
  const ws = questionsSheet(wb);
  if (!ws)
    return {
      drafts: [],
      rows: [],
      problems: [{ row: 0, column: '', message: `文件中没有工作表「${QUESTIONS_SHEET}」` }],
    };
  const { at, problems } = readHeader(ws);
  if (problems.length > 0) return { drafts: [], rows: [], problems };

  const drafts: QuestionDraft[] = [];
  const rows: number[] = [];
  const max = opts.maxRows ?? MAX_ROWS;
  const total = ws.rowCount;
  let count = 0;
  for (let r = 2; r <= total; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const values = new Map<ColumnKey, string>();
    const dates = new Set<ColumnKey>();
    for (const [k, col] of at) {
      const t = cellText(row.getCell(col).value);
      if (typeof t === 'string') values.set(k, t);
      else dates.add(k);
    }
    if ([...values.values()].every((v) => v.trim() === '') && dates.size === 0) continue;
    if ((values.get('stem') ?? '').trim().startsWith(EXAMPLE_MARK)) continue;
    if (++count > max) {
      problems.push({ row: r, column: '', message: `一次最多导入 ${max} 道题，请拆分文件后分批导入` });
      break;
    }
    const result = draftFromRow(
      { row: r, get: (k) => values.get(k) ?? '', dateIn: (k) => dates.has(k) },
      opts.standard,
    );
    problems.push(...result.problems);
    if (result.draft) {
      drafts.push(result.draft);
      rows.push(r);
    }
    if (opts.onProgress && count % 500 === 0) opts.onProgress(r, total);
  }
  if (count === 0 && problems.length === 0) {
    problems.push({ row: 0, column: '', message: `工作表「${ws.name}」中没有试题（示例行不会导入）` });
  }
  return { drafts, rows, problems };
}

/** Reads every cell of the questions sheet without interpreting it: the benchmark's baseline. */
export async function readWorkbookCells(buffer: Uint8Array): Promise<number> {
  const wb = await loadWorkbook(buffer);
  if (typeof wb === 'string') return 0;
  const ws = questionsSheet(wb);
  let cells = 0;
  ws?.eachRow((row) => {
    row.eachCell(() => {
      cells += 1;
    });
  });
  return cells;
}

// ---------------------------------------------------------------------------------------------------------
// Writing

function answerCell(d: QuestionDraft): string {
  const a = d.answer;
  switch (a.type) {
    case 'single':
      return a.key;
    case 'multiple':
      return a.keys.join('');
    case 'true_false':
      return a.value ? '对' : '错';
    case 'fill_blank':
      return formatBlanks(a.blanks);
    default:
      return cellFromRich(a.reference ?? '');
  }
}

function rowOf(d: QuestionDraft, snapshots: ReadonlyMap<string, StandardSnapshot>): Record<ColumnKey, string | number> {
  const tags = tagCells(d.tags, d.tags ? snapshots.get(d.tags.standardVersionId) : undefined);
  const options = Object.fromEntries(
    OPTION_KEYS.map((k) => [`opt${k}`, cellFromRich(d.options.find((o) => o.key === k)?.content ?? '')]),
  ) as Record<OptionColumn, string>;
  const a = d.answer;
  return {
    type: QUESTION_TYPE_LABELS[d.type].zh,
    stem: cellFromRich(d.stem),
    ...options,
    answer: answerCell(d),
    points: d.points,
    difficulty: DIFFICULTY_LABELS[d.difficulty - 1] ?? String(d.difficulty),
    level: tags.level,
    workType: tags.workType,
    function: tags.function,
    content: tags.content,
    knowledge: tags.knowledge,
    source: d.source ?? '',
    explanation: cellFromRich(d.explanation ?? ''),
    rubric: a.type === 'short_answer' || a.type === 'case_analysis' ? formatRubric(a.rubric) : '',
    shuffle: d.type === 'single' || d.type === 'multiple' ? (d.shuffleOptions ? '是' : '否') : '',
    caseSensitive: a.type === 'fill_blank' ? (a.caseSensitive ? '是' : '否') : '',
  };
}

function addQuestionsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(QUESTIONS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFDE2E2' : 'FFEFEFEF' } };
    if (c.required) cell.note = '必填';
    if (c.text) ws.getColumn(i + 1).numFmt = '@';
  });
  return ws;
}

const LIST = (values: string[], prompt: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${values.join(',')}"`],
  showErrorMessage: true,
  // A warning, not a stop: the importer accepts more spellings than the list shows.
  errorStyle: 'warning',
  errorTitle: '请从下拉列表中选择',
  error: prompt,
  showInputMessage: true,
  prompt,
});

interface DataValidationsApi {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function addDropDowns(ws: ExcelJS.Worksheet, rows: number, catalogueFunctions: number) {
  const dv = (ws as unknown as { dataValidations: DataValidationsApi }).dataValidations;
  const colLetter = (k: ColumnKey) => ws.getColumn(COLUMNS.findIndex((c) => c.key === k) + 1).letter;
  const lists: [ColumnKey, ExcelJS.DataValidation][] = [
    [
      'type',
      LIST(
        Object.values(QUESTION_TYPE_LABELS).map((l) => l.zh),
        '单选题、多选题、判断题、填空题、简答题、案例分析题',
      ),
    ],
    ['difficulty', LIST([...DIFFICULTY_LABELS], '易、较易、中等、较难、难（也可填 1–5）；留空为中等')],
    ['level', LIST(Object.values(LEVEL_NAMES), '五级（初级工）至一级（高级技师）')],
    ['workType', LIST(['网商', '跨境电子商务师', '通用'], '网商、跨境电子商务师；两个工种通用或一级时留空')],
    ['shuffle', LIST(['是', '否'], '作答时是否打乱选项顺序；留空为“是”')],
    ['caseSensitive', LIST(['是', '否'], '填空题判分是否区分大小写；留空为“否”')],
  ];
  if (catalogueFunctions > 0) {
    lists.push([
      'function',
      {
        type: 'list',
        allowBlank: true,
        formulae: [`'${CATALOGUE_SHEET}'!$G$2:$G$${catalogueFunctions + 1}`],
        showErrorMessage: true,
        errorStyle: 'warning',
        error: '可填“编号 名称”、名称或编号，或“职业道德”“基础知识”',
      },
    ]);
  }
  for (const [k, validation] of lists) {
    const letter = colLetter(k);
    for (let r = 2; r <= rows + 1; r++) dv.add(`${letter}${r}`, validation);
  }
  const points: ExcelJS.DataValidation = {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0.5, 100],
    showErrorMessage: true,
    errorStyle: 'warning',
    error: '分值应为 0.5–100 之间的数',
  };
  const pointsCol = colLetter('points');
  for (let r = 2; r <= rows + 1; r++) dv.add(`${pointsCol}${r}`, points);
}

const TYPE_HELP: { type: QuestionType; answer: string; example: Partial<Record<ColumnKey, string>> }[] = [
  {
    type: 'single',
    answer: '一个选项字母：A',
    example: {
      stem: '跨境电商中 FBA 指的是？',
      optA: '亚马逊物流服务',
      optB: '海外仓自营',
      optC: '直邮小包',
      answer: 'A',
    },
  },
  {
    type: 'multiple',
    answer: '两个或以上选项字母：A,C / AC / A、C 均可',
    example: {
      stem: '以下哪些属于跨境电商平台？',
      optA: '亚马逊',
      optB: '微信',
      optC: '速卖通',
      optD: 'Shopee',
      answer: 'ACD',
    },
  },
  {
    type: 'true_false',
    answer: '对 / 错（也可写 正确/错误、√/×、T/F）；不填选项',
    example: { stem: '跨境电商出口商品一律免征增值税。', answer: '错' },
  },
  {
    type: 'fill_blank',
    answer: '每空的答案；空与空之间用“；”分隔，同一空的多个可接受答案用“|”分隔；题干中用 ____ 表示空',
    example: {
      stem: '国际贸易术语中，FOB 的中文是____，CIF 的中文是____。',
      answer: '离岸价|船上交货价；到岸价|成本加保险费加运费',
    },
  },
  {
    type: 'short_answer',
    answer: '参考答案（可空）；评分要点必填时按要点判分，每行一条“要点（2分）”，合计须等于分值',
    example: {
      stem: '简述跨境电商选品的基本原则。',
      answer: '市场需求、利润空间、物流适配、合规风险',
      rubric: '说明市场需求（2分）\n说明利润与物流（2分）\n说明合规风险（1分）',
    },
  },
  {
    type: 'case_analysis',
    answer: '同简答题：参考答案 + 评分要点',
    example: {
      stem: '某店铺旺季断货导致排名下滑，请分析原因并提出改进措施。',
      answer: '备货计划不足……',
      rubric: '分析断货原因（4分）\n提出备货与补货措施（4分）\n提出排名恢复措施（2分）',
    },
  },
];

function addHelpSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(HELP_SHEET);
  ws.columns = [
    { header: '列', key: 'col', width: 14 },
    { header: '是否必填', key: 'req', width: 10 },
    { header: '填写说明与可填值', key: 'help', width: 100 },
  ];
  ws.getRow(1).font = { bold: true };
  const help: Record<ColumnKey, string> = {
    type: '单选题、多选题、判断题、填空题、简答题、案例分析题（也可写“单选”“多选”“判断”等）',
    stem: '题目内容；可换行。以“【示例】”开头的行是示例，不会导入',
    optA: '选择题的选项，从选项A起连续填写，最多到选项H；判断题、填空题、简答题、案例分析题不填',
    optB: '',
    optC: '',
    optD: '',
    optE: '',
    optF: '',
    optG: '',
    optH: '',
    answer:
      '单选：A；多选：A,C 或 AC 或 A、C；判断：对/错（正确/错误、√/×、T/F）；填空：空与空之间用“；”分隔，同一空的多个可接受答案用“|”分隔，如“离岸价|船上交货价；到岸价”；简答/案例分析：参考答案（可空）',
    points: '本题分值，0 到 100 之间的数，可带小数，如 2 或 2.5',
    difficulty: '易、较易、中等、较难、难，或 1–5（1 = 易）；留空为“中等”',
    level: '五级、四级、三级、二级、一级（也可写 4、四级/中级工、中级工）；填写任一标准标签时必填',
    workType: '网商、跨境电子商务师；两个工种通用时留空或写“通用”；一级不分工种，须留空',
    function: '职业功能：“编号 名称”（如“4 业务处理”）、名称或编号；基本要求的题写“职业道德”或“基础知识”',
    content: '工作内容：“编号 名称”（如“4.4 商品管理”）或编号“4.4”；须属于所填的职业功能',
    knowledge:
      '相关知识要求的编号（如“4.4.1”）或“编号 内容”；技能要求请加前缀“技能”，如“技能 4.4.1”。可只填知识点，职业功能和工作内容会自动补全',
    source: '出处，如教材章节，200 字以内',
    explanation: '答案解析',
    rubric:
      '简答题、案例分析题的评分要点：每行一条（或用“；”分隔），写成“要点内容（2分）”；合计须等于分值。留空时按“参照参考答案评分（满分）”一条处理',
    shuffle: '选择题作答时是否打乱选项顺序：是/否，留空为“是”',
    caseSensitive: '填空题判分是否区分大小写：是/否，留空为“否”（全角半角始终视为相同）',
  };
  for (const c of COLUMNS) {
    if (c.key.startsWith('opt') && c.key !== 'optA') continue;
    ws.addRow({ col: c.key === 'optA' ? '选项A～选项H' : c.header, req: c.required ? '必填' : '', help: help[c.key] });
  }
  ws.addRow({});
  ws.addRow({
    col: '导入规则',
    help: '整份文件全部校验通过才会导入；有任何问题时一道题也不导入，并列出每个问题所在的行和列。与题库中已有试题高度相似的会提示，但不阻止导入。',
  });
  ws.addRow({
    col: '',
    help: '标准标签按平台当前已发布的《电子商务师国家职业技能标准》版本解析；可选的职业功能、工作内容和知识点见工作表“标准目录”。',
  });
  ws.addRow({});
  const title = ws.addRow({ col: '各题型示例' });
  title.font = { bold: true };
  for (const t of TYPE_HELP) {
    ws.addRow({ col: QUESTION_TYPE_LABELS[t.type].zh, req: '正确答案', help: t.answer });
    const ex = t.example;
    const parts = [
      `题干：${ex.stem}`,
      ...OPTION_KEYS.filter((k) => ex[`opt${k}`]).map((k) => `选项${k}：${ex[`opt${k}`]}`),
      `正确答案：${ex.answer}`,
      ...(ex.rubric ? [`评分要点：${ex.rubric.replace(/\n/g, '；')}`] : []),
    ];
    ws.addRow({ col: '', req: '示例', help: parts.join('　') });
  }
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}

/** A sheet listing the standard's levels, functions, contents and items, to copy tags from. */
function addCatalogueSheet(wb: ExcelJS.Workbook, snapshot: StandardSnapshot): number {
  const ws = wb.addWorksheet(CATALOGUE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '等级', key: 'level', width: 8 },
    { header: '适用工种', key: 'wt', width: 20 },
    { header: '职业功能', key: 'fn', width: 24 },
    { header: '工作内容', key: 'content', width: 26 },
    { header: '知识点（填入“知识点”列）', key: 'item', width: 60 },
    { header: '', key: 'spacer', width: 2 },
    { header: '职业功能（下拉列表）', key: 'fnList', width: 24 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const loc of walkNodes(snapshot)) {
    if (!loc.chain.every((n) => n.status === 'active')) continue;
    const [f, c] = loc.chain;
    const wts =
      loc.chain
        .map((n) => n.workTypes)
        .find((w) => w)
        ?.join('、') ??
      (loc.level.workTypes.join('、') || '—');
    const n = loc.node;
    ws.addRow({
      level: LEVEL_NAMES[loc.level.level],
      wt: wts,
      fn: f ? `${f.code} ${'name' in f ? f.name : ''}` : '',
      content: c && 'name' in c ? `${c.code} ${c.name}` : '',
      item: 'text' in n ? `${n.kind === 'skill' ? '技能 ' : ''}${n.code} ${n.text}` : '',
    });
  }
  const fnNames = new Set<string>(['职业道德', '基础知识']);
  for (const l of snapshot.levels)
    for (const f of l.functions) if (f.status === 'active') fnNames.add(`${f.code} ${f.name}`);
  [...fnNames].forEach((name, i) => {
    ws.getCell(i + 2, 7).value = name;
  });
  return fnNames.size;
}

/** The import template: the questions sheet with two example rows and drop-downs, the instructions, the catalogue. */
export async function buildTemplate(opts: { standard?: StandardRef | null } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CrossSkill';
  const ws = addQuestionsSheet(wb);
  addHelpSheet(wb);
  const fnCount = opts.standard ? addCatalogueSheet(wb, opts.standard.snapshot) : 0;
  for (const t of TYPE_HELP.filter((x) => x.type === 'single' || x.type === 'fill_blank')) {
    ws.addRow({
      ...t.example,
      type: QUESTION_TYPE_LABELS[t.type].zh,
      stem: `${EXAMPLE_MARK}${t.example.stem}`,
      points: 2,
      difficulty: '中等',
      level: '四级',
      function: '4 业务处理',
    });
  }
  addDropDowns(ws, 2000, fnCount);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Questions in the import layout; parseWorkbook reads them back to the same drafts. */
export async function exportWorkbook(
  questions: readonly QuestionDraft[],
  opts: { snapshots?: ReadonlyMap<string, StandardSnapshot> } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CrossSkill';
  const ws = addQuestionsSheet(wb);
  const snapshots = opts.snapshots ?? new Map();
  for (const q of questions) ws.addRow(rowOf(q, snapshots));
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  addHelpSheet(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
