import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedbackRow } from '../../src/coach/replies/workout.ts';
import { SUBSCRIPTION_META_KEY } from '../../src/strava/index.ts';
import { postRunMessage } from '../../src/strava/messages.ts';
import { LEASE_MS } from '../../src/strava/worker.ts';
import { dbOf } from '../helpers/db.ts';
import {
  ATHLETE,
  addRun,
  addRunner,
  type Bench,
  RUNNER,
  SUBSCRIPTION,
  startBench,
  until,
  VERIFY_TOKEN,
} from './helpers.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

async function connected(now?: string): Promise<Bench> {
  const bench = await startBench(now ? { now } : {});
  addRunner(bench.store);
  expect((await bench.connect()).status).toBe(200);
  // Only the post-run messages matter below.
  dbOf(bench.store).$client.prepare('delete from outbox').run();
  return bench;
}

const inbox = (b: Bench) =>
  dbOf(b.store)
    .$client.prepare('select key, status, attempts, next_attempt_at as nextAttemptAt from inbox order by id')
    .all() as {
    key: string;
    status: string;
    attempts: number;
    nextAttemptAt: number;
  }[];

const outbox = (b: Bench) =>
  (
    dbOf(b.store).$client.prepare('select key, kind, chat_id as chatId, payload from outbox order by id').all() as {
      key: string;
      kind: string;
      chatId: number;
      payload: string;
    }[]
  ).map((r) => ({ ...r, payload: JSON.parse(r.payload) }));

const OK = { status: 'ok' };

const status = (b: Bench, date = '2026-12-01') => b.store.plans.workoutOn(RUNNER, date)?.status;
const advance = (b: Bench, ms: number) => {
  b.clock.now = new Date(b.clock.now.getTime() + ms);
};

describe('webhook validation (GET)', () => {
  it('echoes the challenge for the right verify token and refuses anything else', async () => {
    const bench = await startBench();
    const url = `${bench.publicUrl}/strava/webhook`;
    const ok = await fetch(`${url}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=15f7d1a91c1f40`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ 'hub.challenge': '15f7d1a91c1f40' });
    expect((await fetch(`${url}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=x`)).status).toBe(403);
    expect((await fetch(`${url}?hub.challenge=x`)).status).toBe(403);
  });
});

