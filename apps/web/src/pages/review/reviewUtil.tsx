import type { ReviewMaterialKind } from '@crossskill/contracts';
import { Tag } from 'antd';
import { type Bilingual, useI18n } from '../../i18n';
import { examTime } from '../exams/plans/planUtil';
import type { ReviewDefence } from './reviewApi';

export const KIND_LABELS: Record<ReviewMaterialKind, Bilingual> = {
  work_report: { zh: '工作总结/技术报告', en: 'Work report' },
  achievement: { zh: '业绩证明', en: 'Achievement' },
  other: { zh: '其他', en: 'Other' },
};

export function ReviewStatusTag({ status }: { status: 'none' | 'draft' | 'published' }) {
  const { pick } = useI18n();
  if (status === 'published') return <Tag color="green">{pick({ zh: '已发布', en: 'Published' })}</Tag>;
  if (status === 'draft') return <Tag color="gold">{pick({ zh: '草稿', en: 'Draft' })}</Tag>;
  return <Tag>{pick({ zh: '未设置', en: 'Not set up' })}</Tag>;
}

/** "2026-06-01 09:00–09:30 · 会议室 A" (Beijing time). */
export function defenceText(d: ReviewDefence | null, none: string): string {
  if (!d) return none;
  const end = examTime(d.endsAt).slice(11);
  return `${examTime(d.startsAt)}–${end} · ${d.location}`;
}

export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
