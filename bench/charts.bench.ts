/**
 * The Sunday chart fan-out against runners' answers (issue 18): while the weekly job renders every runner's chart on
 * the worker pool, one runner keeps asking /today through the local Bot API, one request after another; the bench
 * reports that runner's answer latency (p50, p99) next to the same probe on an idle bot, and the charts per second.
 * Target: /today p99 < 50 ms during the fan-out, for the issue's 10,000 runners (the default; `BENCH_CHART_RUNNERS`
 * lowers it for a quick run). A chart costs ~60 ms of one worker thread once its view is compiled (chart-cost.bench.ts;
 * ~170 ms before views were kept), so the full fan-out takes a few minutes on a 2-core machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run as runBot } from '@grammyjs/runner';
import { DEFAULT_TOKEN, LocalBotApi } from '../local-bot-api/index.ts';
import { createRuncoachBot } from '../src/app.ts';
import { chartPool, closeChartPool } from '../src/charts/pool.ts';
import { seedUsers } from '../src/cli/seed.ts';
import { parseConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { createStore, type Store } from '../src/db/store/index.ts';
import { runJob } from '../src/jobs/run.ts';
import { silentLogger } from '../src/log.ts';
import { type BenchResult, percentiles } from './lib.ts';

const RUNNERS = Number(process.env.BENCH_CHART_RUNNERS ?? 10_000);
const PROBE_ID = 900_001;
/** Sunday 6 Dec 2026, 20:00 in Berlin: every seeded runner's weekly summary is due. */
const SUNDAY = new Date('2026-12-06T19:00:00Z');
const IDLE_PROBES = 200;

/** Sends /today from the probe runner and resolves with the milliseconds until the answer was sent. */
async function askToday(api: LocalBotApi): Promise<number> {
  const before = api.stats.byMethod.sendMessage ?? 0;
  const t0 = performance.now();
  api.sendCommand({ id: PROBE_ID, first_name: 'Probe' }, 'today');
  while ((api.stats.byMethod.sendMessage ?? 0) === before) await new Promise((r) => setImmediate(r));
  return performance.now() - t0;
}

function seed(store: Store): void {
  seedUsers(store, {
    users: RUNNERS,
    now: new Date('2026-12-06T12:00:00Z'), // so the next weekly slot is Sunday 6 Dec
    timezones: ['Europe/Berlin'],
    goal: 'half',
    start: '2026-11-30',
    weeks: 12,
  });
  seedUsers(store, {
    users: 1,
    firstId: PROBE_ID,
    now: new Date('2026-12-06T12:00:00Z'), // so the next weekly slot is Sunday 6 Dec
    timezones: ['Europe/Berlin'],
    goal: 'half',
    start: '2026-11-30',
    weeks: 12,
  });
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'runcoach-charts-'));
  const store = createStore(openDatabase(join(dir, 'charts.db'), { migrate: true }));
  const api = new LocalBotApi({ token: DEFAULT_TOKEN, recordCalls: false, recordMessages: false });
  try {
    seed(store);
    const { apiRoot } = await api.start();
    const config = parseConfig({ TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN });
    const { bot } = createRuncoachBot({
      config,
      store,
      log: silentLogger,
      now: () => SUNDAY,
      apiRoot,
      botInfo: api.botInfo,
    });
    const handle = runBot(bot);
    try {
      for (let i = 0; i < 20; i++) await askToday(api); // warm-up
      const idle: number[] = [];
      for (let i = 0; i < IDLE_PROBES; i++) idle.push(await askToday(api));

      const busy: number[] = [];
      let fanoutDone = false;
      const t0 = performance.now();
      const job = runJob('weekly', { store, log: silentLogger, now: SUNDAY }).finally(() => {
        fanoutDone = true;
      });
      while (!fanoutDone) busy.push(await askToday(api));
      const outcome = await job;
      const seconds = (performance.now() - t0) / 1000;
      const photos = store.outbox.depth();
      if (outcome.users < RUNNERS || photos < RUNNERS) {
        throw new Error(`weekly fan-out incomplete: ${outcome.users} runners, ${photos} rows`);
      }
      const quiet = percentiles(idle);
      const loaded = percentiles(busy);
      return [
        { suite: 'charts', name: '/today p99, idle bot', value: quiet.p99, unit: 'ms' },
        {
          suite: 'charts',
          name: `/today p50 during a ${RUNNERS}-runner Sunday chart fan-out`,
          value: loaded.median,
          unit: 'ms',
        },
        {
          suite: 'charts',
          name: `/today p99 during a ${RUNNERS}-runner Sunday chart fan-out (${busy.length} asks)`,
          value: loaded.p99,
          unit: 'ms',
          target: '< 50 ms',
          ok: loaded.p99 < 50,
        },
        {
          suite: 'charts',
          name: `charts rendered (${chartPool().threads} worker threads)`,
          value: RUNNERS / seconds,
          unit: 'charts/s',
        },
      ];
    } finally {
      await handle.stop();
    }
  } finally {
    await closeChartPool();
    await api.stop();
    store.close();
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
