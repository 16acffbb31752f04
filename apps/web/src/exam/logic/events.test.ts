import { describe, expect, it } from 'vitest';
import {
  dropSent,
  enqueueEvent,
  isNewBlur,
  MAX_QUEUED_EVENTS,
  nextBatch,
  parseStoredEvents,
  type QueuedEvent,
} from './events';

const ev = (i: number): QueuedEvent => ({ kind: 'blur', at: new Date(1_700_000_000_000 + i).toISOString() });

describe('event queue', () => {
  it('sends at most 200 at a time and keeps events recorded while a batch was in flight', () => {
    let queue: QueuedEvent[] = [];
    for (let i = 0; i < 250; i++) queue = enqueueEvent(queue, ev(i));
    const batch = nextBatch(queue);
    expect(batch).toHaveLength(200);
    queue = enqueueEvent(queue, ev(999));
    const left = dropSent(queue, batch);
    expect(left).toHaveLength(51);
    expect(left[50]).toEqual(ev(999));
  });

  it('keeps only the newest events when the queue overflows', () => {
    let queue: QueuedEvent[] = [];
    for (let i = 0; i < MAX_QUEUED_EVENTS + 5; i++) queue = enqueueEvent(queue, ev(i));
    expect(queue).toHaveLength(MAX_QUEUED_EVENTS);
    expect(queue[0]).toEqual(ev(5));
  });

  it('counts a blur and the tab hiding within a second as one signal', () => {
    expect(isNewBlur(null, 5000)).toBe(true);
    expect(isNewBlur(5000, 5400)).toBe(false);
    expect(isNewBlur(5000, 6000)).toBe(true);
  });

  it('reads stored events back and drops malformed ones', () => {
    const stored = JSON.stringify([ev(1), { kind: 'nope', at: ev(2).at }, { kind: 'paste', at: 'yesterday' }]);
    expect(parseStoredEvents(stored)).toEqual([ev(1)]);
    expect(parseStoredEvents('garbage')).toEqual([]);
  });
});
