import { useCallback } from 'react';
import { type TVars, useLang } from '../../i18n';

/** The ability report page's texts, Chinese first (kept here so the page stays out of the shared dictionaries). */
const TEXTS = {
  title: { zh: '能力评价报告', en: 'Ability evaluation report' },
  downloadPdf: { zh: '下载 PDF', en: 'Download PDF' },
  back: { zh: '返回', en: 'Back' },
  notAvailable: { zh: '暂不能查看能力评价报告', en: 'The ability report is not available' },
  candidate: { zh: '考生姓名', en: 'Candidate' },
  ticketNo: { zh: '准考证号', en: 'Ticket no.' },
  plan: { zh: '鉴定计划', en: 'Exam plan' },
  org: { zh: '鉴定机构', en: 'Assessment body' },
  occupation: { zh: '职业', en: 'Occupation' },
  level: { zh: '等级', en: 'Level' },
  workType: { zh: '工种', en: 'Work type' },
  noWorkType: { zh: '不分工种', en: 'No work types' },
  standard: { zh: '标准版本', en: 'Standard version' },
  theory: { zh: '理论知识', en: 'Theory' },
  skill: { zh: '技能考核', en: 'Skill' },
  review: { zh: '综合评审', en: 'Review' },
  published: { zh: '成绩发布', en: 'Results published' },
  notPublished: { zh: '未发布', en: 'Not published' },
  overall: { zh: '鉴定结果', en: 'Result' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
  pending: { zh: '待评定', en: 'Pending' },
  absent: { zh: '缺考', en: 'Absent' },
  notApplicable: { zh: '不适用', en: 'Not applicable' },
  radar: { zh: '职业功能能力雷达图', en: 'Ability per occupational function' },
  passLine: { zh: '合格线 {mark}%', en: 'Pass mark {mark}%' },
  ability: { zh: '能力', en: 'Ability' },
  functions: { zh: '职业功能能力一览', en: 'Occupational functions' },
  function: { zh: '职业功能', en: 'Function' },
  theoryScore: { zh: '理论得分', en: 'Theory' },
  skillScore: { zh: '技能得分', en: 'Skill' },
  band: { zh: '评价', en: 'Assessment' },
  strength: { zh: '优势', en: 'Strength' },
  adequate: { zh: '合格', en: 'Adequate' },
  weak: { zh: '待提升', en: 'To train' },
  strengths: { zh: '优势能力', en: 'Strengths' },
  noStrengths: { zh: '暂无达到 {mark}% 的职业功能', en: 'No function at {mark}% or above yet' },
  toTrain: { zh: '待提升能力与训练建议', en: 'What to train next' },
  practice: { zh: '仿真实训任务', en: 'Practice tasks' },
  noPractice: { zh: '暂无该职业功能的实训任务', en: 'No practice task for this function yet' },
  startPractice: { zh: '开始练习', en: 'Practise' },
  courses: { zh: '相关课程', en: 'Courses' },
  noCourses: { zh: '暂无覆盖该职业功能的课程', en: 'No course covers this function yet' },
  theoryRows: { zh: '理论知识各项得分', en: 'Theory by weight-table row' },
  skillRows: { zh: '技能考核各项得分', en: 'Skill by weight-table row' },
  item: { zh: '项目', en: 'Item' },
  weight: { zh: '权重', en: 'Weight' },
  paperPoints: { zh: '试卷分值', en: 'Paper points' },
  points: { zh: '分值', en: 'Points' },
  score: { zh: '得分', en: 'Score' },
  rate: { zh: '得分率', en: 'Rate' },
  task: { zh: '实训任务', en: 'Task' },
  note: {
    zh: '能力百分比按理论知识与技能考核中同一职业功能的分值加权计算；职业道德、基础知识仅考理论。',
    en: 'Ability = theory and skill points of the same occupational function combined; 职业道德 and 基础知识 are theory only.',
  },
} as const;

export type ReportTextKey = keyof typeof TEXTS;

export function useReportText() {
  const lang = useLang();
  return useCallback(
    (key: ReportTextKey, vars?: TVars) => {
      const text: string = TEXTS[key][lang];
      return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
    },
    [lang],
  );
}
