import { describe, expect, it } from 'vitest';
import { idNumberSchema } from './fields.js';
import { idNumberCheckChar, idNumberProblem, maskIdNumber, maskMobile, normalizeIdNumber } from './id-number.js';

// 11010519491231002X is the example printed in GB 11643-1999.
const VALID = '11010519491231002X';

describe('GB 11643 resident ID numbers', () => {
  it('computes the check character of the standard’s example', () => {
    expect(idNumberCheckChar(VALID.slice(0, 17))).toBe('X');
  });

  it('accepts a valid number, also with a lower-case or full-width x', () => {
    expect(idNumberProblem(VALID)).toBeNull();
    expect(idNumberProblem('11010519491231002x')).toBeNull();
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe(VALID);
  });

  it('refuses a wrong check digit', () => {
    expect(idNumberProblem('110105194912310021')).toBe('check_digit');
  });

  it('refuses an impossible birth date and a wrong length', () => {
    expect(idNumberProblem('110105194902300021')).toBe('birth_date');
    expect(idNumberProblem('1101051949123100')).toBe('format');
    expect(idNumberProblem('01010519491231002X')).toBe('format');
  });

  it('reports the check-digit problem through the schema with its own code', () => {
    const r = idNumberSchema.safeParse('110105194912310021');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'ID_NUMBER_CHECK_DIGIT' } });
  });

  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber(VALID)).toBe('1101**********002X');
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
});

describe('GB 32100 unified social credit codes', () => {
  it('accepts codes whose check character is right and refuses one changed character', async () => {
    const { isValidCreditCode } = await import('./orgs.js');
    // Published codes of two well-known companies.
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('914403001922038216')).toBe(true);
    expect(isValidCreditCode('914403001922038217')).toBe(false);
    expect(isValidCreditCode('91440300192203821')).toBe(false);
  });
});
