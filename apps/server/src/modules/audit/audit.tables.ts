import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    event: text('event').notNull(),
    /** Who did it (null for anonymous events such as a failed login on an unknown account). */
    actorUserId: uuid('actor_user_id'),
    /** Whom it concerns, when that is a person. */
    subjectUserId: uuid('subject_user_id'),
    orgId: uuid('org_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_event_idx').on(t.event, t.at)],
);
