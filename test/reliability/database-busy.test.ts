/**
 * Fault: the database is busy. Another connection (a backup tool, `cli` on the same file, a stuck migration)
 * holds SQLite's write lock with BEGIN IMMEDIATE while runners write to the coach. The service never waits for the
 * lock with the event loop blocked (a short busy_timeout, then asynchronous retries): a runner's message is handled
 * once the lock is gone, with no apology and nothing lost, however long the lock; meanwhile the Strava webhook
 * answers 503 within Strava's 2 s (Strava tries again) and /healthz answers 503 at once.
 */
import { describe, expect, it } from 'vitest';
import {
  activityCreated,
  addRun,
  count,
  linkStrava,
  morningsByChat,
  readDb,
  seedDueMorning,
  serviceEnv,
  sleep,
  startBotApi,
  startService,
  startStrava,
  until,
  workspace,
  writeDb,
} from './harness.ts';

/** The bot's apology (an update that failed) or the tool layer's (a tool that failed, nothing changed). */
const APOLOGY = /Sorry, something went wrong on my side|Something went wrong on the coach side/;
const RUNNERS = [701, 702, 703, 704, 705].map((id) => ({ id, first_name: `R${id}` }));

describe('the database busy', () => {
  it('a 2 s write lock delays replies but loses nothing', async () => {
    const { api, apiRoot } = await startBotApi();
    const ws = await workspace();
    const service = startService(serviceEnv({ apiRoot, dbPath: ws.dbPath, port: ws.port }));
    await until(() => api.isPolling, 'long polling', 20_000);
    for (const r of RUNNERS) api.sendCommand(r, 'start');
    await Promise.all(RUNNERS.map((r) => api.waitForMessage(r.id, /running coach/, 10_000)));
    const db = readDb(ws.dbPath);
    const runsOf = (id: number) => count(db, 'select count(*) n from runs where user_id = ?', id);

    // Another connection takes the write lock; runners log runs (a command and words) while it is held.
    const other = writeDb(ws.dbPath);
    other.exec('BEGIN IMMEDIATE');
    const lockedAt = Date.now();
    for (const [i, r] of RUNNERS.entries()) {
      if (i % 2 === 0) api.sendCommand(r, 'log', `${5 + i}k ${25 + i}:30 rpe 5`);
      else api.sendText(r, `ran ${5 + i}k in ${25 + i}:30, felt good`);
    }
    const replies = RUNNERS.map((r) => api.waitForMessage(r.id, () => true, 15_000));
    await sleep(2000);
    other.exec('COMMIT');
    const answered = await Promise.all(replies);
    for (const m of answered) expect(m.text).not.toMatch(APOLOGY);
    // Nothing answered before the lock went away, and nothing lost: one run per runner.
    for (const m of answered) expect(m.sentAt).toBeGreaterThanOrEqual(lockedAt + 1900);
    for (const r of RUNNERS) expect(runsOf(r.id), `runs of ${r.id}`).toBe(1);

    expect(service.dead).toBe(false);
  }, 60_000);
});

/** How long a GET to the service takes, its status and body. */
async function timed(url: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  return { ms: performance.now() - started, status: res.status, body };
}

