import type {
  AttemptEventsBody,
  AttemptStatus,
  CandidateAttempt,
  CandidateResponse,
  SaveAnswersBody,
  SaveAnswersResult,
} from '@crossskill/contracts';
import { HttpError, type RequestOptions } from './http';
import { backoffMs, reconcileDeadline, secondsUntil } from './logic/clock';
import {
  dropSent,
  type EventKind,
  enqueueEvent,
  eventsStorageKey,
  nextBatch,
  parseStoredEvents,
  type QueuedEvent,
} from './logic/events';
import {
  type AnswerMap,
  acknowledge,
  applyChange,
  mergeOnLoad,
  noteAcknowledged,
  type PendingMap,
  parseStoredPending,
  pendingCount,
  pendingStorageKey,
  toSaves,
} from './logic/pending';
import type { SaveFailure } from './logic/saveStatus';

/**
 * The running exam: answers, the queue of unsent saves (kept in browser storage), the debounced sender with retry
 * and backoff, heartbeats, integrity events, pause / close / time-up handling. React reads it through subscribe() /
 * getState(); every side effect goes through EngineDeps so tests can drive it.
 */

export type View = 'single' | 'all';
export interface Cursor {
  position: number;
  view: View;
}

export interface EngineDeps {
  api: <T>(path: string, opts?: RequestOptions) => Promise<T>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** The server's now (ms), as the page estimates it. */
  serverNow: () => number;
  /** Local monotonic-ish now (ms) for timers. */
  localNow: () => number;
  isOnline: () => boolean;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface EngineState {
  answers: AnswerMap;
  pending: PendingMap;
  cursor: Cursor;
  status: AttemptStatus;
  /** The deadline on the server's clock (ms). */
  deadlineMs: number | null;
  /** While paused: the seconds left when the pause began (the clock stops). */
  pausedRemaining: number | null;
  online: boolean;
  inFlight: boolean;
  failure: SaveFailure | null;
  storageOk: boolean;
  /** The session expired: the page asks for the password again, then carries on. */
  needLogin: boolean;
  /** The server refused a save because the attempt is closed. */
  closed: boolean;
  /** Changes the server never acknowledged before it closed the attempt. */
  lostSaves: number;
  submittedAtMs: number | null;
  /** The time ran out: 'flushing' while the last saves go out, then 'done'. */
  timeUp: null | 'flushing' | 'done';
}

/** Debounce for saves: wait this long after the last change … */
export const SAVE_DEBOUNCE_MS = 800;
/** … but never longer than this after the first unsent change (a candidate typing without pause). */
export const SAVE_MAX_WAIT_MS = 3000;
export const HEARTBEAT_MS = 20_000;
export const PAUSED_POLL_MS = 5000;
/** A cursor move alone (no answer change) reaches the server this long after it happened. */
export const CURSOR_SYNC_MS = 5000;
export const EVENTS_DEBOUNCE_MS = 2000;
/** At time-up the server may still count a few seconds (rounding, clock estimate); more means extra time was given. */
export const TIME_UP_TOLERANCE_S = 5;

/** What save, heartbeat (AttemptClock) and submit replies tell about the clock. */
interface ClockReply {
  serverTime?: string;
  remainingSeconds?: number | null;
  status?: AttemptStatus;
  deadlineAt?: string | null;
}

export class AttemptEngine {
  private state: EngineState;
  private readonly listeners = new Set<() => void>();
  private readonly base: string;
  private readonly pendingKey: string;
  private readonly eventsKey: string;

  private sendTimer: unknown = null;
  private saveFailures = 0;
  private firstUnsentAt: number | null = null;
  private lastChangeAt = 0;
  private lastContactAt: number;
  private lastHeartbeatTry = 0;
  private heartbeatInFlight = false;
  private cursorDirtyAt: number | null = null;
  private tickTimer: unknown = null;

  private events: QueuedEvent[];
  private eventsTimer: unknown = null;
  private eventsInFlight = false;
  private eventFailures = 0;
  private disposed = false;

