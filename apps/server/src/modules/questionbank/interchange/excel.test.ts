import type { QuestionDraft } from '@crossskill/contracts';
import { snapshotFromPackage } from '@crossskill/standards';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buildTemplate,
  exportWorkbook,
  HELP_SHEET,
  parseBlanks,
  parseDifficulty,
  parseKeys,
  parseRubric,
  parseTrueFalse,
  parseWorkbook,
  QUESTIONS_SHEET,
} from './excel.js';
import type { StandardRef } from './tags.js';

const standard: StandardRef = { versionId: '11111111-1111-4111-8111-111111111111', snapshot: snapshotFromPackage() };

const HEADERS = [
  '题型',
  '题干',
  '选项A',
  '选项B',
  '选项C',
  '选项D',
  '正确答案',
  '分值',
  '难度',
  '等级',
  '工种',
  '职业功能',
  '工作内容',
  '知识点',
  '出处',
  '解析',
  '评分要点',
];

/** A workbook as a person would fill it: headers, then rows of cell values by header. */
async function workbook(rows: Record<string, string | number>[], headers = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(QUESTIONS_SHEET);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('tolerant readers', () => {
  it('reads choice keys however they are typed', () => {
    for (const t of ['A,C', 'AC', 'A、C', 'a c', 'Ａ，Ｃ', ' C A ', 'A;C', 'ACA'])
      expect(parseKeys(t)).toEqual(['A', 'C']);
    expect(parseKeys('AZ')).toBeUndefined();
    expect(parseKeys('')).toBeUndefined();
  });
  it('reads true/false words and marks', () => {
    for (const t of ['对', '正确', '√', 'T', 'true', ' 是 ']) expect(parseTrueFalse(t)).toBe(true);
    for (const t of ['错', '错误', '×', 'F', 'FALSE', '否']) expect(parseTrueFalse(t)).toBe(false);
    expect(parseTrueFalse('也许')).toBeUndefined();
  });
  it('reads difficulty words and numbers', () => {
    expect(['易', '较易', '中等', '较难', '难', '３', '5'].map(parseDifficulty)).toEqual([1, 2, 3, 4, 5, 3, 5]);
    expect(parseDifficulty('9')).toBeUndefined();
  });
  it('splits blanks by ；/; and variants by |', () => {
    expect(parseBlanks('离岸价|船上交货价；到岸价 ; CIF｜cif')).toEqual([
      { accepted: ['离岸价', '船上交货价'] },
      { accepted: ['到岸价'] },
      { accepted: ['CIF', 'cif'] },
    ]);
  });
  it('reads rubric lines with points', () => {
    expect(parseRubric('1. 说明市场需求（2分）\n利润与物流 2分；合规|1').criteria).toEqual([
      { criterion: '说明市场需求', points: 2 },
      { criterion: '利润与物流', points: 2 },
      { criterion: '合规', points: 1 },
    ]);
    expect(parseRubric('没有分值').bad).toEqual(['没有分值']);
  });
});

describe('parseWorkbook', () => {
  it('reads every type, tolerant of spelling, full-width characters and spaces', async () => {
    const buf = await workbook([
      {
        题型: ' 单选 ',
        题干: 'FBA 指的是？',
        选项A: '亚马逊物流',
        选项B: '海外仓',
        正确答案: 'ａ',
        分值: '２分',
        难度: '易',
      },
      {
        题型: '多选题',
        题干: '哪些是平台？',
        选项A: '亚马逊',
        选项B: '微信',
        选项C: '速卖通',
        正确答案: 'A、C',
        分值: 2,
        难度: 4,
      },
      { 题型: '判断', 题干: '出口一律免税。', 正确答案: '×', 分值: 1 },
      { 题型: '填空题', 题干: 'FOB 是____。', 正确答案: '离岸价|船上交货价', 分值: 1 },
      { 题型: '简答题', 题干: '简述选品原则。', 正确答案: '需求、利润', 分值: 5, 评分要点: '需求（3分）\n利润（2分）' },
      { 题型: '案例分析', 题干: '分析断货。\n第二行 a<b', 分值: 10 },
    ]);
    const { drafts, rows, problems } = await parseWorkbook(buf, { standard });
    expect(problems).toEqual([]);
    expect(rows).toEqual([2, 3, 4, 5, 6, 7]);
    expect(drafts.map((d) => d.type)).toEqual([
      'single',
      'multiple',
      'true_false',
      'fill_blank',
      'short_answer',
      'case_analysis',
    ]);
    expect(drafts[0]).toMatchObject({ answer: { type: 'single', key: 'A' }, points: 2, difficulty: 1, tags: null });
    expect(drafts[1]!.answer).toEqual({ type: 'multiple', keys: ['A', 'C'] });
    expect(drafts[1]!.options.map((o) => o.key)).toEqual(['A', 'B', 'C']);
    expect(drafts[2]).toMatchObject({ answer: { type: 'true_false', value: false }, options: [], difficulty: 3 });
    expect(drafts[3]!.answer).toEqual({
      type: 'fill_blank',
      blanks: [{ accepted: ['离岸价', '船上交货价'] }],
      caseSensitive: false,
    });
    expect(drafts[4]!.answer).toEqual({
      type: 'short_answer',
      reference: '需求、利润',
      rubric: [
        { criterion: '需求', points: 3 },
        { criterion: '利润', points: 2 },
      ],
    });
    expect(drafts[5]!.stem).toBe('分析断货。<br>第二行 a&lt;b');
    expect(drafts[5]!.answer).toEqual({
      type: 'case_analysis',
      rubric: [{ criterion: '参照参考答案评分', points: 10 }],
    });
  });

  it('names the row and the column of every problem, in Chinese', async () => {
    const buf = await workbook([
      { 题型: '单选题', 题干: '好题', 选项A: '甲', 选项B: '乙', 正确答案: 'A', 分值: 1 },
      { 题型: '单选题', 题干: '答案不在选项里', 选项A: '甲', 选项B: '乙', 正确答案: 'D', 分值: 1 },
      { 题型: '多选题', 题干: '只有一个答案', 选项A: '甲', 选项B: '乙', 正确答案: 'B', 分值: 1 },
      { 题型: '问卷题', 题干: '未知题型', 分值: 1 },
      { 题型: '判断题', 题干: '', 正确答案: '也许', 分值: 0 },
      { 题型: '单选题', 题干: '选项有空缺', 选项A: '甲', 选项C: '丙', 正确答案: 'A', 分值: 1, 难度: '超难' },
      { 题型: '简答题', 题干: '要点合计不对', 分值: 5, 评分要点: '甲（2分）' },
    ]);
    const { drafts, problems } = await parseWorkbook(buf, { standard });
    expect(drafts).toHaveLength(1);
    const at = problems.map((p) => [p.row, p.column]);
    expect(at).toEqual([
      [3, '正确答案'],
      [4, '正确答案'],
      [5, '题型'],
      [6, '题干'],
      [6, '分值'],
      [6, '正确答案'],
      [7, '难度'],
      [7, '选项C'],
      [8, '评分要点'],
    ]);
    expect(problems[0]!.message).toBe('第 3 行「正确答案」：答案 D 不在已填写的选项中');
    expect(problems[2]!.message).toContain('题型「问卷题」无效');
  });

  it('resolves tags given by codes or names against the standard', async () => {
    const buf = await workbook([
      {
        题型: '判断题',
        题干: '一',
        正确答案: '对',
        分值: 1,
        等级: '四级',
        职业功能: '4 业务处理',
        工作内容: '4.2',
        知识点: '4.2.1',
      },
      { 题型: '判断题', 题干: '二', 正确答案: '对', 分值: 1, 等级: '4', 工种: '网商', 知识点: '技能 4.2.1' },
      { 题型: '判断题', 题干: '三', 正确答案: '对', 分值: 1, 等级: '中级工', 职业功能: '业务处理' },
      { 题型: '判断题', 题干: '四', 正确答案: '对', 分值: 1, 等级: '五级', 职业功能: '职业道德' },
      { 题型: '判断题', 题干: '五', 正确答案: '对', 分值: 1, 等级: '四级', 职业功能: '4 客户服务' },
      { 题型: '判断题', 题干: '六', 正确答案: '对', 分值: 1, 职业功能: '业务处理' },
      { 题型: '判断题', 题干: '七', 正确答案: '对', 分值: 1, 等级: '四级', 工作内容: '9.9' },
      { 题型: '判断题', 题干: '八', 正确答案: '对', 分值: 1, 等级: '一级', 工种: '网商' },
    ]);
    const { drafts, problems } = await parseWorkbook(buf, { standard });
    expect(drafts.map((d) => d.tags)).toEqual([
      {
        standardVersionId: standard.versionId,
        level: 4,
        workType: '网商',
        functionId: 'L4/F4',
        contentId: 'L4/F4/C4.2',
        knowledgeId: 'L4/F4/C4.2/K4.2.1',
        basicItem: null,
      },
      expect.objectContaining({ workType: '网商', functionId: 'L4/F4', knowledgeId: 'L4/F4/C4.2/S4.2.1' }),
      expect.objectContaining({ level: 4, functionId: 'L4/F4', contentId: null }),
      expect.objectContaining({ level: 5, functionId: null, basicItem: '职业道德' }),
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [6, '职业功能'],
      [7, '等级'],
      [8, '工作内容'],
      [9, '工种'],
    ]);
    expect(problems[0]!.message).toContain('编号 4 对应的职业功能是「业务处理」，与填写的「客户服务」不一致');
  });

  it('reports a file that is not an xlsx instead of failing', async () => {
    const fake = Buffer.from('题型,题干\n单选题,这是 CSV 改了扩展名\n');
    const { problems } = await parseWorkbook(fake, { standard });
    expect(problems).toEqual([{ row: 0, column: '', message: expect.stringContaining('不是有效的 Excel') }]);
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]);
    expect((await parseWorkbook(broken, { standard })).problems[0]!.message).toContain('已损坏');
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await parseWorkbook(xls, { standard })).problems[0]!.message).toContain('.xls');
  });

  it('asks for the template when required headers are missing', async () => {
    const buf = await workbook([{ 题目: 'x' }], ['题目', '答案']);
    const { problems } = await parseWorkbook(buf, { standard });
    expect(problems.map((p) => p.column)).toEqual(['题型', '分值']);
  });

  it('refuses more rows than the limit', async () => {
    const rows = Array.from({ length: 4 }, (_, i) => ({ 题型: '判断题', 题干: `题${i}`, 正确答案: '对', 分值: 1 }));
    const { problems } = await parseWorkbook(await workbook(rows), { standard, maxRows: 3 });
    expect(problems).toEqual([{ row: 5, column: '', message: expect.stringContaining('最多导入 3 道题') }]);
  });
});

