/**
 * Theory exams (理论知识考试): plans, sessions, registration, tickets (plans/), the candidate's attempt
 * (runtime/), the proctor console (proctoring/), marking and results (marking/). See docs/API-EXAMS.md.
 */
export { registerMarkingRoutes } from './marking/index.js';
export { registerExamPlanRoutes } from './plans/index.js';
export { registerProctorRoutes } from './proctoring/index.js';
export { registerAttemptRoutes, startAttemptWorker } from './runtime/index.js';
