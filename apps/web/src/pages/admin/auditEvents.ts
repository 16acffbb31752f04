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
};

export function auditEventLabel(event: string, lang: Lang): string {
  return (isAuditEvent(event) ? AUDIT_EVENT_LABELS[event]?.[lang] : undefined) ?? event;
}

export function isAuditEvent(e: string): e is AuditEvent {
  return (AUDIT_EVENTS as readonly string[]).includes(e);
}
