/**
 * The fault suite's bench: `npm start` (src/main.ts) in a child process against the local Bot API, the fake
 * Gemini and the fake Strava on 127.0.0.1, on a real SQLite file that the test reads (and, to play the part of
 * another process or of time passing, writes) through its own better-sqlite3 connection.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { seedUsers } from '../../src/cli/seed.ts';
import { openDatabase } from '../../src/db/client.ts';
import { createStore } from '../../src/db/store/index.ts';
import { Keyring } from '../../src/strava/crypto.ts';
import { issueToken, LINK_TTL_MS } from '../../src/strava/links.ts';
import { FakeGemini } from '../fakes/gemini-server.ts';
import { FakeStrava, postEvent } from '../fakes/strava-server.ts';
import { tempDir } from '../helpers/tmp.ts';

export const APP_SECRET = 'reliability-app-secret-0123456789-abcdefghij';
export const VERIFY_TOKEN = 'reliability-verify-token';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** Runs `fn` after the test (last registered, first run). */
export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` every `everyMs` until it holds; throws naming `what` after `timeoutMs`. */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string | (() => string),
  timeoutMs = 15_000,
  everyMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    }
    await sleep(everyMs);
  }
}

export interface ServiceProcess {
  child: ChildProcess;
  pid: number;
  exited: Promise<number | null>;
  /** True once the process has exited (any way). */
  readonly dead: boolean;
  log(): string;
  /** Log lines (pino JSON) parsed, non-JSON lines skipped. */
  entries(): Record<string, unknown>[];
}

/**
 * `npm start` as an operator runs it (src/main.ts through tsx), with the given environment. Node loads tsx as a
 * module hook (`node --import tsx`) rather than through the `tsx` binary: the binary runs the service in a child
 * process of its own, so a SIGKILL to it would leave the service running as an orphan.
 */
export function startService(env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'src/main.ts')], {
    env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let dead = false;
  child.stdout?.on('data', (d) => {
    log += d;
  });
  child.stderr?.on('data', (d) => {
    log += d;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      dead = true;
      resolve(code);
    }),
  );
  cleanups.push(async () => {
    if (!dead) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  return {
    child,
    pid: child.pid ?? 0,
    exited,
    get dead() {
      return dead;
    },
    log: () => log,
    entries: () =>
      log
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
  };
}

/** Kills the process at once (no shutdown handlers run) and waits until it is gone. */
export async function sigkill(service: ServiceProcess): Promise<void> {
  service.child.kill('SIGKILL');
  await service.exited;
}

/** A read-only view of the service's database, closed after the test. */
export function readDb(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  cleanups.push(() => {
    db.close();
  });
  return db;
}

/** A second writer on the service's database (another process, or the test moving time on). */
export function writeDb(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  cleanups.push(() => {
    if (!db.open) return;
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  });
  return db;
}

export function count(db: Database.Database, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}

/** The local Bot API, started; stopped after the test. */
export async function startBotApi(
  options: ConstructorParameters<typeof LocalBotApi>[0] = {},
): Promise<{ api: LocalBotApi; apiRoot: string }> {
  const api = new LocalBotApi({ token: DEFAULT_TOKEN, ...options });
  const { apiRoot } = await api.start();
  cleanups.push(() => api.stop());
  return { api, apiRoot };
}

export async function startGemini(): Promise<{ gemini: FakeGemini; baseUrl: string }> {
  const gemini = new FakeGemini();
  const { baseUrl } = await gemini.start();
  cleanups.push(() => gemini.stop());
  return { gemini, baseUrl };
}

export async function startStrava(): Promise<{ strava: FakeStrava; baseUrl: string }> {
  const strava = new FakeStrava();
  const baseUrl = await strava.start();
  cleanups.push(() => strava.stop());
  return { strava, baseUrl };
}

/** A temp folder with the database path and a free port for the service's HTTP server. */
export async function workspace(): Promise<{ dbPath: string; port: number; publicUrl: string }> {
  const port = await freePort();
  return { dbPath: join(tempDir('runcoach-reliability-'), 'runcoach.db'), port, publicUrl: `http://127.0.0.1:${port}` };
}

