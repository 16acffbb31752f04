import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/index.js';

// TODO(lead): skill part, attempts, review, overrides.
export function registerSkillExamRoutes(_app: App, _ctx: AppContext): void {}

export function startSkillExamWorker(_ctx: AppContext): () => Promise<void> {
  return async () => {};
}
