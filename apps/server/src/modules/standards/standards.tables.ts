import type { StandardSnapshot } from '@crossskill/standards';
import { type AnyPgColumn, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Versions of a standard. A published version never changes (the service refuses); drafts are edited
 * through the pure operations of @crossskill/standards and saved back whole.
 */
export const standardVersions = pgTable(
  'standard_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** e.g. 'national-dianzishangwushi' */
    standardKey: text('standard_key').notNull(),
    /** e.g. '2022' */
    label: text('label').notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    baseVersionId: uuid('base_version_id').references((): AnyPgColumn => standardVersions.id, {
      onDelete: 'set null',
    }),
    effectiveDate: date('effective_date', { mode: 'string' }),
    publishedAt: ts('published_at'),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    notes: text('notes'),
    snapshot: jsonb('snapshot').$type<StandardSnapshot>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('standard_versions_key_label').on(t.standardKey, t.label),
    index('standard_versions_status_idx').on(t.standardKey, t.status),
  ],
);