describe('buildTemplate', () => {
  it('has the headers, instructions, drop-downs and two example rows that are not imported', async () => {
    const buf = await buildTemplate({ standard });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(QUESTIONS_SHEET)!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 10)).toEqual([
      '题型',
      '题干',
      '选项A',
      '选项B',
      '选项C',
      '选项D',
      '选项E',
      '选项F',
      '选项G',
      '选项H',
    ]);
    expect(headers).toEqual(
      expect.arrayContaining([
        '正确答案',
        '分值',
        '难度',
        '等级',
        '工种',
        '职业功能',
        '工作内容',
        '知识点',
        '出处',
        '解析',
        '评分要点',
      ]),
    );
    expect(ws.rowCount).toBe(3);
    expect(ws.getCell('A2').dataValidation).toMatchObject({ type: 'list' });
    const help = wb.getWorksheet(HELP_SHEET)!;
    const text = help.getSheetValues().flat().join(' ');
    for (const word of ['单选题', '多选题', '判断题', '填空题', '简答题', '案例分析题', '“；”分隔', '“|”分隔'])
      expect(text).toContain(word);
    const parsed = await parseWorkbook(buf, { standard });
    expect(parsed.problems).toEqual([{ row: 0, column: '', message: expect.stringContaining('没有试题') }]);
  });
});

