import type { Job } from '@crossskill/contracts';
import { describe, expect, it } from 'vitest';
import { isWellFormedNumber, jobEta } from './certUtil';

const job = (over: Partial<Job>): Job => ({
  id: '00000000-0000-4000-8000-000000000000',
  kind: 'certificates.issue',
  status: 'running',
  progress: 0,
  total: null,
  done: 0,
  result: null,
  error: null,
  orgId: null,
  createdBy: null,
  createdAt: '2026-11-25T10:00:00.000Z',
  startedAt: '2026-11-25T10:00:00.000Z',
  finishedAt: null,
  ...over,
});

describe('time left of a certificate batch', () => {
  const t0 = Date.parse('2026-11-25T10:00:00.000Z');

  it('extrapolates from done/total and the time run so far', () => {
    expect(jobEta(job({ total: 10_000, done: 2_500 }), t0 + 30_000)).toBe(90);
  });

  it('uses the progress fraction without a total', () => {
    expect(jobEta(job({ progress: 0.5 }), t0 + 20_000)).toBe(20);
  });

  it('is unknown before any progress, when queued and when finished', () => {
    expect(jobEta(job({ total: 100, done: 0 }), t0 + 5_000)).toBeNull();
    expect(jobEta(job({ status: 'queued', startedAt: null }), t0)).toBeNull();
    expect(jobEta(job({ status: 'succeeded', total: 100, done: 100 }), t0 + 5_000)).toBeNull();
    expect(jobEta(undefined, t0)).toBeNull();
  });
});

describe('certificate numbers typed by a visitor', () => {
  it('accepts letters, digits and hyphens, 4 to 40 characters', () => {
    expect(isWellFormedNumber('CS202640000010')).toBe(true);
    expect(isWellFormedNumber(' cs-2026-4-000001-0 ')).toBe(true);
  });

  it('refuses spaces, punctuation, too short or too long', () => {
    expect(isWellFormedNumber('CS 2026')).toBe(false);
    expect(isWellFormedNumber('CS/2026')).toBe(false);
    expect(isWellFormedNumber('CS1')).toBe(false);
    expect(isWellFormedNumber('C'.repeat(41))).toBe(false);
  });
});
