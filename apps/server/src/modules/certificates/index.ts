/**
 * Certificates (证书管理): numbering, issuance (single and batch), PDF, Open Badges 3.0 credentials signed with
 * the platform's Ed25519 key, revocation via a Bitstring Status List, and public verification.
 * See docs/API-CERTIFICATES.md.
 */
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';
import { registerCertificateRoutesImpl } from './certificates.routes.js';

export function registerCertificateRoutes(app: App, ctx: AppContext): void {
  registerCertificateRoutesImpl(app, ctx);
}

export { certificateStatusLists, certificates } from './certificates.tables.js';
/** Creates the platform's signing key at first start (or loads CERT_SIGNING_KEY). */
export { ensureSigningKey } from './credentials/index.js';
export { type Holder, issueCertificatesFor, planInfo, writeCertificates } from './issue.service.js';
export { checkCharacter, formatNumber, validateNumber } from './numbering.js';
