import { describe, expect, it } from 'vitest';
import { backoffMs, clockOffset, formatDuration, reconcileDeadline, secondsUntil, serverNow } from './clock';

describe('clockOffset', () => {
  it('is server time minus local time at the response, corrected by half the round trip', () => {
    // request left at local 1000, answer at local 1400 (round trip 400); server stamped 10_200
    expect(clockOffset({ serverTimeMs: 10_200, sentAtMs: 1000, receivedAtMs: 1400 })).toBe(10_200 - 1200);
  });

  it('gives the server time when added to the local clock', () => {
    const offset = clockOffset({ serverTimeMs: 5000, sentAtMs: 100, receivedAtMs: 100 });
    expect(serverNow(100, offset)).toBe(5000);
    expect(serverNow(1100, offset)).toBe(6000);
  });

  it('handles a local clock ahead of the server (negative offset)', () => {
    expect(clockOffset({ serverTimeMs: 1000, sentAtMs: 60_000, receivedAtMs: 60_000 })).toBe(-59_000);
  });
});

describe('reconcileDeadline', () => {
  it('keeps a known deadline that agrees within the server’s whole-second rounding', () => {
    expect(reconcileDeadline(100_000, 40_400, 60)).toBe(100_000);
  });

  it('moves the deadline when the server reports a real change (extra time)', () => {
    expect(reconcileDeadline(100_000, 40_000, 360)).toBe(400_000);
  });

  it('takes the deadline from the response when none was known, and keeps it when the server gives none', () => {
    expect(reconcileDeadline(null, 1000, 10)).toBe(11_000);
    expect(reconcileDeadline(5000, 1000, null)).toBe(5000);
  });
});

describe('secondsUntil / formatDuration', () => {
  it('rounds up to whole seconds and never goes below zero', () => {
    expect(secondsUntil(10_000, 8_500)).toBe(2);
    expect(secondsUntil(10_000, 10_000)).toBe(0);
    expect(secondsUntil(10_000, 12_000)).toBe(0);
  });

  it('formats hours only when there are any', () => {
    expect(formatDuration(5400)).toBe('1:30:00');
    expect(formatDuration(59)).toBe('00:59');
    expect(formatDuration(0)).toBe('00:00');
  });
});

describe('backoffMs', () => {
  it('retries after 1 s, 2 s, 4 s, 8 s, then every 15 s', () => {
    expect([1, 2, 3, 4, 5, 9].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000]);
  });
});