  constructor(
    attempt: CandidateAttempt,
    private readonly deps: EngineDeps,
  ) {
    this.base = `/api/attempts/${encodeURIComponent(attempt.id)}`;
    this.pendingKey = pendingStorageKey(attempt.id);
    this.eventsKey = eventsStorageKey(attempt.id);
    const positions = new Set(attempt.items.map((i) => i.position));
    const local = parseStoredPending(this.read(this.pendingKey));
    const merged = mergeOnLoad(attempt.answers, local, positions);
    this.events = parseStoredEvents(this.read(this.eventsKey));
    const serverTimeMs = Date.parse(attempt.serverTime);
    const fromDeadline = attempt.deadlineAt ? Date.parse(attempt.deadlineAt) : null;
    const deadlineMs = reconcileDeadline(fromDeadline, serverTimeMs, attempt.remainingSeconds);
    const first = attempt.items[0]?.position ?? 1;
    const cursorOk = attempt.cursor && positions.has(attempt.cursor.position);
    this.state = {
      answers: merged.answers,
      pending: merged.pending,
      cursor: cursorOk && attempt.cursor ? attempt.cursor : { position: first, view: attempt.cursor?.view ?? 'single' },
      status: attempt.status,
      deadlineMs,
      pausedRemaining: attempt.status === 'paused' ? (attempt.remainingSeconds ?? null) : null,
      online: deps.isOnline(),
      inFlight: false,
      failure: null,
      storageOk: true,
      needLogin: false,
      closed: false,
      lostSaves: 0,
      submittedAtMs: null,
      timeUp: null,
    };
    this.lastContactAt = deps.localNow();
    if (attempt.status === 'submitted') {
      this.remove(this.pendingKey);
      this.remove(this.eventsKey);
    } else {
      this.persistPending(merged.pending);
    }
  }

  // ---- React binding ------------------------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): EngineState => this.state;

