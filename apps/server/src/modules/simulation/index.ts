/**
 * Simulation teaching and skill exams (仿真教学 + 技能考核): tasks and their revisions, practice runs in the
 * trainee's sandbox store, uploaded images and the rule sets (practice/); the skill part of an exam plan, the
 * candidate's attempt, examiner review with overrides and replay (skill/). See docs/API-SIMULATION.md.
 */
export { registerPracticeRoutes, seedSimulationLibrary } from './practice/index.js';
export {
  type PracticeTaskRef,
  practiceTasksFor,
  registerSkillExamRoutes,
  type SkillBreakdown,
  skillBreakdown,
  startSkillExamWorker,
} from './skill/index.js';
