import type { AuditEvent } from '@crossskill/contracts';
import { type Level, nationalLevel } from '@crossskill/standards';
import { count, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin, type Lang } from '../../../platform/http/index.js';
import { recordAudit } from '../../audit/index.js';
import { organizations } from '../../orgs/orgs.tables.js';
import { examAttempts, examPlans } from '../exams.tables.js';

export type PlanRow = typeof examPlans.$inferSelect;
export type LoadedPlan = PlanRow & { orgName: string; orgKind: 'platform' | 'institution' | 'enterprise' };

/** Plan staff: the organisation's institution admin and lecturers (and platform admins). */
export const isPlanStaff = (auth: AuthContext, orgId: string) =>
  isPlatformAdmin(auth) ||
  auth.memberships.some((m) => m.orgId === orgId && (m.role === 'institution_admin' || m.role === 'lecturer'));

/** Plan administration (sessions, seats, overrides, markers, publishing): the institution admin. */
export const isPlanAdmin = (auth: AuthContext, orgId: string) =>
  isPlatformAdmin(auth) || auth.memberships.some((m) => m.orgId === orgId && m.role === 'institution_admin');

/** The plan with its organisation; 404 when absent. `lock` takes the plan row FOR UPDATE. */
export async function loadPlan(exec: Executor, planId: string, lock = false): Promise<LoadedPlan> {
  const q = exec
    .select({ plan: examPlans, orgName: organizations.name, orgKind: organizations.kind })
    .from(examPlans)
    .innerJoin(organizations, eq(organizations.id, examPlans.orgId))
    .where(eq(examPlans.id, planId))
    .limit(1);
  const [row] = lock ? await q.for('update', { of: examPlans }) : await q;
  if (!row) throw new AppError('EXAM_PLAN_NOT_FOUND');
  return { ...row.plan, orgName: row.orgName, orgKind: row.orgKind };
}

/**
 * The plan if the caller is its staff (`admin`: its institution admin). Someone outside the plan's
 * organisation gets 404 (the plan's existence is not revealed); a lecturer asking for an admin action 403.
 */
export async function planFor(
  exec: Executor,
  auth: AuthContext,
  planId: string,
  opts: { admin?: boolean; lock?: boolean } = {},
): Promise<LoadedPlan> {
  const plan = await loadPlan(exec, planId, opts.lock);
  if (!isPlanStaff(auth, plan.orgId)) throw new AppError('EXAM_PLAN_NOT_FOUND');
  if (opts.admin && !isPlanAdmin(auth, plan.orgId)) throw new AppError('FORBIDDEN');
  return plan;
}

/** Whether any attempt (paper) exists for the plan: its blueprint and rules are then frozen. */
export async function planHasAttempts(exec: Executor, planId: string): Promise<boolean> {
  const [row] = await exec.select({ n: count() }).from(examAttempts).where(eq(examAttempts.planId, planId)).limit(1);
  return (row?.n ?? 0) > 0;
}

export const assertNotFinished = (plan: PlanRow) => {
  if (plan.status === 'finished') throw new AppError('EXAM_PLAN_FINISHED');
};

/** e.g. 四级/中级工 */
export const levelName = (level: number) => nationalLevel(level as Level).name;

export const DIFFICULTY_LABELS: Record<number, { zh: string; en: string }> = {
  1: { zh: '易', en: 'easy' },
  2: { zh: '较易', en: 'fairly easy' },
  3: { zh: '中等', en: 'medium' },
  4: { zh: '较难', en: 'fairly hard' },
  5: { zh: '难', en: 'hard' },
};

export const pick = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

/** Records an exam-plan audit event (inside the change's transaction; events listed in contracts/audit.ts). */
export function auditExam(
  exec: Executor,
  event: AuditEvent,
  entry: { actorUserId: string; orgId: string; subjectUserId?: string | null; ip?: string | null; details: object },
) {
  return recordAudit(exec, {
    event,
    actorUserId: entry.actorUserId,
    subjectUserId: entry.subjectUserId ?? null,
    orgId: entry.orgId,
    ip: entry.ip ?? null,
    details: entry.details as Record<string, unknown>,
  });
}

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
