import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Run raw SQL (setup and test housekeeping). */
  exec(sql: string): Promise<void>;
  /** Run fn while holding a session-level advisory lock (a no-op lock on single-connection PGlite). */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL URL; when absent PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; absent = in memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 20 });
    // An idle connection that the server closes (restart, failover, admin termination) must not crash the
    // process: the pool drops that client and the next query opens a new one.
    pool.on('error', (err) => {
      process.emitWarning(`PostgreSQL connection lost: ${err.message}`, { code: 'CROSSSKILL_PG_IDLE_ERROR' });
    });
    // Fail fast with a clear message when the server is unreachable.
    await pool.query('select 1');
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      kind: 'postgres',
      db,
      exec: async (sql) => {
        await pool.query(sql);
      },
      withAdvisoryLock: async (key, fn) => {
        const conn = await pool.connect();
        try {
          await conn.query('select pg_advisory_lock($1)', [key]);
          try {
            return await fn();
          } finally {
            await conn.query('select pg_advisory_unlock($1)', [key]);
          }
        } finally {
          conn.release();
        }
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if (opts.dataDir) {
    fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
    client = await PGlite.create(opts.dataDir);
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    exec: async (sql) => {
      await client.exec(sql);
    },
    withAdvisoryLock: (_key, fn) => fn(),
    close: () => client.close(),
  };
}
