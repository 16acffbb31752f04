import type { Role } from '@crossskill/contracts';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../platform/http/index.js';
import { organizations } from '../orgs/orgs.tables.js';
import { questionBanks } from './questionbank.tables.js';

/** Roles that may read an organisation's banks (and, in an institution, the platform's shared banks). */
export const BANK_READ_ROLES: readonly Role[] = ['institution_admin', 'lecturer', 'examiner'];
/** Roles that may change an organisation's banks and their items. */
export const BANK_EDIT_ROLES: readonly Role[] = ['institution_admin', 'lecturer'];

export type BankRow = typeof questionBanks.$inferSelect & {
  orgName: string;
  orgKind: 'platform' | 'institution' | 'enterprise';
};

export function canEditBank(auth: AuthContext, bank: Pick<BankRow, 'orgId'>): boolean {
  return (
    isPlatformAdmin(auth) || auth.memberships.some((m) => m.orgId === bank.orgId && BANK_EDIT_ROLES.includes(m.role))
  );
}

export function canReadBank(auth: AuthContext, bank: Pick<BankRow, 'orgId' | 'orgKind' | 'sharedWithInstitutions'>) {
  if (isPlatformAdmin(auth)) return true;
  if (auth.memberships.some((m) => m.orgId === bank.orgId && BANK_READ_ROLES.includes(m.role))) return true;
  return (
    bank.sharedWithInstitutions &&
    bank.orgKind === 'platform' &&
    auth.memberships.some((m) => m.orgKind === 'institution' && BANK_READ_ROLES.includes(m.role))
  );
}

/** A bank with its organisation's name and kind; 404 when absent. `forUpdate` locks the bank row. */
export async function loadBank(exec: Executor, bankId: string, forUpdate = false): Promise<BankRow> {
  const query = exec
    .select({ bank: questionBanks, orgName: organizations.name, orgKind: organizations.kind })
    .from(questionBanks)
    .innerJoin(organizations, eq(organizations.id, questionBanks.orgId))
    .where(eq(questionBanks.id, bankId))
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: questionBanks }) : await query;
  if (!row) throw new AppError('QUESTION_BANK_NOT_FOUND');
  return { ...row.bank, orgName: row.orgName, orgKind: row.orgKind };
}

/** The bank if the caller may read it: 404 when it does not exist, 403 when it is not theirs (nor shared). */
export async function assertCanReadBank(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  exec: Executor = ctx.db,
): Promise<BankRow> {
  const bank = await loadBank(exec, bankId);
  if (!canReadBank(auth, bank)) throw new AppError('FORBIDDEN');
  return bank;
}

/**
 * The bank if the caller may change it (its organisation's institution admin or lecturer, or a platform
 * admin): 404 when absent, 403 otherwise — a shared platform bank is read-only to institutions. Inside a
 * transaction pass it as `exec` (PGlite has one connection: a query outside the transaction would wait for
 * it); `lock` takes the bank row FOR UPDATE.
 */
export async function assertCanEditBank(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  exec: Executor = ctx.db,
  lock = false,
): Promise<BankRow> {
  const bank = await loadBank(exec, bankId, lock);
  if (!canEditBank(auth, bank)) throw new AppError('FORBIDDEN');
  return bank;
}
