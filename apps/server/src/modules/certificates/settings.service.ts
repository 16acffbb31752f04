import type { CertificateNumbering, CertificateSettings } from '@crossskill/contracts';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/index.js';
import { certificateCounters, certificateSettings, certificateStatusLists } from './certificates.tables.js';
import { auditCertificate } from './common.js';
import { STATUS_LIST_SIZE } from './credentials/index.js';
import { beijingYear, counterKey, DEFAULT_NUMBERING, formatNumber } from './numbering.js';

/** The numbering scheme in force (row id 1; the defaults until a platform admin saves one). */
export async function loadNumbering(exec: Executor): Promise<CertificateNumbering & { updatedAt: Date | null }> {
  const [row] = await exec.select().from(certificateSettings).where(eq(certificateSettings.id, 1)).limit(1);
  if (!row) return { ...DEFAULT_NUMBERING, updatedAt: null };
  return {
    prefix: row.prefix,
    separator: row.separator as CertificateNumbering['separator'],
    includeYear: row.includeYear,
    includeLevel: row.includeLevel,
    sequenceDigits: row.sequenceDigits,
    updatedAt: row.updatedAt,
  };
}

async function settingsView(exec: Executor, now = new Date()): Promise<CertificateSettings> {
  const scheme = await loadNumbering(exec);
  const year = beijingYear(now);
  const keys = [1, 2, 3, 4, 5].map((level) => counterKey(scheme, year, level));
  const rows = await exec
    .select()
    .from(certificateCounters)
    .where(inArray(certificateCounters.key, [...new Set(keys)]));
  const next = new Map(rows.map((r) => [r.key, r.next]));
  const { updatedAt, ...numbering } = scheme;
  return {
    ...numbering,
    updatedAt: (updatedAt ?? new Date(0)).toISOString(),
    previews: [1, 2, 3, 4, 5].map((level, i) => ({
      level,
      number: formatNumber(scheme, { year, level, sequence: next.get(keys[i]!) ?? 1 }),
    })),
  };
}

export const getSettings = (exec: Executor) => settingsView(exec);

/** Saves the scheme (numbers already issued never change); audited `certificate.numbering_changed`. */
export async function saveSettings(
  db: Db,
  actorId: string,
  ip: string | null,
  scheme: CertificateNumbering,
): Promise<CertificateSettings> {
  return db.transaction(async (tx) => {
    const before = await loadNumbering(tx);
    await tx
      .insert(certificateSettings)
      .values({ id: 1, ...scheme, updatedAt: new Date(), updatedBy: actorId })
      .onConflictDoUpdate({
        target: certificateSettings.id,
        set: { ...scheme, updatedAt: new Date(), updatedBy: actorId },
      });
    const { updatedAt: _u, ...prev } = before;
    await auditCertificate(tx, 'certificate.numbering_changed', {
      actorUserId: actorId,
      orgId: null,
      ip,
      details: { before: prev, after: scheme },
    });
    return settingsView(tx);
  });
}

/**
 * Hands out `count` consecutive values of a named counter (row-locked until the transaction ends).
 * The first value ever handed out is `first`. Returns the first value of the range.
 */
export async function allocate(tx: Executor, key: string, count: number, first: number): Promise<number> {
  const [row] = await tx
    .insert(certificateCounters)
    .values({ key, next: first + count })
    .onConflictDoUpdate({ target: certificateCounters.key, set: { next: sql`${certificateCounters.next} + ${count}` } })
    .returning({ next: certificateCounters.next });
  return row!.next - count;
}

const STATUS_COUNTER = 'status-list';

/** Status-list slots for `count` certificates; creates the lists that start. */
export async function allocateStatusSlots(tx: Executor, count: number): Promise<{ listId: number; index: number }[]> {
  const first = await allocate(tx, STATUS_COUNTER, count, 0);
  const slots = Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return { listId: Math.floor(n / STATUS_LIST_SIZE) + 1, index: n % STATUS_LIST_SIZE };
  });
  const listIds = [...new Set(slots.map((s) => s.listId))];
  await tx
    .insert(certificateStatusLists)
    .values(listIds.map((id) => ({ id, size: STATUS_LIST_SIZE, credential: null })))
    .onConflictDoNothing();
  return slots;
}

/** `count` certificate numbers for one level, issued now. */
export async function allocateNumbers(tx: Executor, level: number, count: number, now: Date): Promise<string[]> {
  const scheme = await loadNumbering(tx);
  const year = beijingYear(now);
  const first = await allocate(tx, counterKey(scheme, year, level), count, 1);
  return Array.from({ length: count }, (_, i) => formatNumber(scheme, { year, level, sequence: first + i }));
}
