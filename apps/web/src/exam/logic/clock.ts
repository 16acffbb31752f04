/**
 * The exam's clock is the server's. The page estimates the offset between the server's clock and its own from every
 * response that carries `serverTime`, and derives "now" and the time left from it. Pure functions, unit-tested.
 */

/** One clock sample: server time and the local times the request left and the response arrived (ms). */
export interface ClockSample {
  serverTimeMs: number;
  sentAtMs: number;
  receivedAtMs: number;
}

/**
 * offset = server time − local time at the moment the server stamped the response. The server stamps it somewhere
 * in the round trip; the midpoint is the best guess, so the local time is corrected by half the round trip.
 */
export function clockOffset({ serverTimeMs, sentAtMs, receivedAtMs }: ClockSample): number {
  const roundTrip = Math.max(0, receivedAtMs - sentAtMs);
  return serverTimeMs - (receivedAtMs - roundTrip / 2);
}

/** The server's "now" as the page estimates it. */
export function serverNow(localNowMs: number, offsetMs: number): number {
  return localNowMs + offsetMs;
}

/**
 * The deadline (server ms) after a response that says `remainingSeconds` at `serverTimeMs`. The server counts whole
 * seconds, so a deadline already known to within that rounding is kept (no jitter); a real change (extra time, a
 * pause moving the deadline) replaces it.
 */
export function reconcileDeadline(
  knownDeadlineMs: number | null,
  serverTimeMs: number,
  remainingSeconds: number | null,
): number | null {
  if (remainingSeconds === null) return knownDeadlineMs;
  const fromResponse = serverTimeMs + remainingSeconds * 1000;
  if (knownDeadlineMs !== null && Math.abs(knownDeadlineMs - fromResponse) < 1500) return knownDeadlineMs;
  return fromResponse;
}

/** Whole seconds left until `targetMs` (never negative). */
export function secondsUntil(targetMs: number, serverNowMs: number): number {
  return Math.max(0, Math.ceil((targetMs - serverNowMs) / 1000));
}

/** 5400 → "1:30:00", 59 → "00:59". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Retry delays for saves and events: 1 s, 2 s, 4 s, 8 s, then 15 s. `failures` counts from 1. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(15_000, 1000 * 2 ** (failures - 1));
}
