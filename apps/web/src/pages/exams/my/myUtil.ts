import type { MyRegistration } from '../../../api/exam-plans';

/** The exam page opens 30 minutes before the start. */
const ENTRY_OPENS_BEFORE_MS = 30 * 60_000;

export type EntryState = { kind: 'none' } | { kind: 'soon'; opensAt: string } | { kind: 'open' } | { kind: 'over' };

/** Whether "进入考试" is usable: from 30 minutes before the start until the session's end. */
export function entryState(r: MyRegistration, now: number): EntryState {
  if (!r.attemptId || !r.startsAt) return { kind: 'none' };
  if (r.attemptStatus === 'submitted') return { kind: 'over' };
  const start = new Date(r.startsAt).getTime();
  const end = start + (r.durationMinutes ?? 0) * 60_000;
  if (now < start - ENTRY_OPENS_BEFORE_MS)
    return { kind: 'soon', opensAt: new Date(start - ENTRY_OPENS_BEFORE_MS).toISOString() };
  // in progress or paused attempts stay enterable after the nominal end (extra time, pauses): the server decides
  if (now > end && r.attemptStatus === 'ready') return { kind: 'over' };
  if (now > end + 2 * 3600_000) return { kind: 'over' };
  return { kind: 'open' };
}

export type ResultState =
  | { kind: 'none' }
  | { kind: 'pending' | 'marking' }
  | { kind: 'final'; score: number | null; passed: boolean };

/** What "成绩" says in the list: nothing until the exam is handed in (an attempt not yet taken has no result). */
export function resultState(r: Pick<MyRegistration, 'attemptStatus' | 'result'>): ResultState {
  if (!r.result) return { kind: 'none' };
  if (r.result.status === 'final')
    return { kind: 'final', score: r.result.totalScore, passed: r.result.passed === true };
  if (r.attemptStatus !== 'submitted') return { kind: 'none' };
  return { kind: r.result.status === 'marking' ? 'marking' : 'pending' };
}
