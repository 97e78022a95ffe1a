/** Wires the parts of the running service together and shuts them down cleanly. */
import type { Server } from 'node:http';
import { type RunnerHandle, run } from '@grammyjs/runner';
import type { Router } from 'express';
import { GrammyError } from 'grammy';
import { createRuncoachBot } from './app.ts';
import { registerCommands } from './bot/bot.ts';
import { closeChartPool } from './charts/pool.ts';
import type { Config } from './config.ts';
import { SERVICE_BUSY_TIMEOUT_MS } from './db/busy.ts';
import { createStore } from './db/store/index.ts';
import { createMetricsRouter } from './http/metrics-route.ts';
import { createHttpApp, listen } from './http/server.ts';
import { createTelegramWebhookRouter } from './http/telegram-webhook.ts';
import { startDelivery } from './jobs/delivery.ts';
import { housekeepingTasks } from './jobs/housekeeping.ts';
import { refreshSchedule } from './jobs/schedule.ts';
import { createLogger, type Logger } from './log.ts';
import { createMetrics } from './metrics/registry.ts';
import { connectTelegram, openDatabaseOrExplain, StartupError } from './startup.ts';
import { createStrava } from './strava/index.ts';
import { createWebAppRouter, setMenuButton } from './webapp/router.ts';

export interface RunningService {
  server: Server;
  /**
   * Settles once the bot is connected and everything runs (polling or webhook, scheduler, Strava worker). The
   * HTTP server (and /healthz) is up before: Telegram may be unreachable for a while. Rejects with a
   * StartupError when Telegram rejects the token, or with what else stopped the start.
   */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  log?: Logger;
  now?: () => Date;
  /** Install SIGTERM/SIGINT handlers (the real process does; tests do not). */
  handleSignals?: boolean;
}

export async function startService(config: Config, options: ServiceOptions = {}): Promise<RunningService> {
  const log = options.log ?? createLogger(config.logLevel);
  const now = options.now ?? (() => new Date());
  const store = createStore(openDatabaseOrExplain(config.databasePath, SERVICE_BUSY_TIMEOUT_MS, log), { log });
  const metrics = createMetrics(store);
  const strava = config.strava.enabled ? createStrava({ config, store, log, now, metrics }) : undefined;
  const { bot, intervals } = createRuncoachBot({
    config,
    store,
    log,
    now,
    metrics,
    ...(strava ? { strava: strava.bot } : {}),
  });

  const webhook = config.telegram.webhookUrl;
  const routers: Router[] = [
    createMetricsRouter(metrics, config.metricsToken, { proxied: config.trustProxy !== false }),
  ];
  if (strava) routers.push(strava.router);
  routers.push(
    createWebAppRouter({
      store,
      log,
      now,
      botToken: config.telegram.token ?? '',
      publicUrl: config.publicUrl,
      ...(intervals ? { onPlanChanged: (id: number) => void intervals.syncQuietly(id) } : {}),
      onScheduleChanged: (id) => refreshSchedule(store, id, now()),
    }),
  );
  if (webhook && config.telegram.webhookSecret) {
    routers.push(
      createTelegramWebhookRouter(bot, {
        secretToken: config.telegram.webhookSecret,
        timeoutMs: Math.min(55_000, config.gemini.timeoutMs + 5_000),
      }),
    );
  }
  const app = createHttpApp({ store, log, routers, trustProxy: config.trustProxy });
  // The HTTP server first: /healthz answers while Telegram is still being reached.
  const server = await listen(app, config.port, config.host).catch((err: unknown) => {
    store.close();
    const code = (err as { code?: unknown }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new StartupError(
        `PORT/HOST: cannot listen on ${config.host}:${config.port} (${String(code)}); stop what uses it or set PORT`,
      );
    }
    throw err;
  });
  log.info({ port: config.port, host: config.host }, 'http server listening');

  const connecting = new AbortController();
  let runner: RunnerHandle | undefined;
  let delivery: ReturnType<typeof startDelivery> | undefined;
  const ready = (async () => {
    const me = await connectTelegram(
      { token: config.telegram.token ?? '', apiRoot: config.telegram.apiRoot, log },
      connecting.signal,
    );
    if (!me || connecting.signal.aborted) return;
    bot.botInfo = me;
    log.info({ bot: me.username }, 'connected to the Bot API');
    await registerCommands(bot).catch((err: unknown) => log.warn({ err }, 'could not register the command list'));
    // The Mini App opens from the menu button when PUBLIC_URL is https (Telegram requires it).
    await setMenuButton(bot.api, config.publicUrl).catch((err: unknown) =>
      log.warn({ err }, 'could not set the menu button'),
    );
    if (connecting.signal.aborted) return;
    if (webhook) {
      await bot.api
        .setWebhook(webhook, {
          secret_token: config.telegram.webhookSecret,
          allowed_updates: ['message', 'callback_query'],
        })
        .catch((err: unknown) => {
          if (err instanceof GrammyError && err.error_code === 400) {
            throw new StartupError(`TELEGRAM_WEBHOOK_URL: Telegram refused ${webhook} (${err.description})`);
          }
          throw err;
        });
      log.info({ url: webhook }, 'webhook mode');
    } else {
      await bot.api.deleteWebhook().catch((err: unknown) => log.warn({ err }, 'deleteWebhook failed'));
      runner = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } });
      log.info('long polling');
    }

    const housekeeping = housekeepingTasks({ config, store, log, strava });
    // Scheduled messages: the scheduler writes the outbox, the sender drains it (paced, retried).
    delivery = startDelivery({ config, store, log, now, housekeeping, metrics });
    strava?.worker.start();
  })();

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      log.info('shutting down');
      connecting.abort();
      await ready.catch(() => undefined);
      // Stop taking updates and finish the ones in hand (runner.stop waits for them; closing the server lets
      // webhook requests in flight complete), then the outbox batch and the Strava worker, then the database.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await runner?.stop().catch(() => undefined);
      await delivery?.stop().catch((err: unknown) => log.error({ err }, 'stopping the scheduler failed'));
      await strava?.worker.stop().catch((err: unknown) => log.error({ err }, 'stopping the Strava worker failed'));
      await closeChartPool().catch((err: unknown) => log.error({ err }, 'stopping the chart workers failed'));
      server.closeIdleConnections();
      await closed;
      store.close();
      log.info('stopped');
    })();
    return stopping;
  };
  if (options.handleSignals ?? true) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        void stop().then(() => process.exit(0));
      });
    }
  }
  return { server, ready, stop };
}
