import path from 'node:path';
import { z } from 'zod';

/**
 * The only place that reads process.env. Everything else receives a Config.
 * Documented in the README's configuration table.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** PostgreSQL connection string; when unset the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** 'auto': readable logs when writing to a terminal outside production, JSON otherwise. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  /** base64 of 32 random bytes; when unset a key file is created in DATA_DIR/secrets at first start. */
  ENCRYPTION_KEY: z.string().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  BEARER_TTL_DAYS: z.coerce.number().positive().default(30),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  LOCKOUT_MINUTES: z.coerce.number().positive().default(15),
  /** Requests per minute per client IP on the login, register and reset routes. */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** Serve the built web app (apps/web/dist) on the same port. */
  SERVE_WEB: z.enum(['true', 'false']).default('true'),
  WEB_DIST_DIR: z.string().optional(),
  /** Cookies get the Secure flag; turn on behind HTTPS. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  /**
   * Behind a reverse proxy: 'true' (trust X-Forwarded-For), a hop count, or comma-separated proxy
   * addresses. The client IP feeds the login rate limit and the audit log.
   */
  TRUST_PROXY: z.string().default('false'),
  NOTIFY_PROVIDER: z.enum(['dev']).default('dev'),
  WORKER_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /**
   * The address people and machines reach the platform at: QR codes on certificates, credential ids and the
   * status-list URL are built from it (they must not change once credentials are issued).
   */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Ed25519 secret key (multibase, `z…`) for signing credentials; unset: created in DATA_DIR/secrets/signing-keys. */
  CERT_SIGNING_KEY: z.string().optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  prettyLogs: boolean;
  encryptionKey: string | undefined;
  sessionTtlMs: number;
  bearerTtlMs: number;
  loginMaxFailures: number;
  lockoutMs: number;
  authRateLimitPerMinute: number;
  bodyLimit: number;
  serveWeb: boolean;
  webDistDir: string;
  cookieSecure: boolean;
  trustProxy: boolean | number | string;
  notifyProvider: 'dev';
  workerPollMs: number;
  /** No trailing slash. */
  publicUrl: string;
  certSigningKey: string | undefined;
}

const HOUR = 3_600_000;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  // An empty variable (DATABASE_URL= in a shell or .env) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const e = parsed.data;
  const serverRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    prettyLogs:
      e.LOG_FORMAT === 'pretty' || (e.LOG_FORMAT === 'auto' && e.NODE_ENV === 'development' && !!process.stdout.isTTY),
    encryptionKey: e.ENCRYPTION_KEY,
    sessionTtlMs: e.SESSION_TTL_HOURS * HOUR,
    bearerTtlMs: e.BEARER_TTL_DAYS * 24 * HOUR,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    lockoutMs: e.LOCKOUT_MINUTES * 60_000,
    authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
    bodyLimit: e.BODY_LIMIT_BYTES,
    serveWeb: e.SERVE_WEB === 'true',
    webDistDir: e.WEB_DIST_DIR ? path.resolve(e.WEB_DIST_DIR) : path.resolve(serverRoot, '../web/dist'),
    cookieSecure: e.COOKIE_SECURE === 'true',
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    notifyProvider: e.NOTIFY_PROVIDER,
    workerPollMs: e.WORKER_POLL_MS,
    publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
    certSigningKey: e.CERT_SIGNING_KEY,
    ...overrides,
  };
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
