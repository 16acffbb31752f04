/**
 * Marking and results (评卷与成绩) of theory exams — see docs/API-EXAMS.md "Marking and results".
 *
 * - `registerMarkingRoutes(app, ctx)` — blind marking tasks, the plan's marking page, results (+ Excel),
 *   statistics and the candidate's own result.
 * - `onAttemptSubmitted(tx, attemptId)` — runtime's closeAttempt calls it inside its transaction once the
 *   answers with objective scores are written: finalises objective-only results, else queues blind double
 *   marking (result 'marking').
 * - `distributeMarking(tx, planId)` — creates the missing tasks after markers change (e.g. from PUT markers).
 * - `maybeQueueItemAnalysis(tx, sessionId)` — queues the session's item analysis once nothing more can come
 *   (idempotent; e.g. from a sweeper after the entry window closes).
 */
/** Read-only per-row breakdown of a registration's theory result (the ability report). */
export { type TheoryBreakdown, theoryBreakdown } from './breakdown.js';
export { distributeMarking, examKeyOfSession, maybeQueueItemAnalysis, onAttemptSubmitted } from './engine.js';
export { registerMarkingRoutes } from './marking.routes.js';
