import type { AuditEvent } from '@crossskill/contracts';
import type { Loc } from '@crossskill/simulation';
import type { Executor } from '../../../platform/db/index.js';
import { type AuthContext, isPlatformAdmin, type Lang } from '../../../platform/http/index.js';
import { recordAudit } from '../../audit/index.js';

/** Roles that author tasks and look after trainees' practice in their organisation. */
export const AUTHOR_ROLES = ['platform_admin', 'institution_admin', 'lecturer'] as const;

export const pickLoc = (lang: Lang, text: Loc) => (lang === 'en' ? text.en : text.zh);
export { pick } from '../shared.js';

/** Organisations in which the caller authors tasks (institution admin or lecturer). */
export const staffOrgIds = (auth: AuthContext) => [
  ...new Set(
    auth.memberships.filter((m) => m.role === 'institution_admin' || m.role === 'lecturer').map((m) => m.orgId),
  ),
];

export const memberOrgIds = (auth: AuthContext) => [...new Set(auth.memberships.map((m) => m.orgId))];

/** Task authors: platform admins, and institution admins / lecturers of some organisation. */
export const isAuthor = (auth: AuthContext) => isPlatformAdmin(auth) || staffOrgIds(auth).length > 0;

export const isStaffOf = (auth: AuthContext, orgId: string | null) =>
  isPlatformAdmin(auth) || (orgId !== null && staffOrgIds(auth).includes(orgId));

/** Records a simulation audit event inside the change's transaction. */
export function auditSim(
  exec: Executor,
  event: AuditEvent,
  entry: { actorUserId: string; orgId: string | null; ip?: string | null; details: object },
) {
  return recordAudit(exec, {
    event,
    actorUserId: entry.actorUserId,
    orgId: entry.orgId,
    ip: entry.ip ?? null,
    details: entry.details as Record<string, unknown>,
  });
}

/** Plain JSON copy: drops `undefined` fields the way a jsonb column would, so stored and computed values compare. */
export const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** `%` and `_` match themselves in a LIKE pattern; NUL cannot be sent to PostgreSQL in a text parameter. */
export const likePattern = (q: string) => `%${q.replace(/\0/g, '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
