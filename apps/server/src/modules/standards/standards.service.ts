import type { StandardVersionSummary } from '@crossskill/contracts';
import {
  addNode,
  diffSnapshots,
  editNode,
  isStandardEditError,
  type Located,
  locate,
  type MoveTarget,
  moveNode,
  NATIONAL_SEED_LABEL,
  NATIONAL_STANDARD_KEY,
  NATIONAL_STANDARD_TITLE,
  type NewNode,
  type NodeChanges,
  type NodeRef,
  nextNodeId,
  refOf,
  retireNode,
  type SnapshotDiff,
  type StandardEditError,
  type StandardSnapshot,
  searchSnapshot,
  setWeights,
  snapshotFromPackage,
  validateSnapshot,
  type WeightColumnInput,
} from '@crossskill/standards';
import { and, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../platform/context.js';
import { type Executor, uniqueViolation } from '../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { standardVersions } from './standards.tables.js';

type Row = typeof standardVersions.$inferSelect;

const base = alias(standardVersions, 'base');

const toSummary = (r: Row, baseLabel: string | null): StandardVersionSummary => ({
  id: r.id,
  standardKey: r.standardKey,
  label: r.label,
  title: r.title,
  status: r.status,
  baseVersionId: r.baseVersionId,
  baseLabel,
  effectiveDate: r.effectiveDate,
  publishedAt: r.publishedAt?.toISOString() ?? null,
  publishedBy: r.publishedBy,
  createdBy: r.createdBy,
  notes: r.notes,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** The seed text (003) says only "自公布之日起施行" and gives no date, so the seeded version has none. */
const SEED_NOTES =
  '由标准数据包导入（种子文本 003）。《标准》“自公布之日起施行”，种子文本未给出公布日期，故未设生效日期。';

/**
 * Stores the package's national standard as the published version '2022' unless it is there already.
 * Idempotent and safe when several processes start at once (unique (standard_key, label), on conflict do nothing).
 */
export async function seedStandardVersions(exec: Executor): Promise<void> {
  await exec
    .insert(standardVersions)
    .values({
      standardKey: NATIONAL_STANDARD_KEY,
      label: NATIONAL_SEED_LABEL,
      title: NATIONAL_STANDARD_TITLE,
      status: 'published',
      effectiveDate: null,
      publishedAt: new Date(),
      notes: SEED_NOTES,
      snapshot: snapshotFromPackage(),
    })
    .onConflictDoNothing({ target: [standardVersions.standardKey, standardVersions.label] });
}

const canSeeDrafts = (auth: AuthContext | null) => !!auth && isPlatformAdmin(auth);

export async function listVersions(exec: Executor, auth: AuthContext | null): Promise<StandardVersionSummary[]> {
  const rows = await exec
    .select({ v: standardVersions, baseLabel: base.label })
    .from(standardVersions)
    .leftJoin(base, eq(base.id, standardVersions.baseVersionId))
    .where(canSeeDrafts(auth) ? undefined : eq(standardVersions.status, 'published'))
    .orderBy(standardVersions.standardKey, desc(standardVersions.createdAt));
  return rows.map(({ v, baseLabel }) => toSummary(v, baseLabel));
}

/** A version the caller may see: drafts only for a platform admin (others get 404). */
async function loadVisible(exec: Executor, auth: AuthContext | null, id: string) {
  const [row] = await exec
    .select({ v: standardVersions, baseLabel: base.label })
    .from(standardVersions)
    .leftJoin(base, eq(base.id, standardVersions.baseVersionId))
    .where(eq(standardVersions.id, id))
    .limit(1);
  if (!row || (row.v.status !== 'published' && !canSeeDrafts(auth))) throw new AppError('STANDARD_VERSION_NOT_FOUND');
  return row;
}

export async function getVersion(exec: Executor, auth: AuthContext | null, id: string) {
  const { v, baseLabel } = await loadVisible(exec, auth, id);
  return { ...toSummary(v, baseLabel), snapshot: v.snapshot };
}

/**
 * The published version of a standard in force on a day: the latest effective date on or before it (a
 * version without an effective date counts as in force from the start). For modules that record which
 * version they used.
 */
export async function versionInForce(exec: Executor, standardKey: string, day: string) {
  const [row] = await exec
    .select()
    .from(standardVersions)
    .where(
      and(
        eq(standardVersions.standardKey, standardKey),
        eq(standardVersions.status, 'published'),
        or(isNull(standardVersions.effectiveDate), lte(standardVersions.effectiveDate, day)),
      ),
    )
    .orderBy(sql`${standardVersions.effectiveDate} desc nulls last`, desc(standardVersions.publishedAt))
    .limit(1);
  return row ?? null;
}

async function mapLabel<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (uniqueViolation(err) === 'standard_versions_key_label') throw new AppError('STANDARD_VERSION_LABEL_TAKEN');
    throw err;
  }
}

export async function createDraft(
  ctx: AppContext,
  auth: AuthContext,
  input: { baseVersionId: string; label: string; notes?: string | undefined },
  ip: string,
): Promise<StandardVersionSummary> {
  return mapLabel(() =>
    ctx.db.transaction(async (tx) => {
      const [from] = await tx.select().from(standardVersions).where(eq(standardVersions.id, input.baseVersionId));
      if (!from) throw new AppError('STANDARD_VERSION_NOT_FOUND');
      if (from.status !== 'published') throw new AppError('STANDARD_BASE_NOT_PUBLISHED');
      const [row] = await tx
        .insert(standardVersions)
        .values({
          standardKey: from.standardKey,
          label: input.label,
          title: from.title,
          status: 'draft',
          baseVersionId: from.id,
          createdBy: auth.userId,
          notes: input.notes ?? null,
          snapshot: from.snapshot,
        })
        .returning();
      await recordAudit(tx, {
        event: 'standard.draft_created',
        actorUserId: auth.userId,
        ip,
        details: { versionId: row!.id, standardKey: from.standardKey, label: input.label, baseLabel: from.label },
      });
      return toSummary(row!, from.label);
    }),
  );
}

/** Locks a draft for a change; a published version is refused with 409. */
async function lockDraft(exec: Executor, id: string): Promise<Row> {
  const [row] = await exec.select().from(standardVersions).where(eq(standardVersions.id, id)).limit(1).for('update');
  if (!row) throw new AppError('STANDARD_VERSION_NOT_FOUND');
  if (row.status !== 'draft') throw new AppError('STANDARD_VERSION_PUBLISHED');
  return row;
}

async function baseLabelOf(exec: Executor, row: Row): Promise<string | null> {
  if (!row.baseVersionId) return null;
  const [b] = await exec
    .select({ label: standardVersions.label })
    .from(standardVersions)
    .where(eq(standardVersions.id, row.baseVersionId));
  return b?.label ?? null;
}

export async function updateDraft(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  changes: { label?: string | undefined; effectiveDate?: string | null | undefined; notes?: string | null | undefined },
  ip: string,
): Promise<StandardVersionSummary> {
  return mapLabel(() =>
    ctx.db.transaction(async (tx) => {
      const row = await lockDraft(tx, id);
      const [updated] = await tx
        .update(standardVersions)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(standardVersions.id, id))
        .returning();
      await recordAudit(tx, {
        event: 'standard.edited',
        actorUserId: auth.userId,
        ip,
        details: {
          versionId: id,
          label: updated!.label,
          action: 'meta',
          fields: Object.keys(changes),
          from: row.label,
        },
      });
      return toSummary(updated!, await baseLabelOf(tx, updated!));
    }),
  );
}

