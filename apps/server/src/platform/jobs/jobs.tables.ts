import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../modules/identity/identity.tables.js';
import { organizations } from '../../modules/orgs/orgs.tables.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A stored failure: an error-table code, its message parameters and field details (localised when read). */
export interface JobError {
  code: string;
  params?: Record<string, string | number>;
  details?: { field: string; code: string; message: string }[];
}

/**
 * Background jobs. Enqueued inside the business transaction that asks for them; claimed by a worker in
 * a short transaction (FOR UPDATE SKIP LOCKED) that sets a lease; run outside it. A worker that dies
 * leaves its job to be claimed again when the lease expires.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['queued', 'running', 'succeeded', 'failed'] })
      .notNull()
      .default('queued'),
    progress: doublePrecision('progress').notNull().default(0),
    total: integer('total'),
    done: integer('done').notNull().default(0),
    payload: jsonb('payload').$type<unknown>().notNull(),
    result: jsonb('result').$type<unknown>(),
    error: jsonb('error').$type<JobError>(),
    attempts: integer('attempts').notNull().default(0),
    orgId: uuid('org_id').references(() => organizations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    /** Until when the running worker holds the job; an expired lease makes it claimable again. */
    leaseUntil: ts('lease_until'),
  },
  (t) => [index('jobs_due_idx').on(t.status, t.createdAt), index('jobs_created_by_idx').on(t.createdBy)],
);
