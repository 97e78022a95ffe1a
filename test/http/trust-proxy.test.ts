/**
 * Issue 15, finding 5: the proxy is explicit. Unset TRUST_PROXY believes no X-Forwarded-For (a local client cannot
 * pick a new rate-limit bucket per header value); /metrics opens from loopback only when no proxy is trusted,
 * otherwise only with METRICS_TOKEN.
 */
import type { AddressInfo } from 'node:net';
import { Router } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { createMetricsRouter } from '../../src/http/metrics-route.ts';
import { createHttpApp, listen } from '../../src/http/server.ts';
import { silentLogger } from '../../src/log.ts';
import { createMetrics } from '../../src/metrics/registry.ts';
import { tempStore } from '../helpers/tmp.ts';

const servers: import('node:http').Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

const TOKEN = 'metrics-token-0123456789';

async function serve(trustProxyEnv: string | undefined) {
  const { store } = tempStore();
  const config = parseConfig(trustProxyEnv === undefined ? {} : { TRUST_PROXY: trustProxyEnv });
  const hello = Router();
  hello.get('/api/hello', (req, res) => {
    res.json({ ip: req.ip });
  });
  const metrics = createMetricsRouter(createMetrics(store), TOKEN, { proxied: config.trustProxy !== false });
  const app = createHttpApp({
    store,
    log: silentLogger,
    routers: [metrics, hello],
    rateLimitPerMinute: 3,
    trustProxy: config.trustProxy,
  });
  const server = await listen(app, 0, '127.0.0.1');
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const statuses = async (base: string, n: number, header: (i: number) => Record<string, string>) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await fetch(`${base}/api/hello`, { headers: header(i) })).status);
  return out;
};

describe('TRUST_PROXY', () => {
  it('unset: X-Forwarded-For is not believed, so rotating it does not escape the rate limit', async () => {
    const base = await serve(undefined);
    const codes = await statuses(base, 5, (i) => ({ 'x-forwarded-for': `203.0.113.${i}` }));
    expect(codes).toEqual([200, 200, 200, 429, 429]);
  });

  it('set to the proxy: the client address comes from X-Forwarded-For', async () => {
    const base = await serve('loopback');
    const res = await fetch(`${base}/api/hello`, { headers: { 'x-forwarded-for': '198.51.100.7' } });
    expect(await res.json()).toEqual({ ip: '198.51.100.7' });
    const codes = await statuses(base, 5, (i) => ({ 'x-forwarded-for': `203.0.113.${i}` }));
    expect(codes).toEqual([200, 200, 200, 200, 200]);
  });

  it('accepts a hop count and refuses nonsense with one clear line', () => {
    expect(parseConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parseConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8, 127.0.0.1');
    expect(parseConfig({}).trustProxy).toBe(false);
    expect(() => parseConfig({ TRUST_PROXY: '$(rm -rf /)' })).toThrow(/^TRUST_PROXY: /);
  });
});

describe('/metrics', () => {
  it('not proxied: open to loopback, closed to a forwarded request without the token', async () => {
    const base = await serve(undefined);
    expect((await fetch(`${base}/metrics`)).status).toBe(200);
    expect((await fetch(`${base}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.1' } })).status).toBe(401);
  });

  it('proxied: loopback is the proxy, so only the token opens it', async () => {
    const base = await serve('loopback');
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('# HELP');
  });
});
