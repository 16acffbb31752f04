import { describe, expect, it } from 'vitest';
import {
  beijingYear,
  checkCharacter,
  compact,
  counterKey,
  DEFAULT_NUMBERING,
  formatNumber,
  validateNumber,
} from './numbering.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('certificate numbering', () => {
  it('formats prefix, year, level, zero-padded sequence and the MOD 37,36 check character', () => {
    const n = formatNumber(DEFAULT_NUMBERING, { year: 2026, level: 4, sequence: 123 });
    expect(n).toBe('CS20264000123G');
    expect(validateNumber(n)).toBe(true);
  });

  it('honours the separator, leaves out year or level, and never lets the separator change the check', () => {
    const scheme = { ...DEFAULT_NUMBERING, separator: '-' as const };
    const n = formatNumber(scheme, { year: 2026, level: 4, sequence: 123 });
    expect(n).toBe('CS-2026-4-000123G');
    expect(validateNumber(n)).toBe(true);
    expect(validateNumber(n.toLowerCase())).toBe(true);
    const short = formatNumber(
      { ...DEFAULT_NUMBERING, includeYear: false, includeLevel: false, sequenceDigits: 4 },
      {
        year: 2026,
        level: 3,
        sequence: 7,
      },
    );
    expect(short).toMatch(/^CS0007[0-9A-Z]$/);
    expect(validateNumber(short)).toBe(true);
  });

  it('prints a sequence wider than the configured digits in full', () => {
    expect(
      formatNumber({ ...DEFAULT_NUMBERING, sequenceDigits: 4 }, { year: 2026, level: 5, sequence: 123456 }),
    ).toMatch(/^CS20265123456[0-9A-Z]$/);
  });

  it('detects every single wrong character', () => {
    for (let seq = 1; seq < 400; seq += 7) {
      const n = formatNumber(DEFAULT_NUMBERING, { year: 2026, level: 1 + (seq % 5), sequence: seq });
      for (let i = 0; i < n.length; i++) {
        for (const c of ALPHABET) {
          if (c === n[i]) continue;
          expect(validateNumber(`${n.slice(0, i)}${c}${n.slice(i + 1)}`)).toBe(false);
        }
      }
    }
  });

  it('detects swaps of neighbouring characters (all but a small fraction, as any hybrid MOD 37,36 check)', () => {
    let swaps = 0;
    let missed = 0;
    for (let seq = 1; seq < 3000; seq += 3) {
      const n = formatNumber(DEFAULT_NUMBERING, { year: 2026, level: 1 + (seq % 5), sequence: seq * 37 });
      for (let i = 0; i + 1 < n.length; i++) {
        if (n[i] === n[i + 1]) continue;
        swaps++;
        if (validateNumber(`${n.slice(0, i)}${n[i + 1]}${n[i]}${n.slice(i + 2)}`)) missed++;
      }
    }
    expect(swaps).toBeGreaterThan(10_000);
    expect(missed / swaps).toBeLessThan(0.005);
    // the typical swaps of a typist: prefix letters, year digits, level and sequence
    expect(validateNumber('SC20264000123G')).toBe(false);
    expect(validateNumber('CS02264000123G')).toBe(false);
    expect(validateNumber('CS20624000123G')).toBe(false);
    expect(validateNumber('CS20260400123G')).toBe(false);
  });

  it('refuses malformed input', () => {
    expect(validateNumber('')).toBe(false);
    expect(validateNumber('C')).toBe(false);
    expect(validateNumber('CS 2026')).toBe(false);
    expect(validateNumber('证书123')).toBe(false);
    expect(() => checkCharacter('a b')).toThrow();
    expect(compact('cs-2026-4')).toBe('CS20264');
  });

  it('keys the counter by prefix and the parts that are printed', () => {
    expect(counterKey(DEFAULT_NUMBERING, 2026, 4)).toBe('cert:CS:2026:4');
    expect(counterKey({ ...DEFAULT_NUMBERING, includeYear: false }, 2026, 4)).toBe('cert:CS:-:4');
    expect(counterKey({ ...DEFAULT_NUMBERING, includeLevel: false }, 2026, 4)).toBe('cert:CS:2026:-');
  });

  it('takes the year in Beijing time', () => {
    expect(beijingYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(beijingYear(new Date('2026-12-31T15:30:00Z'))).toBe(2026);
  });
});
