/**
 * Fault: Strava answering 503 and then 429 while the worker fetches the activity of an accepted webhook event.
 * The webhook is acknowledged at once (and a repeated delivery is a duplicate), the event stays in the inbox
 * (backed off after the 503, parked until the next 15-minute window after the 429), and once the window opens it
 * is processed: one run row, and the runner gets the post-run prompt.
 */
import { describe, expect, it } from 'vitest';
import {
  activityCreated,
  addRun,
  count,
  linkStrava,
  readDb,
  serviceEnv,
  startBotApi,
  startService,
  startStrava,
  until,
  workspace,
  writeDb,
} from './harness.ts';

const QUARTER_MS = 15 * 60_000;

describe('Strava failing', () => {
  it('503 then 429 on the activity fetch: the event is kept, processed later, and the runner is asked once', async () => {
    const { api, apiRoot } = await startBotApi();
    const { strava } = await startStrava();
    const ws = await workspace();
    const service = startService(serviceEnv({ apiRoot, dbPath: ws.dbPath, port: ws.port, strava }));
    await until(() => api.isPolling, 'long polling', 20_000);
    const runner = { id: 841, first_name: 'Sam' };
    const athlete = 4841;
    api.sendCommand(runner, 'start');
    await api.waitForMessage(runner.id, /running coach/, 10_000);
    await linkStrava({ dbPath: ws.dbPath, publicUrl: ws.publicUrl, strava, api }, runner.id, athlete);
    await api.waitFor((m) => m.chatId === runner.id && /Strava is connected/.test(m.text), 10_000, { since: 0 });
    const db = readDb(ws.dbPath);

    // Strava fails the next activity fetches: first a 503, then a 429.
    strava.fail('/api/v3/activities', 503, 1);
    strava.fail('/api/v3/activities', 429, 1);
    addRun(strava, athlete, 9841);
    const eventTime = Math.floor(Date.now() / 1000);
    const t0 = Date.now();
    const ack = await activityCreated(ws.publicUrl, athlete, 9841, eventTime);
    expect(ack.status).toBe(200);
    expect(await ack.json()).toEqual({ status: 'ok' });
    expect(Date.now() - t0).toBeLessThan(2000);
    // Strava delivers the same event again (it retries when unsure): a duplicate, not a second row.
    const again = await activityCreated(ws.publicUrl, athlete, 9841, eventTime);
    expect(await again.json()).toEqual({ status: 'ok' });
    expect(count(db, 'select count(*) n from inbox')).toBe(1);

    type Row = { id: number; status: string; attempts: number; next_attempt_at: number; last_error: string | null };
    const row = () => db.prepare('select * from inbox').get() as Row;
    // The 503: backed off (5 s), kept.
    await until(() => row().attempts >= 1 && row().status === 'pending', 'the first attempt to fail', 10_000);
    expect(row().last_error).toMatch(/503/);
    // The 429: parked until the next 15-minute window (Strava's rate windows), kept.
    await until(() => row().attempts >= 2 && row().status === 'pending', 'the second attempt to fail', 15_000);
    expect(row().last_error).toMatch(/429/);
    expect(row().next_attempt_at % QUARTER_MS).toBe(0);
    expect(row().next_attempt_at).toBeGreaterThan(Date.now() - 1000);
    expect(count(db, 'select count(*) n from runs')).toBe(0);
    expect(service.dead).toBe(false);

    // The window opens (the test moves the event's retry time to now rather than waiting up to 15 minutes).
    const clock = writeDb(ws.dbPath);
    clock.prepare("update inbox set next_attempt_at = ? where id = ? and status = 'pending'").run(Date.now(), row().id);
    const prompt = await api.waitFor((m) => m.chatId === runner.id && /feel/i.test(m.text), 15_000, { since: 0 });
    expect(JSON.stringify(prompt.replyMarkup)).toMatch(/rpe:/);
    expect(row().status).toBe('done');
    expect(row().attempts).toBe(3);
    expect(count(db, "select count(*) n from runs where user_id = ? and source = 'strava'", runner.id)).toBe(1);

    // Nothing repeats, and the runner is answered as usual.
    await api.waitForIdle({ quietMs: 300, timeoutMs: 5000 });
    expect(api.botMessages(runner.id).filter((m) => /feel/i.test(m.text))).toHaveLength(1);
    api.sendCommand(runner, 'today');
    expect((await api.waitForMessage(runner.id, () => true, 10_000)).text.length).toBeGreaterThan(0);
  }, 60_000);
});
