/** The HTTP face: health, and the feature routers (Strava, the Telegram webhook, the Mini App). */
import type { Server } from 'node:http';
import express, { type ErrorRequestHandler, type Express, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';

export interface HttpDeps {
  store: Store;
  log: Logger;
  /** Feature routers mounted in order (Strava, Telegram webhook, Mini App API...). */
  routers?: Router[];
  /** Requests per minute per client address on the public routes (0 turns limiting off, for benches). */
  rateLimitPerMinute?: number;
  /** express `trust proxy` from TRUST_PROXY; default false: no X-Forwarded-For is believed. */
  trustProxy?: boolean | number | string;
  /** Free space below which /healthz fails with "disk full" (default MIN_FREE_BYTES). */
  minFreeBytes?: number;
}

/** Bodies we accept are small JSON documents (webhook events, settings forms). */
export const BODY_LIMIT = '64kb';

const WEBHOOK_PATHS = new Set(['/strava/webhook', '/telegram/webhook']);

export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Only a proxy the operator named (TRUST_PROXY) may set the client address through X-Forwarded-For; otherwise
  // any local client could pick a new rate-limit bucket per header value (issue 15).
  app.set('trust proxy', deps.trustProxy ?? false);
  // Responses are small and never cached: no ETag hashing on every answer.
  app.set('etag', false);
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", 'https://telegram.org'],
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'connect-src': ["'self'"],
        // Telegram Web shows Mini Apps in a frame.
        'frame-ancestors': ["'self'", 'https://web.telegram.org', 'https://*.telegram.org'],
      },
    },
    frameguard: false,
    crossOriginEmbedderPolicy: false,
  });
  // Browser security headers for pages and the API; the machine-to-machine webhooks skip them (they answer
  // within Strava's 2 s and Telegram's deadlines under bursts, and no browser ever renders them).
  app.use((req, res, next) => (WEBHOOK_PATHS.has(req.path) ? next() : securityHeaders(req, res, next)));
  app.get('/healthz', (_req, res) => {
    // Writable, not merely readable: a read-only file, a full disk or a held lock is 503 with the reason.
    const health = deps.store.health(deps.minFreeBytes === undefined ? {} : { minFreeBytes: deps.minFreeBytes });
    if (health.ok) return void res.json({ status: 'ok' });
    deps.log.error({ reason: health.reason }, 'health check failed');
    res.status(503).json({ status: 'unavailable', reason: health.reason });
  });
  if (!deps.trustProxy) {
    // A forwarded request while no proxy is trusted: say once what to set (every client then shares the
    // proxy's address and rate-limit bucket).
    let warned = false;
    app.use((req, _res, next) => {
      if (!warned && req.headers['x-forwarded-for'] !== undefined) {
        warned = true;
        deps.log.warn('X-Forwarded-For received but TRUST_PROXY is unset: set TRUST_PROXY if a proxy is in front');
      }
      next();
    });
  }
  const perMinute = deps.rateLimitPerMinute ?? 300;
  if (perMinute > 0) {
    app.use(
      // Not the webhooks: Strava and Telegram send bursts from a few addresses and give up after retries.
      ['/strava/connect', '/strava/callback', '/api', '/app', '/calendar'],
      rateLimit({
        windowMs: 60_000,
        limit: perMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        // Ignoring X-Forwarded-For without TRUST_PROXY is deliberate; the warning above says what to set.
        validate: { xForwardedForHeader: false },
      }),
    );
  }
  for (const router of deps.routers ?? []) app.use(router);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 600 ? err.status : 500;
    if (status >= 500) deps.log.error({ err }, 'http request failed');
    // Body-parser errors (too large, malformed JSON) are the client's: say so without details.
    const message =
      status === 413 ? 'request body too large' : status === 400 ? 'malformed request body' : 'internal error';
    res.status(status).json({ error: message });
  };
  app.use(onError);
  return app;
}

/** express.json with the size limit every router should use. */
export const jsonBody = () => express.json({ limit: BODY_LIMIT });

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(server)));
    server.on('error', reject);
  });
}
