/**
 * Fault: the process killed (SIGKILL, no shutdown handler runs) while the outbox and the inbox are both busy:
 * 300 runners' mornings going out through a rate-limited local Bot API, and Strava webhook events being fetched
 * from a slow fake Strava. Restarted on the same database file, the service gets every runner their morning
 * (repeats only for sends whose answer the kill swallowed), processes every Strava event exactly once (one run
 * row per activity, every event done) and answers a new message.
 *
 * Claimed rows keep their lease after a crash (outbox: a minute, inbox: two), and a restarted service claims them
 * when it expires. The test moves the leases to "expired" instead of waiting those minutes out; the claim that
 * picks them up again is the product's.
 */
import { describe, expect, it } from 'vitest';
import {
  activityCreated,
  addRun,
  count,
  linkStrava,
  MORNING,
  morningsByChat,
  readDb,
  seedDueMorning,
  serviceEnv,
  sigkill,
  startBotApi,
  startService,
  startStrava,
  until,
  workspace,
  writeDb,
} from './harness.ts';

const RUNNERS = 300;
const FIRST_ID = 920_000;
const RATE = 40;
/** The sender's requests in the air at once for RATE (src/outbox/sender.ts: max(8, min(128, rate / 2))). */
const MAX_IN_FLIGHT = Math.max(8, Math.min(128, Math.ceil(RATE / 2)));
const ATHLETES = [5001, 5002, 5003];
const RUNS_EACH = 3;

describe('the process killed mid fan-out', () => {
  it('SIGKILL with the outbox and the inbox busy: after a restart nothing is lost and nothing repeats that matters', async () => {
    const { api, apiRoot } = await startBotApi({ latencyMs: 30, recordCalls: false, recordMessages: true });
    api.enforceRates({ globalPerSec: RATE, perChatPerSec: 1 });
    const { strava } = await startStrava();
    strava.latencyMs = 400;
    const ws = await workspace();
    seedDueMorning(ws.dbPath, { users: RUNNERS, firstId: FIRST_ID });
    const env = serviceEnv({
      apiRoot,
      dbPath: ws.dbPath,
      port: ws.port,
      strava,
      extra: { TELEGRAM_RATE_PER_SEC: String(RATE), LOG_LEVEL: 'warn' },
    });
    const first = startService(env);
    const db = readDb(ws.dbPath);
    await until(() => morningsByChat(api).size > 0, 'the fan-out to begin', 20_000, 10);

    // Three of the runners link Strava and save runs; Strava tells us with webhook events.
    const runnerOf = (i: number) => FIRST_ID + i;
    // At once: each link waits for the runner's Yes in Telegram, which must not outlast the fan-out.
    await Promise.all(
      ATHLETES.map((athlete, i) =>
        linkStrava({ dbPath: ws.dbPath, publicUrl: ws.publicUrl, strava, api }, runnerOf(i), athlete),
      ),
    );
    const activities: number[] = [];
    for (const athlete of ATHLETES) {
      for (let k = 0; k < RUNS_EACH; k++) {
        const id = athlete * 10 + k;
        addRun(strava, athlete, id);
        activities.push(id);
        const ack = await activityCreated(ws.publicUrl, athlete, id);
        expect(await ack.json()).toEqual({ status: 'ok' });
      }
    }

    // Kill it while both queues are mid-way.
    const done = () => count(db, "select count(*) n from inbox where status = 'done'");
    await until(() => done() >= 1 && morningsByChat(api).size >= 60, 'both queues under way', 20_000, 10);
    await sigkill(first);
    expect(first.log()).not.toMatch(/outbox sender stopped/);
    await api.waitForIdle({ quietMs: 200, timeoutMs: 10_000 });
    const atKill = {
      delivered: api.messages(undefined, { from: 'bot' }).filter((m) => MORNING.test(m.text)).length,
      markedSent: count(
        db,
        "select count(*) n from outbox where kind = 'morning' and key not like '%#%' and status = 'sent'",
      ),
      unsent: count(db, "select count(*) n from outbox where status in ('pending', 'sending')"),
      inboxOpen: count(db, "select count(*) n from inbox where status in ('pending', 'processing')"),
    };
    // The kill really came mid-way through both.
    expect(atKill.delivered).toBeLessThan(RUNNERS);
    expect(atKill.unsent).toBeGreaterThan(0);
    expect(atKill.inboxOpen).toBeGreaterThan(0);
    // Sends that reached Telegram but whose answer the kill swallowed: the only ones that may repeat.
    const lostAnswers = atKill.delivered - atKill.markedSent;
    expect(lostAnswers).toBeGreaterThanOrEqual(0);
    expect(lostAnswers).toBeLessThanOrEqual(MAX_IN_FLIGHT);

    // What a restarted service would wait for: leases of at most a minute (outbox) and two (inbox).
    const leaseLeft = (table: string) =>
      count(db, `select coalesce(max(lease_until), 0) - ? n from ${table} where lease_until is not null`, Date.now());
    expect(leaseLeft('outbox')).toBeLessThanOrEqual(60_000);
    expect(leaseLeft('inbox')).toBeLessThanOrEqual(120_000);

    // Time passes: the leases of the dead process expire.
    const clock = writeDb(ws.dbPath);
    clock.prepare("update outbox set lease_until = ? where status = 'sending'").run(Date.now() - 1);
    clock.prepare("update inbox set lease_until = ? where status = 'processing'").run(Date.now() - 1);
    clock.close();

    // Restart on the same database.
    const second = startService(env);
    await until(
      () => morningsByChat(api).size === RUNNERS,
      () => `every runner's morning (got ${morningsByChat(api).size})\n${second.log().slice(-2000)}`,
      30_000,
    );
    await until(
      () => done() === activities.length,
      () => `every Strava event done (${done()})`,
      20_000,
    );
    await until(
      () => count(db, "select count(*) n from outbox where status in ('pending', 'sending')") === 0,
      'the outbox drained',
      20_000,
    );

    // Every morning delivered; repeats bounded by the sends in flight at the kill.
    const mornings = morningsByChat(api);
    const total = [...mornings.values()].reduce((s, n) => s + n, 0);
    expect(total - RUNNERS).toBeLessThanOrEqual(lostAnswers);
    expect(count(db, "select count(*) n from outbox where status <> 'sent'")).toBe(0);
    // Every Strava event exactly once: one run per activity, every event done, every runner asked.
    expect(count(db, "select count(*) n from inbox where status <> 'done'")).toBe(0);
    const runs = db
      .prepare("select external_id id, count(*) n from runs where source = 'strava' group by external_id")
      .all() as { id: string; n: number }[];
    expect(runs.map((r) => Number(r.id)).sort()).toEqual([...activities].sort());
    expect(runs.every((r) => r.n === 1)).toBe(true);
    for (const i of ATHLETES.keys()) {
      const prompts = api.botMessages(runnerOf(i)).filter((m) => /feel/i.test(m.text));
      expect(prompts.length).toBeGreaterThanOrEqual(RUNS_EACH);
    }
    expect(count(db, "select count(*) n from outbox where kind = 'strava_postrun' and status = 'sent'")).toBe(
      activities.length,
    );

    // The service answers a new message, and shuts down cleanly.
    const newcomer = { id: 860, first_name: 'Nia' };
    api.sendCommand(newcomer, 'start');
    await api.waitForMessage(newcomer.id, /running coach/, 10_000);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 90_000);
});
