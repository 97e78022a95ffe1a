/**
 * The Strava test bench: a fake Strava on 127.0.0.1, a real SQLite file, the real express app with the Strava
 * router on a free port (PUBLIC_URL points at it), and a settable clock shared by runcoach and the fake.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect } from 'vitest';
import { buildPlan } from '../../src/coach/engine.ts';
import { parseConfig } from '../../src/config.ts';
import type { Store } from '../../src/db/store/index.ts';
import { createHttpApp } from '../../src/http/server.ts';
import { silentLogger } from '../../src/log.ts';
import { createStrava, type Strava, type StravaDeps } from '../../src/strava/index.ts';
import { FakeStrava, postEvent } from '../fakes/strava-server.ts';
import { tempStore } from '../helpers/tmp.ts';

export const APP_SECRET = 'test-app-secret-0123456789-abcdefghijklmnop';
export const VERIFY_TOKEN = 'verify-me-please';
export const RUNNER = 111;
export const ATHLETE = 9001;
export const SUBSCRIPTION = 100;

export interface Bench {
  fake: FakeStrava;
  store: Store;
  dbPath: string;
  clock: { now: Date };
  strava: Strava;
  publicUrl: string;
  env: Record<string, string>;
  /** Builds another runcoach instance on the same database (a restart), served at the same URL. */
  restart(overrides?: Partial<Record<string, string>>): Strava;
  webhook(event: Partial<StravaEvent>): Promise<Response>;
  /**
   * Connect end to end: link → authorize at the fake → callback in the same browser (its cookie) → Yes in the chat
   * (unless `confirm: false`). Returns the callback's response.
   */
  connect(
    userId?: number,
    athleteId?: number,
    options?: { deny?: boolean; acceptedScope?: string; confirm?: boolean },
  ): Promise<Response>;
}

export interface StravaEvent {
  object_type: 'activity' | 'athlete';
  object_id: number;
  aspect_type: 'create' | 'update' | 'delete';
  owner_id: number;
  subscription_id: number;
  event_time: number;
  updates: Record<string, string>;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

export async function startBench(
  options: { now?: string; env?: Record<string, string>; deps?: Partial<StravaDeps> } = {},
): Promise<Bench> {
  const clock = { now: new Date(options.now ?? '2026-12-01T18:00:00Z') };
  const fake = new FakeStrava({ now: () => clock.now.getTime() });
  await fake.start();
  const { store, path } = tempStore();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env: Record<string, string> = {
    STRAVA_CLIENT_ID: fake.clientId,
    STRAVA_CLIENT_SECRET: fake.clientSecret,
    STRAVA_VERIFY_TOKEN: VERIFY_TOKEN,
    STRAVA_BASE_URL: fake.baseUrl,
    APP_SECRET,
    PUBLIC_URL: publicUrl,
    DATABASE_PATH: path,
    ...options.env,
  };
  let current: Strava | null = null;
  let handler: ReturnType<typeof createHttpApp> | null = null;
  server.on('request', (req, res) => handler?.(req, res));
  const build = (overrides: Partial<Record<string, string>> = {}): Strava => {
    const config = parseConfig({ ...env, ...overrides });
    current = createStrava({ config, store, log: silentLogger, now: () => clock.now, ...options.deps });
    handler = createHttpApp({ store, log: silentLogger, routers: [current.router] });
    return current;
  };
  const strava = build();
  cleanups.push(async () => {
    await current?.worker.stop();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await fake.stop();
  });

  const bench: Bench = {
    fake,
    store,
    dbPath: path,
    clock,
    strava,
    publicUrl,
    env,
    restart(overrides) {
      const next = build(overrides);
      bench.strava = next;
      return next;
    },
    webhook(event) {
      return postEvent(`${publicUrl}/strava/webhook`, {
        object_type: 'activity',
        aspect_type: 'create',
        owner_id: ATHLETE,
        subscription_id: SUBSCRIPTION,
        event_time: Math.floor(clock.now.getTime() / 1000),
        updates: {},
        ...event,
      });
    },
    async connect(userId = RUNNER, athleteId = ATHLETE, opts = {}) {
      const { confirm = true, ...authorize } = opts;
      const link = bench.strava.bot.connectLink(userId);
      const r1 = await fetch(link, { redirect: 'manual' });
      expect(r1.status).toBe(302);
      const back = await fake.authorize(r1.headers.get('location') ?? '', { athleteId, ...authorize });
      const res = await fetch(back, { redirect: 'manual', headers: browserCookie(r1) });
      if (confirm && res.status === 200 && bench.store.stravaPending.get(userId)?.athleteId === athleteId) {
        await bench.strava.bot.answerLink?.(userId, athleteId, true);
      }
      return res;
    },
  };
  return bench;
}

/** The browser-binding cookie that /strava/connect set, as the browser sends it back to the callback. */
export function browserCookie(connectResponse: Response): Record<string, string> {
  const cookie = (connectResponse.headers.get('set-cookie') ?? '').split(';')[0];
  return cookie ? { cookie } : {};
}

/** A runner in Berlin with a half-marathon plan starting Monday 30 Nov 2026 (easy 7 km on Tue 1 Dec). */
export function addRunner(store: Store, userId = RUNNER, options: { plan?: boolean; units?: 'km' | 'mi' } = {}) {
  store.users.upsert(
    { telegramId: userId, chatId: userId, name: 'Ana' },
    { timezone: 'Europe/Berlin', onboarded: true },
  );
  if (options.units) store.users.update(userId, { units: options.units });
  if (options.plan ?? true) {
    const request = {
      goal: 'half' as const,
      raceDate: '2027-03-14',
      startDate: '2026-11-30',
      weeklyKm: 30,
      daysPerWeek: 4,
      longRunDay: 'sun' as const,
    };
    const outcome = buildPlan(request);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    store.plans.create(userId, outcome.plan, request);
  }
}

/** An easy morning run on Tue 1 Dec 2026 (Berlin), 7.1 km. */
export function addRun(
  fake: FakeStrava,
  id: number,
  overrides: Partial<Parameters<FakeStrava['addActivity']>[0]> = {},
) {
  return fake.addActivity({
    id,
    athleteId: ATHLETE,
    name: 'Morning Run',
    sport_type: 'Run',
    distance: 7100,
    moving_time: 2520,
    start_date: '2026-12-01T06:30:00Z',
    ...overrides,
  });
}

export async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
