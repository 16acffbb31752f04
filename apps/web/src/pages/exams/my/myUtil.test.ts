import { describe, expect, it } from 'vitest';
import { resultState } from './myUtil';

const result = (
  status: 'pending' | 'marking' | 'final',
  totalScore: number | null = null,
  passed: boolean | null = null,
) => ({
  status,
  totalScore,
  passed,
  passMark: 60,
});

describe('resultState', () => {
  it('says nothing about a result before the exam is handed in', () => {
    expect(resultState({ attemptStatus: 'ready', result: result('pending') })).toEqual({ kind: 'none' });
    expect(resultState({ attemptStatus: 'in_progress', result: result('pending') })).toEqual({ kind: 'none' });
    expect(resultState({ attemptStatus: null, result: null })).toEqual({ kind: 'none' });
  });

  it('shows pending or marking once submitted, and the score when final', () => {
    expect(resultState({ attemptStatus: 'submitted', result: result('pending') })).toEqual({ kind: 'pending' });
    expect(resultState({ attemptStatus: 'submitted', result: result('marking') })).toEqual({ kind: 'marking' });
    expect(resultState({ attemptStatus: 'submitted', result: result('final', 72.5, true) })).toEqual({
      kind: 'final',
      score: 72.5,
      passed: true,
    });
  });
});
