import type { CandidateResponse } from '@crossskill/contracts';
import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  applyChange,
  mergeOnLoad,
  noteAcknowledged,
  type PendingMap,
  parseStoredPending,
  toSaves,
} from './pending';

const a = (choices: string[]): CandidateResponse => ({ choices }) as CandidateResponse;

describe('applyChange', () => {
  it('numbers the first change of a position 1 and each further change one higher', () => {
    let state = applyChange({}, {}, 3, { response: a(['A']) });
    expect(state.save).toEqual({ position: 3, version: 1, response: a(['A']), flagged: false });
    state = applyChange(state.answers, state.pending, 3, { response: a(['B']) });
    expect(state.save.version).toBe(2);
    expect(state.pending[3]).toEqual({ version: 2, response: a(['B']), flagged: false });
  });

  it('continues counting from the version the server returned (a reload keeps counting up)', () => {
    const { answers } = mergeOnLoad([{ position: 5, response: a(['C']), flagged: false, version: 41 }], {});
    const next = applyChange(answers, {}, 5, { response: a(['D']) });
    expect(next.save.version).toBe(42);
  });

  it('keeps the answer when only the flag changes, and the flag when only the answer changes', () => {
    let s = applyChange({}, {}, 1, { response: { text: 'x' } });
    s = applyChange(s.answers, s.pending, 1, { flagged: true });
    expect(s.save).toEqual({ position: 1, version: 2, response: { text: 'x' }, flagged: true });
    s = applyChange(s.answers, s.pending, 1, { response: null });
    expect(s.save).toEqual({ position: 1, version: 3, response: null, flagged: true });
  });

  it('does not mutate the maps it was given', () => {
    const answers = {};
    const pending: PendingMap = {};
    applyChange(answers, pending, 1, { response: { value: true } });
    expect(answers).toEqual({});
    expect(pending).toEqual({});
  });
});

describe('acknowledge', () => {
  it('removes a position when the acknowledged version reaches the pending one', () => {
    const pending: PendingMap = { 1: { version: 3, response: null, flagged: false } };
    expect(acknowledge(pending, [{ position: 1, version: 3 }])).toEqual({});
    expect(acknowledge(pending, [{ position: 1, version: 7 }])).toEqual({});
  });

  it('keeps a change made while the request was in flight (acknowledged version lower than pending)', () => {
    let s = applyChange({}, {}, 2, { response: a(['A']) });
    const sent = toSaves(s.pending);
    s = applyChange(s.answers, s.pending, 2, { response: a(['B']) });
    const left = acknowledge(
      s.pending,
      sent.map(({ position, version }) => ({ position, version })),
    );
    expect(left).toEqual({ 2: { version: 2, response: a(['B']), flagged: false } });
  });

  it('leaves positions the server did not mention', () => {
    const pending: PendingMap = {
      1: { version: 1, response: null, flagged: false },
      2: { version: 1, response: null, flagged: true },
    };
    expect(Object.keys(acknowledge(pending, [{ position: 1, version: 1 }]))).toEqual(['2']);
  });
});

describe('noteAcknowledged', () => {
  it('raises the known version to a later one stored by the server, so the next change counts above it', () => {
    const s = applyChange({}, {}, 4, { response: a(['A']) });
    const answers = noteAcknowledged(s.answers, [{ position: 4, version: 9 }]);
    expect(applyChange(answers, {}, 4, { response: a(['B']) }).save.version).toBe(10);
  });
});

describe('mergeOnLoad', () => {
  const server = [
    { position: 1, response: a(['A']), flagged: false, version: 4 },
    { position: 2, response: a(['B']), flagged: true, version: 2 },
  ];

  it('puts local pending saves with higher versions on top of the server answers and keeps them queued', () => {
    const local: PendingMap = { 2: { version: 3, response: a(['C']), flagged: false } };
    const { answers, pending } = mergeOnLoad(server, local);
    expect(answers[1]).toEqual({ response: a(['A']), flagged: false, version: 4 });
    expect(answers[2]).toEqual({ response: a(['C']), flagged: false, version: 3 });
    expect(pending).toEqual(local);
  });

  it('drops local saves the server already holds (same or newer version)', () => {
    const local: PendingMap = {
      1: { version: 4, response: a(['D']), flagged: false },
      2: { version: 1, response: a(['D']), flagged: false },
    };
    const { answers, pending } = mergeOnLoad(server, local);
    expect(pending).toEqual({});
    expect(answers[1]?.response).toEqual(a(['A']));
    expect(answers[2]?.response).toEqual(a(['B']));
  });

  it('keeps a local save for a position the server has no answer for', () => {
    const local: PendingMap = { 7: { version: 1, response: { text: 'draft' }, flagged: false } };
    expect(mergeOnLoad(server, local).pending).toEqual(local);
  });

  it('ignores local saves for positions not on the paper', () => {
    const local: PendingMap = { 99: { version: 1, response: { text: 'x' }, flagged: false } };
    expect(mergeOnLoad(server, local, new Set([1, 2])).pending).toEqual({});
  });
});

describe('toSaves', () => {
  it('sends pending saves in position order, at most one request worth', () => {
    const pending: PendingMap = {};
    for (let p = 600; p >= 1; p--) pending[p] = { version: 1, response: null, flagged: false };
    const saves = toSaves(pending);
    expect(saves).toHaveLength(500);
    expect(saves[0]?.position).toBe(1);
    expect(saves[499]?.position).toBe(500);
  });
});

describe('parseStoredPending', () => {
  it('reads back what was stored', () => {
    const pending: PendingMap = { 3: { version: 2, response: { blanks: ['a', ''] }, flagged: true } };
    expect(parseStoredPending(JSON.stringify(pending))).toEqual(pending);
  });

  it('drops malformed storage instead of failing', () => {
    expect(parseStoredPending('{not json')).toEqual({});
    expect(parseStoredPending('[1,2]')).toEqual({});
    expect(
      parseStoredPending(
        JSON.stringify({
          x: { version: 1, response: null },
          0: { version: 1, response: null },
          2: { version: 0, response: null },
          3: { version: 1, response: { nonsense: 1 } },
          4: { version: 1, response: { choices: ['A'] } },
        }),
      ),
    ).toEqual({ 4: { version: 1, response: { choices: ['A'] }, flagged: false } });
  });
});
