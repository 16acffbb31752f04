import { customType, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../identity/identity.tables.js';
import { questionBanks } from '../questionbank.tables.js';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * An uploaded import file waiting for (or being read by) its background job. The bytes live in the database
 * so any worker process can run the job; they are cleared when the job ends.
 */
export const questionImports = pgTable('question_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  bankId: uuid('bank_id')
    .notNull()
    .references(() => questionBanks.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  format: text('format', { enum: ['xlsx', 'qti'] }).notNull(),
  content: bytea('content'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
