/**
 * The candidate's attempt (考试作答): identity, start, paper, versioned autosave, integrity events, submit,
 * deadline closing, objective scoring, presence. See docs/API-EXAMS.md, "The candidate's attempt".
 *
 * For the other exam folders:
 * - `closeAttempt(ctx, attemptId, { reason, actorId? })` — submit + score + marking hook, idempotent.
 * - `attemptClock(attempt, plan, now)` — remaining seconds / deadline / closesAt of an attempt row.
 * - `lastSeen(attemptId)` / `presenceSnapshot()` — last contact held in memory (fresher than last_seen_at).
 * - `scoreObjective(entry, answer, response, multipleScoring)` — the pure objective scorer.
 */
export { attemptClock, enabledSignals } from './attempts.service.js';
export { type CloseReason, closeAttempt, closeExpiredAttempts, closeFinishedSessions } from './close.js';
export { flushPresence, lastSeen, presenceSnapshot } from './presence.js';
export { registerAttemptRoutes } from './runtime.routes.js';
export { answeredSql } from './saves.js';
export { isAnswered, normaliseBlank, scoreObjective } from './score.js';
export { startAttemptWorker } from './worker.js';
