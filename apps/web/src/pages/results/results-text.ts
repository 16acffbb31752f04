import { type TVars, usePageTexts } from '../../i18n';

/** The results and appeals pages' texts, Chinese first (kept here so the pages stay out of the shared dictionaries). */
const TEXTS = {
  finalResults: { zh: '成绩发布', en: 'Final results' },
  myResults: { zh: '我的成绩', en: 'My results' },
  appealTasks: { zh: '复核任务', en: 'Appeal re-marking' },
  plan: { zh: '鉴定计划', en: 'Exam plan' },
  org: { zh: '机构', en: 'Institution' },
  level: { zh: '等级', en: 'Level' },
  workType: { zh: '工种', en: 'Work type' },
  candidates: { zh: '考生', en: 'Candidates' },
  published: { zh: '已发布', en: 'Published' },
  notPublished: { zh: '未发布', en: 'Not published' },
  publication: { zh: '发布状态', en: 'Publication' },
  appealUntil: { zh: '复核截止', en: 'Appeals until' },
  appealWindow: { zh: '复核申请期', en: 'Appeal window' },
  windowText: { zh: '{from} 至 {until}', en: '{from} to {until}' },
  windowOpen: { zh: '申请期内', en: 'Open' },
  windowClosed: { zh: '已截止', en: 'Closed' },
  windowClosedHint: {
    zh: '复核申请期为 {from} 至 {until}，当前不在申请期内',
    en: 'Appeals are accepted from {from} to {until}; the window is not open now',
  },
  openAppeals: { zh: '待处理复核', en: 'Open appeals' },
  passedCount: { zh: '合格人数', en: 'Passed' },
  open: { zh: '查看', en: 'Open' },
  back: { zh: '返回列表', en: 'Back to the list' },
  noPlans: { zh: '暂无鉴定计划', en: 'No exam plans' },
  refresh: { zh: '刷新', en: 'Refresh' },
  // components and states
  theory: { zh: '理论知识', en: 'Theory' },
  skill: { zh: '操作技能', en: 'Skill' },
  review: { zh: '综合评审', en: 'Review' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
  absent: { zh: '缺考', en: 'Absent' },
  marking: { zh: '评分中', en: 'Being marked' },
  overall: { zh: '结论', en: 'Result' },
  passMark: { zh: '合格线 {n} 分', en: 'Pass mark {n}' },
  ticketNo: { zh: '准考证号', en: 'Ticket no.' },
  name: { zh: '姓名', en: 'Name' },
  report: { zh: '能力评价报告', en: 'Ability report' },
  // summary
  preview: {
    zh: '成绩尚未发布：以下为实时预览，发布后成绩冻结，考生可在复核期内申请复核。',
    en: 'Not published yet: this is a live preview. Publishing freezes the results and opens the appeal window.',
  },
  publishedAt: {
    zh: '已于 {at} 发布（{by}），复核申请期至 {until}',
    en: 'Published {at} ({by}); appeals until {until}',
  },
  statCandidates: { zh: '考生人数', en: 'Candidates' },
  statPassed: { zh: '合格', en: 'Passed' },
  statRate: { zh: '合格率', en: 'Pass rate' },
  statNotReady: { zh: '评分中', en: 'Being marked' },
  chartTitle: { zh: '各科目结果分布', en: 'Results per component' },
  people: { zh: '人', en: '' },
  // publish
  publish: { zh: '发布成绩', en: 'Publish results' },
  publishTitle: { zh: '发布成绩', en: 'Publish the results' },
  publishIntro: {
    zh: '发布后成绩冻结并向考生公开；考生可在复核期内对各科目申请复核。发布后不能撤回。',
    en: 'Publishing freezes the results and shows them to the candidates, who may appeal within the review period. It cannot be undone.',
  },
  appealDays: { zh: '复核期（天）', en: 'Review period (days)' },
  publishBlocked: {
    zh: '还有 {n} 名考生的成绩在评分中，评定完成后才能发布',
    en: '{n} candidate(s) still being marked',
  },
  publishedOk: { zh: '成绩已发布', en: 'Results published' },
  exportXlsx: { zh: '导出 Excel', en: 'Export Excel' },
  tabResults: { zh: '成绩', en: 'Results' },
  tabAppeals: { zh: '复核申请', en: 'Appeals' },
  // appeals
  component: { zh: '科目', en: 'Component' },
  reason: { zh: '申请理由', en: 'Reason' },
  status: { zh: '状态', en: 'Status' },
  submitted: { zh: '待指派', en: 'Submitted' },
  assigned: { zh: '复核中', en: 'Being re-marked' },
  decided: { zh: '已决定', en: 'Decided' },
  upheld: { zh: '维持原成绩', en: 'Upheld' },
  changed: { zh: '更改成绩', en: 'Changed' },
  submittedAt: { zh: '申请时间', en: 'Submitted' },
  assignee: { zh: '复核人员', en: 'Re-marker' },
  assign: { zh: '指派', en: 'Assign' },
  reassign: { zh: '改派', en: 'Reassign' },
  assignTitle: { zh: '指派复核人员', en: 'Assign a re-marker' },
  assignHint: {
    zh: '复核人员须为本机构或平台的考评员、评审委员或讲师，且不能是申请人本人或原评分人员。',
    en: 'The re-marker is an examiner, review member or lecturer of the institution or the platform, neither the candidate nor an original scorer.',
  },
  assignedOk: { zh: '已指派', en: 'Assigned' },
  excluded: { zh: '不可指派', en: 'Excluded' },
  decision: { zh: '复核结果', en: 'Decision' },
  scoreChange: { zh: '{from} → {to}', en: '{from} → {to}' },
  noAppeals: { zh: '暂无复核申请', en: 'No appeals' },
  // candidate
  noResults: { zh: '暂无已发布的成绩', en: 'No published results yet' },
  appeal: { zh: '申请复核', en: 'Appeal' },
  appealTitle: { zh: '申请复核', en: 'Appeal a score' },
  appealHint: {
    zh: '复核由未参与原评分的人员重新评定，结果及理由将在此显示。每个科目同时只能有一项处理中的申请。',
    en: 'Someone who did not mark the original re-marks it; the outcome and reasons appear here. One open appeal per component.',
  },
  reasonPlaceholder: { zh: '请说明申请复核的理由（至少 10 个字）', en: 'Why do you appeal? (at least 10 characters)' },
  appealOk: { zh: '复核申请已提交', en: 'Appeal submitted' },
  myAppeals: { zh: '复核记录', en: 'Appeals' },
  myCertificates: { zh: '我的证书', en: 'My certificates' },
  passedBanner: { zh: '鉴定合格', en: 'Passed' },
  failedBanner: { zh: '鉴定不合格', en: 'Not passed' },
  // re-marker
  noTasks: { zh: '暂无复核任务', en: 'No appeals assigned to you' },
  currentScore: { zh: '当前成绩', en: 'Current score' },
  breakdown: { zh: '评分明细', en: 'Breakdown' },
  item: { zh: '项目', en: 'Item' },
  points: { zh: '分值', en: 'Points' },
  score: { zh: '得分', en: 'Score' },
  comment: { zh: '说明', en: 'Note' },
  outcome: { zh: '复核决定', en: 'Outcome' },
  newScore: { zh: '复核后成绩', en: 'New score' },
  decisionReason: { zh: '决定理由', en: 'Reasons' },
  decisionReasonPlaceholder: {
    zh: '请写明复核意见和理由（至少 10 个字）',
    en: 'Your findings and reasons (at least 10 characters)',
  },
  decide: { zh: '提交复核决定', en: 'Submit decision' },
  decidedOk: { zh: '复核决定已提交', en: 'Decision submitted' },
  pickTask: { zh: '请从左侧选择一项复核任务', en: 'Pick an appeal on the left' },
  candidateReason: { zh: '考生申请理由', en: 'The candidate’s reason' },
} as const;

export type ResultsTextKey = keyof typeof TEXTS;
export type RTx = (key: ResultsTextKey, vars?: TVars) => string;

export function useRTx(): RTx {
  return usePageTexts(TEXTS);
}

/** Points with at most two decimals, no trailing zeros. */
export function pts(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return String(Math.round(n * 100) / 100);
}
