import { z } from 'zod';

export const AUDIT_EVENTS = [
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.logout',
  'auth.register',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.password_changed',
  'auth.session_revoked',
  'user.profile_updated',
  'user.unlocked',
  'org.created',
  'org.updated',
  'membership.granted',
  'membership.revoked',
  'standard.draft_created',
  'standard.edited',
  'standard.published',
  'standard.discarded',
  'question_bank.created',
  'question_bank.updated',
  'question_bank.deleted',
  'question.status_changed',
  'question.bulk_tagged',
  'question.bulk_created',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: z.string(),
  event: z.string(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  subjectUserId: z.uuid().nullable(),
  orgId: z.uuid().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  event: z.string().max(60).optional(),
  userId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const notificationSchema = z.object({
  id: z.uuid(),
  channel: z.enum(['sms', 'email']),
  recipient: z.string(),
  template: z.string(),
  body: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
