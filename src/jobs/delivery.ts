/** The service's scheduled side: the outbox sender (always draining) and the cron scheduler that feeds it. */
import { Api } from 'grammy';
import { Gauge } from 'prom-client';
import type { Config } from '../config.ts';
import type { Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics/registry.ts';
import { OutboxSender, type SendOutcome } from '../outbox/sender.ts';
import type { HousekeepingTask } from './context.ts';
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

export interface DeliveryDeps {
  config: Config;
  store: Store;
  log: Logger;
  now?: () => Date;
  housekeeping?: HousekeepingTask[];
  metrics?: Metrics;
}

export function startDelivery(deps: DeliveryDeps): Delivery {
  const { config, store, log, metrics } = deps;
  const sender = new OutboxSender({
    store,
    log,
    api: senderApi(config.telegram.token ?? '', config.telegram.apiRoot),
    ratePerSec: config.telegram.ratePerSec,
    ...(metrics ? { onAttempt: (outcome: SendOutcome) => metrics.outboxSends.inc({ outcome }) } : {}),
  });
  const scheduler = new Scheduler({
    store,
    log,
    cronSchedule: config.cronSchedule,
    ...(deps.now ? { now: deps.now } : {}),
    onEnqueued: () => sender.wake(),
    ...(deps.housekeeping ? { housekeeping: deps.housekeeping } : {}),
    ...(metrics ? { onJobRun: (job: string, outcome: string) => metrics.jobRuns.inc({ job, outcome }) } : {}),
  });
  if (metrics) {
    // The sender keeps its own counts; /metrics reads them when scraped. Kept beside runcoach_outbox_sends_total
    // (attempts by outcome) because operators may already scrape it.
    new Gauge({
      name: 'runcoach_outbox_sent',
      help: 'Outbox messages by outcome since start',
      labelNames: ['outcome'],
      registers: [metrics.registry],
      collect() {
        for (const [outcome, n] of Object.entries(sender.stats)) this.set({ outcome }, n);
      },
    });
  }
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
