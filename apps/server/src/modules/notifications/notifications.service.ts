import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/index.js';
import { notifications } from './notifications.tables.js';
import type { NotificationProvider } from './provider.js';

export interface NewNotification {
  channel: 'sms' | 'email';
  recipient: string;
  template: string;
  body: string;
}

/** Adds a message to the outbox; call it inside the transaction of the change that causes it. */
export async function enqueueNotification(exec: Executor, n: NewNotification): Promise<void> {
  await exec.insert(notifications).values(n);
}

const MAX_ATTEMPTS = 5;

/** Delivers up to `limit` due messages. Safe to run in several workers at once (SKIP LOCKED). */
export async function deliverDue(db: Db, provider: NotificationProvider, limit = 20): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(notifications)
      // The database clock, which also stamped next_attempt_at (DEFAULT now()): comparing it with this
      // process's clock missed messages enqueued in the same millisecond, or later by any clock skew.
      .where(and(eq(notifications.status, 'pending'), lte(notifications.nextAttemptAt, sql`now()`)))
      .orderBy(asc(notifications.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const n of due) {
      try {
        await provider.send(n);
        await tx
          .update(notifications)
          .set({ status: 'sent', sentAt: new Date(), attempts: n.attempts + 1, lastError: null })
          .where(eq(notifications.id, n.id));
      } catch (err) {
        const attempts = n.attempts + 1;
        await tx
          .update(notifications)
          .set({
            attempts,
            lastError: String(err instanceof Error ? err.message : err).slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            nextAttemptAt: sql`now() + make_interval(secs => ${2 ** attempts})`,
          })
          .where(eq(notifications.id, n.id));
      }
    }
    return due.length;
  });
}

export async function listNotifications(exec: Executor, limit = 200) {
  const rows = await exec.select().from(notifications).orderBy(desc(notifications.createdAt)).limit(limit);
  return rows.map((n) => ({
    id: n.id,
    channel: n.channel,
    recipient: n.recipient,
    template: n.template,
    body: n.body,
    status: n.status,
    attempts: n.attempts,
    createdAt: n.createdAt.toISOString(),
    sentAt: n.sentAt?.toISOString() ?? null,
  }));
}