describe('exportWorkbook', () => {
  const drafts: QuestionDraft[] = [
    {
      type: 'single',
      stem: '<p>带 <b>格式</b> 的题干</p>',
      options: [
        { key: 'A', content: 'x &amp; y' },
        { key: 'B', content: '第一行<br>第二行' },
      ],
      answer: { type: 'single', key: 'B' },
      shuffleOptions: false,
      points: 2.5,
      difficulty: 2,
      tags: {
        standardVersionId: standard.versionId,
        level: 4,
        workType: '网商',
        functionId: 'L4/F4',
        contentId: 'L4/F4/C4.2',
        knowledgeId: 'L4/F4/C4.2/S4.2.1',
        basicItem: null,
      },
      source: '教材 第 3 章',
      explanation: '解析<br>第二行 &lt;',
    },
    {
      type: 'multiple',
      stem: '多选',
      options: ['A', 'B', 'C', 'D'].map((key) => ({ key: key as 'A', content: `选项 ${key}` })),
      answer: { type: 'multiple', keys: ['B', 'D'] },
      shuffleOptions: true,
      points: 3,
      difficulty: 5,
      tags: {
        standardVersionId: standard.versionId,
        level: 1,
        workType: null,
        functionId: null,
        contentId: null,
        knowledgeId: null,
        basicItem: '基础知识',
      },
      source: null,
      explanation: null,
    },
    {
      type: 'true_false',
      stem: '判断',
      options: [],
      answer: { type: 'true_false', value: true },
      shuffleOptions: false,
      points: 1,
      difficulty: 3,
      tags: null,
      source: null,
      explanation: null,
    },
    {
      type: 'fill_blank',
      stem: 'FOB 是____，CIF 是____。',
      options: [],
      answer: {
        type: 'fill_blank',
        blanks: [{ accepted: ['离岸价', 'FOB价'] }, { accepted: ['到岸价'] }],
        caseSensitive: true,
      },
      shuffleOptions: false,
      points: 2,
      difficulty: 3,
      tags: null,
      source: null,
      explanation: null,
    },
    {
      type: 'case_analysis',
      stem: '案例',
      options: [],
      answer: {
        type: 'case_analysis',
        reference: '参考<br>答案',
        rubric: [
          { criterion: '分析原因', points: 4 },
          { criterion: '措施', points: 6 },
        ],
      },
      shuffleOptions: false,
      points: 10,
      difficulty: 4,
      tags: {
        standardVersionId: standard.versionId,
        level: 3,
        workType: null,
        functionId: 'L3/F1',
        contentId: 'L3/F1/C1.1',
        knowledgeId: 'L3/F1/C1.1/K1.1.1',
        basicItem: null,
      },
      source: null,
      explanation: null,
    },
  ];

  it('re-imports to the same items', async () => {
    const buf = await exportWorkbook(drafts, { snapshots: new Map([[standard.versionId, standard.snapshot]]) });
    const parsed = await parseWorkbook(buf, { standard });
    expect(parsed.problems).toEqual([]);
    expect(parsed.drafts).toEqual(drafts);
  });
});
