/**
 * Final results (成绩发布), appeals (复核) and the ability evaluation report (能力评价报告). See docs/API-RESULTS.md.
 */
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';
import { registerReportRoutes } from './report/index.js';
import { registerFinalResultRoutes } from './results.routes.js';

export { computeResults, requiredComponents } from './compute.js';
export { finalResults, resultAppeals, resultPublications } from './results.tables.js';

export function registerResultsRoutes(app: App, ctx: AppContext): void {
  registerFinalResultRoutes(app, ctx);
  registerReportRoutes(app, ctx);
}
