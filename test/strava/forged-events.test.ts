/**
 * Issue 15, findings 3 and 5a: the inbox key carries what an event says, so forged events cannot swallow a real
 * deauthorization; a deauthorization is never lost to a duplicate; and odd `authorized` values get the same answer
 * for linked and unknown owners (no oracle).
 */
import { describe, expect, it } from 'vitest';
import { dbOf } from '../helpers/db.ts';
import { ATHLETE, addRun, addRunner, type Bench, RUNNER, startBench } from './helpers.ts';

const T = 1_800_000_000;

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

const athleteEvent = (b: Bench, authorized: unknown, eventTime = T) =>
  b.webhook({
    object_type: 'athlete',
    object_id: ATHLETE,
    aspect_type: 'update',
    updates: { authorized } as Record<string, string>,
    event_time: eventTime,
  });

describe('forged events cannot pre-empt a real deauthorization', () => {
  it('forged authorized:"true" events at the same second do not swallow the real "false"', async () => {
    const bench = await connectedWithRun();
    // The attacker floods the seconds around now with authorized:"true" for the athlete...
    for (const t of [T - 1, T, T + 1]) expect((await athleteEvent(bench, 'true', t)).status).toBe(200);
    // ...then the runner really revokes and Strava sends its event at T.
    bench.fake.revokeAthlete(ATHLETE);
    expect((await athleteEvent(bench, 'false')).status).toBe(200);
    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
  });

  it('a forged copy of the deauthorization, checked and ignored earlier, does not make the real one a duplicate', async () => {
    const bench = await connectedWithRun();
    await athleteEvent(bench, 'false');
    await bench.strava.worker.drain();
    // Strava still accepted our tokens: ignored as forged, nothing deleted.
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
    // The runner revokes; Strava's event has the very same fields (and key).
    bench.fake.revokeAthlete(ATHLETE);
    await athleteEvent(bench, 'false');
    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
  });

  it('a deauthorization delivered while its twin is being checked is checked again afterwards', async () => {
    const bench = await connectedWithRun();
    await athleteEvent(bench, 'false');
    // A worker holds the first copy (claimed, checking with Strava: still authorized at that moment).
    const [row] = bench.store.inbox.claim(bench.clock.now.getTime(), 20, 60_000);
    expect(row).toBeDefined();
    bench.fake.revokeAthlete(ATHLETE);
    await athleteEvent(bench, 'false');
    bench.store.inbox.finish(row?.id ?? 0, bench.clock.now.getTime(), 'ignored');
    await bench.strava.worker.drain();
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
  });

  it('a duplicate delivery of an activity event is still stored once', async () => {
    const bench = await connectedWithRun();
    addRun(bench.fake, 513, { start_date: '2026-12-02T06:30:00Z' });
    await bench.webhook({ object_id: 513, event_time: 5 });
    await bench.webhook({ object_id: 513, event_time: 5 });
    await bench.strava.worker.drain();
    await bench.webhook({ object_id: 513, event_time: 5 });
    const rows = dbOf(bench.store).$client.prepare("select count(*) as n from inbox where key like '%:513:%'").get();
    expect(rows).toEqual({ n: 1 });
    expect(bench.store.runs.all(RUNNER)).toHaveLength(2);
  });
});

describe('no oracle in the webhook answer', () => {
  it('answers odd `authorized` values the same for a linked and an unknown owner', async () => {
    const bench = await connectedWithRun();
    for (const authorized of [false, true, 0, null, {}, [1], 'x'.repeat(90)]) {
      for (const owner of [ATHLETE, 424242]) {
        const res = await bench.webhook({
          object_type: 'athlete',
          object_id: owner,
          owner_id: owner,
          aspect_type: 'update',
          updates: { authorized } as unknown as Record<string, string>,
        });
        expect([res.status, await res.text()]).toEqual([200, JSON.stringify({ status: 'ok' })]);
      }
    }
    await bench.strava.worker.drain();
    // A boolean false is read as Strava's "false": checked with Strava (still authorized), nothing deleted.
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
  });
});
