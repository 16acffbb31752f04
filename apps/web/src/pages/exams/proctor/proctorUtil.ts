import type {
  CONNECTION_STATE_LABELS as CONTRACT_CONNECTION_LABELS,
  IRREGULARITY_KIND_LABELS as CONTRACT_IRREGULARITY_LABELS,
  PROCTOR_CANDIDATE_STATUS_LABELS as CONTRACT_STATUS_LABELS,
  IntegritySignal,
} from '@crossskill/contracts';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useEffect, useState } from 'react';
import type { ConnectionState, IrregularityKind, ProctorCandidateStatus } from '../../../api/exam-staff';
import type { Bilingual, Lang } from '../../../i18n';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Exam times are shown in China Standard Time whatever the browser's zone (as on the plan pages). */
const EXAM_TZ = 'Asia/Shanghai';

// Spelled out (the contracts' labels are only type-checked against): these pages import no contract values.

export const CANDIDATE_STATUS_LABELS = {
  not_started: { zh: '未开始', en: 'Not started' },
  identity_confirmed: { zh: '已确认身份', en: 'Identity confirmed' },
  in_progress: { zh: '作答中', en: 'Answering' },
  paused: { zh: '已暂停', en: 'Paused' },
  submitted: { zh: '已交卷', en: 'Submitted' },
} as const satisfies typeof CONTRACT_STATUS_LABELS;

export const CANDIDATE_STATUS_COLORS: Record<ProctorCandidateStatus, string> = {
  not_started: 'default',
  identity_confirmed: 'cyan',
  in_progress: 'processing',
  paused: 'warning',
  submitted: 'success',
};

export const CONNECTION_LABELS = {
  online: { zh: '在线', en: 'Online' },
  unstable: { zh: '不稳定', en: 'Unstable' },
  offline: { zh: '离线', en: 'Offline' },
} as const satisfies typeof CONTRACT_CONNECTION_LABELS;

/** Connection dot colours: green online, orange unstable, red offline, grey never seen. */
export const CONNECTION_COLORS: Record<ConnectionState | 'never', string> = {
  online: '#52c41a',
  unstable: '#fa8c16',
  offline: '#f5222d',
  never: '#bfbfbf',
};

export const IRREGULARITY_KINDS = ['cheating_suspected', 'device_problem', 'left_seat', 'other'] as const;
export const IRREGULARITY_LABELS = {
  cheating_suspected: { zh: '疑似作弊', en: 'Suspected cheating' },
  device_problem: { zh: '设备故障', en: 'Device problem' },
  left_seat: { zh: '离开座位', en: 'Left the seat' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies typeof CONTRACT_IRREGULARITY_LABELS;
export type { IrregularityKind };

export const SIGNALS = ['blur', 'paste', 'fullscreen_exit'] as const satisfies readonly IntegritySignal[];
export const SIGNAL_LABELS: Record<IntegritySignal, Bilingual> = {
  blur: { zh: '切屏', en: 'Left window' },
  paste: { zh: '粘贴', en: 'Paste' },
  fullscreen_exit: { zh: '退出全屏', en: 'Left full screen' },
};

/** The event log's kinds (exam_events.kind); unknown kinds are shown as they are. */
export const EVENT_KIND_LABELS: Record<string, Bilingual> = {
  blur: { zh: '离开考试窗口', en: 'Left the exam window' },
  paste: { zh: '粘贴', en: 'Paste' },
  fullscreen_exit: { zh: '退出全屏', en: 'Left full screen' },
  offline: { zh: '网络断开', en: 'Went offline' },
  online: { zh: '网络恢复', en: 'Back online' },
  identity_confirmed: { zh: '确认身份', en: 'Identity confirmed' },
  started: { zh: '开始作答', en: 'Started' },
  submitted: { zh: '交卷', en: 'Submitted' },
  deadline_closed: { zh: '到时自动交卷', en: 'Closed at the deadline' },
  late_save_refused: { zh: '超时保存被拒绝', en: 'Late save refused' },
  extra_time: { zh: '延长时间', en: 'Extra time' },
  pause: { zh: '暂停考试', en: 'Paused' },
  resume: { zh: '恢复考试', en: 'Resumed' },
  irregularity: { zh: '记录违纪/异常', en: 'Irregularity recorded' },
  force_submit: { zh: '强制收卷', en: 'Forced submission' },
};

/** Timeline colours of the event kinds. */
export function eventColor(kind: string): string {
  if (kind === 'blur' || kind === 'paste' || kind === 'fullscreen_exit') return 'orange';
  if (kind === 'late_save_refused' || kind === 'irregularity' || kind === 'force_submit') return 'red';
  if (kind === 'offline') return 'gray';
  if (kind === 'submitted' || kind === 'deadline_closed' || kind === 'online' || kind === 'started') return 'green';
  return 'blue';
}

/** A clock that ticks every `ms` (for countdowns and "5 秒前"). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(id);
  }, [ms]);
  return now;
}

/** 1:05:09 / 05:09; negative → 0. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** "5 秒前" / "3 分钟前" / "5 s ago". */
export function formatAgo(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.round(seconds));
  if (lang === 'zh') {
    if (s < 60) return `${s} 秒前`;
    if (s < 3600) return `${Math.floor(s / 60)} 分钟前`;
    return `${Math.floor(s / 3600)} 小时前`;
  }
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  return `${Math.floor(s / 3600)} h ago`;
}

/** HH:mm (China Standard Time, as every exam time of the platform) of an ISO time. */
export function formatClock(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.tz(EXAM_TZ).format(withSeconds ? 'HH:mm:ss' : 'HH:mm') : iso;
}

/** The day of an ISO time in China Standard Time, e.g. 2026-06-01. */
export function examDay(iso: string | number): string {
  return dayjs(iso).tz(EXAM_TZ).format('YYYY-MM-DD');
}

export function isSameExamDay(iso: string, now: number): boolean {
  return examDay(iso) === examDay(now);
}

/**
 * When an event happened, for the log. What the candidate's page reports (signals, offline / online) is sent in
 * batches — an outage's `offline` only arrives once the network is back — so its own time (`clientAt`, on the
 * server-synced page clock) is the one to show; `late` says it reached the server more than 5 s after, so the
 * server's time is worth showing too. A page time after the server's is not believed.
 */
export function eventWhen(e: { at: string; clientAt: string | null }): { at: string; late: boolean } {
  const server = Date.parse(e.at);
  const page = e.clientAt ? Date.parse(e.clientAt) : Number.NaN;
  if (!e.clientAt || Number.isNaN(page) || Number.isNaN(server) || page > server) return { at: e.at, late: false };
  return { at: e.clientAt, late: server - page > 5000 };
}
