/** Wires the parts of the running service together and shuts them down cleanly. */
import type { Server } from 'node:http';
import { type RunnerHandle, run } from '@grammyjs/runner';
import { createRuncoachBot } from './app.ts';
import { registerCommands } from './bot/bot.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { createStore } from './db/store/index.ts';
import { createHttpApp, listen } from './http/server.ts';
import { startDelivery } from './jobs/delivery.ts';
import { createLogger, type Logger } from './log.ts';

export interface RunningService {
  server: Server;
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
  const store = createStore(openDatabase(config.databasePath, { migrate: true }));
  const { bot } = createRuncoachBot({ config, store, log, ...(options.now ? { now: options.now } : {}) });

  await bot.init();
  log.info({ bot: bot.botInfo.username }, 'connected to the Bot API');
  await registerCommands(bot).catch((err: unknown) => log.warn({ err }, 'could not register the command list'));

  const app = createHttpApp({ store, log });
  const server = await listen(app, config.port, config.host);
  log.info({ port: config.port, host: config.host }, 'http server listening');

  // Long polling; webhook mode comes with TELEGRAM_WEBHOOK_URL.
  await bot.api.deleteWebhook().catch((err: unknown) => log.warn({ err }, 'deleteWebhook failed'));
  const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } });
  // Scheduled messages: the cron scheduler writes the outbox, the sender drains it (paced, retried).
  const delivery = startDelivery({ config, store, log, ...(options.now ? { now: options.now } : {}) });

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      log.info('shutting down');
      // Stop taking updates and let the ones in hand finish, then close the server and the database.
      await runner.stop().catch(() => undefined);
      await delivery.stop().catch((err: unknown) => log.error({ err }, 'stopping the scheduler failed'));
      await new Promise<void>((resolve) => server.close(() => resolve()));
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
  return { server, stop };
}
