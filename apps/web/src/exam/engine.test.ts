import type { CandidateAttempt, SaveAnswersBody } from '@crossskill/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttemptEngine, type EngineDeps } from './engine';
import { HttpError } from './http';
import { pendingStorageKey } from './logic/pending';

const ID = '00000000-0000-4000-8000-000000000001';

function attempt(over: Partial<CandidateAttempt> = {}): CandidateAttempt {
  const t0 = Date.now();
  return {
    id: ID,
    status: 'in_progress',
    planName: 'P',
    sessionName: 'S',
    roomName: 'R',
    seatNo: 1,
    ticketNo: 'T1',
    candidateName: 'C',
    idNumberMasked: null,
    identityConfirmed: true,
    startsAt: new Date(t0 - 60_000).toISOString(),
    durationMinutes: 90,
    entryClosesAt: new Date(t0 + 60_000).toISOString(),
    deadlineAt: new Date(t0 + 3600_000).toISOString(),
    serverTime: new Date(t0).toISOString(),
    remainingSeconds: 3600,
    totalPoints: 100,
    items: [1, 2, 3].map((position) => ({
      position,
      type: 'single' as const,
      points: 1,
      stemHtml: '<p>q</p>',
      options: [
        { key: 'A', content: 'a' },
        { key: 'B', content: 'b' },
      ],
      blanks: null,
    })),
    answers: [],
    cursor: null,
    integritySignals: ['blur', 'paste', 'fullscreen_exit'],
    ...over,
  };
}

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

type Call = { path: string; body: unknown };
type Handler = (call: Call) => unknown;

