import type { AppContext } from '../../../platform/context.js';
import { closeExpiredSkillAttempts } from './attempts.service.js';

export const SKILL_SWEEP_INTERVAL_MS = 5_000;

/**
 * Closes (and scores) skill attempts past their deadline: once at start-up — what expired while the server was
 * down — then every 5 s. Returns a stop function that waits for the running pass.
 */
export function startSkillExamWorker(ctx: AppContext): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const sweep = async () => {
    try {
      const n = await closeExpiredSkillAttempts(ctx);
      if (n > 0) ctx.log.info({ closed: n }, 'closed skill attempts past their deadline');
    } catch (err) {
      ctx.log.error({ err }, 'skill-exam sweeper failed');
    }
    if (!stopped) timer = setTimeout(() => (running = sweep()), SKILL_SWEEP_INTERVAL_MS);
  };
  running = sweep();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
