import type { AddressInfo } from 'node:net';
import { Router } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpApp, jsonBody, listen } from '../../src/http/server.ts';
import { silentLogger } from '../../src/log.ts';
import { dbOf } from '../helpers/db.ts';
import { tempStore } from '../helpers/tmp.ts';

const servers: import('node:http').Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function serve(extra: Partial<Parameters<typeof createHttpApp>[0]> = {}) {
  const { store } = tempStore();
  const echo = Router();
  echo.post('/api/echo', jsonBody(), (req, res) => {
    res.json(req.body);
  });
  const server = await listen(createHttpApp({ store, log: silentLogger, routers: [echo], ...extra }), 0, '127.0.0.1');
  servers.push(server);
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, store };
}

describe('http server', () => {
  it('GET /healthz answers {"status":"ok"} while the database can be written, 503 with a reason when not', async () => {
    const { base, store } = await serve();
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok' });
    // Readable is not enough: a database that cannot be written is 503 with the reason.
    dbOf(store).$client.pragma('query_only = 1');
    const readOnly = await fetch(`${base}/healthz`);
    expect(readOnly.status).toBe(503);
    expect(await readOnly.json()).toEqual({ status: 'unavailable', reason: 'database is read-only' });
    dbOf(store).$client.pragma('query_only = 0');
    store.close();
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
  });

  it('sends security headers, no CORS, no x-powered-by', async () => {
    const { base } = await serve();
    const res = await fetch(`${base}/healthz`, { headers: { Origin: 'https://evil.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors/);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('unknown routes are 404 JSON; oversized and malformed bodies are clear 4xx', async () => {
    const { base } = await serve();
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'not found' });
    const big = await fetch(`${base}/api/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'a'.repeat(100_000) }),
    });
    expect(big.status).toBe(413);
    const malformed = await fetch(`${base}/api/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"x":',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: 'malformed request body' });
  });

  it('rate-limits the public routes per client', async () => {
    const { base } = await serve({ rateLimitPerMinute: 3 });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (
          await fetch(`${base}/api/echo`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{}',
          })
        ).status,
      );
    }
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