function setup(a: CandidateAttempt, storage = new MemoryStorage()) {
  const calls: Call[] = [];
  let handler: Handler = (call) => {
    const body = call.body as SaveAnswersBody;
    return {
      saved: body.saves?.map((s) => ({ position: s.position, version: s.version })) ?? [],
      serverTime: new Date(Date.now()).toISOString(),
      remainingSeconds: 3000,
      status: 'in_progress',
    };
  };
  let online = true;
  const deps: EngineDeps = {
    api: async <T>(path: string, opts?: { body?: unknown }) => {
      const call = { path, body: opts?.body };
      calls.push(call);
      return handler(call) as T;
    },
    storage,
    serverNow: () => Date.now(),
    localNow: () => Date.now(),
    isOnline: () => online,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  const engine = new AttemptEngine(a, deps);
  engine.start();
  return {
    engine,
    calls,
    storage,
    saves: () => calls.filter((c) => c.path.endsWith('/answers')).map((c) => (c.body as SaveAnswersBody).saves),
    setHandler: (h: Handler) => {
      handler = h;
    },
    setOnline: (v: boolean) => {
      online = v;
      engine.setOnline(v);
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-05-12T01:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AttemptEngine saving', () => {
  it('debounces changes into one request with the latest version, then reports everything saved', async () => {
    const s = setup(attempt());
    s.engine.change(1, { response: { choices: ['A'] } });
    await vi.advanceTimersByTimeAsync(300);
    s.engine.change(1, { response: { choices: ['B'] } });
    expect(s.storage.getItem(pendingStorageKey(ID))).toContain('"B"');
    await vi.advanceTimersByTimeAsync(799);
    expect(s.saves()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(s.saves()).toEqual([[{ position: 1, version: 2, response: { choices: ['B'] }, flagged: false }]]);
    expect(s.engine.getState().pending).toEqual({});
    expect(s.storage.getItem(pendingStorageKey(ID))).toBeNull();
    s.engine.dispose();
  });

  it('sends within the maximum wait even while the candidate keeps typing', async () => {
    const s = setup(attempt());
    for (let i = 0; i < 10; i++) {
      s.engine.change(2, { response: { choices: [i % 2 ? 'A' : 'B'] } });
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(s.saves().length).toBeGreaterThanOrEqual(1);
    s.engine.dispose();
  });

  it('keeps unsent saves in storage through network errors and retries with backoff until acknowledged', async () => {
    const s = setup(attempt());
    const ok = s.calls.length;
    s.setHandler(() => {
      throw new HttpError(0, 'NETWORK_ERROR', 'down');
    });
    s.engine.change(3, { response: { choices: ['A'] } });
    await vi.advanceTimersByTimeAsync(800);
    expect(s.calls.length - ok).toBe(1);
    expect(s.engine.getState().failure?.kind).toBe('network');
    await vi.advanceTimersByTimeAsync(1000); // retry 1 s
    await vi.advanceTimersByTimeAsync(2000); // retry 2 s
    expect(s.calls.length - ok).toBe(3);
    expect(s.storage.getItem(pendingStorageKey(ID))).toContain('"version":1');
    s.setHandler((call) => ({
      saved: (call.body as SaveAnswersBody).saves.map((x) => ({ position: x.position, version: x.version })),
      serverTime: new Date().toISOString(),
      remainingSeconds: 100,
      status: 'in_progress',
    }));
    await vi.advanceTimersByTimeAsync(4000);
    expect(s.engine.getState().pending).toEqual({});
    expect(s.engine.getState().failure).toBeNull();
    s.engine.dispose();
  });

  it('resends at once when the browser comes back online and records the offline / online transitions', async () => {
    const s = setup(attempt());
    s.setHandler((call) => {
      if (call.path.endsWith('/answers')) throw new HttpError(0, 'NETWORK_ERROR', 'down');
      return {};
    });
    s.setOnline(false);
    s.engine.change(1, { response: { choices: ['A'] } });
    await vi.advanceTimersByTimeAsync(900);
    const before = s.saves().length;
    s.setHandler((call) => ({
      saved: ((call.body as SaveAnswersBody).saves ?? []).map((x) => ({ position: x.position, version: x.version })),
      serverTime: new Date().toISOString(),
      remainingSeconds: 100,
      status: 'in_progress',
    }));
    s.setOnline(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.saves().length).toBe(before + 1);
    expect(s.engine.getState().pending).toEqual({});
    await vi.advanceTimersByTimeAsync(2000);
    const events = s.calls.filter((c) => c.path.endsWith('/events'));
    expect(events.flatMap((c) => (c.body as { events: { kind: string }[] }).events.map((e) => e.kind))).toEqual([
      'offline',
      'online',
    ]);
    s.engine.dispose();
  });

  it('keeps a change made while a save was in flight and sends it next', async () => {
    const s = setup(attempt());
    let release: (() => void) | null = null;
    s.setHandler(
      (call) =>
        new Promise((resolve) => {
          release = () =>
            resolve({
              saved: (call.body as SaveAnswersBody).saves.map((x) => ({ position: x.position, version: x.version })),
              serverTime: new Date().toISOString(),
              remainingSeconds: 100,
              status: 'in_progress',
            });
        }),
    );
    s.engine.change(1, { response: { choices: ['A'] } });
    await vi.advanceTimersByTimeAsync(800);
    s.engine.change(1, { response: { choices: ['B'] } });
    release!();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.engine.getState().pending[1]?.version).toBe(2);
    await vi.advanceTimersByTimeAsync(800);
    release!();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.saves().map((x) => x[0]?.version)).toEqual([1, 2]);
    expect(s.engine.getState().pending).toEqual({});
    s.engine.dispose();
  });

  it('after a reload resends local saves newer than the server’s and continues their version count', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      pendingStorageKey(ID),
      JSON.stringify({ 2: { version: 5, response: { choices: ['B'] }, flagged: true } }),
    );
    const s = setup(
      attempt({
        answers: [{ position: 2, response: { choices: ['A'] }, flagged: false, version: 4 }],
        cursor: { position: 2, view: 'all' },
      }),
      storage,
    );
    expect(s.engine.getState().cursor).toEqual({ position: 2, view: 'all' });
    expect(s.engine.getState().answers[2]?.response).toEqual({ choices: ['B'] });
    await vi.advanceTimersByTimeAsync(1);
    expect(s.saves()).toEqual([[{ position: 2, version: 5, response: { choices: ['B'] }, flagged: true }]]);
    s.engine.change(2, { flagged: false });
    await vi.advanceTimersByTimeAsync(800);
    expect(s.saves()[1]?.[0]?.version).toBe(6);
    s.engine.dispose();
  });
});