/** The environment of a service on the local Bot API (and Strava/Gemini when given). */
export function serviceEnv(o: {
  apiRoot: string;
  dbPath: string;
  port: number;
  gemini?: string;
  strava?: FakeStrava;
  extra?: Record<string, string>;
}): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN,
    TELEGRAM_API_ROOT: o.apiRoot,
    DATABASE_PATH: o.dbPath,
    PORT: String(o.port),
    PUBLIC_URL: `http://127.0.0.1:${o.port}`,
    GEMINI_API_KEY: o.gemini ? 'reliability-gemini-key' : '',
    ...(o.gemini ? { GEMINI_BASE_URL: o.gemini } : {}),
    ...(o.strava
      ? {
          STRAVA_CLIENT_ID: o.strava.clientId,
          STRAVA_CLIENT_SECRET: o.strava.clientSecret,
          STRAVA_VERIFY_TOKEN: VERIFY_TOKEN,
          STRAVA_BASE_URL: o.strava.baseUrl,
          APP_SECRET,
        }
      : {}),
    ...o.extra,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Seeds `users` runners (ids from `firstId`, zone UTC) whose morning message is due now: their morning time is
 * the minute two minutes ago, their next morning was computed from ten minutes before that, and their 5K plan
 * started two days ago. Evenings are twelve hours off, so only mornings are due during a test.
 */
export function seedDueMorning(dbPath: string, o: { users: number; firstId: number }): void {
  const nowMs = Date.now();
  const morning = new Date(nowMs - 2 * 60_000);
  const morningTime = `${pad(morning.getUTCHours())}:${pad(morning.getUTCMinutes())}`;
  const eveningTime = `${pad((morning.getUTCHours() + 12) % 24)}:${pad(morning.getUTCMinutes())}`;
  const store = createStore(openDatabase(dbPath, { migrate: true }));
  try {
    seedUsers(store, {
      users: o.users,
      firstId: o.firstId,
      timezones: ['UTC'],
      morningTime,
      eveningTime,
      goal: '5k',
      start: new Date(nowMs - 2 * 86_400_000).toISOString().slice(0, 10),
      weeks: 6,
      now: new Date(morning.getTime() - 10 * 60_000),
    });
  } finally {
    store.close();
  }
}

export const MORNING = /Good morning/;

/** How many morning messages each chat got (chats that got none are absent). */
export function morningsByChat(api: LocalBotApi): Map<number, number> {
  const byChat = new Map<number, number>();
  for (const m of api.messages(undefined, { from: 'bot' })) {
    if (MORNING.test(m.text)) byChat.set(m.chatId, (byChat.get(m.chatId) ?? 0) + 1);
  }
  return byChat;
}

/**
 * Links a runner's Strava account through the running service, as the runner's browser does: the connect link
 * (its token issued on the database, as the bot's /strava does), Strava's authorize page, the callback with the
 * browser's binding cookie, then the runner's Yes to "Link Strava athlete …?" in Telegram.
 */
export async function linkStrava(
  o: { dbPath: string; publicUrl: string; strava: FakeStrava; api: LocalBotApi },
  userId: number,
  athleteId: number,
): Promise<void> {
  const store = createStore(openDatabase(o.dbPath, { migrate: false }));
  let token: string;
  try {
    token = issueToken(store, new Keyring(APP_SECRET), 'strava_link', userId, Date.now(), LINK_TTL_MS);
  } finally {
    store.close();
  }
  const toStrava = await fetch(`${o.publicUrl}/strava/connect?t=${encodeURIComponent(token)}`, { redirect: 'manual' });
  expect(toStrava.status).toBe(302);
  o.strava.addAthlete(athleteId, `Athlete${athleteId}`);
  const back = await o.strava.authorize(toStrava.headers.get('location') ?? '', { athleteId });
  const cookie = (toStrava.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const page = await fetch(back, { headers: { cookie } });
  expect(page.status).toBe(200);
  await o.api.waitFor((m) => m.chatId === userId && /Link Strava athlete/.test(m.text), 20_000, { since: 0 });
  const runner = { id: userId, first_name: 'Runner' };
  await o.api.waitForCallbackAnswer(o.api.clickButton(userId, 'Yes, link', runner), 20_000);
}

/** Strava's webhook POST for a new activity of `athleteId`. */
export function activityCreated(
  publicUrl: string,
  athleteId: number,
  activityId: number,
  eventTime = Math.floor(Date.now() / 1000),
): Promise<Response> {
  return postEvent(`${publicUrl}/strava/webhook`, {
    object_type: 'activity',
    object_id: activityId,
    aspect_type: 'create',
    owner_id: athleteId,
    subscription_id: 1,
    event_time: eventTime,
    updates: {},
  });
}

/** Adds a run to the fake Strava (an hour ago, 8 km). */
export function addRun(strava: FakeStrava, athleteId: number, activityId: number): void {
  strava.addActivity({
    id: activityId,
    athleteId,
    name: `Run ${activityId}`,
    sport_type: 'Run',
    distance: 8000 + (activityId % 1000),
    moving_time: 2700,
    start_date: new Date(Date.now() - 3_600_000).toISOString(),
  });
}
