import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/http/index.js';
import { recordAudit } from '../../audit/index.js';
import { certificateCounters, signingKeys } from '../certificates.tables.js';

/** Bits per status list (the spec's minimum, 16 KiB). */
export const STATUS_LIST_SIZE = 131_072;
/** The certificates module's counter of status-list slots (next slot number n: list n / SIZE + 1, index n % SIZE). */
const STATUS_SLOT_COUNTER = 'status-list';

export interface SigningKeyInfo {
  id: string;
  controller: string;
  verificationMethod: string;
  publicKeyMultibase: string;
  source: 'file' | 'env';
  createdAt: string;
  retiredAt: string | null;
  active: boolean;
}

type KeyRow = typeof signingKeys.$inferSelect;
type KeyPair = Ed25519Multikey.Ed25519KeyPair;

const toInfo = (r: KeyRow): SigningKeyInfo => ({
  id: r.id,
  controller: r.controller,
  verificationMethod: r.verificationMethod,
  publicKeyMultibase: r.publicKeyMultibase,
  source: r.source === 'env' ? 'env' : 'file',
  createdAt: r.createdAt.toISOString(),
  retiredAt: r.retiredAt ? r.retiredAt.toISOString() : null,
  active: r.retiredAt === null,
});

/** The directory of the secret halves (mode 0700; files 0600). */
export const signingKeyDir = (dataDir: string) => path.join(dataDir, 'secrets', 'signing-keys');
export const signingKeyFile = (dataDir: string, id: string) => path.join(signingKeyDir(dataDir), `${id}.json`);

// --- base58btc (multibase 'z') decoding of a secret key, to derive its public half ---
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58Decode(text: string): Uint8Array {
  let n = 0n;
  for (const ch of text) {
    const v = B58.indexOf(ch);
    if (v < 0) throw new Error('not base58');
    n = n * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (const ch of text) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

/**
 * A key pair from a secret key multibase (`z…`, multicodec ed25519-priv 0x1300, 32-byte seed or the legacy
 * 64-byte seed+public form). Throws with a readable message when it is not one.
 */
export async function keyPairFromSecret(secretKeyMultibase: string): Promise<KeyPair> {
  const text = secretKeyMultibase.trim();
  let raw: Uint8Array;
  try {
    if (!text.startsWith('z')) throw new Error('no z prefix');
    raw = base58Decode(text.slice(1));
  } catch {
    throw new Error('CERT_SIGNING_KEY must be an Ed25519 secret key multibase (z…, base58btc)');
  }
  if (raw[0] !== 0x80 || raw[1] !== 0x26 || (raw.length !== 34 && raw.length !== 66)) {
    throw new Error('CERT_SIGNING_KEY is not an Ed25519 secret key (multicodec ed25519-priv, 32 bytes)');
  }
  const seed = raw.subarray(2, 34);
  const pair = await Ed25519Multikey.generate({ seed });
  if (raw.length === 66) {
    const pub = Buffer.from(raw.subarray(34));
    if (!pub.equals(Buffer.from(pair.publicKey))) throw new Error('CERT_SIGNING_KEY: public half does not match');
  }
  return withIds(pair);
}

function withIds(pair: KeyPair): KeyPair {
  const mb = pair.publicKeyMultibase;
  pair.controller = `did:key:${mb}`;
  pair.id = `did:key:${mb}#${mb}`;
  return pair;
}

/** A new Ed25519 key pair with did:key ids. */
export async function generateKeyPair(): Promise<KeyPair> {
  return withIds(await Ed25519Multikey.generate());
}

/** The secret key multibase (canonical 32-byte form) of a pair: what CERT_SIGNING_KEY takes. */
export async function secretKeyMultibase(pair: KeyPair): Promise<string> {
  const out = await pair.export({ publicKey: true, secretKey: true, includeContext: false, canonicalize: true });
  if (!out.secretKeyMultibase) throw new Error('no secret key');
  return out.secretKeyMultibase;
}

interface KeyFile {
  id: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
  createdAt: string;
}

async function writeKeyFile(dataDir: string, id: string, pair: KeyPair): Promise<string> {
  const dir = signingKeyDir(dataDir);
  fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o700 });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = signingKeyFile(dataDir, id);
  const body: KeyFile = {
    id,
    controller: pair.controller ?? '',
    publicKeyMultibase: pair.publicKeyMultibase,
    secretKeyMultibase: await secretKeyMultibase(pair),
    createdAt: new Date().toISOString(),
  };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return file;
}

