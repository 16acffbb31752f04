import type { AppContext } from '../../../platform/context.js';
import { closeExpiredAttempts, closeFinishedSessions } from './close.js';
import { flushPresence } from './presence.js';

export const SWEEP_INTERVAL_MS = 2_000;
export const PRESENCE_FLUSH_MS = 5_000;

/**
 * The attempt worker of `serve`: the deadline sweeper (once at start-up — which closes what expired while the
 * server was down, e.g. after a SIGKILL — then every 2 s; each pass also marks finished sessions closed) and
 * the presence flush (every 5 s, and on stop).
 * Returns a stop function that waits for the running pass.
 */
export function startAttemptWorker(ctx: AppContext): () => Promise<void> {
  let stopped = false;
  let sweepTimer: NodeJS.Timeout | undefined;
  let flushTimer: NodeJS.Timeout | undefined;
  let sweeping: Promise<void> = Promise.resolve();
  let flushing: Promise<void> = Promise.resolve();

  const sweep = async () => {
    try {
      const n = await closeExpiredAttempts(ctx);
      if (n > 0) ctx.log.info({ closed: n }, 'closed attempts past their deadline');
      await closeFinishedSessions(ctx);
    } catch (err) {
      ctx.log.error({ err }, 'deadline sweeper failed');
    }
    if (!stopped) sweepTimer = setTimeout(() => (sweeping = sweep()), SWEEP_INTERVAL_MS);
  };
  const flush = async () => {
    try {
      await flushPresence(ctx.db);
    } catch (err) {
      ctx.log.error({ err }, 'presence flush failed');
    }
    if (!stopped) flushTimer = setTimeout(() => (flushing = flush()), PRESENCE_FLUSH_MS);
  };
  sweeping = sweep();
  flushTimer = setTimeout(() => (flushing = flush()), PRESENCE_FLUSH_MS);

  return async () => {
    stopped = true;
    if (sweepTimer) clearTimeout(sweepTimer);
    if (flushTimer) clearTimeout(flushTimer);
    await sweeping;
    await flushing;
    try {
      await flushPresence(ctx.db, { all: true });
    } catch (err) {
      ctx.log.error({ err }, 'final presence flush failed');
    }
  };
}
