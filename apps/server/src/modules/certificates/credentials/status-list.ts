import { gunzipSync, gzipSync } from 'node:zlib';
import { and, count, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { certificateStatusLists, certificates, signingKeys } from '../certificates.tables.js';
import { statusListUrl } from './credential.js';
import { activeSigner, loadSecret, STATUS_LIST_SIZE } from './keys.js';
import { VC_V2_CONTEXT } from './loader.js';
import { signCredential, signingSuite } from './sign.js';

/** Entries per Bitstring Status List: 131,072 bits = 16 KiB, the spec's minimum (herd privacy). */
export { STATUS_LIST_SIZE };

/**
 * Bitstring Status List encoding: GZIP of the bitstring, multibase base64url without padding ('u' prefix).
 * Bit order per the spec: index 0 is the left-most (most significant) bit of the first byte.
 */
export function encodeStatusList(setIndexes: Iterable<number>, size = STATUS_LIST_SIZE): string {
  if (size < STATUS_LIST_SIZE || size % 8 !== 0)
    throw new RangeError(`A status list has at least ${STATUS_LIST_SIZE} bits`);
  const bytes = new Uint8Array(size / 8);
  for (const i of setIndexes) {
    if (!Number.isInteger(i) || i < 0 || i >= size) throw new RangeError(`status index ${i} outside 0..${size - 1}`);
    bytes[i >> 3] = (bytes[i >> 3] ?? 0) | (0x80 >> (i & 7));
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

/** The bitstring of an encoded list (throws on a malformed value). */
export function decodeStatusList(encodedList: string): Uint8Array {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (u…)');
  return new Uint8Array(gunzipSync(Buffer.from(encodedList.slice(1), 'base64url')));
}

export const bitAt = (bits: Uint8Array, index: number) =>
  index >= 0 && index < bits.length * 8 && ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;

/**
 * The key that signs a list: the key of (most of) its credentials, so that the list's issuer is the credentials'
 * issuer as verifiers expect (rotation starts a new list); the active key when that secret is not available here.
 */
async function listSigner(ctx: AppContext, listId: number) {
  const [top] = await ctx.db
    .select({ keyId: certificates.signingKeyId, n: count() })
    .from(certificates)
    .where(eq(certificates.statusListId, listId))
    .groupBy(certificates.signingKeyId)
    .orderBy(desc(count()))
    .limit(1);
  if (top) {
    const [row] = await ctx.db.select().from(signingKeys).where(eq(signingKeys.id, top.keyId));
    const pair = row ? await loadSecret(ctx, row) : null;
    if (row && pair) return { row, pair };
  }
  // 503 SIGNING_KEY_UNAVAILABLE when the active key's secret is not here either
  return activeSigner(ctx);
}

/**
 * The signed BitstringStatusListCredential of a list, re-signed when `certificate_status_lists.credential` is null
 * (revocation sets it to null in its transaction). Null when the list does not exist. Concurrency: the row is
 * locked while rebuilding, so concurrent requests wait and then read the one fresh list.
 */
export async function statusListCredential(ctx: AppContext, listId: number): Promise<Record<string, unknown> | null> {
  if (!Number.isSafeInteger(listId) || listId < 0 || listId > 2_147_483_647) return null;
  const [stored] = await ctx.db
    .select({ credential: certificateStatusLists.credential })
    .from(certificateStatusLists)
    .where(eq(certificateStatusLists.id, listId));
  if (!stored) return null;
  if (stored.credential) return stored.credential;
  const signer = await listSigner(ctx, listId);
  return ctx.db.transaction(async (tx) => {
    const [list] = await tx
      .select()
      .from(certificateStatusLists)
      .where(eq(certificateStatusLists.id, listId))
      .for('update');
    if (!list) return null;
    if (list.credential) return list.credential;
    const revoked = await tx
      .select({ index: certificates.statusListIndex })
      .from(certificates)
      .where(and(eq(certificates.statusListId, listId), eq(certificates.status, 'revoked')));
    const url = statusListUrl(ctx.config.publicUrl, listId);
    const now = new Date();
    const unsigned = {
      '@context': [VC_V2_CONTEXT],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: signer.row.controller,
      validFrom: now.toISOString(),
      credentialSubject: {
        id: `${url}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: encodeStatusList(
          revoked.map((r) => r.index),
          Math.max(list.size, STATUS_LIST_SIZE),
        ),
      },
    };
    const signed = await signCredential(unsigned, signingSuite(signer.pair));
    await tx
      .update(certificateStatusLists)
      .set({ credential: signed, updatedAt: now })
      .where(eq(certificateStatusLists.id, listId));
    return signed;
  });
}

/** Whether the list's bit is set (decodes the stored or freshly signed list). False for an unknown list. */
export async function statusBit(ctx: AppContext, listId: number, index: number): Promise<boolean> {
  const credential = await statusListCredential(ctx, listId);
  const subject = credential?.credentialSubject as { encodedList?: unknown } | undefined;
  if (typeof subject?.encodedList !== 'string') return false;
  return bitAt(decodeStatusList(subject.encodedList), index);
}