// Loaded signers per data directory and key id (the secret is read once per process).
const loaded = new Map<string, KeyPair>();

/** Forgets the secrets read so far (tests: a deleted key file takes effect). */
export function forgetLoadedSigningKeys(): void {
  loaded.clear();
}

export async function loadSecret(ctx: AppContext, row: KeyRow): Promise<KeyPair | null> {
  const cacheKey = `${path.resolve(ctx.config.dataDir)}|${row.id}`;
  const hit = loaded.get(cacheKey);
  if (hit) return hit;
  let pair: KeyPair | null = null;
  try {
    if (row.source === 'env') {
      if (ctx.config.certSigningKey) pair = await keyPairFromSecret(ctx.config.certSigningKey);
    } else {
      const file = signingKeyFile(ctx.config.dataDir, row.id);
      if (fs.existsSync(file)) {
        const body = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<KeyFile>;
        if (typeof body.secretKeyMultibase === 'string') pair = await keyPairFromSecret(body.secretKeyMultibase);
      }
    }
  } catch (err) {
    ctx.log.error({ err, keyId: row.id }, 'signing key secret unreadable');
    pair = null;
  }
  if (!pair || pair.publicKeyMultibase !== row.publicKeyMultibase) return null;
  loaded.set(cacheKey, pair);
  return pair;
}

/** The active key and its secret half; 503 SIGNING_KEY_UNAVAILABLE when there is none or its secret is missing. */
export async function activeSigner(ctx: AppContext, exec: Executor = ctx.db): Promise<{ row: KeyRow; pair: KeyPair }> {
  const [row] = await exec.select().from(signingKeys).where(isNull(signingKeys.retiredAt)).limit(1);
  const pair = row ? await loadSecret(ctx, row) : null;
  if (!row || !pair) {
    ctx.log.error(
      { keyId: row?.id ?? null, file: row ? signingKeyFile(ctx.config.dataDir, row.id) : null },
      'the active signing key has no secret half here (file missing or CERT_SIGNING_KEY unset/different)',
    );
    throw new AppError('SIGNING_KEY_UNAVAILABLE');
  }
  return { row, pair };
}

/**
 * When the active key changes, credentials signed from then on get slots in a fresh status list, so each list is
 * signed by the key of its credentials (verifiers expect the list's issuer to be the credential's). The slot counter
 * ('status-list': the next slot number, see certificates/settings.service.ts) moves to the next list boundary.
 */
async function startNewStatusList(tx: Tx) {
  const size = sql.raw(String(STATUS_LIST_SIZE));
  const last = sql.raw(String(STATUS_LIST_SIZE - 1));
  await tx
    .update(certificateCounters)
    .set({ next: sql`((${certificateCounters.next} + ${last}) / ${size}) * ${size}` })
    .where(eq(certificateCounters.key, STATUS_SLOT_COUNTER));
}

const lock = (tx: Tx) => tx.execute(sql`select pg_advisory_xact_lock(hashtext('crossskill:signing-keys'))`);

async function insertKey(tx: Tx, id: string, pair: KeyPair, source: 'file' | 'env'): Promise<KeyRow> {
  const [row] = await tx
    .insert(signingKeys)
    .values({
      id,
      controller: pair.controller ?? '',
      verificationMethod: pair.id ?? '',
      publicKeyMultibase: pair.publicKeyMultibase,
      source,
    })
    .returning();
  if (!row) throw new Error('signing key insert returned nothing');
  return row;
}

/**
 * At start: the active key exists (creates key + 0600 file at first start, or loads CERT_SIGNING_KEY).
 * Idempotent, safe with two processes on one database (transaction-scoped advisory lock).
 */
