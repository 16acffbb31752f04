/**
 * Verifiable credentials for certificates: the platform's Ed25519 signing keys (did:key), Open Badges 3.0
 * credentials (VC 2.0, DataIntegrityProof / eddsa-rdfc-2022), offline verification with bundled contexts only,
 * and the revocation Bitstring Status List. Used by the certificates module. See docs/API-CERTIFICATES.md.
 */

export type { CertificateCredentialInput } from './credential.js';
export { achievementUrl, statusListUrl, verifyPageUrl } from './credential.js';
export type { SigningKeyInfo } from './keys.js';
export { ensureSigningKey, listSigningKeys, rotateSigningKey } from './keys.js';
export { buildCertificateCredential, signCertificateCredentials } from './sign.js';
export {
  decodeStatusList,
  encodeStatusList,
  STATUS_LIST_SIZE,
  statusBit,
  statusListCredential,
} from './status-list.js';
export type { CredentialCheck } from './verify.js';
export { checkCredential } from './verify.js';
