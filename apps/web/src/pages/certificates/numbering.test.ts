import { describe, expect, it } from 'vitest';
import { checkCharOk, formatNumber, mod3736 } from './numbering';

describe('ISO/IEC 7064 MOD 37,36 check characters', () => {
  it('gives a character that verifies and catches single substitutions and adjacent swaps', () => {
    const body = 'CS20264000123';
    const n = `${body}${mod3736(body)}`;
    expect(checkCharOk(n)).toBe(true);
    for (let i = 0; i < body.length; i++) {
      const subst = `${body.slice(0, i)}${body[i] === '7' ? '8' : '7'}${body.slice(i + 1)}`;
      expect(checkCharOk(`${subst}${n.slice(-1)}`)).toBe(false);
      if (i + 1 < body.length && body[i] !== body[i + 1]) {
        const swapped = `${body.slice(0, i)}${body[i + 1]}${body[i]}${body.slice(i + 2)}`;
        expect(checkCharOk(`${swapped}${n.slice(-1)}`)).toBe(false);
      }
    }
  });

  it('gives the numbers the server previews for the default scheme', () => {
    const scheme = { prefix: 'CS', separator: '' as const, includeYear: true, includeLevel: true, sequenceDigits: 6 };
    expect(formatNumber(scheme, 2026, 4, 1)).toBe('CS202640000010');
    expect(formatNumber(scheme, 2026, 4, 2)).toBe('CS20264000002Y');
    expect(formatNumber(scheme, 2026, 1, 1)).toBe('CS20261000001D');
  });

  it('ignores separators and case', () => {
    expect(mod3736('CS-2026-4-000123')).toBe(mod3736('cs20264000123'));
  });

  it('formats prefix, year, level and the padded sequence before the check character', () => {
    const n = formatNumber(
      { prefix: 'CS', separator: '-', includeYear: true, includeLevel: true, sequenceDigits: 6 },
      2026,
      4,
      12,
    );
    expect(n.slice(0, -1)).toBe('CS-2026-4-000012');
    expect(checkCharOk(n)).toBe(true);
  });
});
