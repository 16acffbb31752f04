import { describe, expect, it } from 'vitest';
import { eventWhen } from './proctorUtil';

describe('eventWhen', () => {
  it('shows the server time for events without a page time', () => {
    expect(eventWhen({ at: '2026-06-01T01:00:10.000Z', clientAt: null })).toEqual({
      at: '2026-06-01T01:00:10.000Z',
      late: false,
    });
  });

  it('shows when the page went offline, not when the event arrived after the outage', () => {
    expect(eventWhen({ at: '2026-06-01T01:02:00.000Z', clientAt: '2026-06-01T01:00:30.000Z' })).toEqual({
      at: '2026-06-01T01:00:30.000Z',
      late: true,
    });
  });

  it('does not call a batched signal a few seconds old late', () => {
    expect(eventWhen({ at: '2026-06-01T01:00:03.000Z', clientAt: '2026-06-01T01:00:01.000Z' }).late).toBe(false);
  });

  it('does not believe a page time after the server time', () => {
    expect(eventWhen({ at: '2026-06-01T01:00:00.000Z', clientAt: '2026-06-01T01:05:00.000Z' })).toEqual({
      at: '2026-06-01T01:00:00.000Z',
      late: false,
    });
  });
});
