import type { QuestionBank } from '@crossskill/contracts';
import { and, asc, count, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { type Executor, uniqueViolation } from '../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { organizations } from '../orgs/orgs.tables.js';
import { assertCanEditBank, assertCanReadBank, BANK_READ_ROLES, type BankRow, canEditBank } from './bank-access.js';
import { questionBanks, questions } from './questionbank.tables.js';

function toBank(auth: AuthContext, b: BankRow, questionCount: number): QuestionBank {
  return {
    id: b.id,
    orgId: b.orgId,
    orgName: b.orgName,
    name: b.name,
    description: b.description,
    sharedWithInstitutions: b.sharedWithInstitutions,
    questionCount,
    canEdit: canEditBank(auth, b),
    createdAt: b.createdAt.toISOString(),
  };
}

async function countQuestions(exec: Executor, bankId: string): Promise<number> {
  const [row] = await exec.select({ n: count() }).from(questions).where(eq(questions.bankId, bankId));
  return row?.n ?? 0;
}

async function mapName<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (uniqueViolation(err) === 'question_banks_org_name') throw new AppError('QUESTION_BANK_NAME_TAKEN');
    throw err;
  }
}

/** Banks of the caller's organisations (staff roles), plus the platform banks shared with institutions. */
export async function listBanks(exec: Executor, auth: AuthContext): Promise<QuestionBank[]> {
  let where: SQL | undefined;
  if (!isPlatformAdmin(auth)) {
    const readable = auth.memberships.filter((m) => BANK_READ_ROLES.includes(m.role));
    const orgIds = [...new Set(readable.map((m) => m.orgId))];
    const conds: SQL[] = [];
    if (orgIds.length > 0) conds.push(inArray(questionBanks.orgId, orgIds));
    if (readable.some((m) => m.orgKind === 'institution')) {
      conds.push(and(eq(questionBanks.sharedWithInstitutions, true), eq(organizations.kind, 'platform'))!);
    }
    if (conds.length === 0) return [];
    where = or(...conds);
  }
  const counts = exec
    .select({ bankId: questions.bankId, n: count().as('n') })
    .from(questions)
    .groupBy(questions.bankId)
    .as('counts');
  const rows = await exec
    .select({
      bank: questionBanks,
      orgName: organizations.name,
      orgKind: organizations.kind,
      n: sql<number>`coalesce(${counts.n}, 0)::int`,
    })
    .from(questionBanks)
    .innerJoin(organizations, eq(organizations.id, questionBanks.orgId))
    .leftJoin(counts, eq(counts.bankId, questionBanks.id))
    .where(where)
    .orderBy(asc(organizations.name), asc(questionBanks.name));
  return rows.map((r) => toBank(auth, { ...r.bank, orgName: r.orgName, orgKind: r.orgKind }, Number(r.n)));
}

export async function getBank(ctx: AppContext, auth: AuthContext, bankId: string): Promise<QuestionBank> {
  const bank = await assertCanReadBank(ctx, auth, bankId);
  return toBank(auth, bank, await countQuestions(ctx.db, bankId));
}

function assertMayShare(auth: AuthContext, orgKind: string) {
  if (!isPlatformAdmin(auth)) throw new AppError('FORBIDDEN');
  if (orgKind !== 'platform') throw new AppError('QUESTION_BANK_SHARE_NOT_ALLOWED');
}

export async function createBank(
  ctx: AppContext,
  auth: AuthContext,
  orgId: string,
  input: { name: string; description?: string | null | undefined; sharedWithInstitutions?: boolean | undefined },
  ip: string,
): Promise<QuestionBank> {
  return mapName(() =>
    ctx.db.transaction(async (tx) => {
      const [org] = await tx.select().from(organizations).where(eq(organizations.id, orgId));
      if (!org) throw new AppError('ORG_NOT_FOUND');
      if (org.kind === 'enterprise') throw new AppError('FORBIDDEN');
      if (input.sharedWithInstitutions) assertMayShare(auth, org.kind);
      const [row] = await tx
        .insert(questionBanks)
        .values({
          orgId,
          name: input.name,
          description: input.description ?? null,
          sharedWithInstitutions: input.sharedWithInstitutions ?? false,
          createdBy: auth.userId,
        })
        .returning();
      await recordAudit(tx, {
        event: 'question_bank.created',
        actorUserId: auth.userId,
        orgId,
        ip,
        details: { bankId: row!.id, name: row!.name, sharedWithInstitutions: row!.sharedWithInstitutions },
      });
      return toBank(auth, { ...row!, orgName: org.name, orgKind: org.kind }, 0);
    }),
  );
}

export async function updateBank(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  changes: {
    name?: string | undefined;
    description?: string | null | undefined;
    sharedWithInstitutions?: boolean | undefined;
  },
  ip: string,
): Promise<QuestionBank> {
  return mapName(() =>
    ctx.db.transaction(async (tx) => {
      const bank = await assertCanEditBank(ctx, auth, bankId, tx, true);
      if (
        changes.sharedWithInstitutions !== undefined &&
        changes.sharedWithInstitutions !== bank.sharedWithInstitutions
      ) {
        assertMayShare(auth, bank.orgKind);
      }
      const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const [row] = await tx
        .update(questionBanks)
        .set({ ...set, updatedAt: sql`now()` })
        .where(eq(questionBanks.id, bankId))
        .returning();
      await recordAudit(tx, {
        event: 'question_bank.updated',
        actorUserId: auth.userId,
        orgId: bank.orgId,
        ip,
        details: {
          bankId,
          name: row!.name,
          fields: Object.keys(set),
          sharedWithInstitutions: row!.sharedWithInstitutions,
        },
      });
      return toBank(auth, { ...row!, orgName: bank.orgName, orgKind: bank.orgKind }, await countQuestions(tx, bankId));
    }),
  );
}

/** A foreign-key violation (23503): a question was added to the bank while it was being deleted. */
function isForeignKeyViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if ((e as { code?: string }).code === '23503') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export async function deleteBank(ctx: AppContext, auth: AuthContext, bankId: string, ip: string): Promise<void> {
  await ctx.db
    .transaction(async (tx) => {
      const bank = await assertCanEditBank(ctx, auth, bankId, tx, true);
      if ((await countQuestions(tx, bankId)) > 0) throw new AppError('QUESTION_BANK_NOT_EMPTY');
      await tx.delete(questionBanks).where(eq(questionBanks.id, bankId));
      await recordAudit(tx, {
        event: 'question_bank.deleted',
        actorUserId: auth.userId,
        orgId: bank.orgId,
        ip,
        details: { bankId, name: bank.name },
      });
    })
    .catch((err: unknown) => {
      throw isForeignKeyViolation(err) ? new AppError('QUESTION_BANK_NOT_EMPTY') : err;
    });
}
