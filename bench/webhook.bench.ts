/**
 * Strava webhook speed: acknowledgements per second and their latency with 50 concurrent senders for about 5 s
 * (target p99 < 50 ms, far inside Strava's 2 s), and the time from an event to the post-run prompt in the outbox
 * (fetch from the fake Strava, store, match, template). Real express app, real SQLite file, fake Strava over HTTP.
 *
 *   npx tsx bench/webhook.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildPlan } from '../src/coach/engine.ts';
import { parseConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { handleOf as dbOf } from '../src/db/store/handle.ts';
import { createStore } from '../src/db/store/index.ts';
import { createHttpApp } from '../src/http/server.ts';
import { silentLogger } from '../src/log.ts';
import { createStrava } from '../src/strava/index.ts';
import { localDate } from '../src/time/local.ts';
import { FakeStrava } from '../test/fakes/strava-server.ts';
import { type BenchResult, percentiles } from './lib.ts';

const RUNNER = 7001;
const ATHLETE = 424_242;
const SENDERS = 50;
const DURATION_MS = 5000;
const PROMPTS = 100;

const round = (x: number) => Math.round(x * 100) / 100;

/** The senders, as plain JavaScript for a worker thread. */
const SENDER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, athlete, senders, durationMs } = workerData;
(async () => {
  const latencies = [];
  let seq = 1;
  let errors = 0;
  const t0 = performance.now();
  const deadline = t0 + durationMs;
  await Promise.all(Array.from({ length: senders }, async () => {
    while (performance.now() < deadline) {
      const id = seq++;
      const body = JSON.stringify({ object_type: 'activity', object_id: 1000000 + id, aspect_type: 'create',
        owner_id: athlete, subscription_id: 1, event_time: 1700000000 + id, updates: {} });
      const start = performance.now();
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - start);
    }
  }));
  parentPort.postMessage({ latencies, errors, elapsedS: (performance.now() - t0) / 1000 });
})();
`;

function runSenders(data: {
  url: string;
  athlete: number;
  senders: number;
  durationMs: number;
}): Promise<{ latencies: number[]; errors: number; elapsedS: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SENDER_SOURCE, { eval: true, workerData: data });
    worker.once('message', (m) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'runcoach-bench-webhook-'));
  const fake = new FakeStrava({ limits: { overall: [100_000, 1_000_000], read: [100_000, 1_000_000] } });
  await fake.start();
  const store = createStore(openDatabase(join(dir, 'bench.db'), { migrate: true }));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = parseConfig({
    STRAVA_CLIENT_ID: fake.clientId,
    STRAVA_CLIENT_SECRET: fake.clientSecret,
    STRAVA_VERIFY_TOKEN: 'bench-verify',
    STRAVA_BASE_URL: fake.baseUrl,
    APP_SECRET: 'bench-app-secret-0123456789-0123456789-abc',
    PUBLIC_URL: publicUrl,
  });
  // One athlete sends every event here: its per-athlete read budget (forged-event protection) is lifted.
  const strava = createStrava({
    config,
    store,
    log: silentLogger,
    pollMs: 1000,
    webhookRateLimitPerMinute: 0,
    athleteReadsPerWindow: 1_000_000,
  });
  // The per-address limit of the public routes would throttle one sender; Strava's servers are few and trusted.
  const app = createHttpApp({ store, log: silentLogger, routers: [strava.router], rateLimitPerMinute: 0 });
  // Time inside the server too (request in → response finished), apart from queueing on a busy machine.
  const serverMs: number[] = [];
  server.on('request', (req, res) => {
    const start = performance.now();
    res.on('finish', () => serverMs.push(performance.now() - start));
    app(req, res);
  });
  const hook = `${publicUrl}/strava/webhook`;
  const post = (body: unknown) =>
    fetch(hook, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  try {
    // A runner mid-plan, linked through the real OAuth round trip.
    const today = localDate(new Date(), 'Europe/Berlin');
    store.users.upsert({ telegramId: RUNNER, chatId: RUNNER, name: 'Ana' }, { timezone: 'Europe/Berlin' });
    const request = {
      goal: 'half' as const,
      raceDate: new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10),
      startDate: today,
      weeklyKm: 30,
      daysPerWeek: 4,
      longRunDay: 'sun' as const,
    };
    const plan = buildPlan(request);
    if (plan.ok) store.plans.create(RUNNER, plan.plan, request);
    const link = await fetch(strava.bot.connectLink(RUNNER), { redirect: 'manual' });
    const back = await fake.authorize(link.headers.get('location') ?? '', { athleteId: ATHLETE });
    // The same browser (the state's binding cookie), then the runner's Yes in the chat.
    const cookie = (link.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    if ((await fetch(back, { headers: { cookie } })).status !== 200) throw new Error('could not link the bench runner');
    await strava.bot.answerLink?.(RUNNER, ATHLETE, true);
    if (!store.strava.get(RUNNER)) throw new Error('the bench runner was not linked');

    // 1. Acknowledgements: 50 senders posting distinct events for ~5 s (the worker is not running). The senders
    // run in their own thread, as Strava is another machine: their cost does not load the server's event loop.
    const senders = await runSenders({ url: hook, athlete: ATHLETE, senders: SENDERS, durationMs: DURATION_MS });
    const { latencies, errors, elapsedS } = senders;
    const ack = percentiles(latencies);
    const inServer = percentiles(serverMs.splice(0));
    const stored = store.inbox.depth();
    // Those events were for activities the fake does not have; retire them before the worker starts.
    dbOf(store).$client.prepare("update inbox set status = 'ignored'").run();

    // 2. Event → post-run prompt in the outbox, with the worker running (woken by the webhook).
    strava.worker.start();
    const toPrompt: number[] = [];
    for (let i = 0; i < PROMPTS; i++) {
      const id = 5_000_000 + i;
      fake.addActivity({
        id,
        athleteId: ATHLETE,
        name: 'Bench run',
        sport_type: 'Run',
        distance: 6000 + i,
        moving_time: 1900,
        start_date: new Date(Date.now() - 3600_000).toISOString(),
      });
      const key = `strava:postrun:${id}`;
      const start = performance.now();
      const res = await post({
        object_type: 'activity',
        object_id: id,
        aspect_type: 'create',
        owner_id: ATHLETE,
        subscription_id: 1,
        event_time: 1_800_000_000 + i,
        updates: {},
      });
      await res.arrayBuffer();
      const limit = performance.now() + 5000;
      while (!store.outbox.byKey(key)) {
        if (performance.now() > limit) throw new Error(`no post-run prompt for event ${i} within 5 s`);
        await new Promise((r) => setImmediate(r));
      }
      toPrompt.push(performance.now() - start);
    }
    await strava.worker.stop();
    const prompt = percentiles(toPrompt);

    return [
      {
        suite: 'webhook',
        name: `acknowledgements/s (${SENDERS} concurrent senders, ${DURATION_MS / 1000} s)`,
        value: Math.round(latencies.length / elapsedS),
        unit: 'req/s',
      },
      { suite: 'webhook', name: 'acknowledgement latency, median', value: round(ack.median), unit: 'ms' },
      {
        suite: 'webhook',
        name: 'acknowledgement latency, p99',
        value: round(ack.p99),
        unit: 'ms',
        target: '< 50 ms',
        ok: ack.p99 < 50 && errors === 0 && stored === latencies.length,
      },
      {
        suite: 'webhook',
        name: 'acknowledgement time inside the server (request in → answer out), p99',
        value: round(inServer.p99),
        unit: 'ms',
      },
      {
        suite: 'webhook',
        name: 'events stored durably / acknowledged',
        value: stored / latencies.length,
        unit: 'ratio',
      },
      { suite: 'webhook', name: 'event → post-run prompt in outbox, median', value: round(prompt.median), unit: 'ms' },
      {
        suite: 'webhook',
        name: 'event → post-run prompt in outbox, p99',
        value: round(prompt.p99),
        unit: 'ms',
        target: '< 500 ms',
        ok: prompt.p99 < 500,
      },
    ];
  } finally {
    await strava.worker.stop();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await fake.stop();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await run();
  console.table(
    results.map((r) => ({ name: r.name, value: r.value, unit: r.unit, target: r.target ?? '', ok: r.ok ?? '' })),
  );
}