export async function ensureSigningKey(ctx: AppContext): Promise<void> {
  if (ctx.config.certSigningKey) {
    const pair = await keyPairFromSecret(ctx.config.certSigningKey);
    await ctx.db.transaction(async (tx) => {
      await lock(tx);
      const [existing] = await tx
        .select()
        .from(signingKeys)
        .where(eq(signingKeys.publicKeyMultibase, pair.publicKeyMultibase));
      if (existing && existing.retiredAt === null) return;
      const retired = await tx
        .update(signingKeys)
        .set({ retiredAt: new Date() })
        .where(isNull(signingKeys.retiredAt))
        .returning({ id: signingKeys.id, controller: signingKeys.controller });
      if (retired.length > 0) await startNewStatusList(tx);
      const retiredDetails = retired.map((r) => ({ keyId: r.id, controller: r.controller }));
      if (existing) {
        // CERT_SIGNING_KEY names a retired key: it is active again (a configuration change, no actor)
        await tx.update(signingKeys).set({ retiredAt: null }).where(eq(signingKeys.id, existing.id));
        await recordAudit(tx, {
          event: 'signing_key.rotated',
          actorUserId: null,
          details: { keyId: existing.id, controller: existing.controller, source: 'env', retired: retiredDetails },
        });
        ctx.log.warn({ keyId: existing.id }, 'CERT_SIGNING_KEY names a retired signing key: it is active again');
        return;
      }
      const row = await insertKey(tx, crypto.randomUUID(), pair, 'env');
      await recordAudit(tx, {
        event: 'signing_key.created',
        actorUserId: null,
        details: { keyId: row.id, controller: row.controller, source: 'env', retired: retiredDetails },
      });
    });
    return;
  }
  let createdFile: string | null = null;
  try {
    await ctx.db.transaction(async (tx) => {
      await lock(tx);
      const [active] = await tx.select().from(signingKeys).where(isNull(signingKeys.retiredAt)).limit(1);
      if (active) {
        if (!(await loadSecret(ctx, active))) {
          ctx.log.error(
            { keyId: active.id, file: signingKeyFile(ctx.config.dataDir, active.id) },
            'the active signing key secret is missing: issuing certificates will fail until it is restored ' +
              '(or set CERT_SIGNING_KEY / rotate the key); existing credentials still verify',
          );
        }
        return;
      }
      const pair = await generateKeyPair();
      const id = crypto.randomUUID();
      createdFile = await writeKeyFile(ctx.config.dataDir, id, pair);
      const row = await insertKey(tx, id, pair, 'file');
      await recordAudit(tx, {
        event: 'signing_key.created',
        actorUserId: null,
        details: { keyId: row.id, controller: row.controller, source: 'file' },
      });
      ctx.log.info({ keyId: id, file: createdFile }, 'created the certificate signing key');
    });
  } catch (err) {
    if (createdFile) fs.rmSync(createdFile, { force: true });
    throw err;
  }
}

export async function listSigningKeys(exec: Executor): Promise<SigningKeyInfo[]> {
  const rows = await exec.select().from(signingKeys).orderBy(asc(signingKeys.createdAt), asc(signingKeys.id));
  return rows.map(toInfo);
}

/** New key becomes active; the old one is retired (still verifies). Audits signing_key.rotated in the transaction. */
export async function rotateSigningKey(ctx: AppContext, actorId: string, ip: string | null): Promise<SigningKeyInfo> {
  if (ctx.config.certSigningKey) throw new AppError('SIGNING_KEY_CONFIGURED');
  const pair = await generateKeyPair();
  const id = crypto.randomUUID();
  const file = await writeKeyFile(ctx.config.dataDir, id, pair);
  try {
    return await ctx.db.transaction(async (tx) => {
      await lock(tx);
      const previous = await tx
        .update(signingKeys)
        .set({ retiredAt: new Date() })
        .where(isNull(signingKeys.retiredAt))
        .returning({ id: signingKeys.id, controller: signingKeys.controller });
      const row = await insertKey(tx, id, pair, 'file');
      await startNewStatusList(tx);
      await recordAudit(tx, {
        event: 'signing_key.rotated',
        actorUserId: actorId,
        ip,
        details: {
          keyId: row.id,
          controller: row.controller,
          retired: previous.map((p) => ({ keyId: p.id, controller: p.controller })),
        },
      });
      return toInfo(row);
    });
  } catch (err) {
    fs.rmSync(file, { force: true });
    throw err;
  }
}

/** Whether a verification method belongs to one of the platform's keys (current or retired). */
export async function keyByVerificationMethod(exec: Executor, verificationMethod: string): Promise<KeyRow | null> {
  const [row] = await exec.select().from(signingKeys).where(eq(signingKeys.verificationMethod, verificationMethod));
  return row ?? null;
}
