/** The service's scheduled side: the outbox sender (always draining) and the cron scheduler that feeds it. */
import { Api } from 'grammy';
import type { Config } from '../config.ts';
import type { Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';
import { OutboxSender } from '../outbox/sender.ts';
import { Scheduler } from './scheduler.ts';

export interface Delivery {
  scheduler: Scheduler;
  sender: OutboxSender;
  stop(): Promise<void>;
}

/** grammY's Api without auto-retry: the sender owns retries, pacing and 429 handling. */
export function senderApi(token: string, apiRoot: string): Api {
  return new Api(token, { apiRoot, timeoutSeconds: 30 });
}

export function startDelivery(deps: { config: Config; store: Store; log: Logger; now?: () => Date }): Delivery {
  const { config, store, log } = deps;
  const sender = new OutboxSender({
    store,
    log,
    api: senderApi(config.telegram.token ?? '', config.telegram.apiRoot),
    ratePerSec: config.telegram.ratePerSec,
  });
  const scheduler = new Scheduler({
    store,
    log,
    cronSchedule: config.cronSchedule,
    ...(deps.now ? { now: deps.now } : {}),
    onEnqueued: () => sender.wake(),
  });
  sender.start();
  scheduler.start();
  return {
    scheduler,
    sender,
    async stop() {
      await scheduler.stop();
      await sender.stop();
    },
  };
}
