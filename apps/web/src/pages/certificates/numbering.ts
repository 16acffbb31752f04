import type { CertificateNumbering } from '@crossskill/contracts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The check character of ISO/IEC 7064 MOD 37,36 (hybrid system, M = 36) over the letters and digits of `body`
 * (separators are ignored). Any single substituted character and any swap of two adjacent characters changes it.
 */
export function mod3736(body: string): string {
  const m = 36;
  let p = m;
  for (const ch of body.toUpperCase()) {
    const a = ALPHABET.indexOf(ch);
    if (a < 0) continue;
    let s = (p + a) % m;
    if (s === 0) s = m;
    p = (s * 2) % (m + 1);
  }
  return ALPHABET[(m + 1 - p) % m] ?? '0';
}

/** A number as the scheme formats it: prefix, year, level, zero-padded sequence, then the check character. */
export function formatNumber(scheme: CertificateNumbering, year: number, level: number, sequence: number): string {
  const parts = [scheme.prefix];
  if (scheme.includeYear) parts.push(String(year));
  if (scheme.includeLevel) parts.push(String(level));
  parts.push(String(sequence).padStart(scheme.sequenceDigits, '0'));
  const body = parts.join(scheme.separator);
  return `${body}${mod3736(body)}`;
}

/** Whether the last character of a number is the right check character (letters and digits only). */
export function checkCharOk(number: string): boolean {
  const s = number.trim().toUpperCase();
  if (s.length < 2) return false;
  return mod3736(s.slice(0, -1)) === s.slice(-1);
}
