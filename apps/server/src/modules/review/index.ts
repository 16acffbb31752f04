/**
 * Comprehensive review (综合评审, levels 2 and 1): materials, committee, defences, members' scores and the
 * plan's combining rule. See docs/API-REVIEW.md.
 */
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';
import { registerReviewRoutesImpl } from './review.routes.js';

export { combineScores, reviewScorers, reviewScores } from './combine.js';

export function registerReviewRoutes(app: App, ctx: AppContext): void {
  registerReviewRoutesImpl(app, ctx);
}
