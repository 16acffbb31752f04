import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
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

/** How long a claimed message stays invisible to other workers while it is being sent. */
const CLAIM_SECONDS = 120;

/**
 * Delivers up to `limit` due messages, at least once each. Messages are claimed in a short
 * transaction (SKIP LOCKED, so several workers can run) and sent outside it: a slow gateway holds
 * no database connection, and one failure cannot roll back the record of messages already sent.
 * A worker that dies after claiming leaves its messages to be retried when the claim expires.
 */
export async function deliverDue(db: Db, provider: NotificationProvider, limit = 20): Promise<number> {
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(notifications)
      // The database clock, which also stamped next_attempt_at (DEFAULT now()): comparing it with this
      // process's clock missed messages enqueued in the same millisecond, or later by any clock skew.
      .where(and(eq(notifications.status, 'pending'), lte(notifications.nextAttemptAt, sql`now()`)))
      .orderBy(asc(notifications.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length > 0) {
      await tx
        .update(notifications)
        .set({ nextAttemptAt: sql`now() + make_interval(secs => ${CLAIM_SECONDS})` })
        .where(
          inArray(
            notifications.id,
            due.map((n) => n.id),
          ),
        );
    }
    return due;
  });
  for (const n of claimed) {
    try {
      await provider.send(n);
      await db
        .update(notifications)
        .set({ status: 'sent', sentAt: new Date(), attempts: n.attempts + 1, lastError: null })
        .where(eq(notifications.id, n.id));
    } catch (err) {
      const attempts = n.attempts + 1;
      await db
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
  return claimed.length;
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
