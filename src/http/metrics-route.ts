/**
 * GET /metrics in Prometheus format: with `Authorization: Bearer METRICS_TOKEN`, or from this host when no proxy
 * is trusted. Behind a proxy (TRUST_PROXY set) every outside request reaches us from the proxy, often on
 * loopback, so then only the token opens it.
 */
import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Metrics } from '../metrics/registry.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function createMetricsRouter(
  metrics: Metrics,
  token: string | undefined,
  options: { proxied?: boolean } = {},
): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    const local = !options.proxied && LOOPBACK.has(req.socket.remoteAddress ?? '') && !req.headers['x-forwarded-for'];
    if (!local && !(token && tokenMatches(req.headers.authorization, token))) {
      res.status(401).json({ error: 'metrics need METRICS_TOKEN' });
      return;
    }
    res.set('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  return router;
}
