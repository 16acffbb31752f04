import type { ApiErrorDetail, Me, QuestionType } from '@crossskill/contracts';
import { Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { ExamPlanStatus, RegistrationStatus } from '../../../api/exam-plans';
import type { EligibilityResult } from '../../../api/standards';
import { type Lang, useI18n } from '../../../i18n';
import { isPlatformAdmin } from '../../../lib/access';
import { fieldNameOf } from '../../../lib/forms';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Exam times are shown (and entered) in China Standard Time whatever the browser's zone. */
export const EXAM_TZ = 'Asia/Shanghai';

/** "2026-06-01 09:00" in Asia/Shanghai. */
export function examTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.tz(EXAM_TZ).format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : iso;
}

/** "09:00–10:30" (same day) or the full end time. */
export function examSpan(startIso: string | null | undefined, minutes: number | null | undefined): string {
  if (!startIso) return '—';
  if (!minutes) return examTime(startIso);
  const start = dayjs(startIso).tz(EXAM_TZ);
  const end = start.add(minutes, 'minute');
  const sameDay = start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD');
  return `${start.format('YYYY-MM-DD HH:mm')}–${end.format(sameDay ? 'HH:mm' : 'YYYY-MM-DD HH:mm')}`;
}

/** A picker value (the browser's zone) read as a wall-clock time in Asia/Shanghai → ISO string. */
export function pickerToIso(v: Dayjs): string {
  return dayjs.tz(v.format('YYYY-MM-DD HH:mm'), EXAM_TZ).toISOString();
}

/** An ISO instant → a picker value whose wall clock is the Asia/Shanghai time. */
export function isoToPicker(iso: string): Dayjs {
  return dayjs(dayjs(iso).tz(EXAM_TZ).format('YYYY-MM-DD HH:mm'));
}

/** Item types in the order of a Chinese theory paper (判断 / 单选 / 多选 / 填空 / 简答 / 案例). */
export const SECTION_ORDER: readonly QuestionType[] = [
  'true_false',
  'single',
  'multiple',
  'fill_blank',
  'short_answer',
  'case_analysis',
];
export const DIFFICULTIES = [1, 2, 3, 4, 5] as const;
const DIFFICULTY_ZH = ['易', '较易', '中等', '较难', '难'];
const DIFFICULTY_EN = ['easy', 'fairly easy', 'medium', 'fairly hard', 'hard'];

export function difficultyName(d: number, lang: Lang): string {
  return (lang === 'zh' ? DIFFICULTY_ZH : DIFFICULTY_EN)[d - 1] ?? String(d);
}

const STATUS_COLOR: Record<ExamPlanStatus, string> = { draft: 'orange', published: 'green', finished: 'default' };

export function PlanStatusTag({ status }: { status: ExamPlanStatus }) {
  const { t } = useI18n();
  const text =
    status === 'draft'
      ? t('ep.status.draft')
      : status === 'published'
        ? t('ep.status.published')
        : t('ep.status.finished');
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={`plan-status-${status}`}>
      {text}
    </Tag>
  );
}

export function RegistrationStatusTag({ status }: { status: RegistrationStatus }) {
  const { t } = useI18n();
  if (status === 'approved') {
    return (
      <Tag color="success" data-testid="registration-status" data-status={status}>
        {t('ep.reg.approved')}
      </Tag>
    );
  }
  if (status === 'ineligible') {
    return (
      <Tag color="error" data-testid="registration-status" data-status={status}>
        {t('ep.reg.ineligible')}
      </Tag>
    );
  }
  return (
    <Tag data-testid="registration-status" data-status={status}>
      {t('ep.reg.withdrawn')}
    </Tag>
  );
}

/** The conditions a candidate lacks: the missing sentences of every clause (any one clause would do). */
export function missingReasons(result: EligibilityResult | null | undefined): string[] {
  if (!result || result.eligible) return [];
  return [...new Set(result.clauses.flatMap((c) => c.missing))];
}

/** "四级/中级工 · 跨境电子商务师". */
export function levelText(p: { levelName: string; workType: string | null }): string {
  return p.workType ? `${p.levelName} · ${p.workType}` : p.levelName;
}

/** Whether the user administers the organisation (institution admin) or the platform. */
export function isOrgAdmin(me: Me | null | undefined, orgId: string): boolean {
  if (!me) return false;
  return isPlatformAdmin(me) || me.memberships.some((m) => m.orgId === orgId && m.role === 'institution_admin');
}

/** Detail paths like "body.rooms.1.proctorIds" → ["rooms", 1, "proctorIds"]. */
export function detailPath(d: ApiErrorDetail): (string | number)[] {
  return fieldNameOf(d.field);
}
