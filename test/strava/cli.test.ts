import { describe, expect, it } from 'vitest';
import { SUBSCRIPTION_META_KEY } from '../../src/strava/index.ts';
import { cli } from '../helpers/cli.ts';
import { addRun, addRunner, startBench } from './helpers.ts';

describe('cli strava subscribe|unsubscribe|status', () => {
  it('subscribes through Strava (which validates our callback), reports status, and unsubscribes', async () => {
    const bench = await startBench();
    const before = await cli(['strava', 'status'], bench.env);
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout)).toMatchObject({
      active: false,
      storedId: null,
      subscriptions: [],
      athletes: { linked: 0, limit: 10 },
    });
    expect(before.stderr).toContain('athletes linked: 0/10');

    const sub = await cli(['strava', 'subscribe'], bench.env);
    expect(sub.stderr).toContain('subscribed');
    expect(sub.code).toBe(0);
    const { id, callbackUrl } = JSON.parse(sub.stdout);
    expect(callbackUrl).toBe(`${bench.publicUrl}/strava/webhook`);
    expect(bench.fake.subscriptions.get(id)?.callback_url).toBe(callbackUrl);
    expect(bench.store.meta.get(SUBSCRIPTION_META_KEY)).toBe(String(id));

    // Again: adopts the existing subscription instead of failing.
    const again = await cli(['strava', 'subscribe'], bench.env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ id, created: false });

    const st = await cli(['strava', 'status'], bench.env);
    expect(JSON.parse(st.stdout)).toMatchObject({ active: true, storedId: id, subscriptions: [{ id, callbackUrl }] });

    // Events of that subscription are accepted, others ignored.
    addRunner(bench.store);
    await bench.connect();
    addRun(bench.fake, 601);
    expect((await bench.webhook({ object_id: 601, subscription_id: id })).status).toBe(200);
    expect((await bench.webhook({ object_id: 602, subscription_id: id + 1 })).status).toBe(200);
    expect(
      bench.store.inbox.byKey(`strava:activity:601:create:${Math.floor(bench.clock.now.getTime() / 1000)}:9001:-`),
    ).toBeDefined();
    expect(bench.store.inbox.depth()).toBe(1);
    const linked = await cli(['strava', 'status'], { ...bench.env, STRAVA_ATHLETE_LIMIT: '1' });
    expect(JSON.parse(linked.stdout).athletes).toEqual({ linked: 1, limit: 1 });
    expect(linked.stderr).toContain('athletes linked: 1/1 (full: new runners are refused)');

    const un = await cli(['strava', 'unsubscribe'], bench.env);
    expect(un.code).toBe(0);
    expect(JSON.parse(un.stdout)).toEqual({ deleted: [id] });
    expect(bench.fake.subscriptions.size).toBe(0);
    expect(bench.store.meta.get(SUBSCRIPTION_META_KEY)).toBeUndefined();
  });

  it('fails with Strava’s reason when the callback does not validate, and exits 2 without Strava settings', async () => {
    const bench = await startBench();
    const wrong = await cli(['strava', 'subscribe'], {
      ...bench.env,
      STRAVA_VERIFY_TOKEN: 'not-what-the-service-expects',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('GET to callback URL does not return 200');
    expect(bench.fake.subscriptions.size).toBe(0);

    const { STRAVA_CLIENT_ID, STRAVA_CLIENT_SECRET, STRAVA_VERIFY_TOKEN, ...rest } = bench.env;
    const unset = await cli(['strava', 'status'], rest);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('STRAVA_CLIENT_ID');
  });
});
