import { describe, expect, it } from 'vitest';
import { beijingTime, overallPassed, requiredComponents } from './compute.js';

describe('final result rules', () => {
  it('requires the review only for levels 2 and 1', () => {
    expect(requiredComponents(5)).toEqual(['theory', 'skill']);
    expect(requiredComponents(3)).toEqual(['theory', 'skill']);
    expect(requiredComponents(2)).toEqual(['theory', 'skill', 'review']);
    expect(requiredComponents(1)).toEqual(['theory', 'skill', 'review']);
  });

  it('passes only when every component is scored and passing', () => {
    const c = (passed: boolean | null, state: 'scored' | 'absent' | 'marking' = 'scored') => ({
      component: 'theory' as const,
      state,
      score: passed === null ? null : passed ? 60 : 59.99,
      passed,
    });
    expect(overallPassed([c(true), c(true)])).toBe(true);
    expect(overallPassed([c(true), c(false)])).toBe(false);
    expect(overallPassed([c(true), c(null, 'absent')])).toBe(false);
    expect(overallPassed([c(true), c(null, 'marking')])).toBe(false);
    expect(overallPassed([])).toBe(false);
  });

  it('formats instants in Beijing time for messages', () => {
    expect(beijingTime(new Date('2026-03-08T02:00:00Z'))).toBe('2026-03-08 10:00');
    expect(beijingTime(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01 00:30');
  });
});
