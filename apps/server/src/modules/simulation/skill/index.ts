/**
 * The skill part of an exam plan (技能考核, 模拟操作 — 003 §1.9): the blueprint over the version's skill weight
 * table, time and examiners (staffing rules enforced), the candidate's attempt (one task per row, drawn and
 * parameterised per candidate), automatic scoring at submission, examiner overrides with reasons (audited),
 * confirmation. The practice routes read `skill_attempts` (and `EXAM_GRACE_MS`, shared.ts) to refuse actions on a
 * closed exam run.
 */

/** Read-only per-row skill scores of a registration and practice tasks per function (the ability report). */
export { type PracticeTaskRef, practiceTasksFor, type SkillBreakdown, skillBreakdown } from './breakdown.js';
export { registerSkillExamRoutes } from './skill.routes.js';
export { startSkillExamWorker } from './worker.js';