describe('AttemptEngine pause, close and time-up', () => {
  it('shows the pause, polls the heartbeat and resends when the proctor resumes', async () => {
    const s = setup(attempt());
    s.setHandler(() => {
      throw new HttpError(409, 'ATTEMPT_PAUSED', 'paused');
    });
    s.engine.change(1, { response: { choices: ['A'] } });
    await vi.advanceTimersByTimeAsync(800);
    expect(s.engine.getState().status).toBe('paused');
    expect(s.engine.getState().pending[1]).toBeDefined();
    s.setHandler((call) =>
      call.path.endsWith('/heartbeat')
        ? { serverTime: new Date().toISOString(), remainingSeconds: 1200, status: 'in_progress' }
        : {
            saved: (call.body as SaveAnswersBody).saves.map((x) => ({ position: x.position, version: x.version })),
            serverTime: new Date().toISOString(),
            remainingSeconds: 1200,
            status: 'in_progress',
          },
    );
    await vi.advanceTimersByTimeAsync(6000);
    expect(s.calls.some((c) => c.path.endsWith('/heartbeat'))).toBe(true);
    expect(s.engine.getState().status).toBe('in_progress');
    expect(s.engine.getState().pending).toEqual({});
    expect(s.engine.getState().deadlineMs).toBeGreaterThan(Date.now() + 1190_000);
    s.engine.dispose();
  });

  it('stops at ATTEMPT_CLOSED and says how many changes never reached the server', async () => {
    const s = setup(attempt());
    s.setHandler(() => {
      throw new HttpError(409, 'ATTEMPT_CLOSED', 'closed');
    });
    s.engine.change(1, { response: { choices: ['A'] } });
    s.engine.change(2, { response: { choices: ['A'] } });
    await vi.advanceTimersByTimeAsync(800);
    expect(s.engine.getState().closed).toBe(true);
    expect(s.engine.getState().lostSaves).toBe(2);
    s.engine.change(3, { response: { choices: ['A'] } });
    expect(s.engine.getState().pending[3]).toBeUndefined();
    s.engine.dispose();
  });

  it('at time-up sends the last saves, then checks with the server and shows the paper collected', async () => {
    const s = setup(attempt());
    s.engine.change(1, { response: { choices: ['A'] } });
    s.setHandler((call) =>
      call.path.endsWith('/heartbeat')
        ? { serverTime: new Date().toISOString(), remainingSeconds: 0, status: 'in_progress' }
        : {
            saved: (call.body as SaveAnswersBody).saves.map((x) => ({ position: x.position, version: x.version })),
            serverTime: new Date().toISOString(),
            remainingSeconds: 0,
            status: 'in_progress',
          },
    );
    s.engine.timeIsUp();
    expect(s.engine.getState().timeUp).toBe('flushing');
    await vi.advanceTimersByTimeAsync(1);
    expect(s.saves()).toHaveLength(1);
    expect(s.engine.getState().timeUp).toBe('done');
    s.engine.dispose();
  });

  it('at time-up carries on when the proctor gave extra time', async () => {
    const s = setup(attempt());
    s.setHandler(() => ({ serverTime: new Date().toISOString(), remainingSeconds: 600, status: 'in_progress' }));
    s.engine.timeIsUp();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.engine.getState().timeUp).toBeNull();
    expect(s.engine.getState().deadlineMs).toBeGreaterThan(Date.now() + 590_000);
    s.engine.dispose();
  });

  it('refuses to submit while saves are pending', async () => {
    const s = setup(attempt());
    s.engine.change(1, { response: { choices: ['A'] } });
    await expect(s.engine.submit()).rejects.toThrow();
    expect(s.calls.some((c) => c.path.endsWith('/submit'))).toBe(false);
    s.engine.dispose();
  });
});
