/**
 * Theory exams (理论知识考试): plans, sessions, registration, tickets (plans/), the candidate's attempt
 * (runtime/), the proctor console (proctoring/), marking and results (marking/). See docs/API-EXAMS.md.
 */
export { registerMarkingRoutes, type TheoryBreakdown, theoryBreakdown } from './marking/index.js';
export { publishedVersion } from './plans/blueprint.js';
// For the skill part of a plan (modules/simulation/skill): plan access and the staff pickers' role check.
export { isPlanAdmin, isPlanStaff, type LoadedPlan, loadPlan, planFor } from './plans/common.js';
export { registerExamPlanRoutes } from './plans/index.js';
export { usersWithRole } from './plans/plans.service.js';
export { registerProctorRoutes } from './proctoring/index.js';
export { registerAttemptRoutes, startAttemptWorker } from './runtime/index.js';
