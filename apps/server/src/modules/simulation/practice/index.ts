import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/index.js';
import { registerImageRoutes } from './images.routes.js';
import { registerRulesRoute } from './rules.js';
import { registerRunRoutes } from './runs.routes.js';
import { registerTaskRoutes } from './tasks.routes.js';

export { runInstance, runLog, runTask } from './run-view.js';
export { seedSimulationLibrary } from './seed.js';

/** Practice (仿真教学): rule sets, tasks and their revisions, runs with their action log, product images. */
export function registerPracticeRoutes(app: App, ctx: AppContext): void {
  registerRulesRoute(app);
  registerTaskRoutes(app, ctx);
  registerRunRoutes(app, ctx);
  registerImageRoutes(app, ctx);
}