const EDIT_FIELD: Partial<Record<StandardEditError['code'], string>> = {
  DUPLICATE_CODE: 'body.code',
  INVALID_PARENT: 'body.parentId',
  INVALID_WORK_TYPES: 'body.workTypes',
  INVALID_POSITION: 'body.position',
  INVALID_WEIGHT: 'body.weights',
  INVALID_WEIGHT_COLUMN: 'body.workType',
  NODE_RETIRED: 'params.nodeId',
};

const EDIT_REASON_EN: Record<StandardEditError['code'], (p: Record<string, string | number>) => string> = {
  NODE_NOT_FOUND: (p) => `no node ${p.nodeId}`,
  INVALID_PARENT: () => 'the parent is missing, of the wrong kind or in another level',
  DUPLICATE_CODE: (p) => `code ${p.code} is already used by a sibling`,
  NODE_RETIRED: () => 'the node (or one above it) is retired',
  INVALID_FIELD: (p) => (p.field ? `this kind of node has no "${p.field}"` : 'nothing to change'),
  EMPTY_VALUE: () => 'code, name and text cannot be empty',
  INVALID_WORK_TYPES: () => 'the work types do not belong to the level or are wider than the parent’s',
  INVALID_POSITION: (p) => `position ${p.position} is outside the list`,
  INVALID_WEIGHT_COLUMN: () => 'no such weight column (levels 5–2 need a work type)',
  INVALID_WEIGHT: (p) => `invalid weight for "${p.item ?? ''}" (whole numbers 0–100, each function once)`,
  WEIGHTS_DO_NOT_SUM: (p) => `${p.columnEn} sums to ${p.total}`,
};

