import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { AppContext } from '../../../platform/context.js';
import { buildUnsignedCredential, type CertificateCredentialInput } from './credential.js';
import { activeSigner } from './keys.js';
import { documentLoader } from './loader.js';

/** A DataIntegrityProof (eddsa-rdfc-2022) signing suite for a key pair. */
export function signingSuite(pair: { signer(): unknown }) {
  return new DataIntegrityProof({ signer: pair.signer(), cryptosuite: eddsaRdfc2022 });
}

/** Signs a credential (RDF canonicalization + Ed25519) with the offline loader. */
export function signCredential(credential: Record<string, unknown>, suite: unknown) {
  return vc.issue({ credential, suite, documentLoader });
}

/** The unsigned credential of a certificate as the active key would issue it (for previews and tests). */
export async function buildCertificateCredential(ctx: AppContext, input: CertificateCredentialInput) {
  const { row } = await activeSigner(ctx);
  return buildUnsignedCredential(input, { controller: row.controller }, ctx.config.publicUrl);
}

/**
 * Builds and signs many credentials with the active key (one signer for the batch; ≈ 7–8 ms each on one core).
 * Batches of {@link POOL_MIN_BATCH} or more are signed in parallel by worker threads, one per core (signing is
 * pure CPU: RDF canonicalization + Ed25519); the result is in input order either way.
 * 503 SIGNING_KEY_UNAVAILABLE when the active key's secret is not available here.
 */
export async function signCertificateCredentials(
  ctx: AppContext,
  inputs: readonly CertificateCredentialInput[],
): Promise<{ credentials: Record<string, unknown>[]; signingKeyId: string }> {
  const { row, pair } = await activeSigner(ctx);
  const unsigned = inputs.map((input) =>
    buildUnsignedCredential(input, { controller: row.controller }, ctx.config.publicUrl),
  );
  const threads = signingThreads();
  if (threads > 1 && unsigned.length >= POOL_MIN_BATCH) {
    const key = await pair.export({ publicKey: true, secretKey: true, includeContext: true });
    return { credentials: await signInWorkers(key, unsigned, threads), signingKeyId: row.id };
  }
  const suite = signingSuite(pair);
  const credentials: Record<string, unknown>[] = [];
  for (const credential of unsigned) credentials.push(await signCredential(credential, suite));
  return { credentials, signingKeyId: row.id };
}

// ---------------------------------------------------------------------------------------------------------
// Worker threads for batches

/** Smaller batches are signed on the calling thread (starting a worker costs ≈ 0.3 s). */
export const POOL_MIN_BATCH = 64;
const POOL_IDLE_MS = 30_000;
// apps/server/workers/ — the same relative path from src/… (tests) and dist/… (npm start).
const WORKER_URL = new URL('../../../../workers/sign-credentials.mjs', import.meta.url);

/** Worker threads used for a batch: one per core, at most 4 (1 on a single core: no workers). */
export function signingThreads(): number {
  return Math.min(4, os.availableParallelism());
}

interface PooledWorker {
  worker: Worker;
  pending: Map<number, { resolve: (v: Record<string, unknown>[]) => void; reject: (e: Error) => void }>;
}

let pool: PooledWorker[] = [];
let idleTimer: NodeJS.Timeout | undefined;
let nextRequest = 0;

function startWorker(): PooledWorker {
  const worker = new Worker(WORKER_URL);
  worker.unref();
  const entry: PooledWorker = { worker, pending: new Map() };
  const failAll = (error: Error) => {
    for (const p of entry.pending.values()) p.reject(error);
    entry.pending.clear();
    pool = pool.filter((w) => w !== entry);
  };
  worker.on('message', (msg: { id: number; signed?: Record<string, unknown>[]; error?: string }) => {
    const p = entry.pending.get(msg.id);
    if (!p) return;
    entry.pending.delete(msg.id);
    if (msg.error !== undefined || !msg.signed) p.reject(new Error(`credential signing failed: ${msg.error}`));
    else p.resolve(msg.signed);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`signing worker exited with code ${code}`)));
  return entry;
}

function workers(n: number): PooledWorker[] {
  while (pool.length < n) pool.push(startWorker());
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    const idle = pool;
    pool = [];
    for (const w of idle) void w.worker.terminate();
  }, POOL_IDLE_MS);
  idleTimer.unref();
  return pool.slice(0, n);
}

async function signInWorkers(
  key: unknown,
  unsigned: Record<string, unknown>[],
  threads: number,
): Promise<Record<string, unknown>[]> {
  const size = Math.ceil(unsigned.length / threads);
  const slices = Array.from({ length: threads }, (_, i) => unsigned.slice(i * size, (i + 1) * size)).filter(
    (slice) => slice.length > 0,
  );
  const chosen = workers(slices.length);
  const parts = await Promise.all(
    slices.map(
      (credentials, i) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const entry = chosen[i]!;
          const id = ++nextRequest;
          entry.pending.set(id, { resolve, reject });
          entry.worker.postMessage({ id, key, credentials });
        }),
    ),
  );
  return parts.flat();
}
