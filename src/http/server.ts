/** The HTTP face: health, and (as features arrive) Strava, the Telegram webhook and the Mini App. */
import type { Server } from 'node:http';
import express, { type Express, type Router } from 'express';
import type { Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';

export interface HttpDeps {
  store: Store;
  log: Logger;
  /** Feature routers mounted in order (Strava, Telegram webhook, Mini App API...). */
  routers?: Router[];
}

export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.get('/healthz', (_req, res) => {
    try {
      deps.store.db.$client.prepare('select 1').get();
      res.json({ status: 'ok' });
    } catch (err) {
      deps.log.error({ err }, 'health check: database did not answer');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  for (const router of deps.routers ?? []) app.use(router);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  return app;
}

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(server)));
    server.on('error', reject);
  });
}
