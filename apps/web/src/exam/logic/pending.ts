import type { AnswerSave, CandidateResponse } from '@crossskill/contracts';

/**
 * The page's answer state and its queue of unsent saves. Rules (unit-tested):
 * - every change of a position bumps its version, counting up from the highest version known for that position
 *   (the server's, a pending one, or an acknowledged one), so a reload or another computer keeps counting up;
 * - unsent saves live in browser storage until the server acknowledges a version ≥ theirs;
 * - on load the server's answers come first and local pending saves with higher versions go on top.
 */

export interface PendingSave {
  version: number;
  response: CandidateResponse | null;
  flagged: boolean;
}
/** position → the latest unsent save of that position. */
export type PendingMap = Record<number, PendingSave>;

export interface AnswerState {
  response: CandidateResponse | null;
  flagged: boolean;
  /** Highest version known for the position (local or acknowledged); the next change uses version + 1. */
  version: number;
}
export type AnswerMap = Record<number, AnswerState>;

export interface ServerAnswer {
  position: number;
  response: CandidateResponse | null;
  flagged: boolean;
  version: number;
}

export const MAX_SAVES_PER_REQUEST = 500;

export function pendingStorageKey(attemptId: string): string {
  return `cs_exam_pending:${attemptId}`;
}

/** The server's answers, then local pending saves with higher versions on top; stale local saves are dropped. */
export function mergeOnLoad(
  serverAnswers: readonly ServerAnswer[],
  local: PendingMap,
  positions?: ReadonlySet<number>,
): { answers: AnswerMap; pending: PendingMap } {
  const answers: AnswerMap = {};
  for (const a of serverAnswers) {
    answers[a.position] = { response: a.response, flagged: a.flagged, version: a.version };
  }
  const pending: PendingMap = {};
  for (const [key, save] of Object.entries(local)) {
    const position = Number(key);
    if (positions && !positions.has(position)) continue;
    const known = answers[position]?.version ?? 0;
    if (save.version > known) {
      answers[position] = { response: save.response, flagged: save.flagged, version: save.version };
      pending[position] = save;
    }
  }
  return { answers, pending };
}

/** One change by the candidate: the new answer state, the new pending map and the save to send. */
export function applyChange(
  answers: AnswerMap,
  pending: PendingMap,
  position: number,
  change: { response?: CandidateResponse | null; flagged?: boolean },
): { answers: AnswerMap; pending: PendingMap; save: AnswerSave } {
  const prev = answers[position] ?? { response: null, flagged: false, version: 0 };
  const version = Math.max(prev.version, pending[position]?.version ?? 0) + 1;
  const next: AnswerState = {
    response: change.response !== undefined ? change.response : prev.response,
    flagged: change.flagged !== undefined ? change.flagged : prev.flagged,
    version,
  };
  const save: AnswerSave = { position, version, response: next.response, flagged: next.flagged };
  return {
    answers: { ...answers, [position]: next },
    pending: { ...pending, [position]: { version, response: next.response, flagged: next.flagged } },
    save,
  };
}

/** Removes the saves the server acknowledged (stored version ≥ pending version); later changes stay queued. */
export function acknowledge(pending: PendingMap, saved: readonly { position: number; version: number }[]): PendingMap {
  const next: PendingMap = { ...pending };
  for (const ack of saved) {
    const p = next[ack.position];
    if (p && ack.version >= p.version) delete next[ack.position];
  }
  return next;
}

/** Raises known versions to what the server says it stores (a later version may come from another computer). */
export function noteAcknowledged(
  answers: AnswerMap,
  saved: readonly { position: number; version: number }[],
): AnswerMap {
  let next = answers;
  for (const ack of saved) {
    const a = next[ack.position];
    if (a && ack.version > a.version) {
      if (next === answers) next = { ...answers };
      next[ack.position] = { ...a, version: ack.version };
    }
  }
  return next;
}

/** What to send: the pending saves in position order, at most one request's worth. */
export function toSaves(pending: PendingMap, max = MAX_SAVES_PER_REQUEST): AnswerSave[] {
  return Object.entries(pending)
    .map(([key, p]) => ({ position: Number(key), version: p.version, response: p.response, flagged: p.flagged }))
    .sort((a, b) => a.position - b.position)
    .slice(0, max);
}

export function pendingCount(pending: PendingMap): number {
  return Object.keys(pending).length;
}

function isResponse(v: unknown): v is CandidateResponse | null {
  if (v === null) return true;
  if (typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.choices)) return o.choices.every((c) => typeof c === 'string');
  if (typeof o.value === 'boolean') return true;
  if (Array.isArray(o.blanks)) return o.blanks.every((b) => typeof b === 'string');
  return typeof o.text === 'string';
}

/** Reads a stored pending map, dropping anything malformed (storage is the user's and may be edited or truncated). */
export function parseStoredPending(raw: string | null): PendingMap {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const out: PendingMap = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const position = Number(key);
    if (!Number.isInteger(position) || position < 1) continue;
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 1) continue;
    if (!isResponse(v.response)) continue;
    out[position] = { version: v.version, response: v.response, flagged: v.flagged === true };
  }
  return out;
}
