import { AUDIT_EVENTS, type AuditEvent } from '@crossskill/contracts';
import type { Bilingual, Lang } from '../../i18n';

/** Labels of the audit events; an event without one (added by a later module) shows its code. */
export const AUDIT_EVENT_LABELS: Partial<Record<AuditEvent, Bilingual>> = {
  'auth.login': { zh: '登录', en: 'Logged in' },
  'auth.login_failed': { zh: '登录失败', en: 'Login failed' },
  'auth.locked': { zh: '账号锁定', en: 'Account locked' },
  'auth.logout': { zh: '退出登录', en: 'Logged out' },
  'auth.register': { zh: '注册', en: 'Registered' },
  'auth.password_reset_requested': { zh: '申请重置密码', en: 'Password reset requested' },
  'auth.password_reset': { zh: '重置密码', en: 'Password reset' },
  'auth.password_changed': { zh: '修改密码', en: 'Password changed' },
  'auth.session_revoked': { zh: '下线登录设备', en: 'Session revoked' },
  'user.profile_updated': { zh: '修改个人资料', en: 'Profile updated' },
  'user.unlocked': { zh: '解除锁定', en: 'User unlocked' },
  'org.created': { zh: '创建组织', en: 'Organisation created' },
  'org.updated': { zh: '修改组织', en: 'Organisation updated' },
  'membership.granted': { zh: '授予角色', en: 'Role granted' },
  'membership.revoked': { zh: '移除角色', en: 'Role removed' },
  'standard.draft_created': { zh: '创建标准草稿', en: 'Standard draft created' },
  'standard.edited': { zh: '编辑标准', en: 'Standard edited' },
  'standard.published': { zh: '发布标准', en: 'Standard published' },
  'standard.discarded': { zh: '放弃标准草稿', en: 'Standard draft discarded' },
  'question.bulk_status_changed': { zh: '批量修改题目状态', en: 'Question statuses changed in bulk' },
  'exam_plan.created': { zh: '创建鉴定计划', en: 'Exam plan created' },
  'exam_plan.updated': { zh: '修改鉴定计划', en: 'Exam plan updated' },
  'exam_plan.deleted': { zh: '删除鉴定计划', en: 'Exam plan deleted' },
  'exam_plan.published': { zh: '发布鉴定计划', en: 'Exam plan published' },
  'exam_plan.finished': { zh: '结束鉴定计划', en: 'Exam plan finished' },
  'exam_plan.markers_set': { zh: '设置考评员', en: 'Markers set' },
  'exam_session.created': { zh: '创建考试场次', en: 'Exam session created' },
  'exam_session.updated': { zh: '修改考试场次', en: 'Exam session updated' },
  'exam_session.deleted': { zh: '删除考试场次', en: 'Exam session deleted' },
  'exam_session.seats_assigned': { zh: '安排座位并生成试卷', en: 'Seats assigned, papers generated' },
  'exam_registration.created': { zh: '考试报名', en: 'Registered for an exam' },
  'exam_registration.overridden': { zh: '破格通过报名审核', en: 'Eligibility overridden' },
  'exam_registration.withdrawn': { zh: '撤回报名', en: 'Registration withdrawn' },
  'exam.extra_time': { zh: '延长考试时间', en: 'Extra time given' },
  'exam.paused': { zh: '暂停考试', en: 'Exam paused' },
  'exam.resumed': { zh: '恢复考试', en: 'Exam resumed' },
  'exam.irregularity': { zh: '记录违纪/异常', en: 'Irregularity recorded' },
  'exam.force_submitted': { zh: '强制收卷', en: 'Forced submission' },
  'exam.marked': { zh: '评卷', en: 'Answer marked' },
  'exam.marking_distributed': { zh: '分配评卷任务', en: 'Marking distributed' },
  'sim_task.created': { zh: '创建实训任务', en: 'Simulation task created' },
  'sim_task.revised': { zh: '修订实训任务', en: 'Simulation task revised' },
  'sim_task.status_changed': { zh: '实训任务状态变更', en: 'Simulation task status changed' },
  'skill_part.saved': { zh: '保存技能考核安排', en: 'Skill exam saved' },
  'skill_part.published': { zh: '发布技能考核', en: 'Skill exam published' },
  'skill_attempt.started': { zh: '开始技能考核', en: 'Skill exam started' },
  'skill_attempt.submitted': { zh: '提交技能考核', en: 'Skill exam submitted' },
  'skill.check_overridden': { zh: '考评员调整评分项', en: 'Check overridden by examiner' },
  'skill_attempt.finalized': { zh: '确认技能考核成绩', en: 'Skill exam result confirmed' },
};

export function auditEventLabel(event: string, lang: Lang): string {
  return (isAuditEvent(event) ? AUDIT_EVENT_LABELS[event]?.[lang] : undefined) ?? event;
}

export function isAuditEvent(e: string): e is AuditEvent {
  return (AUDIT_EVENTS as readonly string[]).includes(e);
}
