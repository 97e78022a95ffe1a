/**
 * Resident memory of the running service (issues 8 and 18) with 10,000 seeded runners: `node dist/main.js` (what
 * `npm start` runs; compiled first when stale) in a child process against the local Bot API, its VmRSS read from
 * /proc/<pid>/status.
 *
 * 1. Idle: the runners' mornings are not due; the service starts, polls, and is left alone for a few seconds.
 * 2. After a morning fan-out to all 10,000: the same database with every morning due, a fresh start (the tick at
 *    start enqueues them all), delivered to the local Bot API at TELEGRAM_RATE_PER_SEC=1000; RSS once the outbox
 *    has drained, and the process's peak (VmHWM) over the whole run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { DEFAULT_TOKEN, LocalBotApi } from '../local-bot-api/index.ts';
import { seedUsers } from '../src/cli/seed.ts';
import { openDatabase } from '../src/db/client.ts';
import { createStore } from '../src/db/store/index.ts';
import type { BenchResult } from './lib.ts';
import { freePort, MIB, memoryOf, type Service, sleep, startService, stopService, until } from './service.ts';

const USERS = 10_000;
const FIRST_ID = 500_000_000;
const RATE = 1000;

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

function count(dbPath: string, sql: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Samples RSS for `ms` and returns the largest value seen (a quiet process barely moves). */
async function settledRss(pid: number, ms: number): Promise<number> {
  let max = 0;
  const end = Date.now() + ms;
  while (Date.now() < end) {
    max = Math.max(max, memoryOf(pid).rss);
    await sleep(250);
  }
  return max;
}

/** Starts the service on `dbPath`, waits until it polls and the Bot API has been quiet for a second. */
async function startIdle(api: LocalBotApi, env: Record<string, string>, services: Service[]): Promise<Service> {
  const s = startService(env);
  services.push(s);
  await until(() => api.isPolling, `the service to poll\n${s.log()}`, 30_000);
  await api.waitForIdle({ quietMs: 1000, timeoutMs: 20_000 });
  return s;
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'runcoach-memory-'));
  const dbPath = join(dir, 'runcoach.db');
  const api = new LocalBotApi({
    token: DEFAULT_TOKEN,
    recordCalls: false,
    recordMessages: false,
    maxMessagesPerChat: 2,
  });
  const services: Service[] = [];
  try {
    const { apiRoot } = await api.start();
    const env = (path: string, port: number) => ({
      TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      TELEGRAM_RATE_PER_SEC: String(RATE),
      DATABASE_PATH: path,
      PORT: String(port),
      GEMINI_API_KEY: '',
    });

    // 0. The baseline: the same service on an empty database.
    const empty = await startIdle(api, env(join(dir, 'empty.db'), await freePort()), services);
    const emptyRss = await settledRss(empty.pid, 2000);
    await stopService(empty);

    // 1. Idle with 10,000 runners (UTC, half-marathon plans started two days ago) whose morning is six hours
    //    away and evening eighteen: nothing is due.
    const nowMs = Date.now();
    const store = createStore(openDatabase(dbPath, { migrate: true }));
    seedUsers(store, {
      users: USERS,
      firstId: FIRST_ID,
      timezones: ['UTC'],
      morningTime: hhmm(new Date(nowMs + 6 * 3_600_000)),
      eveningTime: hhmm(new Date(nowMs + 18 * 3_600_000)),
      start: new Date(nowMs - 2 * 86_400_000).toISOString().slice(0, 10),
      now: new Date(nowMs),
    });
    store.close();
    const port = await freePort();
    const idle = await startIdle(api, env(dbPath, port), services);
    const idleRss = await settledRss(idle.pid, 3000);
    await stopService(idle);
    if (count(dbPath, 'select count(*) n from outbox') !== 0) throw new Error('memory bench: a morning went out early');

    // 2. Every morning due (the morning time moved to two minutes ago; this minute's job records dropped, as the
    //    scheduler runs a job once a minute); a fresh start fans out to all 10,000 at once.
    const morning = new Date(Date.now() - 2 * 60_000);
    const db = new Database(dbPath);
    db.prepare('update users set morning_time = ?, next_morning_at = ?').run(
      hhmm(morning),
      morning.getTime() - (morning.getTime() % 60_000),
    );
    db.exec('delete from job_runs');
    db.close();
    const busy = startService(env(dbPath, port));
    services.push(busy);
    const reader = new Database(dbPath, { readonly: true });
    const sentMornings = reader.prepare("select count(*) n from outbox where kind = 'morning' and status = 'sent'");
    const sent = () => (sentMornings.get() as { n: number }).n;
    const t0 = performance.now();
    let peakSeen = 0;
    try {
      await until(
        () => {
          if (busy.child.exitCode === null) peakSeen = Math.max(peakSeen, memoryOf(busy.pid).rss);
          return sent() >= USERS;
        },
        `the fan-out to finish (${sent()} of ${USERS} sent)\n${busy.log()}`,
        300_000,
      );
    } finally {
      reader.close();
    }
    const fanoutSeconds = (performance.now() - t0) / 1000;
    await api.waitForIdle({ quietMs: 1000, timeoutMs: 20_000 });
    const afterRss = await settledRss(busy.pid, 2000);
    const peak = Math.max(memoryOf(busy.pid).peak, peakSeen);
    await stopService(busy);

    const mib = (bytes: number) => bytes / MIB;
    return [
      { suite: 'memory', name: 'RSS idle, empty database (baseline)', value: mib(emptyRss), unit: 'MiB' },
      {
        suite: 'memory',
        name: `RSS idle, ${USERS.toLocaleString('en')} seeded runners`,
        value: mib(idleRss),
        unit: 'MiB',
        target: '< 120 MiB',
        ok: idleRss < 120 * MIB,
      },
      {
        suite: 'memory',
        name: `RSS after a morning fan-out to ${USERS.toLocaleString('en')} (${RATE}/s)`,
        value: mib(afterRss),
        unit: 'MiB',
        // Noisy: it depends on when V8 last collected.
        target: '< 200 MiB',
        ok: afterRss < 200 * MIB,
      },
      {
        suite: 'memory',
        name: 'peak RSS during the fan-out (VmHWM)',
        value: mib(peak),
        unit: 'MiB',
        target: '< 200 MiB',
        ok: peak < 200 * MIB,
      },
      {
        suite: 'memory',
        name: `fan-out to ${USERS.toLocaleString('en')}, start to last sent`,
        value: fanoutSeconds,
        unit: 's',
      },
    ];
  } finally {
    for (const s of services) await stopService(s);
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) {
    console.log(
      `${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.target ? ` (target ${r.target}${r.ok ? ', ok' : ', MISSED'})` : ''}`,
    );
  }
}
