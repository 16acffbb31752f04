import type { AppContext } from '../../platform/context.js';
import { deliverDue } from './notifications.service.js';
import type { NotificationProvider } from './provider.js';

/** Polls the outbox until stopped. Returns the stop function. */
export function startNotificationWorker(ctx: AppContext, provider: NotificationProvider): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      while (!stopped && (await deliverDue(ctx.db, provider)) > 0) {
        // keep draining while there is work
      }
    } catch (err) {
      ctx.log.error({ err }, 'notification delivery failed');
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), ctx.config.workerPollMs);
  };
  running = tick();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
