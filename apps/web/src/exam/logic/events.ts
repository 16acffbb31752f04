import type { AttemptEventsBody } from '@crossskill/contracts';

/** The queue of integrity signals and connection changes the page reports (pure helpers, unit-tested). */

export type QueuedEvent = AttemptEventsBody['events'][number];
export type EventKind = QueuedEvent['kind'];

export const MAX_EVENTS_PER_REQUEST = 200;
/** Storage keeps at most this many unsent events (a very long offline spell must not fill the browser's quota). */
export const MAX_QUEUED_EVENTS = 1000;
/** A window blur and the tab becoming hidden usually fire together for one action: count it once. */
export const BLUR_DEDUPE_MS = 1000;

export function eventsStorageKey(attemptId: string): string {
  return `cs_exam_events:${attemptId}`;
}

export function enqueueEvent(queue: readonly QueuedEvent[], event: QueuedEvent): QueuedEvent[] {
  const next = [...queue, event];
  return next.length > MAX_QUEUED_EVENTS ? next.slice(next.length - MAX_QUEUED_EVENTS) : next;
}

/** Whether a blur-like signal at `nowMs` is a new one (not the twin of the one at `lastBlurMs`). */
export function isNewBlur(lastBlurMs: number | null, nowMs: number): boolean {
  return lastBlurMs === null || nowMs - lastBlurMs >= BLUR_DEDUPE_MS;
}

/** The next batch to send. */
export function nextBatch(queue: readonly QueuedEvent[]): QueuedEvent[] {
  return queue.slice(0, MAX_EVENTS_PER_REQUEST);
}

/** After the server took `sent` (the first events of the queue), the rest stays; events added meanwhile are kept. */
export function dropSent(queue: readonly QueuedEvent[], sent: readonly QueuedEvent[]): QueuedEvent[] {
  let i = 0;
  while (i < sent.length && i < queue.length && queue[i] === sent[i]) i++;
  return queue.slice(i);
}

const KINDS = new Set<string>(['blur', 'paste', 'fullscreen_exit', 'offline', 'online']);

export function parseStoredEvents(raw: string | null): QueuedEvent[] {
  if (!raw) return [];
  try {
    const data: unknown = JSON.parse(raw);
    if (!Array.isArray(data)) return [];
    return data.filter(
      (e): e is QueuedEvent =>
        typeof e === 'object' &&
        e !== null &&
        KINDS.has((e as QueuedEvent).kind) &&
        typeof (e as QueuedEvent).at === 'string' &&
        !Number.isNaN(Date.parse((e as QueuedEvent).at)),
    );
  } catch {
    return [];
  }
}
