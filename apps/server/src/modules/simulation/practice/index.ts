import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { App } from '../../../platform/http/index.js';

// TODO(helper practice): tasks, runs, images, rules routes.
export function registerPracticeRoutes(_app: App, _ctx: AppContext): void {}

// TODO(helper practice): upsert TASK_LIBRARY of @crossskill/simulation as library tasks (idempotent, two processes).
export async function seedSimulationLibrary(_db: Executor): Promise<void> {}
