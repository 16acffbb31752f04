import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import type { FieldCipher } from './crypto.js';
import type { Database, Db } from './db/index.js';

/** What use cases need from the platform; built once per process and passed down explicitly. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  cipher: FieldCipher;
  log: FastifyBaseLogger;
}
