/**
 * 能力评价报告 (ability evaluation report): per occupational function against the weight tables, theory and skill
 * combined, radar chart, strengths and what to train next with practice tasks — JSON and PDF. Registered from
 * results/index.ts. See docs/API-RESULTS.md "Ability evaluation report".
 */
export { registerReportRoutes } from './report.routes.js';
