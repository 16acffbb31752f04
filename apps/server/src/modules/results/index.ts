/**
 * Final results (成绩发布), appeals (复核) and the ability evaluation report (能力评价报告). See docs/API-RESULTS.md.
 */
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';

export function registerResultsRoutes(_app: App, _ctx: AppContext): void {}
