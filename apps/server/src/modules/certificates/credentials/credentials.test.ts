import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildUnsignedCredential, statusListUrl, verifyPageUrl } from './credential.js';
import { generateKeyPair, keyPairFromSecret, secretKeyMultibase } from './keys.js';
import { documentLoader } from './loader.js';
import { signCredential, signingSuite } from './sign.js';
import { bitAt, decodeStatusList, encodeStatusList, STATUS_LIST_SIZE } from './status-list.js';
import { sampleInput } from './testing/sample.js';
import { claimedStatus, verifyProof } from './verify.js';

const PUBLIC_URL = 'https://cert.example.cn';

describe('bitstring status list encoding', () => {
  it('round-trips set bits with the spec bit order (index 0 = left-most bit of the first byte)', () => {
    const set = [0, 7, 8, 42, 65_535, STATUS_LIST_SIZE - 1];
    const encoded = encodeStatusList(set);
    expect(encoded.startsWith('u')).toBe(true);
    expect(encoded).not.toMatch(/[=+/]/);
    const bits = decodeStatusList(encoded);
    expect(bits.length).toBe(STATUS_LIST_SIZE / 8);
    expect(bits[0]).toBe(0b1000_0001);
    expect(bits[1]).toBe(0b1000_0000);
    for (let i = 0; i < STATUS_LIST_SIZE; i += 1) {
      if (bitAt(bits, i) !== set.includes(i)) throw new Error(`bit ${i} wrong`);
    }
    expect(bitAt(bits, STATUS_LIST_SIZE)).toBe(false);
  });

  it('is at least the spec minimum of 131,072 bits (16 KiB) and gzip-compressed', () => {
    expect(STATUS_LIST_SIZE).toBe(131_072);
    const encoded = encodeStatusList([]);
    const raw = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(raw.length).toBe(16_384);
    expect(encoded.length).toBeLessThan(200);
    expect(() => encodeStatusList([], 1024)).toThrow(RangeError);
    expect(() => encodeStatusList([STATUS_LIST_SIZE])).toThrow(RangeError);
  });
});

describe('signing keys', () => {
  it('parses a secret key multibase (canonical and legacy 64-byte form) back to the same did:key', async () => {
    const pair = await generateKeyPair();
    const secret = await secretKeyMultibase(pair);
    const again = await keyPairFromSecret(secret);
    expect(again.publicKeyMultibase).toBe(pair.publicKeyMultibase);
    expect(again.controller).toBe(`did:key:${pair.publicKeyMultibase}`);
    expect(again.id).toBe(`did:key:${pair.publicKeyMultibase}#${pair.publicKeyMultibase}`);
    const legacy = (await pair.export({ publicKey: true, secretKey: true, includeContext: false })).secretKeyMultibase;
    expect((await keyPairFromSecret(legacy ?? '')).publicKeyMultibase).toBe(pair.publicKeyMultibase);
    await expect(keyPairFromSecret('not-a-key')).rejects.toThrow(/CERT_SIGNING_KEY/);
    await expect(keyPairFromSecret(pair.publicKeyMultibase)).rejects.toThrow(/CERT_SIGNING_KEY/);
  });
});

describe('the offline document loader', () => {
  it('serves the bundled contexts and resolves did:key locally, nothing else', async () => {
    const pair = await generateKeyPair();
    const vm = await documentLoader(pair.id ?? '');
    expect(vm.document).toMatchObject({ type: 'Multikey', publicKeyMultibase: pair.publicKeyMultibase });
    const did = await documentLoader(pair.controller ?? '');
    expect(did.document).toMatchObject({ id: pair.controller, assertionMethod: [pair.id] });
    await expect(documentLoader('https://example.com/context.json')).rejects.toThrow(/offline/);
    await expect(documentLoader('did:web:example.com')).rejects.toThrow(/offline/);
  });
});

describe('the Open Badges 3.0 credential', () => {
  it('contains the certificate facts, no ID number, and verifies; any change breaks it', async () => {
    const pair = await generateKeyPair();
    const unsigned = buildUnsignedCredential(sampleInput(), { controller: pair.controller ?? '' }, PUBLIC_URL);
    const signed = await signCredential(unsigned, signingSuite(pair));
    expect(signed).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:4f0c1f7e-2a4b-4c5d-9e6f-0a1b2c3d4e5f',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: '电子商务师职业技能等级证书',
      issuer: { id: pair.controller, type: ['Profile'], name: '徐州跨境电商职业培训学校', url: PUBLIC_URL },
      validFrom: '2026-11-20T02:00:00.000Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        name: '张三',
        licenseNumber: 'CS-2026-4-000001-K',
        achievement: {
          id: `${PUBLIC_URL}/achievements/4-01-02-02-4-cross-border`,
          achievementType: 'Certification',
          name: '电子商务师（跨境电子商务师）四级/中级工',
          alignment: [{ targetName: '国家职业技能标准 电子商务师（2022 年版）' }],
        },
      },
      credentialStatus: {
        id: `${PUBLIC_URL}/api/public/status-lists/1#42`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '42',
        statusListCredential: `${PUBLIC_URL}/api/public/status-lists/1`,
      },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', verificationMethod: pair.id },
    });
    expect(JSON.stringify(signed)).not.toMatch(/\d{17}[\dX]/);
    expect(claimedStatus(signed)).toEqual({ listId: 1, index: 42 });
    expect((await verifyProof(signed)).verified).toBe(true);

    const tampered = JSON.parse(JSON.stringify(signed).replace('张三', '张王'));
    expect((await verifyProof(tampered)).verified).toBe(false);
    const extraTerm = { ...structuredClone(signed), hobby: 'x' };
    expect((await verifyProof(extraTerm)).verified).toBe(false);
  });

  it('describes levels 2/1 with the comprehensive review and no work type as "all"', () => {
    const c = buildUnsignedCredential(
      sampleInput({ level: 2, levelName: '二级/技师', workType: null }),
      { controller: 'did:key:z6Mk' },
      PUBLIC_URL,
    ) as { credentialSubject: { achievement: { id: string; name: string; criteria: { narrative: string } } } };
    expect(c.credentialSubject.achievement.id).toBe(`${PUBLIC_URL}/achievements/4-01-02-02-2-all`);
    expect(c.credentialSubject.achievement.name).toBe('电子商务师二级/技师');
    expect(c.credentialSubject.achievement.criteria.narrative).toContain('综合评审');
  });

  it('builds the public URLs', () => {
    expect(statusListUrl(PUBLIC_URL, 3)).toBe(`${PUBLIC_URL}/api/public/status-lists/3`);
    expect(verifyPageUrl(PUBLIC_URL, 'CS-1')).toBe(`${PUBLIC_URL}/verify/CS-1`);
  });
});
