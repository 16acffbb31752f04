/**
 * Exam plans (鉴定计划) — see docs/API-EXAMS.md "Plans": plans and blueprints (from the standard version's
 * theory weight table), blueprint preview and sample paper, markers, sessions with rooms and proctors (003
 * §1.9 staffing and duration rules), registration with the standards' eligibility check and an audited
 * override, seat assignment (a job that also creates the `ready` attempts with their papers), admission
 * ticket PDFs (准考证) with a QR code, and the candidate's own registrations.
 *
 * For other exam folders:
 * - `generatePapers(tx, plan, sessionId, registrationIds, lang?)` — papers for candidates (per candidate or
 *   the plan's fixed paper), 422 EXAM_BLUEPRINT_SHORT when the banks cannot fill the blueprint.
 * - `assignSeats(tx, { sessionId, actorId, ip, lang })` — what the assign-seats job runs, in the caller's
 *   transaction (benchmarks and seeds call it directly).
 * - `checkSessionStaffing({ durationMinutes, rooms })` — the pure 003 §1.9.3–1.9.4 check.
 */
export { type GeneratedPaper, generatePapers } from './papers.js';
export { registerExamPlanRoutes } from './plans.routes.js';
export { ASSIGN_SEATS_JOB, assignSeats } from './seats.js';
export { checkSessionStaffing, type RuleViolation } from './staffing.js';
