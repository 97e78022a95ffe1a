/** Wires the parts of the running service together and shuts them down cleanly. */
import type { Server } from 'node:http';
import type { Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { createStore } from './db/store/index.ts';
import { createHttpApp, listen } from './http/server.ts';
import { createLogger } from './log.ts';

export interface RunningService {
  server: Server;
  stop(): Promise<void>;
}

export async function startService(config: Config): Promise<RunningService> {
  const log = createLogger(config.logLevel);
  const store = createStore(openDatabase(config.databasePath, { migrate: true }));
  const app = createHttpApp({ store, log });
  const server = await listen(app, config.port, config.host);
  log.info({ port: config.port, host: config.host }, 'http server listening');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down');
    await new Promise<void>((resolve) => server.close(() => resolve()));
    store.close();
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
  return { server, stop };
}
