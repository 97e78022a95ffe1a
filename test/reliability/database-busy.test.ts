/**
 * Fault: the database is busy. Another connection (a backup tool, `cli` on the same file, a stuck migration)
 * holds SQLite's write lock with BEGIN IMMEDIATE while runners write to the coach. The service waits up to its
 * busy_timeout (5 s): a shorter lock only delays the replies, and every run is stored; a longer lock fails the
 * update with the apology, the process lives on, and the next message works.
 */
import { describe, expect, it } from 'vitest';
import {
  count,
  morningsByChat,
  readDb,
  seedDueMorning,
  serviceEnv,
  sleep,
  startBotApi,
  startService,
  until,
  workspace,
  writeDb,
} from './harness.ts';

/** The bot's apology (an update that failed) or the tool layer's (a tool that failed, nothing changed). */
const APOLOGY = /Sorry, something went wrong on my side|Something went wrong on the coach side/;
const RUNNERS = [701, 702, 703, 704, 705].map((id) => ({ id, first_name: `R${id}` }));

describe('the database busy', () => {
  it('a 2 s write lock delays replies but loses nothing; a lock past busy_timeout gets the apology, then recovery', async () => {
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

    // A lock longer than busy_timeout (5 s): the runner hears the apology, the process survives.
    const ana = RUNNERS[0]!;
    other.exec('BEGIN IMMEDIATE');
    const longLockAt = Date.now();
    api.sendCommand(ana, 'log', '10k 50:00 rpe 6');
    const apology = await api.waitForMessage(ana.id, () => true, 15_000);
    expect(apology.text).toMatch(APOLOGY);
    expect(apology.sentAt - longLockAt).toBeGreaterThanOrEqual(4500);
    expect(runsOf(ana.id)).toBe(1);
    expect(service.dead).toBe(false);
    other.exec('COMMIT');
    // The same runner (and another) is answered again, and what they send is stored.
    api.sendCommand(ana, 'log', '10k 50:00 rpe 6');
    const again = await api.waitForMessage(ana.id, () => true, 10_000);
    expect(again.text).not.toMatch(APOLOGY);
    const bo = RUNNERS[1]!;
    api.sendCommand(bo, 'today');
    expect((await api.waitForMessage(bo.id, () => true, 10_000)).text).not.toMatch(APOLOGY);
    await until(() => runsOf(ana.id) === 2, 'the second run stored', 5000);
    expect(service.dead).toBe(false);
  }, 60_000);
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
