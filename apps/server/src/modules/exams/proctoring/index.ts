/**
 * The proctor console (监考): rooms live, extra time, pause / resume, irregularities, forced submission, the
 * event log. See docs/API-EXAMS.md "Proctor console".
 */
export { registerProctorRoutes } from './proctoring.routes.js';
