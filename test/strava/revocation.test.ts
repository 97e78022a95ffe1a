/**
 * Issue 15, finding 2: a runner's Strava data is deleted only on an unambiguous answer from Strava (the refresh
 * grant refused as revoked, or an API call with a fresh token refused). A timeout, a 5xx, a lost answer or our
 * own client credentials refused keep everything, and the event is tried again.
 */
import { describe, expect, it } from 'vitest';
import { refreshDoubtKey } from '../../src/strava/accounts.ts';
import { dbOf } from '../helpers/db.ts';
import { ATHLETE, addRun, addRunner, type Bench, RUNNER, startBench } from './helpers.ts';

const HOURS = 3600_000;

async function connectedWithRun(): Promise<Bench> {
  const bench = await startBench();
  addRunner(bench.store);
  await bench.connect();
  addRun(bench.fake, 512);
  await bench.webhook({ object_id: 512 });
  await bench.strava.worker.drain();
  expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
  return bench;
}

const forgedDeauthorization = (b: Bench, eventTime: number) =>
  b.webhook({
    object_type: 'athlete',
    object_id: ATHLETE,
    aspect_type: 'update',
    updates: { authorized: 'false' },
    event_time: eventTime,
  });

const inboxStatus = (b: Bench) =>
  (dbOf(b.store).$client.prepare('select status from inbox order by id desc limit 1').get() as { status: string })
    .status;

describe('deletion only on an unambiguous answer from Strava', () => {
  it('a forged deauthorization after a lost refresh answer deletes nothing', async () => {
    const bench = await connectedWithRun();
    // Near expiry, a refresh goes out; Strava rotates the tokens but the answer is lost on the way back.
    bench.clock.now = new Date(bench.clock.now.getTime() + 6 * HOURS - 5 * 60_000);
    bench.fake.loseAnswer('/oauth/token');
    await expect(bench.strava.accounts.accessToken(RUNNER)).rejects.toMatchObject({ kind: 'network' });
    expect(bench.store.meta.get(refreshDoubtKey(RUNNER))).toBeDefined();

    // A forged deauthorization: Strava refuses our (rotated-away) refresh token, which proves nothing.
    await forgedDeauthorization(bench, 1_800_000_001);
    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)?.athleteId).toBe(ATHLETE);
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
    expect(inboxStatus(bench)).toBe('ignored');
  });

  it('our client credentials refused (401 on the token endpoint) keep everything and the event waits', async () => {
    const bench = await connectedWithRun();
    bench.clock.now = new Date(bench.clock.now.getTime() + 7 * HOURS); // the access token has expired
    bench.fake.fail('/oauth/token', 401);
    await forgedDeauthorization(bench, 1_800_000_002);
    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)).toBeDefined();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
    expect(inboxStatus(bench)).toBe('pending');
    // Tried again later: the refresh works, Strava still knows us, the event was forged.
    bench.clock.now = new Date(bench.clock.now.getTime() + 10_000);
    await bench.strava.worker.drain();
    expect(inboxStatus(bench)).toBe('ignored');
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
  });

  it('a timeout or a 5xx on the check keeps everything and tries later', async () => {
    const bench = await connectedWithRun();
    bench.fake.loseAnswer('/api/v3/athlete');
    await forgedDeauthorization(bench, 1_800_000_003);
    await bench.strava.worker.drain();
    expect(inboxStatus(bench)).toBe('pending');
    bench.fake.fail('/api/v3/athlete', 502);
    bench.clock.now = new Date(bench.clock.now.getTime() + 10_000);
    await bench.strava.worker.drain();
    expect(inboxStatus(bench)).toBe('pending');
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
  });

  it('a genuine revocation with a fresh token: the API call refused deletes at once', async () => {
    const bench = await connectedWithRun();
    bench.fake.revokeAthlete(ATHLETE);
    await forgedDeauthorization(bench, 1_800_000_004);
    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
    expect(bench.fake.apiCalls(/^\/oauth\/token$/).filter((r) => r.body.grant_type === 'refresh_token')).toHaveLength(
      0,
    );
  });

  it('a genuine revocation with an expired token: the refresh grant refused deletes', async () => {
    const bench = await connectedWithRun();
    bench.clock.now = new Date(bench.clock.now.getTime() + 7 * HOURS);
    bench.fake.revokeAthlete(ATHLETE);
    await forgedDeauthorization(bench, 1_800_000_005);
    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
  });
});
