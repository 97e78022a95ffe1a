/**
 * The Mini App server as the service mounts it (createHttpApp + createWebAppRouter) on 127.0.0.1:0, and a
 * runner with an 18-week plan made through the create_plan tool. Free of vitest, so benches use it too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callTool } from '../../src/coach/tools/index.ts';
import type { Store } from '../../src/db/store/index.ts';
import { createHttpApp, listen } from '../../src/http/server.ts';
import { silentLogger } from '../../src/log.ts';
import { signInitData } from '../../src/webapp/init-data.ts';
import { createWebAppRouter, WEB_DIST, type WebAppDeps } from '../../src/webapp/router.ts';

export const BOT_TOKEN = '123456:TEST-token-for-the-mini-app-abcdefghij';
export const RUNNER = { id: 4242, first_name: 'Ada', username: 'ada_runs' };

/**
 * Builds the app when web/dist is missing (npm ci builds it through `prepare`; a fresh checkout may not have).
 * A lock folder keeps parallel test files from building at once.
 */
export async function ensureBuilt(): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  const lock = join(tmpdir(), 'runcoach-web-build.lock');
  const deadline = Date.now() + 180_000;
  while (!existsSync(index)) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() > deadline) throw new Error('timed out waiting for another web build');
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (!existsSync(index))
        execFileSync('npm', ['run', '--silent', 'build'], {
          stdio: 'inherit',
          env: { ...process.env, NODE_ENV: 'production' },
        });
    } finally {
      rmdirSync(lock);
    }
  }
}

export function isoDaysAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Creates the runner through the store and their plan through the create_plan tool, as the bot does. With
 * `historyDays`, the plan started that many days ago and the runner logged most past workouts (log_run).
 */
export function seedRunner(
  store: Store,
  now: Date,
  options: {
    raceDate?: string;
    units?: 'km' | 'mi';
    historyDays?: number;
    /** Another runner than RUNNER (the language tests seed their own), with Telegram's language_code. */
    runner?: { id: number; first_name: string; language_code?: string };
  } = {},
): void {
  const runner = options.runner ?? RUNNER;
  store.users.upsert(
    {
      telegramId: runner.id,
      chatId: runner.id,
      name: runner.first_name,
      ...(options.runner?.language_code ? { languageCode: options.runner.language_code } : {}),
    },
    {
      timezone: 'Europe/Berlin',
      onboarded: true,
      units: options.units ?? 'km',
      recentRaceDistance: '10k',
      recentRaceTimeSec: 48 * 60,
    },
  );
  const started = new Date(now.getTime() - (options.historyDays ?? 0) * 86_400_000);
  const ctx = (at: Date) => ({ userId: runner.id, store, now: () => at, log: silentLogger });
  const outcome = callTool(ctx(started), 'create_plan', {
    goal: 'half',
    raceDate: options.raceDate ?? isoDaysAfter(started, 7 * 17 + 3),
    weeklyKm: 30,
    daysPerWeek: 4,
    longRunDay: 'sun',
  });
  if (!outcome.result.ok) throw new Error(`create_plan failed: ${outcome.result.error}`);
  if (!options.historyDays) return;
  const today = outcome.result.data.plan.weeks.flatMap((w) => w.workouts).filter((w) => w.date < isoDaysAfter(now, 0));
  // The last past workout stays planned (the runner marks it in the app); one earlier is skipped over.
  today.slice(0, -1).forEach((w, i) => {
    if (i === 3) return;
    const km = Math.round(w.distanceKm * (i % 4 === 1 ? 0.9 : 1) * 10) / 10;
    const sec = Math.round(km * (w.type === 'easy' || w.type === 'long' ? 370 : 330));
    const duration = `${Math.floor(sec / 3600)}:${String(Math.floor((sec % 3600) / 60)).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}`;
    const logged = callTool(ctx(new Date(`${w.date}T18:00:00Z`)), 'log_run', {
      date: w.date,
      distanceKm: km,
      duration,
      rpe: w.type === 'easy' ? 4 : 7,
    });
    if (!logged.result.ok) throw new Error(`log_run failed: ${logged.result.error}`);
  });
}

export interface RunningWebApp {
  url: string;
  initData(user?: { id: number; first_name?: string; language_code?: string }, authDate?: number): string;
  close(): Promise<void>;
}

export async function serveWebApp(
  store: Store,
  clock: { now: Date },
  options: { deps?: Partial<WebAppDeps>; rateLimitPerMinute?: number } = {},
): Promise<RunningWebApp> {
  const router = createWebAppRouter({
    store,
    log: silentLogger,
    now: () => clock.now,
    botToken: BOT_TOKEN,
    ...options.deps,
  });
  const app = createHttpApp({
    store,
    log: silentLogger,
    routers: [router],
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
  });
  const server = await listen(app, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    initData: (user = RUNNER, authDate) =>
      signInitData({ user, authDate: authDate ?? Math.floor(clock.now.getTime() / 1000) - 60 }, BOT_TOKEN),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