/** Turns an edit operation's typed error into the API error. */
function editError(e: StandardEditError): AppError {
  if (e.code === 'NODE_NOT_FOUND') return new AppError('STANDARD_NODE_NOT_FOUND');
  const detail = { field: EDIT_FIELD[e.code] ?? 'body', code: e.code, message: e.message };
  if (e.code === 'WEIGHTS_DO_NOT_SUM') {
    return new AppError('WEIGHTS_DO_NOT_SUM', {
      params: { column: String(e.params.column), columnEn: String(e.params.columnEn), total: Number(e.params.total) },
      details: [{ ...detail, field: 'body.weights' }],
    });
  }
  return new AppError('STANDARD_EDIT_INVALID', {
    params: { reason: e.message, reasonEn: EDIT_REASON_EN[e.code](e.params) },
    details: [detail],
  });
}

export type DraftChange =
  | { action: 'node.add'; node: NewNode }
  | { action: 'node.edit'; nodeId: string; changes: NodeChanges }
  | { action: 'node.move'; nodeId: string; target: MoveTarget }
  | { action: 'node.retire'; nodeId: string }
  | { action: 'weights.set'; column: WeightColumnInput };

function apply(s: StandardSnapshot, change: DraftChange): { snapshot: StandardSnapshot; nodeId?: string } {
  switch (change.action) {
    case 'node.add': {
      const level =
        change.node.level ?? (change.node.parentId ? locate(s, change.node.parentId)?.level.level : undefined);
      const id = level ? nextNodeId(s, level) : undefined;
      const snapshot = addNode(s, change.node);
      return id ? { snapshot, nodeId: id } : { snapshot };
    }
    case 'node.edit':
      return { snapshot: editNode(s, change.nodeId, change.changes), nodeId: change.nodeId };
    case 'node.move':
      return { snapshot: moveNode(s, change.nodeId, change.target), nodeId: change.nodeId };
    case 'node.retire':
      return { snapshot: retireNode(s, change.nodeId), nodeId: change.nodeId };
    case 'weights.set':
      return { snapshot: setWeights(s, change.column) };
  }
}

