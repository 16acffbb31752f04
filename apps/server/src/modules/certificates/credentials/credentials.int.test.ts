import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { auditLog } from '../../audit/audit.tables.js';
import { createExamFixture, type ExamFixture } from '../../exams/testing/fixture.js';
import { standardVersions } from '../../standards/standards.tables.js';
import { certificateCounters, certificateStatusLists, certificates, signingKeys } from '../certificates.tables.js';
import { buildUnsignedCredential } from './credential.js';
import {
  checkCredential,
  ensureSigningKey,
  listSigningKeys,
  rotateSigningKey,
  STATUS_LIST_SIZE,
  signCertificateCredentials,
  statusBit,
  statusListCredential,
} from './index.js';
import { forgetLoadedSigningKeys, generateKeyPair, secretKeyMultibase, signingKeyFile } from './keys.js';
import { signCredential, signingSuite } from './sign.js';
import { sampleInput } from './testing/sample.js';
import { verifyProof } from './verify.js';

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('../../../../scripts/verify-credential.mjs', import.meta.url));

async function verifyScript(files: string[]) {
  try {
    const { stdout } = await run(process.execPath, [SCRIPT, ...files]);
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '' };
  }
}

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('signing keys, credentials and the status list (file key)', () => {
  let server: TestServer;
  let fixture: ExamFixture;
  let versionId: string;
  let tmp: string;

  beforeAll(async () => {
    server = await startTestServer({ publicUrl: 'https://cert.example.cn' });
    await ensureSigningKey(server.ctx); // idempotent (the server already ran it at start)
    fixture = await createExamFixture(server, { candidates: 2 });
    const [v] = await server.ctx.db.select({ id: standardVersions.id }).from(standardVersions).limit(1);
    versionId = v!.id;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crossskill-vc-'));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Inserts the registry row of a signed credential (what the certificates module does at issue). */
  async function insertCertificate(
    candidate: number,
    input: ReturnType<typeof sampleInput>,
    credential: Record<string, unknown>,
    signingKeyId: string,
    status: 'issued' | 'revoked' = 'issued',
  ) {
    const c = fixture.candidates[candidate]!;
    await server.ctx.db
      .insert(certificateStatusLists)
      .values({ id: input.statusListId, size: STATUS_LIST_SIZE })
      .onConflictDoNothing();
    await server.ctx.db.insert(certificates).values({
      id: input.certificateId,
      number: input.number,
      planId: fixture.planId,
      registrationId: c.registrationId,
      userId: c.user.id,
      holderName: input.holderName,
      occupation: input.occupation,
      occupationCode: input.occupationCode,
      workType: input.workType,
      level: input.level,
      levelName: input.levelName,
      standardVersionId: versionId,
      standardVersionLabel: input.standardVersionLabel,
      orgId: fixture.orgId,
      orgName: input.orgName,
      issuedAt: input.issuedAt,
      status,
      statusListId: input.statusListId,
      statusListIndex: input.statusListIndex,
      credential,
      signingKeyId,
    });
  }

  it('creates the key at first start: secret in a 0600 file (0700 directory), public half in the table, audited', async () => {
    const keys = await listSigningKeys(server.ctx.db);
    expect(keys).toHaveLength(1);
    const key = keys[0]!;
    expect(key).toMatchObject({ source: 'file', active: true, retiredAt: null });
    expect(key.controller).toBe(`did:key:${key.publicKeyMultibase}`);
    expect(key.verificationMethod).toBe(`${key.controller}#${key.publicKeyMultibase}`);
    const file = signingKeyFile(server.dataDir, key.id);
    expect(mode(file)).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(0o700);
    const body = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    expect(body.publicKeyMultibase).toBe(key.publicKeyMultibase);
    expect(body.secretKeyMultibase).toMatch(/^z/);
    const audits = await server.ctx.db.select().from(auditLog).where(eq(auditLog.event, 'signing_key.created'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: null, details: { keyId: key.id, source: 'file' } });
  });

  it('creates one active key when several processes start at once on an empty table', async () => {
    const before = await listSigningKeys(server.ctx.db);
    await server.ctx.db.delete(signingKeys); // no certificate refers to it yet
    await Promise.all([ensureSigningKey(server.ctx), ensureSigningKey(server.ctx), ensureSigningKey(server.ctx)]);
    const active = await server.ctx.db.select().from(signingKeys).where(isNull(signingKeys.retiredAt));
    expect(active).toHaveLength(1);
    expect(active[0]!.id).not.toBe(before[0]!.id);
    const files = fs.readdirSync(path.dirname(signingKeyFile(server.dataDir, active[0]!.id)));
    expect(files.sort()).toEqual([`${before[0]!.id}.json`, `${active[0]!.id}.json`].sort());
    await ensureSigningKey(server.ctx);
    expect(await listSigningKeys(server.ctx.db)).toHaveLength(1);
  });

  it('signs 200 credentials (worker threads on a multi-core machine), in order, each verifies; a changed character or a foreign key does not', async () => {
    const inputs = Array.from({ length: 200 }, (_, i) =>
      sampleInput({ certificateId: crypto.randomUUID(), number: `CS-T-${i}`, statusListIndex: i }),
    );
    const started = performance.now();
    const { credentials, signingKeyId } = await signCertificateCredentials(server.ctx, inputs);
    const ms = (performance.now() - started) / inputs.length;
    console.info(`signing: ${ms.toFixed(1)} ms per credential`);
    const [active] = await listSigningKeys(server.ctx.db);
    expect(signingKeyId).toBe(active!.id);
    for (const [i, c] of credentials.entries()) {
      const check = await checkCredential(server.ctx, c);
      expect(check).toEqual({
        signature: 'valid',
        certificateId: inputs[i]!.certificateId,
        number: `CS-T-${i}`,
        status: { listId: 1, index: i },
        problems: [],
      });
    }
    const signed = credentials[0]!;
    const tampered = JSON.parse(JSON.stringify(signed).replace('徐州跨境电商职业培训学校', '徐州跨境电商职业培训学院'));
    expect((await checkCredential(server.ctx, tampered)).signature).toBe('invalid');
    const renumbered = structuredClone(signed) as { credentialSubject: { licenseNumber: string } };
    renumbered.credentialSubject.licenseNumber = 'CS-T-999';
    const check = await checkCredential(server.ctx, renumbered);
    expect(check).toMatchObject({ signature: 'invalid', number: 'CS-T-999' });
    expect(check.problems.map((p) => p.code)).toEqual(['SIGNATURE_INVALID']);

    const foreign = await generateKeyPair();
    const forged = await signCredential(
      buildUnsignedCredential(inputs[0]!, { controller: foreign.controller! }, server.ctx.config.publicUrl),
      signingSuite(foreign),
    );
    expect((await verifyProof(forged)).verified).toBe(true); // a valid signature, but not ours
    expect((await checkCredential(server.ctx, forged)).signature).toBe('unknown_key');

    for (const bad of [null, 'x', [], { ...signed, '@context': ['https://www.w3.org/2018/credentials/v1'] }]) {
      expect((await checkCredential(server.ctx, bad)).signature).toBe('malformed');
    }
    const { proof: _proof, ...unsigned } = signed;
    expect((await checkCredential(server.ctx, unsigned)).signature).toBe('malformed');
    expect((await checkCredential(server.ctx, { ...signed, type: ['VerifiableCredential'] })).signature).toBe(
      'malformed',
    );
  }, 180_000);

  it('verifies offline with the standalone script: valid exits 0, a tampered copy exits 1', async () => {
    const input = sampleInput({ certificateId: crypto.randomUUID(), number: 'CS-SCRIPT-1', statusListIndex: 7 });
    const { credentials } = await signCertificateCredentials(server.ctx, [input]);
    const good = path.join(tmp, 'good.json');
    const bad = path.join(tmp, 'bad.json');
    fs.writeFileSync(good, JSON.stringify(credentials[0], null, 2));
    fs.writeFileSync(bad, JSON.stringify(credentials[0]).replace('张三', '张四'));
    const ok = await verifyScript([good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^VALID: CS-SCRIPT-1/);
    const tampered = await verifyScript([bad]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/^INVALID/);
  }, 90_000);

  it('publishes the revocation in the signed status list; the script reports it', async () => {
    const [key] = await listSigningKeys(server.ctx.db);
    const input = sampleInput({ certificateId: crypto.randomUUID(), number: 'CS-REV-1', statusListIndex: 4242 });
    const { credentials } = await signCertificateCredentials(server.ctx, [input]);
    await insertCertificate(0, input, credentials[0]!, key!.id);

    expect(await statusListCredential(server.ctx, 999)).toBeNull();
    const list = await statusListCredential(server.ctx, 1);
    expect(list).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'https://cert.example.cn/api/public/status-lists/1',
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: key!.controller,
      credentialSubject: {
        id: 'https://cert.example.cn/api/public/status-lists/1#list',
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
      },
      proof: { cryptosuite: 'eddsa-rdfc-2022' },
    });
    expect((await verifyProof(list)).verified).toBe(true);
    expect(await statusBit(server.ctx, 1, 4242)).toBe(false);
    const credFile = path.join(tmp, 'rev.json');
    const listFile = path.join(tmp, 'list-before.json');
    fs.writeFileSync(credFile, JSON.stringify(credentials[0]));
    fs.writeFileSync(listFile, JSON.stringify(list));
    const before = await verifyScript([credFile, '--status-list', listFile]);
    expect(before.stdout).toMatch(/^VALID: .*not revoked/);
    expect(before.code).toBe(0);

    // what revocation does in its transaction: mark the certificate, make the list stale
    await server.ctx.db.transaction(async (tx) => {
      await tx
        .update(certificates)
        .set({ status: 'revoked', revokedAt: new Date(), revokeReason: '测试' })
        .where(eq(certificates.id, input.certificateId));
      await tx.update(certificateStatusLists).set({ credential: null }).where(eq(certificateStatusLists.id, 1));
    });
    // two requests at once get one (the same) fresh list
    const [a, b] = await Promise.all([statusListCredential(server.ctx, 1), statusListCredential(server.ctx, 1)]);
    expect(a).toEqual(b);
    expect(await statusBit(server.ctx, 1, 4242)).toBe(true);
    expect(await statusBit(server.ctx, 1, 4241)).toBe(false);
    const listAfter = path.join(tmp, 'list-after.json');
    fs.writeFileSync(listAfter, JSON.stringify(a));
    const after = await verifyScript([credFile, '--status-list', listAfter]);
    expect(after.stdout).toMatch(/^REVOKED/);
    expect(after.code).toBe(1);
    // a list edited to clear the bit no longer verifies
    const forgedList = structuredClone(a) as { credentialSubject: { encodedList: string } };
    forgedList.credentialSubject.encodedList = (list as typeof forgedList).credentialSubject.encodedList;
    fs.writeFileSync(listAfter, JSON.stringify(forgedList));
    const forged = await verifyScript([credFile, '--status-list', listAfter]);
    expect(forged.code).toBe(1);
    expect(forged.stdout).toMatch(/status list signature/);
  }, 90_000);

  it('rotation: a new active key, the old one retired, old credentials still verify, audited', async () => {
    const [old] = await listSigningKeys(server.ctx.db);
    const oldInput = sampleInput({ certificateId: crypto.randomUUID(), number: 'CS-OLD-1' });
    const { credentials: oldCreds } = await signCertificateCredentials(server.ctx, [oldInput]);
    await server.ctx.db.insert(certificateCounters).values({ key: 'status-list', next: 5 }).onConflictDoNothing();

    const rotated = await rotateSigningKey(server.ctx, fixture.admin.user.id, '127.0.0.1');
    expect(rotated).toMatchObject({ active: true, source: 'file' });
    expect(rotated.controller).not.toBe(old!.controller);
    expect(mode(signingKeyFile(server.dataDir, rotated.id))).toBe(0o600);
    const keys = await listSigningKeys(server.ctx.db);
    expect(keys.map((k) => [k.id, k.active])).toEqual([
      [old!.id, false],
      [rotated.id, true],
    ]);
    expect(keys[0]!.retiredAt).not.toBeNull();
    // new slots start a fresh list (so each list is signed by the key of its credentials)
    const [counter] = await server.ctx.db
      .select()
      .from(certificateCounters)
      .where(eq(certificateCounters.key, 'status-list'));
    expect(counter!.next).toBe(STATUS_LIST_SIZE);

    expect((await checkCredential(server.ctx, oldCreds[0])).signature).toBe('valid');
    const { credentials, signingKeyId } = await signCertificateCredentials(server.ctx, [sampleInput()]);
    expect(signingKeyId).toBe(rotated.id);
    expect(credentials[0]).toMatchObject({
      issuer: { id: rotated.controller },
      proof: { verificationMethod: rotated.verificationMethod },
    });
    expect((await checkCredential(server.ctx, credentials[0])).signature).toBe('valid');
    const [audit] = await server.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'signing_key.rotated'), eq(auditLog.actorUserId, fixture.admin.user.id)));
    expect(audit?.details).toMatchObject({ keyId: rotated.id, retired: [{ keyId: old!.id }] });

    // list 1 holds old-key credentials: it is still signed by the old key
    await server.ctx.db
      .update(certificateStatusLists)
      .set({ credential: null })
      .where(eq(certificateStatusLists.id, 1));
    expect(await statusListCredential(server.ctx, 1)).toMatchObject({ issuer: old!.controller });
  });

  it('a missing secret file: signing fails with 503 SIGNING_KEY_UNAVAILABLE, verification still works', async () => {
    const { credentials } = await signCertificateCredentials(server.ctx, [sampleInput()]);
    const active = (await listSigningKeys(server.ctx.db)).find((k) => k.active)!;
    const file = signingKeyFile(server.dataDir, active.id);
    const saved = fs.readFileSync(file);
    fs.rmSync(file);
    forgetLoadedSigningKeys();
    try {
      await expect(signCertificateCredentials(server.ctx, [sampleInput()])).rejects.toMatchObject({
        code: 'SIGNING_KEY_UNAVAILABLE',
        status: 503,
      });
      await ensureSigningKey(server.ctx); // logs, does not replace the key
      expect((await listSigningKeys(server.ctx.db)).filter((k) => k.active).map((k) => k.id)).toEqual([active.id]);
      expect((await checkCredential(server.ctx, credentials[0])).signature).toBe('valid');
    } finally {
      fs.writeFileSync(file, saved, { mode: 0o600 });
    }
  });
});

