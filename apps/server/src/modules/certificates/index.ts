/**
 * Certificates (证书管理): numbering, issuance (single and batch), PDF, Open Badges 3.0 credentials signed with
 * the platform's Ed25519 key, revocation via a Bitstring Status List, and public verification.
 * See docs/API-CERTIFICATES.md.
 */
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';

export function registerCertificateRoutes(_app: App, _ctx: AppContext): void {}

/** Creates the platform's signing key at first start (or loads CERT_SIGNING_KEY). */
export async function ensureSigningKey(_ctx: AppContext): Promise<void> {}
