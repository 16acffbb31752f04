import { describe, expect, it } from 'vitest';
import { requestLang } from './i18n.js';
import { RateLimiter } from './rate-limit.js';

const lang = (header?: string) => requestLang({ headers: header ? { 'accept-language': header } : {} });

describe('requestLang', () => {
  it('defaults to Chinese', () => {
    expect(lang()).toBe('zh');
    expect(lang('fr-FR')).toBe('zh');
  });
  it('follows the client’s preference and q-values', () => {
    expect(lang('en-US,en;q=0.9')).toBe('en');
    expect(lang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(lang('zh;q=0.5, en;q=0.8')).toBe('en');
  });
});

describe('RateLimiter', () => {
  it('allows the limit within a window, then says how long to wait', () => {
    const limiter = new RateLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.hit('ip', t0))).toEqual([0, 0, 0]);
    expect(limiter.hit('ip', t0 + 10_000)).toBe(50);
    expect(limiter.hit('other', t0 + 10_000)).toBe(0);
  });
  it('starts a new window after the old one ends', () => {
    const limiter = new RateLimiter(1, 1000);
    expect(limiter.hit('k', 0)).toBe(0);
    expect(limiter.hit('k', 500)).toBeGreaterThan(0);
    expect(limiter.hit('k', 1000)).toBe(0);
  });
});