describe('webhook events (POST)', () => {
  it('rejects bodies that are not Strava events', async () => {
    const bench = await startBench();
    const url = `${bench.publicUrl}/strava/webhook`;
    const bad = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
    expect(bad.status).toBe(400);
    const broken = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(broken.status).toBe(400);
    expect((await bench.webhook({ object_id: -1 })).status).toBe(400);
    expect(inbox(bench)).toHaveLength(0);
  });

  it('stores a run, matches it to the plan and sends the templated post-run prompt', async () => {
    const bench = await connected();
    addRun(bench.fake, 501);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const res = await bench.webhook({ object_id: 501 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(OK);
    expect(inbox(bench)[0]?.key).toBe(
      `strava:activity:501:create:${Math.floor(bench.clock.now.getTime() / 1000)}:${ATHLETE}:-`,
    );
    await bench.strava.worker.drain();

    const [run] = bench.store.runs.all(RUNNER);
    expect(run).toMatchObject({
      source: 'strava',
      externalId: '501',
      date: '2026-12-01',
      distanceKm: 7.1,
      durationSec: 2520,
      title: 'Morning Run',
      sportType: 'Run',
      workoutDate: '2026-12-01',
      matchStatus: 'done',
    });
    expect(run?.raw).toMatchObject({ id: 501, sport_type: 'Run', private: false });
    expect(run?.raw).not.toHaveProperty('map');
    expect(status(bench)).toBe('done');

    const [msg] = outbox(bench);
    expect(msg).toMatchObject({ key: 'strava:postrun:501', kind: 'strava_postrun', chatId: RUNNER });
    const workout = bench.store.plans.workoutOn(RUNNER, '2026-12-01');
    // Exactly the template's words: what the plan asked, what was done, how did it feel, RPE buttons.
    expect(msg?.payload).toEqual(
      postRunMessage({
        date: '2026-12-01',
        distanceKm: 7.1,
        durationSec: 2520,
        units: 'km',
        match: 'done',
        workout: workout ?? null,
        speech: { lang: 'en', locale: 'en' },
      }),
    );
    expect(msg?.payload.html).toContain('Done: 7.1 km in 42:00 (5:55/km)');
    // The planned distance comes from the engine (rules v2); the template shows it beside the title.
    expect(msg?.payload.html).toMatch(
      new RegExp(`Planned: ${workout?.title}, ${String(workout?.distanceKm).replace('.', '\\.')} km`),
    );
    expect(msg?.payload.html).toContain('<b>How did it feel?</b>');
    expect(msg?.payload.buttons).toEqual([feedbackRow('2026-12-01')]);
    // Raw Strava data (the title) is not in the message; and no model was asked: only Strava was called.
    expect(msg?.payload.html).not.toContain('Morning Run');
    const hosts = fetchSpy.mock.calls.map(([u]) => new URL(String(u instanceof Request ? u.url : u)).origin);
    expect(new Set(hosts)).toEqual(new Set([bench.publicUrl, bench.fake.baseUrl]));
  });

  it('processes a duplicate delivery once', async () => {
    const bench = await connected();
    addRun(bench.fake, 502);
    const event = { object_id: 502, event_time: 1_700_000_000 };
    expect(await (await bench.webhook(event)).json()).toEqual(OK);
    expect(await (await bench.webhook(event)).json()).toEqual(OK);
    expect(inbox(bench)).toHaveLength(1);
    await bench.strava.worker.drain();
    expect(await (await bench.webhook(event)).json()).toEqual(OK);
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
    expect(outbox(bench)).toHaveLength(1);
    expect(bench.fake.apiCalls(/^\/api\/v3\/activities\//)).toHaveLength(1);
  });

  it('handles out-of-order events: an update before its create, a delete before its create', async () => {
    const bench = await connected();
    addRun(bench.fake, 503, { name: 'Renamed run' });
    await bench.webhook({
      object_id: 503,
      aspect_type: 'update',
      event_time: 1_700_000_100,
      updates: { title: 'Renamed run' },
    });
    await bench.webhook({ object_id: 503, aspect_type: 'create', event_time: 1_700_000_000 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER).map((r) => [r.externalId, r.title])).toEqual([['503', 'Renamed run']]);
    expect(outbox(bench).map((m) => m.key)).toEqual(['strava:postrun:503']);

    // Deleted at Strava before we saw its create: the create finds nothing and stores nothing.
    await bench.webhook({ object_id: 504, aspect_type: 'delete', event_time: 1_700_000_300 });
    await bench.webhook({ object_id: 504, aspect_type: 'create', event_time: 1_700_000_200 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
    expect(inbox(bench).map((r) => r.status)).toEqual(['done', 'done', 'ignored', 'ignored']);
  });

  it('acknowledges and ignores events of an unknown subscription or owner, with the same answer', async () => {
    const bench = await connected();
    addRun(bench.fake, 505);
    // No subscription stored yet: any subscription id is accepted.
    const accepted = await bench.webhook({ object_id: 505, subscription_id: 7 });
    expect(accepted.status).toBe(200);
    bench.store.meta.set(SUBSCRIPTION_META_KEY, String(SUBSCRIPTION));
    const other = await bench.webhook({ object_id: 506, subscription_id: 999 });
    const stranger = await bench.webhook({ object_id: 507, owner_id: 123456 });
    const duplicate = await bench.webhook({ object_id: 505, subscription_id: SUBSCRIPTION, event_time: 1 });
    const again = await bench.webhook({ object_id: 505, subscription_id: SUBSCRIPTION, event_time: 1 });
    // Stored, ignored or duplicate: the same status and body, so ids cannot be probed.
    const answers = [accepted, other, stranger, duplicate, again];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(new Set(bodies)).toEqual(new Set([JSON.stringify(OK)]));
    expect(inbox(bench).map((r) => r.key)).toEqual([
      expect.stringMatching(/^strava:activity:505:create:/),
      'strava:activity:505:create:1:9001:-',
    ]);
  });

  it('ignores activities that are not runs', async () => {
    const bench = await connected();
    addRun(bench.fake, 508, { sport_type: 'Ride', distance: 30_000 });
    addRun(bench.fake, 509, { sport_type: 'TrailRun', start_date: '2026-12-01T15:00:00Z' });
    await bench.webhook({ object_id: 508 });
    await bench.webhook({ object_id: 509 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER).map((r) => r.externalId)).toEqual(['509']);
    expect(inbox(bench).map((r) => r.status)).toEqual(['ignored', 'done']);
  });

  it('applies updates (title, privacy) and removes a run that became a ride, restoring the workout', async () => {
    const bench = await connected();
    const activity = addRun(bench.fake, 510);
    await bench.webhook({ object_id: 510, event_time: 1 });
    await bench.strava.worker.drain();
    expect(status(bench)).toBe('done');

    activity.name = 'Easy shakeout';
    activity.private = true;
    await bench.webhook({
      object_id: 510,
      aspect_type: 'update',
      event_time: 2,
      updates: { title: 'Easy shakeout', private: 'true' },
    });
    await bench.strava.worker.drain();
    const [run] = bench.store.runs.all(RUNNER);
    expect(run?.title).toBe('Easy shakeout');
    expect(run?.raw).toMatchObject({ private: true, visibility: 'only_me' });

    activity.sport_type = 'Ride';
    await bench.webhook({ object_id: 510, aspect_type: 'update', event_time: 3, updates: { type: 'Ride' } });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
    expect(status(bench)).toBe('planned');
  });

  it('deletes a run and restores the status the workout had before', async () => {
    const bench = await connected();
    addRun(bench.fake, 511);
    await bench.webhook({ object_id: 511, event_time: 1 });
    await bench.strava.worker.drain();
    expect(status(bench)).toBe('done');
    bench.fake.activities.delete(511);
    await bench.webhook({ object_id: 511, aspect_type: 'delete', event_time: 2 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
    expect(status(bench)).toBe('planned');

    // A day already marked done (the Done button): the Strava run counts as extra, and its deletion leaves it done.
    bench.store.plans.setWorkoutStatus(RUNNER, '2026-12-01', 'done');
    addRun(bench.fake, 512, { start_date: '2026-12-01T16:00:00Z' });
    await bench.webhook({ object_id: 512, event_time: 3 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)[0]?.matchStatus).toBe('extra');
    bench.fake.activities.delete(512);
    await bench.webhook({ object_id: 512, aspect_type: 'delete', event_time: 4 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
    expect(status(bench)).toBe('done');
  });

  const deauthorization = (b: Bench, eventTime = 1_800_000_000) =>
    b.webhook({
      object_type: 'athlete',
      object_id: ATHLETE,
      aspect_type: 'update',
      updates: { authorized: 'false' },
      event_time: eventTime,
    });

  it('on a deauthorization confirmed by Strava deletes tokens, runs, events and messages, and tells the runner', async () => {
    const bench = await connected();
    addRun(bench.fake, 512);
    await bench.webhook({ object_id: 512, updates: { title: 'Morning Run' } });
    await bench.strava.worker.drain();
    expect(status(bench)).toBe('done');
    expect(outbox(bench).map((m) => m.kind)).toEqual(['strava_postrun']);

    // The runner revokes runcoach at Strava; Strava sends the event.
    bench.fake.revokeAthlete(ATHLETE);
    const res = await deauthorization(bench);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(OK);
    // Nothing is deleted on the request itself: the event waits for the worker.
    expect(bench.store.strava.get(RUNNER)).toBeDefined();
    expect(inbox(bench).at(-1)).toMatchObject({
      key: expect.stringMatching(/^strava:athlete:9001:update:1800000000:9001:[\w-]{16}$/),
      status: 'pending',
    });

    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
    expect(status(bench)).toBe('planned');
    // Only the message about the deletion is left of the runner's Strava messages, and no event of theirs.
    const [msg, ...rest] = outbox(bench);
    expect(rest).toEqual([]);
    expect(msg?.kind).toBe('strava_deauthorized');
    expect(msg?.payload.html).toContain('deleted your Strava tokens and the 1 Strava activity');
    expect(inbox(bench)).toEqual([]);
    // Strava delivers it again: unknown owner now, nothing stored.
    expect(await (await deauthorization(bench)).json()).toEqual(OK);
    expect(inbox(bench)).toEqual([]);
  });

  it('ignores a forged deauthorization (Strava still accepts the tokens) and logs a warning', async () => {
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const bench = await startBench({ deps: { log } });
    addRunner(bench.store);
    await bench.connect();
    addRun(bench.fake, 512);
    await bench.webhook({ object_id: 512 });
    await bench.strava.worker.drain();

    const res = await deauthorization(bench);
    expect(await res.json()).toEqual(OK);
    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)?.athleteId).toBe(ATHLETE);
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
    expect(status(bench)).toBe('done');
    expect(outbox(bench).some((m) => m.kind === 'strava_deauthorized')).toBe(false);
    expect(inbox(bench).at(-1)).toMatchObject({
      key: expect.stringMatching(/^strava:athlete:9001:update:1800000000:9001:/),
      status: 'ignored',
    });
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, msg: expect.stringMatching(/forged/) }));
    // The check rotated the tokens; the stored refresh token is still the one Strava accepts.
    const stored = bench.strava.accounts.tokens(bench.store.strava.get(RUNNER) as never);
    expect([...bench.fake.refreshTokens.keys()]).toEqual([stored.refreshToken]);
    expect(await bench.strava.accounts.accessToken(RUNNER, { force: true })).toBeTruthy();
  });

  it('keeps a deauthorization in the inbox while Strava cannot be asked', async () => {
    const bench = await connected();
    bench.fake.revokeAthlete(ATHLETE);
    bench.fake.fail('/api/v3/athlete', 503);
    await deauthorization(bench);
    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)).toBeDefined();
    expect(inbox(bench).at(-1)).toMatchObject({ status: 'pending', attempts: 1 });
    advance(bench, 5000);
    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
  });

  it('ignores a delete event while the activity still exists at Strava', async () => {
    const bench = await connected();
    addRun(bench.fake, 540);
    await bench.webhook({ object_id: 540, event_time: 1 });
    await bench.strava.worker.drain();
    await bench.webhook({ object_id: 540, aspect_type: 'delete', event_time: 2 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER).map((r) => r.externalId)).toEqual(['540']);
    expect(status(bench)).toBe('done');
    expect(inbox(bench).map((r) => r.status)).toEqual(['done', 'ignored']);
    expect(bench.fake.apiCalls(/^\/api\/v3\/activities\/540$/)).toHaveLength(2);
  });

  it('stores nothing of an activity whose fetch was in flight when the runner disconnected', async () => {
    const bench = await connected();
    addRun(bench.fake, 542);
    bench.fake.latencyMs = 50;
    await bench.webhook({ object_id: 542 });
    const drained = bench.strava.worker.drain();
    await until(() => bench.fake.apiCalls(/^\/api\/v3\/activities\/542$/).length > 0);
    bench.strava.accounts.removeAll(RUNNER);
    await drained;
    expect(bench.store.runs.all(RUNNER)).toEqual([]);
    expect(outbox(bench)).toEqual([]);
  });

  it('keeps in the inbox only the fields the worker needs (no title)', async () => {
    const bench = await connected();
    await bench.webhook({
      object_id: 541,
      aspect_type: 'update',
      event_time: 1,
      updates: { title: 'Secret hill reps', type: 'Run', private: 'true' },
    });
    await deauthorization(bench, 2);
    const payloads = (
      dbOf(bench.store).$client.prepare('select payload from inbox order by id').all() as { payload: string }[]
    ).map((r) => JSON.parse(r.payload));
    const at = bench.clock.now.getTime();
    const base = { owner_id: ATHLETE, subscription_id: SUBSCRIPTION, received_at: at };
    expect(payloads).toEqual([
      { ...base, object_type: 'activity', object_id: 541, aspect_type: 'update', event_time: 1, updates: {} },
      {
        ...base,
        object_type: 'athlete',
        object_id: ATHLETE,
        aspect_type: 'update',
        event_time: 2,
        updates: { authorized: 'false' },
      },
    ]);
  });

  it('limits webhook POSTs per client address, and not the validation GET', async () => {
    const bench = await startBench({ deps: { webhookRateLimitPerMinute: 3 } });
    addRunner(bench.store);
    await bench.connect();
    const answers = [];
    for (let i = 1; i <= 4; i++) answers.push((await bench.webhook({ object_id: 550 + i })).status);
    expect(answers).toEqual([200, 200, 200, 429]);
    expect(inbox(bench)).toHaveLength(3);
    const url = `${bench.publicUrl}/strava/webhook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=c`;
    expect((await fetch(url)).status).toBe(200);

    // The default: 600 a minute, far above a Strava burst.
    const plain = await startBench();
    const res = await plain.webhook({ object_id: 560 });
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-policy')).toMatch(/q=600/);
  });

  it('keeps an event through a 429 and processes it when the rate window opens', async () => {
    const bench = await connected('2026-12-01T18:03:00Z');
    addRun(bench.fake, 513);
    bench.fake.fail('/api/v3/activities/', 429);
    await bench.webhook({ object_id: 513 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
    const [row] = inbox(bench);
    expect(row?.status).toBe('pending');
    expect(row?.nextAttemptAt).toBe(Date.parse('2026-12-01T18:15:00Z'));

    advance(bench, 5 * 60_000);
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);

    bench.clock.now = new Date('2026-12-01T18:15:00Z');
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
    expect(inbox(bench)[0]?.status).toBe('done');
    expect(outbox(bench)).toHaveLength(1);
  });

  it('slows down near the rate limit without calling Strava, and waits for the daily reset when the day is used up', async () => {
    const bench = await connected('2026-12-01T18:03:00Z');
    addRun(bench.fake, 514);
    addRun(bench.fake, 515);
    await bench.webhook({ object_id: 514 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);

    // 97 of 100 reads used in this window: the next call is spread over the rest of the window.
    bench.fake.setUsage([97, 500], [97, 500]);
    bench.fake.fail('/api/v3/activities/', 500, 1);
    await bench.webhook({ object_id: 515 });
    await bench.strava.worker.drain(); // the 500 answer carries the usage headers
    const calls = bench.fake.apiCalls(/^\/api\/v3\/activities\//).length;
    advance(bench, 60_000);
    await bench.strava.worker.drain();
    expect(bench.fake.apiCalls(/^\/api\/v3\/activities\//)).toHaveLength(calls);
    const row = inbox(bench)[1];
    expect(row?.status).toBe('pending');
    expect(row?.nextAttemptAt).toBeGreaterThan(bench.clock.now.getTime() + 2000);
    bench.clock.now = new Date('2026-12-01T18:15:00Z');
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(2);

    // Daily budget gone: wait until midnight UTC.
    addRun(bench.fake, 516, { start_date: '2026-12-01T16:00:00Z' });
    bench.fake.setUsage([10, 1000], [10, 1000]);
    bench.fake.fail('/api/v3/activities/', 429, 1);
    await bench.webhook({ object_id: 516 });
    await bench.strava.worker.drain();
    expect(inbox(bench)[2]?.nextAttemptAt).toBe(Date.parse('2026-12-02T00:00:00Z'));
  });

  it('backs off on server errors and network failures, then succeeds', async () => {
    const bench = await connected();
    addRun(bench.fake, 517);
    bench.fake.fail('/api/v3/activities/', 503, 2);
    await bench.webhook({ object_id: 517 });
    await bench.strava.worker.drain();
    expect(inbox(bench)[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: bench.clock.now.getTime() + 5000,
    });
    advance(bench, 5000);
    await bench.strava.worker.drain();
    expect(inbox(bench)[0]).toMatchObject({
      status: 'pending',
      attempts: 2,
      nextAttemptAt: bench.clock.now.getTime() + 10_000,
    });
    advance(bench, 10_000);
    await bench.strava.worker.drain();
    expect(inbox(bench)[0]?.status).toBe('done');
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
  });

  it('processes an event acknowledged before a crash, after the restart', async () => {
    const bench = await connected();
    addRun(bench.fake, 518);
    addRun(bench.fake, 519, { start_date: '2026-12-01T12:00:00Z' });
    // Acknowledged, then the process dies before its worker ran.
    await bench.webhook({ object_id: 518 });
    // Another event was claimed by a worker that died mid-way (its lease is still running).
    await bench.webhook({ object_id: 519 });
    bench.store.inbox.claim(bench.clock.now.getTime(), 1, LEASE_MS);
    expect(inbox(bench).map((r) => r.status)).toEqual(['processing', 'pending']);

    const restarted = bench.restart();
    await restarted.worker.drain();
    expect(bench.store.runs.all(RUNNER).map((r) => r.externalId)).toEqual(['519']);
    advance(bench, LEASE_MS + 1);
    await restarted.worker.drain();
    expect(
      bench.store.runs
        .all(RUNNER)
        .map((r) => r.externalId)
        .sort(),
    ).toEqual(['518', '519']);
    expect(outbox(bench)).toHaveLength(2);
  });

  it('the running worker picks events up by itself', async () => {
    const bench = await connected();
    addRun(bench.fake, 520);
    bench.strava.worker.start();
    await bench.webhook({ object_id: 520 });
    const deadline = Date.now() + 3000;
    while (outbox(bench).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(outbox(bench)).toHaveLength(1);
    await bench.strava.worker.stop();
  });

  it('purges raw Strava data after the retention window, keeping the training facts', async () => {
    const bench = await connected();
    addRun(bench.fake, 521);
    await bench.webhook({ object_id: 521 });
    await bench.strava.worker.drain();
    const day = 86_400_000;
    expect(bench.strava.purgeRaw(new Date(bench.clock.now.getTime() + 6 * day))).toBe(0);
    // The run's raw data, and the finished event (the prompt is still pending: kept).
    expect(bench.strava.purgeRaw(new Date(bench.clock.now.getTime() + 7 * day + 1))).toBe(2);
    const [run] = bench.store.runs.all(RUNNER);
    expect(run).toMatchObject({
      title: null,
      raw: null,
      sportType: null,
      distanceKm: 7.1,
      durationSec: 2520,
      source: 'strava',
    });
    expect(run?.rawPurgedAt).not.toBeNull();
    expect(inbox(bench)).toEqual([]);
    expect(outbox(bench).map((m) => m.kind)).toEqual(['strava_postrun']);

    // A later update does not bring the raw data back.
    await bench.webhook({ object_id: 521, aspect_type: 'update', event_time: 5, updates: { title: 'New' } });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)[0]).toMatchObject({ title: null, raw: null, sportType: null });
  });

  it('deletes finished Strava events and sent Strava messages after the retention window, nothing else', async () => {
    const bench = await connected();
    addRun(bench.fake, 523);
    await bench.webhook({ object_id: 523, event_time: 1 });
    await bench.strava.worker.drain();
    const [prompt] = dbOf(bench.store).$client.prepare('select id from outbox').all() as { id: number }[];
    bench.store.outbox.markSent(prompt?.id ?? 0, bench.clock.now.getTime(), 1);
    const enqueue = (key: string, kind: string) =>
      bench.store.outbox.enqueue({ key, userId: RUNNER, chatId: RUNNER, kind, payload: {} });
    enqueue('strava:scope:pending', 'strava_scope'); // not sent yet: kept
    enqueue('morning:sent', 'morning'); // not Strava's: the general 30-day retention
    bench.store.outbox.markSent(bench.store.outbox.byKey('morning:sent')?.id ?? 0, bench.clock.now.getTime(), 2);
    addRun(bench.fake, 524, { start_date: '2026-12-01T12:00:00Z' });
    bench.fake.fail('/api/v3/activities/', 503);
    await bench.webhook({ object_id: 524, event_time: 2 }); // pending (backing off): kept
    await bench.strava.worker.drain();
    // Messages are stamped by the database's clock; put them on the test's.
    dbOf(bench.store).$client.prepare('update outbox set created_at = ?').run(bench.clock.now.getTime());

    const day = 86_400_000;
    expect(bench.strava.purgeRaw(new Date(bench.clock.now.getTime() + 7 * day - 1))).toBe(0);
    // The run's raw data, the finished event, the sent prompt.
    expect(bench.strava.purgeRaw(new Date(bench.clock.now.getTime() + 7 * day + 1))).toBe(3);
    expect(inbox(bench).map((r) => [r.key, r.status])).toEqual([['strava:activity:524:create:2:9001:-', 'pending']]);
    expect(outbox(bench).map((m) => m.key)).toEqual(['strava:scope:pending', 'morning:sent']);
  });

  it('writes the prompt in miles for a runner who uses miles, and calls an unplanned run extra', async () => {
    const bench = await startBench();
    addRunner(bench.store, RUNNER, { units: 'mi' });
    await bench.connect();
    addRun(bench.fake, 522, { start_date: '2026-12-02T07:00:00Z', distance: 8046.72, moving_time: 2880 });
    await bench.webhook({ object_id: 522 });
    await bench.strava.worker.drain();
    const msg = outbox(bench).find((m) => m.kind === 'strava_postrun');
    expect(msg?.payload.html).toContain('Done: 5 mi in 48:00 (9:36/mi)');
    expect(msg?.payload.html).toContain('Nothing was planned that day');
    expect(bench.store.runs.all(RUNNER)[0]?.matchStatus).toBe('extra');
  });
});

describe('tokens', () => {
  it('refreshes an expiring token once for concurrent callers and always keeps the newest refresh token', async () => {
    const bench = await connected();
    advance(bench, 6 * 3600_000 - 5 * 60_000); // 5 minutes before expiry
    const tokens = await Promise.all([1, 2, 3, 4, 5].map(() => bench.strava.accounts.accessToken(RUNNER)));
    expect(new Set(tokens).size).toBe(1);
    expect(bench.fake.apiCalls(/^\/oauth\/token$/).filter((r) => r.body.grant_type === 'refresh_token')).toHaveLength(
      1,
    );

    // Rotation: the fake accepts only the newest refresh token, and that is the one stored.
    const stored = bench.strava.accounts.tokens(bench.store.strava.get(RUNNER) as never);
    expect([...bench.fake.refreshTokens.keys()]).toEqual([stored.refreshToken]);
    expect(stored.accessToken).toBe(tokens[0]);

    // Twice more, through the worker (expired at Strava): still one valid refresh token, the stored one.
    addRun(bench.fake, 530);
    advance(bench, 6 * 3600_000);
    await bench.webhook({ object_id: 530 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
    const again = bench.strava.accounts.tokens(bench.store.strava.get(RUNNER) as never);
    expect([...bench.fake.refreshTokens.keys()]).toEqual([again.refreshToken]);
  });

  it('retries once with a fresh token when Strava answers 401 to a token that looked valid', async () => {
    const bench = await connected();
    addRun(bench.fake, 531);
    bench.fake.expireAccessTokens(); // Strava-side only: our row still says 6 hours
    await bench.webhook({ object_id: 531 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
    expect(bench.fake.apiCalls(/^\/oauth\/token$/).filter((r) => r.body.grant_type === 'refresh_token')).toHaveLength(
      1,
    );
  });

  it('fails the event (kept in the inbox) when Strava no longer accepts the refresh token', async () => {
    const bench = await connected();
    addRun(bench.fake, 532);
    bench.fake.revokeAthlete(ATHLETE);
    await bench.webhook({ object_id: 532 });
    await bench.strava.worker.drain();
    expect(inbox(bench)[0]).toMatchObject({ status: 'failed' });
  });
});
