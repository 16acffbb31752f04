import { useCallback } from 'react';
import { type TVars, useLang } from '../../../i18n';

/** The skill-exam pages' texts, Chinese first (kept here so the pages stay out of the shared dictionaries). */
const TEXTS = {
  // setup
  partTitle: { zh: '技能考核设置：{name}', en: 'Skill exam setup: {name}' },
  partIntro: {
    zh: '技能考核采用模拟操作：每行对应技能考核权重表的一项职业功能，分值等于权重（%），每位考生从所选任务中随机抽取一题（参数按考生随机）。',
    en: 'The skill exam is a simulated operation: each row is a 职业功能 of the skill weight table worth its weight (%); every candidate draws one of the chosen tasks (parameters randomised per candidate).',
  },
  back: { zh: '返回计划', en: 'Back to the plan' },
  status: { zh: '状态', en: 'Status' },
  statusDraft: { zh: '草稿', en: 'Draft' },
  statusPublished: { zh: '已发布', en: 'Published' },
  notSaved: { zh: '尚未保存', en: 'Not saved yet' },
  weightItem: { zh: '职业功能', en: 'Function' },
  weight: { zh: '权重', en: 'Weight' },
  points: { zh: '分值', en: 'Points' },
  tasks: { zh: '抽题任务', en: 'Tasks to draw from' },
  pickTasks: { zh: '选择该项的实训任务', en: 'Pick tasks of this function' },
  noTasks: { zh: '没有该职业功能的已启用任务', en: 'No active task for this function' },
  blueprintSum: { zh: '合计 {sum} / 100', en: 'Total {sum} / 100' },
  startsAt: { zh: '开考时间（北京时间）', en: 'Start (Beijing time)' },
  duration: { zh: '考试时长（分钟）', en: 'Duration (minutes)' },
  durationHint: { zh: '不少于 90 分钟', en: 'At least 90 minutes' },
  lateEntry: { zh: '开考后可入场（分钟）', en: 'Late entry (minutes)' },
  examiners: { zh: '考评员', en: 'Examiners' },
  examinersHint: {
    zh: '考评员须为不少于 3 人的单数，且每 15 名考生不少于 1 名（当前通过审核的考生 {n} 人）',
    en: 'An odd number of at least 3 examiners, and at least 1 per 15 candidates ({n} approved candidates now)',
  },
  pickExaminers: { zh: '选择具有考评员角色的人员', en: 'Pick people with the examiner role' },
  noExaminers: { zh: '还没有考评员，请先在成员管理中添加', en: 'No examiners yet: add them under Members' },
  save: { zh: '保存', en: 'Save' },
  saved: { zh: '技能考核已保存', en: 'Skill exam saved' },
  publish: { zh: '发布技能考核', en: 'Publish the skill exam' },
  publishConfirm: {
    zh: '发布后考生可在开考时间进入技能考核，确定发布？',
    en: 'Candidates can enter the skill exam at its start once published. Publish?',
  },
  published: { zh: '技能考核已发布', en: 'Skill exam published' },
  staffing: { zh: '按当前人数，发布前还需解决：', en: 'At the current numbers, before publishing:' },
  loadTasksFailed: { zh: '任务加载失败', en: 'Could not load the tasks' },
  // lists
  pageTitle: { zh: '技能考核', en: 'Skill exams' },
  myTitle: { zh: '我的技能考核', en: 'My skill exams' },
  myNone: { zh: '暂无需要参加的技能考核', en: 'No skill exam to take' },
  plan: { zh: '鉴定计划', en: 'Exam plan' },
  level: { zh: '等级 / 工种', en: 'Level / work type' },
  levelN: { zh: '{n} 级', en: 'Level {n}' },
  time: { zh: '考试时间', en: 'Time' },
  window: { zh: '入场', en: 'Entry' },
  windowNotOpen: { zh: '未开始', en: 'Not open' },
  windowOpen: { zh: '可入场', en: 'Open' },
  windowClosed: { zh: '已结束', en: 'Closed' },
  attemptStatus: { zh: '考核状态', en: 'Attempt' },
  inProgress: { zh: '作答中', en: 'In progress' },
  submitted: { zh: '已交卷', en: 'Submitted' },
  final: { zh: '成绩已确认', en: 'Final' },
  notStarted: { zh: '未开始', en: 'Not started' },
  score: { zh: '成绩', en: 'Score' },
  passed: { zh: '合格', en: 'Pass' },
  failed: { zh: '不合格', en: 'Fail' },
  start: { zh: '开始考核', en: 'Start' },
  continue: { zh: '继续考核', en: 'Continue' },
  view: { zh: '查看', en: 'View' },
  partsTitle: { zh: '我负责的技能考核', en: 'Skill exams I work on' },
  partsNone: { zh: '暂无技能考核', en: 'No skill exams' },
  candidates: { zh: '考生', en: 'Candidates' },
  progress: { zh: '已交卷 / 已确认', en: 'Submitted / final' },
  role: { zh: '身份', en: 'Role' },
  asExaminer: { zh: '考评员', en: 'Examiner' },
  asStaff: { zh: '计划管理', en: 'Plan staff' },
  attempts: { zh: '考生作答', en: 'Attempts' },
  setup: { zh: '设置', en: 'Set up' },
  candidate: { zh: '考生', en: 'Candidate' },
  ticketNo: { zh: '准考证号', en: 'Ticket no.' },
  autoScore: { zh: '自动评分', en: 'Auto score' },
  overrides: { zh: '调整项', en: 'Overrides' },
  submittedAt: { zh: '交卷时间', en: 'Submitted at' },
  review: { zh: '评分', en: 'Review' },
  export: { zh: '导出 Excel', en: 'Export Excel' },
  noAttempts: { zh: '暂无考生作答', en: 'No attempts yet' },
  // attempt
  timeLeft: { zh: '剩余时间', en: 'Time left' },
  submit: { zh: '交卷', en: 'Submit' },
  submitTitle: { zh: '确认交卷？', en: 'Submit the exam?' },
  submitText: {
    zh: '交卷后不能再操作任何店铺。共 {runs} 项任务，已操作 {actions} 步。',
    en: 'After submitting you cannot operate any store. {runs} tasks, {actions} actions so far.',
  },
  submitOk: { zh: '确认交卷', en: 'Submit' },
  cancel: { zh: '取消', en: 'Cancel' },
  submittedTitle: { zh: '已交卷', en: 'Submitted' },
  submittedText: {
    zh: '交卷时间 {at}。成绩由考评员确认后公布。',
    en: 'Submitted at {at}. The result is published once the examiners confirm it.',
  },
  finalText: { zh: '成绩：{score} 分 · {passed}', en: 'Result: {score} · {passed}' },
  closedTitle: { zh: '考试时间已到', en: 'Time is up' },
  closedText: {
    zh: '考试已结束，店铺不能再操作，系统按时间收卷。',
    en: 'The exam is over; the stores can no longer be operated and the exam is collected at the deadline.',
  },
  backToList: { zh: '返回技能考核', en: 'Back to skill exams' },
  taskTab: { zh: '{title}（{points} 分）', en: '{title} ({points} pts)' },
  // review
  reviewTitle: { zh: '技能考核评分：{name}', en: 'Skill exam review: {name}' },
  instructions: { zh: '任务说明（含考生参数）', en: 'Instructions (with the candidate’s parameters)' },
  params: { zh: '考生参数', en: 'Parameters' },
  check: { zh: '评分项', en: 'Check' },
  result: { zh: '结果', en: 'Result' },
  awarded: { zh: '得分', en: 'Awarded' },
  detail: { zh: '判定依据', en: 'Detail' },
  feedback: { zh: '反馈', en: 'Feedback' },
  override: { zh: '调整', en: 'Override' },
  overrideTitle: { zh: '调整评分项：{check}', en: 'Override: {check}' },
  overridePoints: { zh: '调整后得分（0–{max}）', en: 'Points (0–{max})' },
  overrideReason: { zh: '调整理由（至少 5 个字）', en: 'Reason (at least 5 characters)' },
  overrideSave: { zh: '保存调整', en: 'Save override' },
  overrideSaved: { zh: '已调整，并记入审计日志', en: 'Overridden and audited' },
  overriddenBy: { zh: '{name} 于 {at} 调整为 {awarded} 分：{reason}', en: '{name} set {awarded} at {at}: {reason}' },
  reasonShort: { zh: '理由至少 5 个字', en: 'At least 5 characters' },
  autoTotal: { zh: '自动评分', en: 'Automatic' },
  afterOverrides: { zh: '调整后', en: 'After overrides' },
  rowScore: { zh: '折算 {scaled} / {points} 分', en: 'Scaled {scaled} / {points}' },
  taskScore: { zh: '任务得分 {awarded} / {total}', en: 'Task {awarded} / {total}' },
  totalScore: { zh: '总分', en: 'Total' },
  finalize: { zh: '确认成绩', en: 'Confirm the result' },
  finalizeConfirm: {
    zh: '确认后成绩公布给考生，评分项不能再调整。确定？',
    en: 'The result is then shown to the candidate and checks can no longer change. Confirm?',
  },
  finalized: { zh: '成绩已确认', en: 'Result confirmed' },
  notScorer: {
    zh: '只有该技能考核的考评员可以调整评分项和确认成绩；您可以查看评分与回放。',
    en: 'Only the examiners of this skill exam adjust checks and confirm the result; you can see the scoring and replays.',
  },
  replay: { zh: '回放', en: 'Replay' },
  replayTitle: { zh: '操作回放：{task}', en: 'Replay: {task}' },
  actions: { zh: '操作 {n} 步', en: '{n} actions' },
  // replay
  matches: { zh: '回放结果与存档一致 / matches the stored state', en: '回放结果与存档一致 / matches the stored state' },
  mismatch: {
    zh: '回放结果与存档不一致 / does not match the stored state',
    en: '回放结果与存档不一致 / does not match the stored state',
  },
  browserMatches: { zh: '浏览器重放一致', en: 'browser replay agrees' },
  browserMismatch: { zh: '浏览器重放不一致', en: 'browser replay differs' },
  step: { zh: '第 {n} / {total} 步', en: 'Step {n} / {total}' },
  initial: { zh: '初始状态', en: 'Initial state' },
  seq: { zh: '序号', en: 'Seq' },
  at: { zh: '时间', en: 'Time' },
  action: { zh: '操作', en: 'Action' },
  ok: { zh: '成功', en: 'OK' },
  refused: { zh: '被拒绝', en: 'Refused' },
  events: { zh: '结果', en: 'Events' },
  orders: { zh: '订单', en: 'Orders' },
  listings: { zh: '商品', en: 'Listings' },
  none: { zh: '无', en: 'None' },
  simDay: { zh: '模拟第 {day} 天 {time}', en: 'Sim day {day} {time}' },
} as const;

export type SkillTextKey = keyof typeof TEXTS;
export type Tx = (key: SkillTextKey, vars?: TVars) => string;

export function useTx(): Tx {
  const lang = useLang();
  return useCallback<Tx>(
    (key, vars) => {
      const text: string = TEXTS[key][lang];
      if (!vars) return text;
      return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
    },
    [lang],
  );
}

/** Points with at most two decimals, no trailing zeros. */
export function pts(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return String(Math.round(n * 100) / 100);
}