describe('the database locked for 8 s by another process', () => {
  it('keeps the process responsive: webhook 503 within 2 s, /healthz at once, every runner answered after the lock', async () => {
    const { api, apiRoot } = await startBotApi();
    const { strava } = await startStrava();
    const ws = await workspace();
    const service = startService(serviceEnv({ apiRoot, dbPath: ws.dbPath, port: ws.port, strava }));
    await until(() => api.isPolling, 'long polling', 20_000);
    const runners = RUNNERS.slice(0, 3);
    for (const r of runners) api.sendCommand(r, 'start');
    await Promise.all(runners.map((r) => api.waitForMessage(r.id, /running coach/, 10_000)));
    await linkStrava({ dbPath: ws.dbPath, publicUrl: ws.publicUrl, strava, api }, runners[0]!.id, 88_001);
    await api.waitForMessage(runners[0]!.id, /Strava is connected/, 10_000);
    addRun(strava, 88_001, 5_550_001);
    const db = readDb(ws.dbPath);
    const runsOf = (id: number) => count(db, 'select count(*) n from runs where user_id = ?', id);
    const inbox = () => count(db, "select count(*) n from inbox where source = 'strava' and key like '%5550001%'");

    const other = writeDb(ws.dbPath);
    other.exec('BEGIN IMMEDIATE');
    const lockedAt = Date.now();
    for (const [i, r] of runners.entries()) {
      if (i % 2 === 0) api.sendCommand(r, 'log', `${6 + i}k ${30 + i}:00 rpe 5`);
      else api.sendText(r, `ran ${6 + i}k in ${30 + i}:00, felt good`);
    }
    const replies = runners.map((r) => api.waitForMessage(r.id, () => true, 30_000));
    await sleep(1500);
    // Strava's webhook while the lock is held: answered within its 2 s, and not 200 (the event is not stored).
    const eventTime = Math.floor(Date.now() / 1000);
    const hookStarted = performance.now();
    const hookRes = await activityCreated(ws.publicUrl, 88_001, 5_550_001, eventTime);
    const hook = { status: hookRes.status, ms: performance.now() - hookStarted };
    // The health check answers at once, and says the truth: the database cannot be written now.
    const health = await timed(`${ws.publicUrl}/healthz`);
    console.log(
      `during an 8 s lock: webhook ${hook.status} in ${hook.ms.toFixed(0)} ms, /healthz ${health.status} in ${health.ms.toFixed(0)} ms`,
    );
    expect(hook.ms).toBeLessThan(2000);
    expect(hook.status).toBe(503);
    expect(health.ms).toBeLessThan(1000);
    expect(health.status).toBe(503);
    expect(health.body).toMatch(/locked|busy/);
    await sleep(Math.max(0, lockedAt + 8000 - Date.now()));
    other.exec('COMMIT');

    // Every runner is answered (no apology), and what each sent is stored once.
    const answered = await Promise.all(replies);
    for (const m of answered) expect(m.text).not.toMatch(APOLOGY);
    for (const m of answered) expect(m.sentAt).toBeGreaterThanOrEqual(lockedAt + 7900);
    await until(() => runners.every((r) => runsOf(r.id) === 1), 'one run per runner', 10_000);
    // Strava tries the event again: now it is stored and acknowledged, and the run arrives.
    expect((await activityCreated(ws.publicUrl, 88_001, 5_550_001, eventTime)).status).toBe(200);
    expect(inbox()).toBe(1);
    const after = await timed(`${ws.publicUrl}/healthz`);
    expect(after.status).toBe(200);
    expect(service.dead).toBe(false);
  }, 90_000);
});

/**
 * The outbox sender claims rows in a deferred transaction that reads (the due rows) before it writes (the lease).
 * SQLite does not run the busy handler for a read transaction that wants to become a write transaction, so while
 * another connection holds the write lock the claim fails at once with SQLITE_BUSY (busy_timeout or not), and the
 * sender's loop, which has no catch of its own, stops for the life of the process.
 */
describe('the database busy while messages wait in the outbox', () => {
  it('a write lock held when a retry falls due: the outbox sender waits, then delivers the morning once', async () => {
    const { api, apiRoot } = await startBotApi();
    const ws = await workspace();
    seedDueMorning(ws.dbPath, { users: 1, firstId: 900_000 });
    // The send fails (502): the row goes back to the outbox, due again in about 2 s. (It is the only row: a send
    // answered during the lock would block the event loop in markSent's busy wait, and no claim would run.)
    api.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' });
    const service = startService(serviceEnv({ apiRoot, dbPath: ws.dbPath, port: ws.port }));
    const db = readDb(ws.dbPath);
    const waiting = () =>
      db
        .prepare("select next_attempt_at at from outbox where status = 'pending' and last_error like '%502%'")
        .all() as { at: number }[];
    await until(() => waiting().length === 1, 'a send to fail and wait for its retry', 20_000, 5);
    // Another connection holds the write lock until a second after the retry fell due (under 4 s, less than
    // busy_timeout): the sender tries to claim it while the lock is held.
    const other = writeDb(ws.dbPath);
    other.exec('BEGIN IMMEDIATE');
    const dueBy = Math.max(...waiting().map((r) => r.at));
    await sleep(Math.min(4000, Math.max(0, dueBy + 1000 - Date.now())));
    other.exec('COMMIT');
    const senderDied = () => /outbox sender stopped by an error/.test(service.log());
    await until(
      () => morningsByChat(api).size === 1 || senderDied(),
      () => `the morning (got ${morningsByChat(api).size})\n${service.log().slice(-3000)}`,
      20_000,
    );
    expect(senderDied(), 'the outbox sender stopped on SQLITE_BUSY (src/db/store/queues.ts claim)').toBe(false);
    expect([...morningsByChat(api).values()]).toEqual([1]);
    expect(service.dead).toBe(false);
  }, 60_000);
});