describe('signing key from CERT_SIGNING_KEY', () => {
  let server: TestServer;
  let secret: string;
  let publicKeyMultibase: string;

  beforeAll(async () => {
    const pair = await generateKeyPair();
    secret = await secretKeyMultibase(pair);
    publicKeyMultibase = pair.publicKeyMultibase;
    server = await startTestServer({ certSigningKey: secret });
    await ensureSigningKey(server.ctx);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  it('uses the configured key (no file), signs with it and refuses rotation through the API', async () => {
    const keys = await listSigningKeys(server.ctx.db);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ source: 'env', active: true, publicKeyMultibase });
    expect(fs.existsSync(signingKeyFile(server.dataDir, keys[0]!.id))).toBe(false);
    const { credentials } = await signCertificateCredentials(server.ctx, [sampleInput()]);
    expect(credentials[0]).toMatchObject({ issuer: { id: `did:key:${publicKeyMultibase}` } });
    expect((await checkCredential(server.ctx, credentials[0])).signature).toBe('valid');
    await expect(rotateSigningKey(server.ctx, crypto.randomUUID(), null)).rejects.toMatchObject({
      code: 'SIGNING_KEY_CONFIGURED',
    });
  });

  it('a changed CERT_SIGNING_KEY becomes the active key; the previous one is retired and still verifies', async () => {
    const { credentials: before } = await signCertificateCredentials(server.ctx, [sampleInput()]);
    const other = await generateKeyPair();
    const changed = {
      ...server.ctx,
      config: { ...server.ctx.config, certSigningKey: await secretKeyMultibase(other) },
    };
    await ensureSigningKey(changed);
    let keys = await listSigningKeys(server.ctx.db);
    expect(keys.map((k) => [k.publicKeyMultibase, k.active])).toEqual([
      [publicKeyMultibase, false],
      [other.publicKeyMultibase, true],
    ]);
    expect((await signCertificateCredentials(changed, [sampleInput()])).credentials[0]).toMatchObject({
      issuer: { id: other.controller },
    });
    expect((await checkCredential(server.ctx, before[0])).signature).toBe('valid');
    // back to the first key: it is active again
    await ensureSigningKey(server.ctx);
    keys = await listSigningKeys(server.ctx.db);
    expect(keys.filter((k) => k.active).map((k) => k.publicKeyMultibase)).toEqual([publicKeyMultibase]);
    const events = await server.ctx.db.select().from(auditLog).where(eq(auditLog.event, 'signing_key.rotated'));
    expect(events).toHaveLength(1);
  });
});
