import { sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';

/**
 * Last contact and cursor of each attempt, kept in process memory: every candidate request touches it, and
 * the worker writes what changed to exam_attempts (last_seen_at, cursor) in small batches, each attempt at
 * most every 30 s — never a row update per request. The proctor console reads `lastSeen` / `presenceSnapshot()` for the
 * freshest value (the database may be up to one flush behind), and the attempt view overlays `cursorOf`.
 */

export interface Cursor {
  position: number;
  view: 'single' | 'all';
}

interface Presence {
  at: Date;
  cursor: Cursor | null;
}

const presence = new Map<string, Presence>();
const dirty = new Set<string>();

/** Records a request from the candidate's page (and where the candidate is, when the page says). */
export function touch(attemptId: string, at: Date, cursor?: Cursor | null): void {
  const prev = presence.get(attemptId);
  presence.set(attemptId, { at, cursor: cursor ?? prev?.cursor ?? null });
  dirty.add(attemptId);
}

/** The candidate's last contact seen by this process, or null (read exam_attempts.last_seen_at then). */
export function lastSeen(attemptId: string): Date | null {
  return presence.get(attemptId)?.at ?? null;
}

/** The cursor last reported to this process, or null. */
export function cursorOf(attemptId: string): Cursor | null {
  return presence.get(attemptId)?.cursor ?? null;
}

/** Every attempt's last contact seen by this process (attemptId → time). */
export function presenceSnapshot(): ReadonlyMap<string, Date> {
  const out = new Map<string, Date>();
  for (const [id, p] of presence) out.set(id, p.at);
  return out;
}

/** Forgets a closed attempt (after its last flush). */
export function forget(attemptId: string): void {
  if (!dirty.has(attemptId)) {
    presence.delete(attemptId);
    persistedAt.delete(attemptId);
  }
}

/** An attempt's presence is written to the database at most this often (the console reads memory first). */
export const PRESENCE_PERSIST_MS = 30_000;
/** Rows per flush statement: each statement holds its rows' locks only briefly, so saves never queue behind it. */
const FLUSH_CHUNK = 100;
const persistedAt = new Map<string, number>();

/**
 * Writes changed last contacts and cursors to exam_attempts, in chunks of 100 rows, each attempt at most every
 * 30 s (`all` writes every changed one — on stop). Rows a save holds locked are skipped (SKIP LOCKED) and stay
 * dirty for the next flush: on exam day a flush must never make a candidate's save wait (one big update of
 * thousands of attempt rows held their locks for hundreds of milliseconds and showed in the save p99).
 * Returns how many attempts it wrote.
 */
export async function flushPresence(exec: Executor, opts: { all?: boolean; now?: number } = {}): Promise<number> {
  if (dirty.size === 0) return 0;
  const now = opts.now ?? Date.now();
  const batch: { id: string; at: string; cursor: Cursor | null }[] = [];
  for (const id of dirty) {
    if (!opts.all && now - (persistedAt.get(id) ?? 0) < PRESENCE_PERSIST_MS) continue;
    const p = presence.get(id);
    if (p) batch.push({ id, at: p.at.toISOString(), cursor: p.cursor });
    dirty.delete(id);
  }
  let written = 0;
  for (let i = 0; i < batch.length; i += FLUSH_CHUNK) {
    const chunk = batch.slice(i, i + FLUSH_CHUNK);
    try {
      const res = await exec.execute(sql`
        with v as (
          select * from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(id uuid, at timestamptz, cursor jsonb)
        ),
        free as (
          select a.id from exam_attempts a where a.id in (select id from v) for no key update skip locked
        )
        update exam_attempts a
        set last_seen_at = greatest(a.last_seen_at, v.at), cursor = coalesce(nullif(v.cursor, 'null'::jsonb), a.cursor)
        from v
        where a.id = v.id and a.id in (select id from free)
        returning a.id`);
      const done = new Set((res as unknown as { rows: { id: string }[] }).rows.map((r) => r.id));
      for (const b of chunk) {
        if (done.has(b.id)) persistedAt.set(b.id, now);
        else dirty.add(b.id); // locked by a save right now: next flush
      }
      written += done.size;
    } catch (err) {
      // Keep the rest for the next flush (touched ones are re-marked anyway).
      for (const b of batch.slice(i)) dirty.add(b.id);
      throw err;
    }
  }
  return written;
}
