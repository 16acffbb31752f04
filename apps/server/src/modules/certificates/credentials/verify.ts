import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { AppContext } from '../../../platform/context.js';
import { keyByVerificationMethod } from './keys.js';
import { documentLoader, OB_CONTEXT, VC_V2_CONTEXT } from './loader.js';

type Message = { zh: string; en: string };

export interface CredentialCheck {
  signature: 'valid' | 'invalid' | 'unknown_key' | 'malformed';
  /** From `id` (urn:uuid:…) — as the document claims it; trust it only when the signature is valid. */
  certificateId: string | null;
  /** From `credentialSubject.licenseNumber` (as claimed). */
  number: string | null;
  /** The BitstringStatusListEntry (as claimed): the caller checks the registry / the list. */
  status: { listId: number; index: number } | null;
  problems: { code: string; message: Message }[];
}

const PROBLEMS = {
  NOT_AN_OBJECT: { zh: '内容不是 JSON 对象', en: 'Not a JSON object' },
  WRONG_CONTEXT: {
    zh: '@context 须为 VC 2.0 与 Open Badges 3.0.3 上下文',
    en: '@context must be the VC 2.0 and Open Badges 3.0.3 contexts',
  },
  WRONG_TYPE: {
    zh: 'type 须包含 VerifiableCredential 与 OpenBadgeCredential',
    en: 'type must include VerifiableCredential and OpenBadgeCredential',
  },
  NO_PROOF: {
    zh: '缺少 DataIntegrityProof（eddsa-rdfc-2022）签名',
    en: 'No DataIntegrityProof (eddsa-rdfc-2022) signature',
  },
  UNKNOWN_KEY: {
    zh: '签名密钥不是本平台的密钥（当前或已轮换的）',
    en: "The signature was not made with one of this platform's keys (current or retired)",
  },
  SIGNATURE_INVALID: {
    zh: '签名验证失败：证书内容在签发后被改动',
    en: 'The signature does not verify: the credential was changed after it was issued',
  },
  NO_STATUS: { zh: '缺少吊销状态项（BitstringStatusListEntry）', en: 'No revocation entry (BitstringStatusListEntry)' },
} satisfies Record<string, Message>;

type ProblemCode = keyof typeof PROBLEMS;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const values = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const LIST_URL = /\/api\/public\/status-lists\/(\d{1,9})$/;

/** The status entry a credential claims (list id from the list URL, index), or null. */
export function claimedStatus(credential: Record<string, unknown>): { listId: number; index: number } | null {
  const [entry] = values(credential.credentialStatus);
  if (!isObject(entry) || entry.type !== 'BitstringStatusListEntry' || entry.statusPurpose !== 'revocation') {
    return null;
  }
  const url = entry.statusListCredential;
  const index = entry.statusListIndex;
  if (typeof url !== 'string' || typeof index !== 'string' || !/^\d{1,9}$/.test(index)) return null;
  const m = LIST_URL.exec(url);
  if (!m?.[1]) return null;
  return { listId: Number(m[1]), index: Number(index) };
}

/** The suite that verifies eddsa-rdfc-2022 DataIntegrityProofs. */
export const verifyingSuite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

/**
 * Verifies a credential's proof offline (bundled contexts, local did:key). Status is not fetched: `checkStatus`
 * accepts, the caller checks the entry against the registry or the list.
 */
export async function verifyProof(credential: unknown): Promise<vc.VerifyResult> {
  try {
    return await vc.verifyCredential({
      credential,
      suite: verifyingSuite(),
      documentLoader,
      checkStatus: async () => ({ verified: true }),
    });
  } catch (error) {
    return { verified: false, error: { message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Offline check of a credential JSON: shape, proof (only the platform's keys, current or retired), ids. */
export async function checkCredential(ctx: AppContext, json: unknown): Promise<CredentialCheck> {
  const problems: CredentialCheck['problems'] = [];
  const problem = (code: ProblemCode) => problems.push({ code, message: PROBLEMS[code] });
  const result = (signature: CredentialCheck['signature'], c?: Record<string, unknown>): CredentialCheck => {
    const idMatch = typeof c?.id === 'string' ? UUID_URN.exec(c.id) : null;
    const subject = c ? values(c.credentialSubject)[0] : undefined;
    const number = isObject(subject) && typeof subject.licenseNumber === 'string' ? subject.licenseNumber : null;
    return {
      signature,
      certificateId: idMatch?.[1]?.toLowerCase() ?? null,
      number,
      status: c ? claimedStatus(c) : null,
      problems,
    };
  };

  if (!isObject(json)) {
    problem('NOT_AN_OBJECT');
    return result('malformed');
  }
  const contexts = values(json['@context']);
  if (contexts[0] !== VC_V2_CONTEXT || !contexts.includes(OB_CONTEXT)) {
    problem('WRONG_CONTEXT');
    return result('malformed', json);
  }
  const types = values(json.type);
  if (!types.includes('VerifiableCredential') || !types.includes('OpenBadgeCredential')) {
    problem('WRONG_TYPE');
    return result('malformed', json);
  }
  const proofs = values(json.proof);
  const proof = proofs[0];
  if (
    proofs.length !== 1 ||
    !isObject(proof) ||
    proof.type !== 'DataIntegrityProof' ||
    proof.cryptosuite !== 'eddsa-rdfc-2022' ||
    typeof proof.verificationMethod !== 'string' ||
    typeof proof.proofValue !== 'string'
  ) {
    problem('NO_PROOF');
    return result('malformed', json);
  }
  if (!claimedStatus(json)) problem('NO_STATUS');
  const key = await keyByVerificationMethod(ctx.db, proof.verificationMethod);
  if (!key) {
    problem('UNKNOWN_KEY');
    return result('unknown_key', json);
  }
  const verified = await verifyProof(json);
  if (!verified.verified) {
    ctx.log.debug({ error: verified.error }, 'credential signature did not verify');
    problem('SIGNATURE_INVALID');
    return result('invalid', json);
  }
  return result('valid', json);
}