/** Applies one edit to a draft in one transaction, with its audit entry. */
export async function changeDraft(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  change: DraftChange,
  ip: string,
): Promise<{ version: StandardVersionSummary; node?: NodeRef }> {
  return ctx.db.transaction(async (tx) => {
    const row = await lockDraft(tx, id);
    let result: { snapshot: StandardSnapshot; nodeId?: string };
    try {
      result = apply(row.snapshot, change);
    } catch (e) {
      if (isStandardEditError(e)) throw editError(e);
      throw e;
    }
    const [updated] = await tx
      .update(standardVersions)
      .set({ snapshot: result.snapshot, updatedAt: new Date() })
      .where(eq(standardVersions.id, id))
      .returning();
    const located: Located | undefined = result.nodeId ? locate(result.snapshot, result.nodeId) : undefined;
    const node = located ? refOf(located) : undefined;
    await recordAudit(tx, {
      event: 'standard.edited',
      actorUserId: auth.userId,
      ip,
      details: {
        versionId: id,
        label: row.label,
        action: change.action,
        ...(node ? { nodeId: node.id, node: node.label } : {}),
        ...(change.action === 'weights.set'
          ? { kind: change.column.kind, level: change.column.level, workType: change.column.workType ?? null }
          : {}),
      },
    });
    const version = toSummary(updated!, await baseLabelOf(tx, updated!));
    return node ? { version, node } : { version };
  });
}

export async function publishDraft(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  ip: string,
): Promise<StandardVersionSummary> {
  return ctx.db.transaction(async (tx) => {
    const row = await lockDraft(tx, id);
    if (!row.effectiveDate) throw new AppError('STANDARD_EFFECTIVE_DATE_REQUIRED');
    const problems = validateSnapshot(row.snapshot);
    if (problems.length > 0) {
      throw new AppError('STANDARD_VERSION_INVALID', {
        params: { count: problems.length },
        details: problems.map((p) => ({
          field: p.column ? `snapshot.weights` : p.nodeId ? `snapshot.nodes.${p.nodeId}` : 'snapshot',
          code: p.code,
          message: p.message,
        })),
      });
    }
    const now = new Date();
    const [updated] = await tx
      .update(standardVersions)
      .set({ status: 'published', publishedAt: now, publishedBy: auth.userId, updatedAt: now })
      .where(eq(standardVersions.id, id))
      .returning();
    await recordAudit(tx, {
      event: 'standard.published',
      actorUserId: auth.userId,
      ip,
      details: { versionId: id, standardKey: row.standardKey, label: row.label, effectiveDate: row.effectiveDate },
    });
    return toSummary(updated!, await baseLabelOf(tx, updated!));
  });
}

export async function discardDraft(ctx: AppContext, auth: AuthContext, id: string, ip: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await lockDraft(tx, id);
    await tx.delete(standardVersions).where(eq(standardVersions.id, id));
    await recordAudit(tx, {
      event: 'standard.discarded',
      actorUserId: auth.userId,
      ip,
      details: { versionId: id, standardKey: row.standardKey, label: row.label },
    });
  });
}

export async function diffVersion(
  exec: Executor,
  auth: AuthContext | null,
  id: string,
): Promise<SnapshotDiff & { baseVersionId: string; baseLabel: string }> {
  const { v } = await loadVisible(exec, auth, id);
  if (!v.baseVersionId) throw new AppError('STANDARD_VERSION_NO_BASE');
  const [b] = await exec.select().from(standardVersions).where(eq(standardVersions.id, v.baseVersionId));
  if (!b) throw new AppError('STANDARD_VERSION_NO_BASE');
  return { baseVersionId: b.id, baseLabel: b.label, ...diffSnapshots(b.snapshot, v.snapshot) };
}

export async function searchVersion(
  exec: Executor,
  auth: AuthContext | null,
  id: string,
  q: string,
  includeRetired: boolean,
) {
  const { v } = await loadVisible(exec, auth, id);
  return searchSnapshot(v.snapshot, q, { includeRetired, limit: 200 });
}

export async function versionSnapshot(exec: Executor, auth: AuthContext | null, id: string): Promise<StandardSnapshot> {
  return (await loadVisible(exec, auth, id)).v.snapshot;
}
