import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, loadOrCreateMasterKey } from './crypto.js';

describe('field cipher', () => {
  const cipher = createFieldCipher(crypto.randomBytes(32));

  it('round-trips and never stores the plain text', () => {
    const sealed = cipher.encrypt('11010519491231002X');
    expect(sealed).not.toContain('11010519491231002X');
    expect(cipher.decrypt(sealed)).toBe('11010519491231002X');
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('detects tampering', () => {
    const [v, iv, tag, body] = cipher.encrypt('secret').split('.');
    const flipped = `${body!.slice(0, -1)}${body!.endsWith('A') ? 'B' : 'A'}`;
    expect(() => cipher.decrypt([v, iv, tag, flipped].join('.'))).toThrow();
  });

  it('gives a stable blind index per key', () => {
    expect(cipher.blindIndex('x')).toBe(cipher.blindIndex('x'));
    expect(createFieldCipher(crypto.randomBytes(32)).blindIndex('x')).not.toBe(cipher.blindIndex('x'));
  });
});

describe('master key', () => {
  it('is created once with owner-only permissions and then reused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-key-'));
    const first = loadOrCreateMasterKey(undefined, dir);
    const file = path.join(dir, 'secrets', 'encryption.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateMasterKey(undefined, dir).equals(first)).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });

  it('refuses a configured key of the wrong size', () => {
    expect(() => loadOrCreateMasterKey(Buffer.alloc(16).toString('base64'), '/nonexistent')).toThrow(/32 bytes/);
  });
});