  private set(patch: Partial<EngineState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** Starts timers; unsent saves and events from a previous visit go out at once. */
  start(): void {
    this.disposed = false;
    if (this.tickTimer !== null || this.isOver()) return;
    const tick = () => {
      this.tickTimer = this.deps.setTimeout(tick, 1000);
      this.tick();
    };
    this.tickTimer = this.deps.setTimeout(tick, 1000);
    if (pendingCount(this.state.pending) > 0 && this.state.status === 'in_progress') this.setSendTimer(0);
    if (this.events.length > 0) this.scheduleEvents(0);
  }

  /** Stops timers (start() may run again: React's StrictMode mounts twice in development). */
  dispose(): void {
    this.disposed = true;
    this.stopTimers();
  }

  private stopTimers(): void {
    for (const h of [this.sendTimer, this.tickTimer, this.eventsTimer]) if (h !== null) this.deps.clearTimeout(h);
    this.sendTimer = null;
    this.tickTimer = null;
    this.eventsTimer = null;
  }

  private isOver(): boolean {
    return this.disposed || this.state.closed || this.state.status === 'submitted' || this.state.timeUp === 'done';
  }

  /** Whether the candidate may change answers now. */
  canEdit(): boolean {
    const s = this.state;
    return s.status === 'in_progress' && !s.closed && s.timeUp === null && !this.disposed;
  }

  // ---- storage ------------------------------------------------------------------------------------------------

  private read(key: string): string | null {
    try {
      return this.deps.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private remove(key: string): void {
    try {
      this.deps.storage?.removeItem(key);
    } catch {
      // nothing to keep
    }
  }

  /** Returns whether the pending saves are safely in browser storage. */
  private persistPending(pending: PendingMap): boolean {
    try {
      if (!this.deps.storage) return false;
      if (pendingCount(pending) === 0) this.deps.storage.removeItem(this.pendingKey);
      else this.deps.storage.setItem(this.pendingKey, JSON.stringify(pending));
      return true;
    } catch {
      return false;
    }
  }

  private persistEvents(): void {
    try {
      if (this.events.length === 0) this.deps.storage?.removeItem(this.eventsKey);
      else this.deps.storage?.setItem(this.eventsKey, JSON.stringify(this.events));
    } catch {
      // events are best effort; they never block the candidate
    }
  }

  // ---- the candidate's actions --------------------------------------------------------------------------------

  /** One answer or flag change: versioned, stored locally at once, sent debounced. */
  change(position: number, change: { response?: CandidateResponse | null; flagged?: boolean }): void {
    if (!this.canEdit()) return;
    const next = applyChange(this.state.answers, this.state.pending, position, change);
    const storageOk = this.persistPending(next.pending);
    this.set({ answers: next.answers, pending: next.pending, storageOk });
    const t = this.deps.localNow();
    this.lastChangeAt = t;
    if (this.firstUnsentAt === null) this.firstUnsentAt = t;
    this.scheduleDebounced();
  }

  setCursor(cursor: Cursor): void {
    const c = this.state.cursor;
    if (c.position === cursor.position && c.view === cursor.view) return;
    this.set({ cursor });
    this.cursorDirtyAt = this.deps.localNow();
  }

  /** Sends what is pending now (the submit dialog and the time-up screen call this). */
  flushNow(): void {
    if (pendingCount(this.state.pending) > 0 && !this.state.inFlight) this.setSendTimer(0);
  }

  /** Browser online/offline events: recorded, and coming back online resends at once. */
  setOnline(online: boolean): void {
    if (online === this.state.online) return;
    this.set({ online });
    this.recordEvent(online ? 'online' : 'offline', undefined, true);
    if (online) {
      if (pendingCount(this.state.pending) > 0 && !this.state.inFlight && this.canSend()) this.setSendTimer(0);
      if (this.events.length > 0) this.scheduleEvents(0);
    }
  }

  /** After the candidate signed in again (the session had expired). */
  loggedIn(): void {
    this.set({ needLogin: false });
    if (pendingCount(this.state.pending) > 0) this.setSendTimer(0);
    if (this.events.length > 0) this.scheduleEvents(0);
  }

  /** The page's clock says the time is up: send the last saves, then check with the server. */
  timeIsUp(): void {
    if (this.state.timeUp !== null || this.state.status !== 'in_progress' || this.isOver()) return;
    this.set({ timeUp: 'flushing' });
    if (pendingCount(this.state.pending) > 0) this.setSendTimer(0);
    else void this.checkTimeUp();
  }

  /** Submits the paper. Refuses while changes are unsent (the dialog flushes them first). */
  async submit(): Promise<void> {
    if (pendingCount(this.state.pending) > 0) throw new Error('pending saves');
    try {
      const reply = await this.deps.api<ClockReply & { submittedAt?: string | null }>(`${this.base}/submit`, {
        method: 'POST',
        body: {},
      });
      const at = reply?.submittedAt ?? reply?.serverTime;
      const atMs = at ? Date.parse(at) : Number.NaN;
      this.remove(this.pendingKey);
      this.remove(this.eventsKey);
      this.stopTimers();
      this.set({ status: 'submitted', submittedAtMs: Number.isNaN(atMs) ? this.deps.serverNow() : atMs });
    } catch (e) {
      if (e instanceof HttpError && e.code === 'ATTEMPT_CLOSED') {
        this.markClosed();
        return;
      }
      if (e instanceof HttpError && e.status === 401) this.set({ needLogin: true });
      throw e;
    }
  }

  /** An integrity signal or connection change; queued in storage and sent in batches; never blocks. */
  recordEvent(kind: EventKind, detail?: QueuedEvent['detail'], force = false): void {
    if (this.isOver()) return;
    if (!force && this.state.status !== 'in_progress') return;
    const event: QueuedEvent = { kind, at: new Date(this.deps.serverNow()).toISOString() };
    if (detail) event.detail = detail;
    this.events = enqueueEvent(this.events, event);
    this.persistEvents();
    this.scheduleEvents(EVENTS_DEBOUNCE_MS);
  }

  // ---- sending saves ------------------------------------------------------------------------------------------

  private canSend(): boolean {
    const s = this.state;
    return !this.disposed && !s.closed && !s.needLogin && s.status === 'in_progress';
  }

  private setSendTimer(delayMs: number): void {
    if (this.sendTimer !== null) this.deps.clearTimeout(this.sendTimer);
    this.sendTimer = this.deps.setTimeout(
      () => {
        this.sendTimer = null;
        void this.sendSaves();
      },
      Math.max(0, delayMs),
    );
  }

  private scheduleDebounced(): void {
    // while retrying, the retry timer carries the new change too; while sending, the reply reschedules
    if (this.saveFailures > 0 || this.state.inFlight || !this.canSend()) return;
    const now = this.deps.localNow();
    const due = Math.min(this.lastChangeAt + SAVE_DEBOUNCE_MS, (this.firstUnsentAt ?? now) + SAVE_MAX_WAIT_MS);
    this.setSendTimer(due - now);
  }

  private async sendSaves(): Promise<void> {
    if (this.state.inFlight || !this.canSend()) return;
    const saves = toSaves(this.state.pending);
    if (saves.length === 0) return;
    this.firstUnsentAt = null;
    this.cursorDirtyAt = null;
    this.set({ inFlight: true });
    const body: SaveAnswersBody = { saves, cursor: this.state.cursor };
    try {
      const reply = await this.deps.api<SaveAnswersResult>(`${this.base}/answers`, { method: 'POST', body });
      // an acknowledgement counts even if the page stopped meanwhile: it only removes what the server holds
      this.lastContactAt = this.deps.localNow();
      this.saveFailures = 0;
      const pending = acknowledge(this.state.pending, reply.saved);
      const answers = noteAcknowledged(this.state.answers, reply.saved);
      const storageOk = this.persistPending(pending) || pendingCount(pending) === 0;
      this.set({ inFlight: false, pending, answers, failure: null, storageOk });
      this.applyClock(reply);
      this.afterSend();
    } catch (e) {
      this.set({ inFlight: false });
      this.onSaveError(e);
    }
  }

  private afterSend(): void {
    const s = this.state;
    if (s.timeUp === 'flushing' && pendingCount(s.pending) === 0) {
      void this.checkTimeUp();
      return;
    }
    if (pendingCount(s.pending) === 0 || !this.canSend()) return;
    if (this.firstUnsentAt === null) {
      // left over without new changes: more than one request's worth, or not acknowledged
      this.setSendTimer(pendingCount(s.pending) > toSaves(s.pending).length ? 0 : SAVE_DEBOUNCE_MS);
    } else if (s.timeUp === 'flushing') {
      this.setSendTimer(0);
    } else {
      this.scheduleDebounced();
    }
  }

  private onSaveError(e: unknown): void {
    if (e instanceof HttpError) {
      if (e.code === 'ATTEMPT_CLOSED') {
        this.markClosed();
        return;
      }
      if (e.code === 'ATTEMPT_PAUSED') {
        this.markPaused();
        return;
      }
      if (e.status === 401) {
        this.set({ needLogin: true });
        return;
      }
    }
    this.saveFailures += 1;
    const failure: SaveFailure =
      e instanceof HttpError && e.status > 0 && e.status < 500
        ? { kind: 'rejected', message: e.message }
        : { kind: e instanceof HttpError && e.status >= 500 ? 'server' : 'network', message: String(e) };
    this.set({ failure });
    if (!this.disposed) this.setSendTimer(backoffMs(this.saveFailures));
  }

  private markClosed(): void {
    const lostSaves = pendingCount(this.state.pending);
    this.stopTimers();
    this.set({
      closed: true,
      lostSaves,
      timeUp: this.state.timeUp === 'flushing' ? 'done' : this.state.timeUp,
    });
  }

  private markPaused(): void {
    if (this.state.status === 'paused') return;
    const remaining =
      this.state.deadlineMs === null ? null : secondsUntil(this.state.deadlineMs, this.deps.serverNow());
    this.set({ status: 'paused', pausedRemaining: remaining, failure: null });
    this.saveFailures = 0;
    this.lastHeartbeatTry = this.deps.localNow();
  }

  // ---- clock, heartbeat, pause --------------------------------------------------------------------------------

  private applyClock(reply: ClockReply | undefined): void {
    if (!reply) return;
    const serverTimeMs = reply.serverTime ? Date.parse(reply.serverTime) : Number.NaN;
    const remaining = reply.remainingSeconds ?? null;
    if (reply.status === 'submitted') {
      this.markClosed();
      return;
    }
    if (reply.status === 'paused') {
      if (this.state.status !== 'paused') this.markPaused();
      if (remaining !== null) this.set({ pausedRemaining: remaining });
      return;
    }
    const wasPaused = this.state.status === 'paused';
    const patch: Partial<EngineState> = {};
    if (reply.status === 'in_progress' && wasPaused) {
      patch.status = 'in_progress';
      patch.pausedRemaining = null;
    }
    const exact = reply.deadlineAt ? Date.parse(reply.deadlineAt) : Number.NaN;
    if (!Number.isNaN(exact)) patch.deadlineMs = exact;
    else if (!Number.isNaN(serverTimeMs)) {
      patch.deadlineMs = reconcileDeadline(wasPaused ? null : this.state.deadlineMs, serverTimeMs, remaining);
    }
    this.set(patch);
    if (wasPaused && patch.status === 'in_progress' && pendingCount(this.state.pending) > 0) this.setSendTimer(0);
  }

  private tick(): void {
    if (this.isOver()) return;
    const s = this.state;
    if (s.needLogin || s.inFlight || this.heartbeatInFlight) return;
    const now = this.deps.localNow();
    const since = now - Math.max(this.lastContactAt, this.lastHeartbeatTry);
    if (s.status === 'paused') {
      if (now - this.lastHeartbeatTry >= PAUSED_POLL_MS) void this.heartbeat();
      return;
    }
    if (s.status !== 'in_progress') return;
    const cursorDue =
      this.cursorDirtyAt !== null &&
      now - this.cursorDirtyAt >= CURSOR_SYNC_MS &&
      pendingCount(s.pending) === 0 &&
      now - this.lastHeartbeatTry >= CURSOR_SYNC_MS;
    if (since >= HEARTBEAT_MS || cursorDue) void this.heartbeat();
  }

  private async heartbeat(): Promise<ClockReply | null> {
    this.heartbeatInFlight = true;
    this.lastHeartbeatTry = this.deps.localNow();
    const cursorSent = this.cursorDirtyAt;
    try {
      const reply = await this.deps.api<ClockReply>(`${this.base}/heartbeat`, {
        method: 'POST',
        body: { cursor: this.state.cursor },
      });
      this.lastContactAt = this.deps.localNow();
      if (this.cursorDirtyAt === cursorSent) this.cursorDirtyAt = null;
      this.applyClock(reply);
      return reply ?? {};
    } catch (e) {
      if (e instanceof HttpError) {
        if (e.code === 'ATTEMPT_CLOSED') this.markClosed();
        else if (e.code === 'ATTEMPT_PAUSED') this.markPaused();
        else if (e.status === 401) this.set({ needLogin: true });
      }
      return null;
    } finally {
      this.heartbeatInFlight = false;
    }
  }

  /** After the last saves at time-up: the proctor may have given extra time; otherwise the paper is collected. */
  private async checkTimeUp(): Promise<void> {
    const reply = await this.heartbeat();
    if (this.state.closed || this.state.timeUp !== 'flushing') return;
    if (reply?.status === 'in_progress' && (reply.remainingSeconds ?? 0) > TIME_UP_TOLERANCE_S) {
      this.set({ timeUp: null });
      return;
    }
    this.stopTimers();
    this.remove(this.pendingKey);
    this.set({ timeUp: 'done' });
  }

  // ---- events -------------------------------------------------------------------------------------------------

  private scheduleEvents(delayMs: number): void {
    if (this.eventsTimer !== null) {
      if (delayMs > 0) return; // a send is already due
      this.deps.clearTimeout(this.eventsTimer);
    }
    this.eventsTimer = this.deps.setTimeout(() => {
      this.eventsTimer = null;
      void this.sendEvents();
    }, delayMs);
  }

  private async sendEvents(): Promise<void> {
    if (this.eventsInFlight || this.events.length === 0 || this.disposed || this.state.needLogin) return;
    const batch = nextBatch(this.events);
    const body: AttemptEventsBody = { events: batch };
    this.eventsInFlight = true;
    try {
      await this.deps.api(`${this.base}/events`, { method: 'POST', body });
      this.eventFailures = 0;
      this.events = dropSent(this.events, batch);
    } catch (e) {
      if (e instanceof HttpError && e.status === 401) {
        this.set({ needLogin: true });
        return;
      }
      if (e instanceof HttpError && e.status > 0 && e.status < 500 && e.code !== 'ATTEMPT_PAUSED') {
        // refused for good (closed, malformed): dropping them never harms the candidate
        this.events = dropSent(this.events, batch);
      } else if (!this.disposed) {
        this.eventFailures += 1;
        this.eventsTimer = this.deps.setTimeout(() => {
          this.eventsTimer = null;
          void this.sendEvents();
        }, backoffMs(this.eventFailures));
      }
    } finally {
      this.eventsInFlight = false;
      this.persistEvents();
    }
    if (this.eventFailures === 0 && this.events.length > 0) this.scheduleEvents(0);
  }
}
