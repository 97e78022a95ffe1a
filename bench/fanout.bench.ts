/**
 * Scheduled fan-out (issue 6): the time to enqueue the morning for 100,000 seeded runners, and delivery efficiency
 * for 2,000 runners against the local Bot API enforcing the configured global rate (messages per second achieved
 * divided by the rate; target ≥ 0.9 with zero 429s). A high rate (200/s) keeps the run near 10 s; Telegram's real
 * default in runcoach is 25/s, which changes only the duration. Also the process's peak RSS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Api } from 'grammy';
import { DEFAULT_TOKEN, LocalBotApi } from '../local-bot-api/index.ts';
import { seedUsers } from '../src/cli/seed.ts';
import { openDatabase } from '../src/db/client.ts';
import { createStore } from '../src/db/store/index.ts';
import { runJob } from '../src/jobs/run.ts';
import { silentLogger } from '../src/log.ts';
import { OutboxSender } from '../src/outbox/sender.ts';
import type { BenchResult } from './lib.ts';

const ENQUEUE_USERS = 100_000;
const DELIVERY_USERS = 2_000;
const RATE = 200;
/** Tuesday 1 Dec 2026, 06:30 in Berlin: every seeded runner's morning is due. */
const MORNING = new Date('2026-12-01T05:30:00Z');
const SEED_AT = new Date('2026-11-30T12:00:00Z');

function freshStore(dir: string, name: string) {
  return createStore(openDatabase(join(dir, name), { migrate: true }));
}

async function enqueueBench(dir: string): Promise<BenchResult[]> {
  const store = freshStore(dir, 'enqueue.db');
  // A short plan keeps the seeded file small (the morning reads only one day of it).
  const seeded = seedUsers(store, {
    users: ENQUEUE_USERS,
    now: SEED_AT,
    timezones: ['Europe/Berlin'],
    goal: '5k',
    start: '2026-11-30',
    weeks: 6,
  });
  const result = await runJob('morning', { store, log: silentLogger, now: MORNING });
  const rows = store.outbox.depth();
  store.close();
  if (result.enqueued !== ENQUEUE_USERS || rows !== ENQUEUE_USERS) {
    throw new Error(`expected ${ENQUEUE_USERS} morning rows, got ${result.enqueued} (${rows} in the outbox)`);
  }
  return [
    {
      suite: 'fanout',
      name: `seed ${ENQUEUE_USERS.toLocaleString('en')} runners with plans`,
      value: seeded.ms / 1000,
      unit: 's',
    },
    {
      suite: 'fanout',
      name: `enqueue the morning for ${ENQUEUE_USERS.toLocaleString('en')} runners`,
      value: result.durationMs / 1000,
      unit: 's',
      target: '< 30 s',
      ok: result.durationMs < 30_000,
    },
    {
      suite: 'fanout',
      name: 'enqueue rate',
      value: ENQUEUE_USERS / (result.durationMs / 1000),
      unit: 'runners/s',
    },
  ];
}

async function deliveryBench(dir: string): Promise<BenchResult[]> {
  const store = freshStore(dir, 'delivery.db');
  seedUsers(store, {
    users: DELIVERY_USERS,
    now: SEED_AT,
    timezones: ['Europe/Berlin'],
    goal: '5k',
    start: '2026-11-30',
    weeks: 6,
  });
  await runJob('morning', { store, log: silentLogger, now: MORNING });
  const server = new LocalBotApi({
    token: DEFAULT_TOKEN,
    recordCalls: false,
    recordMessages: false,
    maxMessagesPerChat: 5,
  });
  const { apiRoot } = await server.start();
  server.enforceRates({ globalPerSec: RATE, perChatPerSec: 1 });
  const sender = new OutboxSender({
    store,
    log: silentLogger,
    api: new Api(DEFAULT_TOKEN, { apiRoot }),
    ratePerSec: RATE,
    idlePollMs: 10,
  });
  const t0 = performance.now();
  const drained = await sender.drain(120_000);
  const seconds = (performance.now() - t0) / 1000;
  const tooMany = server.stats.tooManyRequests;
  await server.stop();
  store.close();
  if (!drained || sender.stats.sent !== DELIVERY_USERS) {
    throw new Error(`delivery incomplete: ${sender.stats.sent} of ${DELIVERY_USERS} sent`);
  }
  const achieved = DELIVERY_USERS / seconds;
  const efficiency = achieved / RATE;
  return [
    {
      suite: 'fanout',
      name: `delivery, ${DELIVERY_USERS} runners at ${RATE}/s (local Bot API enforcing it)`,
      value: achieved,
      unit: 'msgs/s',
    },
    {
      suite: 'fanout',
      name: `delivery efficiency (achieved ÷ ${RATE}/s)`,
      value: efficiency,
      unit: '×',
      target: '≥ 0.9',
      ok: efficiency >= 0.9,
    },
    { suite: 'fanout', name: '429 answers during delivery', value: tooMany, unit: '', target: '0', ok: tooMany === 0 },
  ];
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'runcoach-fanout-'));
  try {
    const results = [...(await enqueueBench(dir)), ...(await deliveryBench(dir))];
    results.push({
      suite: 'fanout',
      name: 'peak RSS (whole bench process)',
      value: process.resourceUsage().maxRSS / 1024,
      unit: 'MiB',
    });
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) {
    console.log(
      `${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.target ? ` (target ${r.target}${r.ok ? ', ok' : ', MISSED'})` : ''}`,
    );
  }
}
