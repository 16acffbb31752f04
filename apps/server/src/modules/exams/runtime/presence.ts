import { sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';

/**
 * Last contact and cursor of each attempt, kept in process memory: every candidate request touches it, and
 * the worker writes what changed to exam_attempts (last_seen_at, cursor) in one statement every few seconds —
 * never a row update per request. The proctor console reads `lastSeen` / `presenceSnapshot()` for the
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
  if (!dirty.has(attemptId)) presence.delete(attemptId);
}

/** Writes every changed last contact and cursor in one statement; returns how many attempts it wrote. */
export async function flushPresence(exec: Executor): Promise<number> {
  if (dirty.size === 0) return 0;
  const batch: { id: string; at: string; cursor: Cursor | null }[] = [];
  for (const id of dirty) {
    const p = presence.get(id);
    if (p) batch.push({ id, at: p.at.toISOString(), cursor: p.cursor });
  }
  dirty.clear();
  try {
    await exec.execute(sql`
      update exam_attempts a
      set last_seen_at = greatest(a.last_seen_at, v.at), cursor = coalesce(nullif(v.cursor, 'null'::jsonb), a.cursor)
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as v(id uuid, at timestamptz, cursor jsonb)
      where a.id = v.id`);
  } catch (err) {
    // Keep them for the next flush (unless touched again meanwhile, which re-marks them anyway).
    for (const b of batch) dirty.add(b.id);
    throw err;
  }
  return batch.length;
}
