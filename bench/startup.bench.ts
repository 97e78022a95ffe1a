/**
 * Start-up time (issue 18: under 1 s): `node dist/main.js` (what `npm start` runs) spawned against the local Bot
 * API on an existing database, timed from the spawn to /healthz answering 200 and to the first getUpdates (the
 * bot polling: connected, commands registered, scheduler started). The median of RUNS starts; the same through
 * tsx (the source, as `npm run chat` and the tests run it) for comparison.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_TOKEN, LocalBotApi } from '../local-bot-api/index.ts';
import { openDatabase } from '../src/db/client.ts';
import { type BenchResult, percentiles } from './lib.ts';
import { freePort, ROOT, type Service, sleep, startFlags, startService, stopService } from './service.ts';

const RUNS = 5;
/** Linux's USER_HZ (clock ticks per second in /proc), 100 on every mainstream distribution. */
const CLOCK_TICKS = 100;
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

async function healthy(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * CPU time (user + system) a process has used, in ms: on a shared machine the wall time of a start mostly says
 * how busy the other processes are; its CPU time does not.
 */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the command name), in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** One start: milliseconds from the spawn to /healthz 200, and to the bot's first getUpdates. */
async function timeStart(
  env: Record<string, string>,
  nodeArgs: string[] | undefined,
  source?: string,
): Promise<{ http: number; polling: number; cpu: number }> {
  // A Bot API per start, so that "polling" is this process's first getUpdates.
  const api = new LocalBotApi({ token: DEFAULT_TOKEN, recordCalls: false, recordMessages: false });
  const { apiRoot } = await api.start();
  const port = await freePort();
  const s: Service = startService({ ...env, TELEGRAM_API_ROOT: apiRoot, PORT: String(port) }, nodeArgs, source);
  try {
    let http = Number.NaN;
    const deadline = Date.now() + 30_000;
    while (Number.isNaN(http) || !api.isPolling) {
      if (Date.now() > deadline || s.child.exitCode !== null) throw new Error(`start-up bench: no start\n${s.log()}`);
      if (Number.isNaN(http) && (await healthy(port))) http = performance.now() - s.spawnedAt;
      if (!api.isPolling) await sleep(5);
    }
    return { http, polling: performance.now() - s.spawnedAt, cpu: cpuMs(s.pid) };
  } finally {
    await stopService(s);
    await api.stop();
  }
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'runcoach-startup-'));
  try {
    const dbPath = join(dir, 'runcoach.db');
    openDatabase(dbPath, { migrate: true }).$client.close();
    const env = {
      TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN,
      DATABASE_PATH: dbPath,
      GEMINI_API_KEY: '',
    };
    const results: BenchResult[] = [];
    const variants: [string, string[] | undefined][] = [
      ['npm start (node dist/main.js)', undefined],
      ['tsx src/main.ts', [...startFlags(), '--import', TSX_LOADER]],
    ];
    for (const [label, nodeArgs] of variants) {
      const http: number[] = [];
      const polling: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = await timeStart(env, nodeArgs, nodeArgs ? 'src/main.ts' : undefined);
        http.push(t.http);
        polling.push(t.polling);
        cpu.push(t.cpu);
      }
      const compiled = nodeArgs === undefined;
      const toPolling = percentiles(polling).median;
      results.push(
        {
          suite: 'startup',
          name: `${label}: spawn to /healthz 200, median`,
          value: percentiles(http).median,
          unit: 'ms',
        },
        {
          suite: 'startup',
          name: `${label}: spawn to polling, median`,
          value: toPolling,
          unit: 'ms',
          ...(compiled ? { target: '< 1000 ms', ok: toPolling < 1000 } : {}),
        },
        { suite: 'startup', name: `${label}: CPU time to polling, median`, value: percentiles(cpu).median, unit: 'ms' },
      );
    }
    return results;
  } finally {
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
