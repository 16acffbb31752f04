import { describe, expect, it } from 'vitest';
import { marketActionSchemas } from './schemas.js';

const [advance, answer] = marketActionSchemas as [(typeof marketActionSchemas)[0], (typeof marketActionSchemas)[0]];

describe('market action shapes', () => {
  it('advances by whole 1–30 days', () => {
    expect(advance.safeParse({ type: 'market.advanceDays', days: 7 }).success).toBe(true);
    for (const days of [0, 31, 2.5, Number.NaN]) {
      expect(advance.safeParse({ type: 'market.advanceDays', days }).success).toBe(false);
    }
  });

  it('takes answers as bounded text, a finite number or a short list under a simple key', () => {
    const a = (key: string, value: unknown) => answer.safeParse({ type: 'answer.submit', key, value }).success;
    expect(a('freight', 42.5)).toBe(true);
    expect(a('best.sku', 'YM-TPE-6')).toBe(true);
    expect(a('picks', ['a', 'b'])).toBe(true);
    expect(a('freight', Number.POSITIVE_INFINITY)).toBe(false);
    expect(a('x', 'y'.repeat(2001))).toBe(false);
    expect(
      a(
        'picks',
        Array.from({ length: 51 }, () => 'a'),
      ),
    ).toBe(false);
    expect(a('has space', 1)).toBe(false);
    expect(a('x', { nested: true })).toBe(false);
  });
});
