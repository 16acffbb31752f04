import { useSyncExternalStore } from 'react';

/** The exam page's own small dictionary (the main app's i18n would pull its whole dictionary and antd locale). */

export type Lang = 'zh' | 'en';

const zh = {
  'app.title': '理论知识考试',
  'lang.switch': 'EN',
  'lang.switchLabel': 'Switch to English',
  'common.retry': '重试',
  'common.loading': '正在加载…',
  'common.cancel': '取消',
  'noAttempt.title': '请从「我的考试」打开考试',
  'noAttempt.text': '登录平台后，在「我的考试」中点击对应考试的「进入考试」链接。',
  'noAttempt.link': '前往我的考试',
  'error.network': '网络异常，无法连接服务器。',
  'error.server': '服务器暂时无法响应（{status}）。',
  'error.unknown': '发生未知错误。',
  'error.retrying': '正在自动重试…',
  'error.switchAccount': '切换账号',
  'login.title': '考生登录',
  'login.account': '账号（手机号 / 邮箱）',
  'login.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.required': '请输入账号和密码',
  'login.expired': '登录已过期，请重新登录。答案已暂存在本机，登录后自动提交。',
  'identity.title': '核对身份信息',
  'identity.hint': '请核对以下信息，确认无误后点击「确认身份」。如有错误，请举手联系监考员。',
  'identity.name': '姓名',
  'identity.idNumber': '身份证号',
  'identity.ticket': '准考证号',
  'identity.plan': '考试',
  'identity.session': '场次',
  'identity.time': '开考时间',
  'identity.duration': '考试时长',
  'identity.minutes': '{n} 分钟',
  'identity.room': '考场',
  'identity.seat': '座位号',
  'identity.confirm': '确认身份',
  'waiting.title': '候考室',
  'waiting.countdown': '距开考还有',
  'waiting.canStart': '考试已开始，请点击「开始答题」',
  'waiting.start': '开始答题',
  'waiting.starting': '正在进入…',
  'waiting.notYet': '未到开考时间',
  'waiting.entryClosed': '已停止入场',
  'waiting.entryClosesAt': '开考后 {n} 分钟停止入场（{time}）',
  'waiting.rulesTitle': '考场规则',
  'waiting.rule1': '考试时间以服务器时间为准，倒计时结束时系统自动收卷。',
  'waiting.rule2': '作答时答案自动保存；网络中断时答案暂存在本机，网络恢复后自动提交，请勿关闭页面。',
  'waiting.rule3': '请勿切换窗口、离开考试页面或粘贴外部内容，这些操作会被记录并提示监考员。',
  'waiting.rule4': '可随时标记需要复查的题目，交卷前请通过答题卡检查未答题目。',
  'waiting.rule5': '如遇设备或网络问题，请举手示意监考员。',
  'exam.timeLeft': '剩余时间',
  'exam.candidate': '考生',
  'exam.view.single': '逐题作答',
  'exam.view.all': '整卷作答',
  'exam.view.toSingle': '切换到逐题作答',
  'exam.view.toAll': '切换到整卷作答',
  'exam.prev': '上一题',
  'exam.next': '下一题',
  'exam.flag': '标记',
  'exam.flagged': '已标记',
  'exam.flagLabel': '标记本题以便复查',
  'exam.sheet': '答题卡',
  'exam.sheet.answered': '已答',
  'exam.sheet.unanswered': '未答',
  'exam.sheet.flagged': '标记',
  'exam.sheet.current': '当前',
  'exam.sheet.summary': '已答 {answered} / {total}',
  'exam.sheet.cellLabel': '第 {n} 题，{state}',
  'exam.item': '第 {n} 题',
  'exam.points': '{n} 分',
  'exam.true': '对',
  'exam.false': '错',
  'exam.blank': '第 {n} 空',
  'exam.textPlaceholder': '请在此作答',
  'exam.chars': '{n} 字',
  'exam.fullscreen': '进入全屏',
  'exam.submit': '交卷',
  'type.single': '单选题',
  'type.multiple': '多选题',
  'type.true_false': '判断题',
  'type.fill_blank': '填空题',
  'type.short_answer': '简答题',
  'type.case_analysis': '案例分析题',
  'save.allSaved': '全部已保存',
  'save.saving': '正在保存 {n} 处…',
  'save.retrying': '有 {n} 处未保存，正在重试',
  'save.offline': '网络已断开，答案已保存在本机，恢复后自动提交',
  'save.offlineNoStorage': '网络已断开，有 {n} 处未保存且本机无法暂存，请勿关闭页面',
  'save.rejected': '有 {n} 处未保存：{message}',
  'submit.title': '确认交卷',
  'submit.summary': '共 {total} 题，已答 {answered} 题，未答 {unanswered} 题，标记 {flagged} 题。',
  'submit.unansweredList': '未答：第 {list} 题',
  'submit.flaggedList': '标记：第 {list} 题',
  'submit.warning': '交卷后不能再修改答案。',
  'submit.pending': '还有 {n} 处答案未保存，正在保存，保存完成后才能交卷。',
  'submit.offline': '网络已断开，答案尚未全部提交到服务器，网络恢复后才能交卷。',
  'submit.back': '返回检查',
  'submit.confirm': '确认交卷',
  'submit.submitting': '正在交卷…',
  'done.submittedTitle': '已交卷',
  'done.submittedAt': '交卷时间：{time}',
  'done.submittedText': '您的答卷已提交。成绩发布后可在「我的考试」中查看。',
  'done.closedTitle': '考试已结束',
  'done.closedText': '本场考试已结束，答案不能再修改。',
  'done.lostSaves': '有 {n} 处修改未能在考试结束前保存到服务器。',
  'done.timeUpTitle': '考试时间到，答卷已由系统收取',
  'done.timeUpFlushing': '考试时间到，正在提交最后的答案…',
  'done.timeUpOffline': '考试时间到。网络已断开，未提交的答案保存在本机，网络恢复后立即提交，请勿关闭页面。',
  'done.back': '返回我的考试',
  'paused.title': '考试已暂停，请听从监考员安排',
  'paused.text': '暂停期间计时停止，恢复后可继续作答。',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.title': 'Theory exam',
  'lang.switch': '中文',
  'lang.switchLabel': '切换到中文',
  'common.retry': 'Retry',
  'common.loading': 'Loading…',
  'common.cancel': 'Cancel',
  'noAttempt.title': 'Open the exam from “My exams”',
  'noAttempt.text': 'Sign in to the platform and use the “Enter exam” link of your exam in “My exams”.',
  'noAttempt.link': 'Go to My exams',
  'error.network': 'Network problem: the server cannot be reached.',
  'error.server': 'The server is not responding right now ({status}).',
  'error.unknown': 'Something went wrong.',
  'error.retrying': 'Retrying automatically…',
  'error.switchAccount': 'Switch account',
  'login.title': 'Candidate sign-in',
  'login.account': 'Account (mobile / email)',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.required': 'Enter your account and password',
  'login.expired': 'Your session expired; please sign in again. Your answers are kept on this device and sent after.',
  'identity.title': 'Confirm your identity',
  'identity.hint': 'Check the details below and press “Confirm identity”. If anything is wrong, raise your hand.',
  'identity.name': 'Name',
  'identity.idNumber': 'ID number',
  'identity.ticket': 'Ticket no.',
  'identity.plan': 'Exam',
  'identity.session': 'Session',
  'identity.time': 'Starts at',
  'identity.duration': 'Duration',
  'identity.minutes': '{n} minutes',
  'identity.room': 'Room',
  'identity.seat': 'Seat',
  'identity.confirm': 'Confirm identity',
  'waiting.title': 'Waiting room',
  'waiting.countdown': 'The exam starts in',
  'waiting.canStart': 'The exam has started: press “Start”',
  'waiting.start': 'Start',
  'waiting.starting': 'Starting…',
  'waiting.notYet': 'Not yet time to start',
  'waiting.entryClosed': 'Entry closed',
  'waiting.entryClosesAt': 'Entry closes {n} minutes after the start ({time})',
  'waiting.rulesTitle': 'Exam rules',
  'waiting.rule1': 'The server’s clock rules; when the countdown ends the system collects your paper.',
  'waiting.rule2':
    'Answers are saved as you go; if the network drops they are kept on this device and sent when it returns. Do not close the page.',
  'waiting.rule3':
    'Do not switch windows, leave the exam page or paste outside content: these are logged and shown to the proctor.',
  'waiting.rule4': 'Flag items to review later; check the answer sheet for unanswered items before you submit.',
  'waiting.rule5': 'If your device or network fails, raise your hand.',
  'exam.timeLeft': 'Time left',
  'exam.candidate': 'Candidate',
  'exam.view.single': 'One question',
  'exam.view.all': 'Whole paper',
  'exam.view.toSingle': 'Switch to one question at a time',
  'exam.view.toAll': 'Switch to the whole paper',
  'exam.prev': 'Previous',
  'exam.next': 'Next',
  'exam.flag': 'Flag',
  'exam.flagged': 'Flagged',
  'exam.flagLabel': 'Flag this item for review',
  'exam.sheet': 'Answer sheet',
  'exam.sheet.answered': 'Answered',
  'exam.sheet.unanswered': 'Unanswered',
  'exam.sheet.flagged': 'Flagged',
  'exam.sheet.current': 'Current',
  'exam.sheet.summary': 'Answered {answered} / {total}',
  'exam.sheet.cellLabel': 'Item {n}, {state}',
  'exam.item': 'Item {n}',
  'exam.points': '{n} pts',
  'exam.true': 'True',
  'exam.false': 'False',
  'exam.blank': 'Blank {n}',
  'exam.textPlaceholder': 'Write your answer here',
  'exam.chars': '{n} characters',
  'exam.fullscreen': 'Full screen',
  'exam.submit': 'Submit',
  'type.single': 'Single choice',
  'type.multiple': 'Multiple choice',
  'type.true_false': 'True / false',
  'type.fill_blank': 'Fill in the blanks',
  'type.short_answer': 'Short answer',
  'type.case_analysis': 'Case analysis',
  'save.allSaved': 'All saved',
  'save.saving': 'Saving {n}…',
  'save.retrying': '{n} not saved yet, retrying',
  'save.offline': 'Offline: answers are kept on this device and sent when the network returns',
  'save.offlineNoStorage': 'Offline: {n} changes are not saved and this device cannot keep them; do not close the page',
  'save.rejected': '{n} not saved: {message}',
  'submit.title': 'Submit your paper',
  'submit.summary': '{total} items: {answered} answered, {unanswered} unanswered, {flagged} flagged.',
  'submit.unansweredList': 'Unanswered: {list}',
  'submit.flaggedList': 'Flagged: {list}',
  'submit.warning': 'After submitting you can no longer change your answers.',
  'submit.pending': '{n} changes are still being saved; you can submit once they are.',
  'submit.offline': 'Offline: not every answer has reached the server yet; you can submit when the network returns.',
  'submit.back': 'Back to the paper',
  'submit.confirm': 'Submit',
  'submit.submitting': 'Submitting…',
  'done.submittedTitle': 'Submitted',
  'done.submittedAt': 'Submitted at {time}',
  'done.submittedText': 'Your paper has been submitted. Results appear in “My exams” once published.',
  'done.closedTitle': 'The exam has ended',
  'done.closedText': 'This exam is closed; answers can no longer change.',
  'done.lostSaves': '{n} changes did not reach the server before the exam closed.',
  'done.timeUpTitle': 'Time is up: the system has collected your paper',
  'done.timeUpFlushing': 'Time is up: sending your last answers…',
  'done.timeUpOffline':
    'Time is up. You are offline: unsent answers are kept on this device and sent as soon as the network returns; do not close the page.',
  'done.back': 'Back to My exams',
  'paused.title': 'The exam is paused: please follow the proctor’s instructions',
  'paused.text': 'The clock stops while paused; you can continue once the exam resumes.',
};

const DICTS: Record<Lang, Record<MessageKey, string>> = { zh, en };
/** Same key as the main app, so the choice carries over. */
const STORAGE_KEY = 'cs_lang';

function stored(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let current: Lang = stored();
const listeners = new Set<() => void>();

function applyDocumentLang(): void {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
}

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyDocumentLang();
  for (const l of listeners) l();
}

export function acceptLanguage(): string {
  return current === 'zh' ? 'zh-CN,zh;q=0.9,en;q=0.5' : 'en,zh-CN;q=0.5';
}

export type TVars = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, vars?: TVars): string {
  const text = DICTS[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function t(key: MessageKey, vars?: TVars): string {
  return translate(current, key, vars);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language; components re-render when it changes. */
export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang, getLang);
}

export function initLang(): void {
  applyDocumentLang();
}

/** Date-time in the UI language, e.g. 2026/5/12 09:00. */
export function formatDateTime(ms: number, lang: Lang = current): string {
  return new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatTime(ms: number, lang: Lang = current): string {
  return new Date(ms).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}
